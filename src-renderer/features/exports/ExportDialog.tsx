// "Export…" from the contacts list: CSV for Excel (encoding and delimiter) or vCard for address books, of the
// selected people, the open saved view, or everyone; main writes the file and the renderer downloads it.
import type { ContactFilter, ContactSort } from '@shared/validation/filters';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/api';
import { Button } from '../../components/Button';
import { Dialog } from '../../components/Dialog';
import { Select } from '../../components/Select';
import { useToast } from '../../components/useToast';
import { downloadBase64File, mimeTypeOf } from './downloadBase64File';

const FORMATS = ['csv', 'vcard'] as const;
const ENCODINGS = ['utf-8-bom', 'utf-8', 'gb18030'] as const;
const DELIMITERS = [
  [',', 'comma'],
  [';', 'semicolon'],
  ['\t', 'tab'],
] as const;

type Format = (typeof FORMATS)[number];
type Encoding = (typeof ENCODINGS)[number];
type Delimiter = (typeof DELIMITERS)[number][0];

/** Who is exported: chosen ids, a saved view, or (neither) everyone. */
export interface ExportScope {
  ids?: number[];
  viewId?: number;
  filter?: ContactFilter;
  sort?: ContactSort;
  /** How the dialog names them: "3 selected people", "the view “Beijing”", "everyone". */
  description: string;
}

export function ExportDialog({ scope, onClose }: { scope: ExportScope; onClose: () => void }) {
  const { t } = useTranslation();
  const toast = useToast();
  const [format, setFormat] = useState<Format>('csv');
  const [encoding, setEncoding] = useState<Encoding>('utf-8-bom');
  const [delimiter, setDelimiter] = useState<Delimiter>(',');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const run = async () => {
    setBusy(true);
    setError(null);
    try {
      const file = await api.exports.contacts({
        format,
        ...(format === 'csv' ? { encoding, delimiter } : {}),
        ...(scope.ids ? { ids: scope.ids } : {}),
        ...(scope.viewId !== undefined ? { viewId: scope.viewId } : {}),
        ...(scope.filter ? { filter: scope.filter, sort: scope.sort } : {}),
      });
      downloadBase64File(file.fileName, file.contentBase64, mimeTypeOf(file.fileName));
      toast.show({ message: t('exports.done', { count: file.count, file: file.fileName }) });
      onClose();
    } catch (e) {
      setError((e as Error).message);
      setBusy(false);
    }
  };

  return (
    <Dialog
      title={t('exports.title')}
      onClose={onClose}
      footer={
        <>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button variant="primary" icon="upload" disabled={busy} onClick={() => void run()} data-autofocus>
            {busy ? t('exports.exporting') : t('exports.export')}
          </Button>
        </>
      }
    >
      <div className="export-form">
        <p className="export-scope">{t('exports.scope', { who: scope.description })}</p>
        <fieldset className="policy-choices export-formats">
          <legend className="field-label">{t('exports.format')}</legend>
          {FORMATS.map((f) => (
            <label key={f} className={`policy-choice ${format === f ? 'is-checked' : ''}`}>
              <input type="radio" name="export-format" checked={format === f} onChange={() => setFormat(f)} />
              <span>
                <strong>{t(`exports.formats.${f}`)}</strong>
                <span className="muted small">{t(`exports.formats.${f}Hint`)}</span>
              </span>
            </label>
          ))}
        </fieldset>
        {format === 'csv' && (
          <div className="form-row">
            <Select
              label={t('exports.encoding')}
              value={encoding}
              options={ENCODINGS.map((e) => ({ value: e, label: t(`exports.encodings.${e.replace(/-/g, '')}`) }))}
              onChange={(e) => setEncoding(e.target.value as Encoding)}
            />
            <Select
              label={t('exports.delimiter')}
              value={delimiter}
              options={DELIMITERS.map(([value, key]) => ({ value, label: t(`imports.delimiters.${key}`) }))}
              onChange={(e) => setDelimiter(e.target.value as Delimiter)}
            />
          </div>
        )}
        {error && (
          <p className="field-error" role="alert">
            {error}
          </p>
        )}
      </div>
    </Dialog>
  );
}
