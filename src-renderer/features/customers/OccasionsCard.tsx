// Today → Birthdays and anniversaries: everyone's birthdays this week, and valuable customers' birthdays and
// customer anniversaries ("Customer for 10 years on Friday") for two weeks — one line each, never twice.
import type { BirthdaySoon } from '@shared/domain/calendar';
import type { CustomerOccasion } from '@shared/domain/customers';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Card } from '../../components/Card';
import { useFormat } from '../../i18n/useFormat';
import { customerPath } from './customerPath';
import { shortDay, whenWords } from './dayWords';
import { occasionLines, type OccasionLine } from './occasionLines';
import { SegmentBadge } from './SegmentBadge';
import './keepInTouch.css';

interface OccasionsCardProps {
  today: string;
  birthdays: readonly BirthdaySoon[];
  /** Valuable customers' occasions; undefined while they load. */
  occasions: readonly CustomerOccasion[] | undefined;
}

export function OccasionsCard({ today, birthdays, occasions }: OccasionsCardProps) {
  const { t } = useTranslation();
  const { locale } = useFormat();
  const lines = occasionLines(birthdays, occasions ?? []);
  const what = (line: OccasionLine) => {
    const when = whenWords(line.date, today, locale, t);
    if (line.kind === 'anniversary') return t('keepInTouch.occasions.anniversary', { count: line.years ?? 1, when });
    return line.years === null
      ? t('keepInTouch.occasions.birthday', { when })
      : t('keepInTouch.occasions.turns', { count: line.years, when });
  };

  return (
    <Card title={t('keepInTouch.occasions.title')} icon="cake" className="occasions-card">
      {lines.length === 0 ? (
        <p className="muted">{t('keepInTouch.occasions.none')}</p>
      ) : (
        <ul className="record-items" aria-label={t('keepInTouch.occasions.title')}>
          {lines.map((line) => (
            <li key={line.key} className="record-item occasion-item">
              <span className="today-time">
                {line.date === today ? t('keepInTouch.occasions.todayShort') : shortDay(line.date, locale)}
              </span>
              <div className="occasion-main">
                <Link to={customerPath(line.entityType, line.id)} className="record-item-title">
                  {line.name}
                </Link>
                <span className="record-item-meta">{what(line)}</span>
              </div>
              {line.segment && <SegmentBadge segment={line.segment} />}
            </li>
          ))}
        </ul>
      )}
      <p className="field-hint">{t('keepInTouch.occasions.hint')}</p>
    </Card>
  );
}
