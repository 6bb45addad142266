// What the last "Save as PDF" made: the file, its labels and pages; a warning when some addresses do not fit
// their label even at the smallest size; or why it failed.
import { useTranslation } from 'react-i18next';
import { Icon } from '../../components/Icon';
import { IconButton } from '../../components/IconButton';
import type { SaveOutcome } from './useSaveLabelsPdf';

export function SaveOutcomeNotice({
  outcome,
  onDismiss,
  doneText,
  clippedText,
  things,
}: {
  outcome: SaveOutcome;
  onDismiss: () => void;
  /** The wording for another output (envelopes); labels' by default. */
  doneText?: string;
  clippedText?: string;
  /** What was made, counted ("3 envelopes"); labels by default. */
  things?: (count: number) => string;
}) {
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
  if (outcome.kind === 'cancelled') {
    return (
      <div className="labels-notice" role="status">
        <Icon name="info" />
        <p>{t('mailingLabels.print.cancelled')}</p>
        {dismiss}
      </div>
    );
  }
  const made = {
    count: outcome.labels,
    labels: things ? things(outcome.labels) : t('mailingLabels.save.labels', { count: outcome.labels }),
    pages: t('mailingLabels.preview.pages', { count: outcome.pages }),
  };
  return (
    <>
      <div className="labels-notice is-done" role="status">
        <Icon name="check" />
        <p>
          {doneText ??
            (outcome.kind === 'saved'
              ? t('mailingLabels.save.done', { ...made, file: outcome.fileName })
              : outcome.printer
                ? t('mailingLabels.print.done', { ...made, printer: outcome.printer })
                : t('mailingLabels.print.doneDefault', made))}
        </p>
        {outcome.clipped === 0 && dismiss}
      </div>
      {outcome.clipped > 0 && (
        <div className="labels-notice is-warning" role="alert">
          <Icon name="warning" />
          <p>{clippedText ?? t('mailingLabels.save.clipped', { count: outcome.clipped })}</p>
          {dismiss}
        </div>
      )}
    </>
  );
}
