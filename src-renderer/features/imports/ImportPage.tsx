// The import screen (#/import): a guided flow — pick a file, check the text, match the columns, review, import —
// and below it the history of past imports with Undo. Main does the reading and checking; this screen shows
// its answers and sends the user's choices back (imports.configure) so every step shows the real outcome.
import { MAX_IMPORT_BYTES } from '@shared/api/contract';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/Button';
import { Icon } from '../../components/Icon';
import { useFormat } from '../../i18n/useFormat';
import { ColumnMatchStep } from './ColumnMatchStep';
import { fileToBase64 } from './fileToBase64';
import { ImportHistory } from './ImportHistory';
import { ImportResult } from './ImportResult';
import { ImportRunning } from './ImportRunning';
import { ImportStepper } from './ImportStepper';
import { PickFileStep } from './PickFileStep';
import { ReviewStep } from './ReviewStep';
import { TextCheckStep } from './TextCheckStep';
import { useImportFlow } from './useImportFlow';

export function ImportPage() {
  const { t } = useTranslation();
  const { number } = useFormat();
  const flow = useImportFlow();
  const [skipInvalid, setSkipInvalid] = useState(false);
  const [cancelling, setCancelling] = useState(false);
  const { step, view } = flow;
  const isVCard = view?.format === 'vcard';

  const pickFile = async (file: File) => {
    if (file.size > MAX_IMPORT_BYTES) {
      flow.setError(t('imports.pick.tooLarge', { size: MAX_IMPORT_BYTES / 1024 / 1024, file: file.name }));
      return;
    }
    setSkipInvalid(false);
    let content: string;
    try {
      content = await fileToBase64(file);
    } catch (e) {
      flow.setError(t('imports.pick.unreadable', { message: (e as Error).message }));
      return;
    }
    await flow.openFile(file.name, content);
  };

  const cancel = async () => {
    setCancelling(true);
    try {
      await flow.cancelCommit();
    } finally {
      setCancelling(false);
    }
  };

  const summary = view?.summary;
  const blockedByRejects = (summary?.rejected ?? 0) > 0 && !skipInvalid;
  const writes = (summary?.created ?? 0) + (summary?.updated ?? 0);

  return (
    <div className="page page-import">
      <header className="page-header">
        <div className="page-title">
          <h1>{t('imports.title')}</h1>
          {view && step !== 'pick' && <span className="page-count">{view.fileName}</span>}
        </div>
        {view && step !== 'pick' && step !== 'import' && (
          <div className="page-actions">
            <Button variant="ghost" icon="close" onClick={flow.startOver}>
              {t('imports.startOver')}
            </Button>
          </div>
        )}
      </header>
      <ImportStepper step={step} skipped={isVCard ? 'columns' : undefined} />

      {flow.error && step !== 'pick' && (
        <div className="import-error" role="alert">
          <Icon name="warning" />
          <p>{flow.error}</p>
        </div>
      )}

      {step === 'pick' && <PickFileStep busy={flow.busy} error={flow.error} onFile={(f) => void pickFile(f)} />}
      {view && step === 'text' && (
        <TextCheckStep view={view} choices={flow.choices} busy={flow.busy} onChange={(s) => void flow.configure(s)} />
      )}
      {view && step === 'columns' && (
        <ColumnMatchStep view={view} onChange={(mapping) => void flow.configure({ mapping })} />
      )}
      {view && step === 'review' && (
        <ReviewStep
          view={view}
          choices={flow.choices}
          onChange={(s) => void flow.configure(s)}
          skipInvalid={skipInvalid}
          onSkipInvalid={setSkipInvalid}
        />
      )}
      {step === 'import' &&
        (flow.result ? (
          <ImportResult summary={flow.result} onAnother={flow.startOver} />
        ) : (
          <ImportRunning progress={flow.progress} cancelling={cancelling} onCancel={() => void cancel()} />
        ))}

      {view && (step === 'text' || step === 'columns' || step === 'review') && (
        <footer className="import-nav">
          <Button
            onClick={() =>
              step === 'text'
                ? flow.startOver()
                : flow.setStep(step === 'review' ? (isVCard ? 'text' : 'columns') : 'text')
            }
          >
            {t('imports.back')}
          </Button>
          <span className="import-nav-status muted small" aria-live="polite">
            {flow.busy ? t('imports.checking') : ''}
          </span>
          {step === 'review' ? (
            <Button
              variant="primary"
              icon="upload"
              disabled={flow.busy || blockedByRejects || writes === 0}
              onClick={() => void flow.commit(skipInvalid)}
            >
              {t('imports.importN', { count: writes, formatted: number(writes) })}
            </Button>
          ) : (
            <Button
              variant="primary"
              disabled={flow.busy}
              onClick={() => flow.setStep(step === 'text' && !isVCard ? 'columns' : 'review')}
            >
              {t('imports.next')}
            </Button>
          )}
        </footer>
      )}

      {(step === 'pick' || (step === 'import' && flow.result)) && <ImportHistory />}
    </div>
  );
}
