// Multi-select of lifecycle stages as a small popover of checkboxes.
import { LIFECYCLE_STAGES, type LifecycleStage } from '@shared/domain/contact';
import { useTranslation } from 'react-i18next';
import { MultiSelectFilter } from './MultiSelectFilter';

export function StageFilter({ value, onChange }: { value: LifecycleStage[]; onChange: (v: LifecycleStage[]) => void }) {
  const { t } = useTranslation();
  return (
    <MultiSelectFilter
      name={t('filters.stage')}
      options={LIFECYCLE_STAGES}
      value={value}
      onChange={onChange}
      labelOf={(stage) => t(`lifecycle.${stage}`)}
      anyLabel={t('filters.anyStage')}
      countLabel={(count) => t('filters.stagesSelected', { count })}
      markOf={(stage) => <span className={`stage-dot stage-${stage}`} aria-hidden="true" />}
    />
  );
}
