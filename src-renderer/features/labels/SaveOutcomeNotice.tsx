// What the last "Save as PDF" made: the file, its labels and pages; a warning when some addresses do not fit
// their label even at the smallest size; or why it failed.
import { useTranslation } from 'react-i18next';
import { Icon } from '../../components/Icon';
import { IconButton } from '../../components/IconButton';
import type { SaveOutcome } from './useSaveLabelsPdf';

export function SaveOutcomeNotice({ outcome, onDismiss }: { outcome: SaveOutcome; onDismiss: () => void }) {
  const { t } = useTranslation();
  const dismiss = <IconButton icon="close" label={t('common.close')} onClick={onDismiss} />;
  if (outcome.kind === 'failed') {
    return (
      <div className="labels-notice is-error" role="alert">
        <Icon name="warning" />
        <p>{t('common.error', { message: outcome.message })}</p>
        {dismiss}
      </div>
    );
  }
  return (
    <>
      <div className="labels-notice is-done" role="status">
        <Icon name="check" />
        <p>
          {t('mailingLabels.save.done', {
            count: outcome.labels,
            file: outcome.fileName,
            labels: t('mailingLabels.save.labels', { count: outcome.labels }),
            pages: t('mailingLabels.preview.pages', { count: outcome.pages }),
          })}
        </p>
        {outcome.clipped === 0 && dismiss}
      </div>
      {outcome.clipped > 0 && (
        <div className="labels-notice is-warning" role="alert">
          <Icon name="warning" />
          <p>{t('mailingLabels.save.clipped', { count: outcome.clipped })}</p>
          {dismiss}
        </div>
      )}
    </>
  );
}
