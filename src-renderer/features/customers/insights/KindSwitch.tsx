// People or companies: whose figures the page shows (the two are never added up).
import type { CustomerKind } from '@shared/domain/customers';
import { useTranslation } from 'react-i18next';
import { Icon } from '../../../components/Icon';

const KINDS: ReadonlyArray<{ kind: CustomerKind; icon: 'person' | 'company' }> = [
  { kind: 'contact', icon: 'person' },
  { kind: 'company', icon: 'company' },
];

export function KindSwitch({ value, onChange }: { value: CustomerKind; onChange: (kind: CustomerKind) => void }) {
  const { t } = useTranslation();
  return (
    <div className="segmented" role="radiogroup" aria-label={t('insights.kind.label')}>
      {KINDS.map(({ kind, icon }) => (
        <label key={kind} className={value === kind ? 'is-checked' : ''}>
          <input type="radio" name="insights-kind" checked={value === kind} onChange={() => onChange(kind)} />
          <Icon name={icon} size={14} /> {t(`insights.kind.${kind}`)}
        </label>
      ))}
    </div>
  );
}
