// What committing would do, in four numbers.
import type { ImportSummary } from '@shared/import/importReport';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/useFormat';

export function ReviewCounts({ summary }: { summary: ImportSummary }) {
  const { t } = useTranslation();
  const { number } = useFormat();
  const counts = [
    ['create', summary.created],
    ['update', summary.updated],
    ['skip', summary.skipped],
    ['reject', summary.rejected],
  ] as const;
  return (
    <ul className="review-counts" aria-label={t('imports.review.countsLabel')}>
      {counts.map(([key, value]) => (
        <li key={key} className={`review-count count-${key} ${value === 0 ? 'is-zero' : ''}`}>
          <span className="review-count-value">{number(value)}</span>
          <span className="review-count-label">{t(`imports.review.counts.${key}`, { count: value })}</span>
        </li>
      ))}
    </ul>
  );
}
