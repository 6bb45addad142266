// What a person or company is worth as a customer: their segment and what to do about it, revenue and orders,
// when they bought and were last in touch, their usual rhythm, and the R/F/M scores behind the segment.
import type { CustomerValue } from '@shared/domain/customers';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { QueryState } from '../../api/useApiQuery';
import { Card } from '../../components/Card';
import { ErrorNotice } from '../../components/ErrorNotice';
import { useFormat } from '../../i18n/useFormat';
import { toLocalInput } from '../activities/localDateTime';
import { ScoreMeter } from './ScoreMeter';
import { SegmentBadge } from './SegmentBadge';
import './customers.css';

const DAY_MS = 86_400_000;
const addDays = (day: string, days: number) => new Date(Date.parse(day) + days * DAY_MS).toISOString().slice(0, 10);
const daysBetween = (from: string, to: string) => Math.round((Date.parse(to) - Date.parse(from)) / DAY_MS);

function ago(t: TFunction, days: number): string {
  return days <= 0 ? t('customerValue.today') : t('customerValue.daysAgo', { count: days });
}

/** `query`: useCustomerValue's answer (null when they have bought nothing yet). */
export function CustomerValueCard({ query }: { query: QueryState<CustomerValue | null> }) {
  const { t } = useTranslation();
  const format = useFormat();
  const title = t('customerValue.title');
  const value = query.data;

  if (query.error && value === undefined) {
    return (
      <Card title={title} icon="chart">
        <ErrorNotice error={query.error} onRetry={query.reload} />
      </Card>
    );
  }
  if (value === undefined) {
    return (
      <Card title={title} icon="chart">
        <p className="muted" aria-busy="true">
          {t('customerValue.loading')}
        </p>
      </Card>
    );
  }
  if (value === null) {
    return (
      <Card title={title} icon="chart">
        <div className="customer-value-none">
          <p>{t('customerValue.none')}</p>
          <p className="muted small">{t('customerValue.noneHint')}</p>
        </div>
      </Card>
    );
  }

  const money = (minor: number) => format.money(minor, value.currency);
  // Main's today, as it counted the days since the last purchase (the same computer, so the same calendar).
  const today = addDays(value.lastPurchaseOn, value.daysSinceLastPurchase);
  const lastContactDay = value.lastActivityAt ? toLocalInput(value.lastActivityAt).slice(0, 10) : null;

  return (
    <Card title={title} icon="chart" className={`customer-value segment-${value.segment}`}>
      <div className="customer-value-segment">
        <SegmentBadge segment={value.segment} />
        <p className="customer-value-advice">{t(`segments.advice.${value.segment}`)}</p>
      </div>
      <dl className="customer-value-stats">
        <div className="customer-value-stat">
          <dt>{t('customerValue.revenue12m')}</dt>
          <dd>{money(value.revenue12m)}</dd>
        </div>
        <div className="customer-value-stat">
          <dt>{t('customerValue.revenueEver')}</dt>
          <dd>{money(value.revenueEver)}</dd>
        </div>
        <div className="customer-value-stat">
          <dt>{t('customerValue.orders')}</dt>
          <dd>
            {format.number(value.orders12m)} / {format.number(value.ordersEver)}
          </dd>
        </div>
        <div className="customer-value-stat">
          <dt>{t('customerValue.averageOrder')}</dt>
          <dd>{value.averageOrder === null ? '—' : money(value.averageOrder)}</dd>
        </div>
      </dl>
      <dl className="details customer-value-facts">
        <div className="detail">
          <dt>{t('customerValue.customerSince')}</dt>
          <dd>{format.day(value.firstPurchaseOn)}</dd>
        </div>
        <div className="detail">
          <dt>{t('customerValue.lastPurchase')}</dt>
          <dd>
            {t('customerValue.dateAgo', {
              date: format.day(value.lastPurchaseOn),
              ago: ago(t, value.daysSinceLastPurchase),
            })}
          </dd>
        </div>
        <div className="detail">
          <dt>{t('customerValue.lastContact')}</dt>
          <dd>
            {lastContactDay
              ? t('customerValue.dateAgo', {
                  date: format.day(lastContactDay),
                  ago: ago(t, daysBetween(lastContactDay, today)),
                })
              : t('customerValue.noContact')}
          </dd>
        </div>
        <div className="detail">
          <dt>{t('customerValue.rhythm')}</dt>
          <dd>
            {value.rhythmDays === null
              ? t('customerValue.rhythmUnknown')
              : t('customerValue.rhythmEvery', { count: value.rhythmDays })}
          </dd>
        </div>
        <div className="detail">
          <dt>{t('customerValue.nextContact')}</dt>
          <dd>{value.dueOn ? format.day(value.dueOn) : t('customerValue.notFollowed')}</dd>
        </div>
      </dl>
      <div className="customer-value-scores">
        <h4>{t('customerValue.scores')}</h4>
        <ul className="score-rows">
          <ScoreMeter measure="r" score={value.scores.r} />
          <ScoreMeter measure="f" score={value.scores.f} />
          <ScoreMeter measure="m" score={value.scores.m} />
        </ul>
        <p className="field-hint">{t('customerValue.scoresHint')}</p>
      </div>
    </Card>
  );
}
