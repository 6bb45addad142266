// Step 2: is the text right? The encoding (detected candidates first) and the delimiter, with the preview
// redrawn from main after every change.
import type { ImportSessionView } from '@shared/import/importSession';
import { IMPORT_DELIMITERS } from '@shared/validation/importSettings';
import { useTranslation } from 'react-i18next';
import { Field } from '../../components/Field';
import { Select } from '../../components/Select';
import { encodingNameKey, encodingOrder } from './encodingNames';
import { PreviewTable } from './PreviewTable';
import type { ChosenSettings, ImportSettings } from './useImportFlow';

const DELIMITER_KEYS: Record<(typeof IMPORT_DELIMITERS)[number], string> = {
  auto: 'auto',
  ',': 'comma',
  ';': 'semicolon',
  '\t': 'tab',
  '|': 'pipe',
};

interface TextCheckStepProps {
  view: ImportSessionView;
  choices: ChosenSettings;
  busy: boolean;
  onChange: (settings: ImportSettings) => void;
}

export function TextCheckStep({ view, choices, busy, onChange }: TextCheckStepProps) {
  const { t } = useTranslation();
  const { likely, other } = encodingOrder(view.encodingCandidates, view.encoding);
  const nameOf = (encoding: string) => {
    const key = encodingNameKey(encoding);
    return key ? t(key) : encoding;
  };
  const rowsShown = Math.max(0, view.preview.length - 1 - view.headerRow);
  // A sheet may start with a title row: any of the first rows can be the header.
  const headerChoices = view.preview.slice(0, Math.min(10, view.preview.length - 1));

  return (
    <section className="import-step" aria-labelledby="import-text-title">
      <header className="import-step-header">
        <h2 id="import-text-title">{t('imports.text.title')}</h2>
        <p className="muted">{t('imports.text.body', { file: view.fileName })}</p>
      </header>
      <div className="import-settings-row">
        <Field label={t('imports.text.encoding')} hint={t('imports.text.garbledHint')}>
          <select
            className="input select"
            value={view.encoding.toLowerCase()}
            onChange={(e) => onChange({ encoding: e.target.value as ImportSettings['encoding'] })}
          >
            <optgroup label={t('imports.text.likely')}>
              {likely.map((e) => (
                <option key={e} value={e}>
                  {nameOf(e)}
                </option>
              ))}
            </optgroup>
            <optgroup label={t('imports.text.otherEncodings')}>
              {other.map((e) => (
                <option key={e} value={e}>
                  {nameOf(e)}
                </option>
              ))}
            </optgroup>
          </select>
        </Field>
        {view.format === 'csv' && (
          <Select
            label={t('imports.text.delimiter')}
            value={choices.delimiter}
            options={IMPORT_DELIMITERS.map((d) => ({
              value: d,
              // "Detect automatically" says what it found: "Detect automatically (Comma ( , ))".
              label:
                d === 'auto' && view.delimiter
                  ? t('imports.delimiters.autoFound', {
                      found: t(`imports.delimiters.${DELIMITER_KEYS[view.delimiter]}`),
                    })
                  : t(`imports.delimiters.${DELIMITER_KEYS[d]}`),
            }))}
            onChange={(e) => onChange({ delimiter: e.target.value as ImportSettings['delimiter'] })}
          />
        )}
        {view.format === 'csv' && headerChoices.length > 1 && (
          <Select
            label={t('imports.text.headerRow')}
            value={String(view.headerRow)}
            options={headerChoices.map((row, i) => ({
              value: String(i),
              label: t('imports.text.headerRowOption', {
                row: i + 1,
                cells:
                  row
                    .filter((c) => c.trim() !== '')
                    .slice(0, 3)
                    .join(', ') || '—',
              }),
            }))}
            onChange={(e) => onChange({ headerRow: Number(e.target.value) })}
          />
        )}
      </div>
      <div className="preview-head">
        <h3>{t('imports.text.preview')}</h3>
        <span className="muted small">
          {view.format === 'vcard'
            ? t('imports.text.cardsRead', { count: view.summary.rowsRead })
            : t('imports.text.rowsShown', { count: rowsShown, total: view.summary.rowsRead })}
          {busy && ` · ${t('common.loading')}`}
        </span>
      </div>
      <PreviewTable
        rows={view.preview.slice(view.headerRow)}
        firstDataRow={view.headerRow + 2}
        label={t('imports.text.preview')}
      />
    </section>
  );
}
