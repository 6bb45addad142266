// The period picker of one dashboard card: a compact select of presets, labelled for screen readers.
import { useTranslation } from 'react-i18next';
import { Select } from '../../../components/Select';

interface PeriodSelectProps<P extends string> {
  value: P;
  presets: readonly P[];
  onChange: (value: P) => void;
  /** A preset's name, for presets that dashboard.period does not name. */
  labelOf?: (preset: P) => string;
}

export function PeriodSelect<P extends string>({ value, presets, onChange, labelOf }: PeriodSelectProps<P>) {
  const { t } = useTranslation();
  return (
    <Select
      label={t('dashboard.period.label')}
      hideLabel
      fieldClassName="dashboard-period"
      value={value}
      options={presets.map((p) => ({ value: p, label: labelOf ? labelOf(p) : t(`dashboard.period.${p}`) }))}
      onChange={(e) => onChange(e.target.value as P)}
    />
  );
}
