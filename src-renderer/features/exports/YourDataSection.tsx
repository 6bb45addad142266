// Settings → Your data: "Export everything…" saves one zip — every table as CSV, the people as vCards, the calendar
// as .ics and a README explaining it all — that main builds from one snapshot of the database. Below it, where the
// database file is, and moving it (DatabaseLocation).
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/api';
import { Button } from '../../components/Button';
import { useToast } from '../../components/useToast';
import { useFormat } from '../../i18n/useFormat';
import { DatabaseLocation } from './DatabaseLocation';
import { downloadBase64File, mimeTypeOf } from './downloadBase64File';

export function YourDataSection() {
  const { t } = useTranslation();
  const toast = useToast();
  const format = useFormat();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const exportEverything = async () => {
    setBusy(true);
    setError(null);
    try {
      const file = await api.exports.everything({});
      downloadBase64File(file.fileName, file.contentBase64, mimeTypeOf(file.fileName));
      toast.show({
        message: t('yourData.done', {
          file: file.fileName,
          files: format.number(file.files),
          rows: format.number(file.rows),
        }),
      });
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="settings-section" aria-labelledby="settings-your-data">
      <h2 id="settings-your-data">{t('yourData.title')}</h2>
      <p className="muted">{t('yourData.hint')}</p>
      {/* A wrapper, so the section's column layout does not stretch the button across the page. */}
      <div>
        <Button icon="download" disabled={busy} onClick={() => void exportEverything()}>
          {busy ? t('yourData.exporting') : t('yourData.exportEverything')}
        </Button>
      </div>
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
      <DatabaseLocation />
    </section>
  );
}
