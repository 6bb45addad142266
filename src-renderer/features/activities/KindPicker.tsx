// Choose an activity kind: a row of toggle buttons (Alt+1..5 from the composer).
import { ACTIVITY_KINDS, type ActivityKind } from '@shared/domain/activity';
import { useTranslation } from 'react-i18next';
import { Icon } from '../../components/Icon';

export function KindPicker({ value, onChange }: { value: ActivityKind; onChange: (kind: ActivityKind) => void }) {
  const { t } = useTranslation();
  return (
    <div className="kind-picker" role="group" aria-label={t('activity.kind')}>
      {ACTIVITY_KINDS.map((kind, index) => (
        <button
          key={kind}
          type="button"
          className={`kind-option kind-${kind}`}
          aria-pressed={value === kind}
          title={`${t(`activity.kinds.${kind}`)} (${t('activity.kindShortcut', { n: index + 1 })})`}
          onClick={() => onChange(kind)}
        >
          <Icon name={kind} size={14} />
          {t(`activity.kinds.${kind}`)}
        </button>
      ))}
    </div>
  );
}
