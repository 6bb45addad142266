// The list filter on customer segments: any number of them (none: everyone, buyers or not).
import { SEGMENTS, type Segment } from '@shared/customers/segments';
import { useTranslation } from 'react-i18next';
import { MultiSelectFilter } from '../views/MultiSelectFilter';
import './customers.css';

export function SegmentFilter({ value, onChange }: { value: Segment[]; onChange: (value: Segment[]) => void }) {
  const { t } = useTranslation();
  return (
    <MultiSelectFilter
      name={t('segments.label')}
      options={SEGMENTS}
      value={value}
      onChange={onChange}
      labelOf={(segment) => t(`segments.names.${segment}`)}
      anyLabel={t('segments.any')}
      countLabel={(count) => t('customerValue.filter.selected', { count })}
      markOf={(segment) => <span className={`stage-dot segment-dot segment-${segment}`} aria-hidden="true" />}
    />
  );
}
