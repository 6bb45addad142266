// One deal on the board: title, company, amount, close date, and a warning when the close date has passed or
// nothing has happened for the stale-days setting.
import type { DealCard } from '@shared/domain/deals';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Icon } from '../../../components/Icon';
import { useFormat } from '../../../i18n/useFormat';

/** Days from an ISO instant to now, whole. */
const daysSince = (iso: string, now: number) => Math.floor((now - Date.parse(iso)) / 86_400_000);

export function dealWarnings(deal: DealCard, today: string, staleDays: number, now = Date.now()) {
  const open = deal.status === 'open';
  const idle = daysSince(deal.lastActivityAt, now);
  return {
    overdue: open && deal.expectedClose !== null && deal.expectedClose < today,
    staleDays: open && idle >= staleDays ? idle : null,
  };
}

export function DealCardView({
  deal,
  today,
  staleDays,
  stageName,
}: {
  deal: DealCard;
  today: string;
  staleDays: number;
  stageName: string;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const warn = dealWarnings(deal, today, staleDays);
  return (
    <div className={`deal-card ${warn.overdue || warn.staleDays !== null ? 'has-warning' : ''}`}>
      <Link
        to={`/deals/${deal.id}`}
        className="deal-card-title"
        aria-label={t('board.card.open', { title: deal.title })}
        // The card itself is the drag handle; a click without a drag opens the deal.
        draggable={false}
      >
        {deal.title}
      </Link>
      {(deal.companyName || deal.contactName) && (
        <div className="deal-card-who">{[deal.companyName, deal.contactName].filter(Boolean).join(' · ')}</div>
      )}
      <div className="deal-card-meta">
        <span className="deal-card-amount">{format.money(deal.amount, deal.currency)}</span>
        <span className="deal-card-date">
          {deal.closedOn
            ? t('board.card.closedOn', { stage: stageName, date: format.day(deal.closedOn) })
            : deal.expectedClose
              ? t('board.card.closes', { date: format.day(deal.expectedClose) })
              : t('board.card.noCloseDate')}
        </span>
      </div>
      {(warn.overdue || warn.staleDays !== null) && (
        <div className="deal-card-warnings">
          {warn.overdue && (
            <span className="deal-warning">
              <Icon name="warning" size={12} />
              {t('board.card.overdue')}
            </span>
          )}
          {warn.staleDays !== null && (
            <span className="deal-warning">
              <Icon name="clock" size={12} />
              {t('board.card.stale', { count: warn.staleDays })}
            </span>
          )}
        </div>
      )}
      {deal.tags.length > 0 && (
        <div className="deal-card-tags">
          {deal.tags.map((tag) => (
            <span key={tag} className="chip chip-static">
              {tag}
            </span>
          ))}
        </div>
      )}
    </div>
  );
}
