// Importing an .ics file from Outlook, Google or Apple Calendar: first what would happen (nothing written),
// then, on confirmation, the import itself — one step, all items or none.
import type { IcsImportSummary } from '@shared/domain/calendar';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/api';
import { Button } from '../../components/Button';
import { Dialog } from '../../components/Dialog';
import { useToast } from '../../components/useToast';
import { fileToBase64 } from '../imports/fileToBase64';

export function IcsImportDialog({ file, onClose }: { file: File; onClose: () => void }) {
  const { t } = useTranslation();
  const toast = useToast();
  const [content, setContent] = useState<string | null>(null);
  const [plan, setPlan] = useState<IcsImportSummary | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    let live = true;
    void (async () => {
      try {
        const base64 = await fileToBase64(file);
        const summary = await api.calendar.importIcs({ fileName: file.name, contentBase64: base64, dryRun: true });
        if (!live) return;
        setContent(base64);
        setPlan(summary);
      } catch (e) {
        if (live) setError((e as Error).message);
      }
    })();
    return () => {
      live = false;
    };
  }, [file]);

  const run = async () => {
    if (!content) return;
    setBusy(true);
    try {
      const done = await api.calendar.importIcs({ fileName: file.name, contentBase64: content, dryRun: false });
      toast.show({ message: t('calendar.ics.imported', { count: done.created }) });
      onClose();
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Dialog
      title={t('calendar.ics.importTitle', { name: file.name })}
      onClose={onClose}
      size="lg"
      footer={
        <div className="dialog-actions">
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button variant="primary" disabled={!plan || plan.created === 0 || busy} onClick={() => void run()}>
            {t('calendar.ics.importButton', { count: plan?.created ?? 0 })}
          </Button>
        </div>
      }
    >
      {error && (
        <p role="alert" className="field-error">
          {error}
        </p>
      )}
      {!plan && !error && <p className="muted">{t('calendar.ics.reading')}</p>}
      {plan && (
        <div className="stack">
          <p>{t('calendar.ics.found', { count: plan.items, created: plan.created, skipped: plan.skipped })}</p>
          {plan.warnings.length > 0 && (
            <ul className="ics-warnings" aria-label={t('calendar.ics.notes')}>
              {plan.warnings.map((w, i) => (
                <li key={i}>
                  {w.summary && <strong>{w.summary}: </strong>}
                  {w.message}
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </Dialog>
  );
}
