// The lifecycle stage as a coloured badge.
import type { LifecycleStage } from '@shared/domain/contact';
import { useTranslation } from 'react-i18next';

export function LifecycleBadge({ stage }: { stage: LifecycleStage }) {
  const { t } = useTranslation();
  return (
    <span className={`badge stage stage-${stage}`}>
      <span className="stage-dot" aria-hidden="true" />
      {t(`lifecycle.${stage}`)}
    </span>
  );
}
