// A customer's segment as a coloured badge; its one-line advice on hover.
import type { Segment } from '@shared/customers/segments';
import { useTranslation } from 'react-i18next';
import './customers.css';

export function SegmentBadge({ segment }: { segment: Segment }) {
  const { t } = useTranslation();
  return (
    <span className={`badge segment segment-${segment}`} title={t(`segments.advice.${segment}`)}>
      <span className="stage-dot" aria-hidden="true" />
      {t(`segments.names.${segment}`)}
    </span>
  );
}
