// Step 1: a large drop zone and a file button. The whole window accepts a drop while this step shows.
import { MAX_IMPORT_BYTES } from '@shared/api/contract';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/Button';
import { Icon } from '../../components/Icon';
import { useWindowFileDrop } from './useWindowFileDrop';

export const IMPORT_FILE_TYPES = '.csv,.txt,.tsv,.vcf,.vcard,text/csv,text/plain,text/vcard,text/x-vcard';

interface PickFileStepProps {
  busy: boolean;
  error: string | null;
  onFile: (file: File) => void;
}

export function PickFileStep({ busy, error, onFile }: PickFileStepProps) {
  const { t } = useTranslation();
  const input = useRef<HTMLInputElement>(null);
  const dragging = useWindowFileDrop(!busy, onFile);

  return (
    <section className="import-step" aria-labelledby="import-pick-title">
      <h2 id="import-pick-title" className="visually-hidden">
        {t('imports.steps.pick')}
      </h2>
      <div
        className={`drop-zone ${dragging ? 'is-dragging' : ''} ${busy ? 'is-busy' : ''}`}
        data-testid="import-drop-zone"
        aria-busy={busy}
      >
        <div className="drop-zone-icon" aria-hidden="true">
          {busy ? <span className="spinner" /> : <Icon name="upload" size={26} />}
        </div>
        <p className="drop-zone-title">{busy ? t('imports.pick.reading') : t('imports.pick.drop')}</p>
        <p className="drop-zone-hint">{t('imports.pick.formats')}</p>
        <Button variant="primary" icon="upload" disabled={busy} onClick={() => input.current?.click()}>
          {t('imports.pick.choose')}
        </Button>
        <input
          ref={input}
          type="file"
          className="visually-hidden"
          accept={IMPORT_FILE_TYPES}
          aria-label={t('imports.pick.fileLabel')}
          tabIndex={-1}
          onChange={(e) => {
            const file = e.target.files?.[0];
            e.target.value = ''; // picking the same file again must fire change again
            if (file) onFile(file);
          }}
        />
      </div>
      {error && (
        <div className="import-error" role="alert">
          <Icon name="warning" />
          <p>{error}</p>
        </div>
      )}
      <p className="import-footnote">{t('imports.pick.privacy', { size: MAX_IMPORT_BYTES / 1024 / 1024 })}</p>
    </section>
  );
}
