// "Import sheet…": a label sheet file someone exported from Rapport, read here and checked by main. A refused file
// says what is wrong with it, field by field, in the user's language (main's own message when it names no field).
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { api } from '../../api/api';
import { ApiError } from '../../api/ApiError';
import { Button } from '../../components/Button';
import { Icon } from '../../components/Icon';
import { IconButton } from '../../components/IconButton';
import { useToast } from '../../components/useToast';
import { fileToBase64 } from '../imports/fileToBase64';
import { isSheetField } from './sheetMeasurements';
import type { StoredCustomSheet } from './useCustomSheets';

/** A sheet file is a few hundred bytes; anything near the contract's limit is not one. */
const MAX_SHEET_FILE_BYTES = 64 * 1024;

/** What is wrong with a refused file, one line per problem, each naming the field. */
function refusalReasons(error: unknown, t: TFunction): string[] {
  if (!(error instanceof ApiError) || error.issues.length === 0) return [(error as Error).message];
  return error.issues.map((issue) => {
    const field = issue.path.split('.').at(-1) ?? '';
    const message = t(issue.message);
    return isSheetField(field) && issue.path.startsWith('sheet.')
      ? t('mailingLabels.sheetEditor.dialog.problem', {
          field: t(`mailingLabels.sheetEditor.dialog.${field}`),
          message,
        })
      : message;
  });
}

export function ImportSheetButton({ onImported }: { onImported: (saved: StoredCustomSheet) => void }) {
  const { t } = useTranslation();
  const toast = useToast();
  const input = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState(false);
  const [refusal, setRefusal] = useState<{ file: string; reasons: string[] } | null>(null);

  const importFile = async (file: File) => {
    setRefusal(null);
    if (file.size > MAX_SHEET_FILE_BYTES) {
      setRefusal({ file: file.name, reasons: [t('validation.sheetFile')] });
      return;
    }
    setBusy(true);
    try {
      const saved = await api.labels.importSheet({
        fileName: file.name.slice(0, 260),
        contentBase64: await fileToBase64(file),
      });
      toast.show({ message: t('mailingLabels.sheetEditor.imported', { name: saved.sheet.name }) });
      onImported(saved);
    } catch (error) {
      setRefusal({ file: file.name, reasons: refusalReasons(error, t) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <Button size="sm" icon="upload" disabled={busy} onClick={() => input.current?.click()}>
        {busy ? t('mailingLabels.sheetEditor.importing') : t('mailingLabels.sheetEditor.importSheet')}
      </Button>
      <input
        ref={input}
        type="file"
        className="visually-hidden"
        accept=".json,application/json"
        aria-label={t('mailingLabels.sheetEditor.importFile')}
        tabIndex={-1}
        onChange={(e) => {
          const file = e.target.files?.[0];
          e.target.value = ''; // choosing the same file again (after fixing it) must fire change again
          if (file) void importFile(file);
        }}
      />
      {refusal && (
        <div className="labels-notice is-error labels-import-refused" role="alert">
          <Icon name="warning" />
          <div>
            <p>{t('mailingLabels.sheetEditor.importRefused', { file: refusal.file })}</p>
            <ul>
              {refusal.reasons.map((reason) => (
                <li key={reason}>{reason}</li>
              ))}
            </ul>
          </div>
          <IconButton icon="close" label={t('mailingLabels.sheetEditor.dismiss')} onClick={() => setRefusal(null)} />
        </div>
      )}
    </>
  );
}
