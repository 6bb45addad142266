// Create or edit a label sheet the user measured: the measurements (in millimetres or inches — switching converts
// what is entered) on the left, the sheet drawn to scale on the right as they are typed, and under the drawing what
// is wrong with the sheet as a whole (labels off the page, overlapping), each naming the field to change. Validated
// with the shared customSheetSchema, which main checks again.
import { zodResolver } from '@hookform/resolvers/zod';
import {
  CUSTOM_SHEET_PAPERS,
  customSheetSchema,
  SHEET_UNITS,
  type CustomSheet,
  type CustomSheetInput,
  type CustomSheetPaper,
  type SheetUnit,
} from '@shared/labels/geometry';
import { useId, useState } from 'react';
import { useForm, useWatch, type FieldError } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/api';
import { Button } from '../../components/Button';
import { Dialog } from '../../components/Dialog';
import { FormDialogFooter } from '../../components/form/FormDialogFooter';
import { useSaveSubmit } from '../../components/form/useSaveSubmit';
import { Select } from '../../components/Select';
import { TextField } from '../../components/TextField';
import { useFormat } from '../../i18n/useFormat';
import { DeleteSheetDialog } from './DeleteSheetDialog';
import { MeasureField } from './MeasureField';
import { SheetDrawing } from './SheetDrawing';
import {
  blankSheet,
  convertLength,
  formValuesOf,
  LENGTH_FIELDS,
  paperSizeIn,
  sheetForDrawing,
  sheetToSave,
  wholeSheetProblems,
  type SheetField,
} from './sheetMeasurements';
import type { StoredCustomSheet } from './useCustomSheets';

const FORM_ID = 'custom-sheet-form';
const K = 'mailingLabels.sheetEditor.dialog';

type NumberField = Exclude<SheetField, 'name' | 'unit' | 'paper'>;

/** An empty box is "not entered" (so a missing measurement is "required" and a pitch left out is the default). */
const toNumber = (value: unknown) =>
  value === '' || value === null || value === undefined ? undefined : Number(value);
const isLength = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value) && value > 0;
const roundMm = (mm: number) => Math.round(mm * 10) / 10;

interface CustomSheetDialogProps {
  /** The sheet to edit; a new one when left out. */
  editing?: StoredCustomSheet;
  onClose: () => void;
  onSaved: (saved: StoredCustomSheet, created: boolean) => void;
  onDeleted: (id: string) => void;
}

export function CustomSheetDialog({ editing, onClose, onSaved, onDeleted }: CustomSheetDialogProps) {
  const { t } = useTranslation();
  const { locale, number } = useFormat();
  const problemIds = useId();
  const [confirmDelete, setConfirmDelete] = useState(false);
  const form = useForm<CustomSheetInput, unknown, CustomSheet>({
    resolver: zodResolver(customSheetSchema),
    mode: 'onTouched',
    defaultValues: editing ? formValuesOf(editing.sheet) : blankSheet(locale),
  });
  const values = useWatch({ control: form.control }) as Partial<CustomSheetInput>;
  const unit: SheetUnit = values.unit ?? 'mm';
  const paper: CustomSheetPaper = values.paper ?? 'letter';
  const drawing = sheetForDrawing(values);
  const problems = wholeSheetProblems(values);
  const problemId = (field: SheetField) =>
    problems.some((p) => p.field === field) ? `${problemIds}-${field}` : undefined;
  const errors = form.formState.errors;
  // Problems with the sheet as a whole are shown live beside the drawing (and follow every keystroke); an error
  // from the last submit would go stale on a field the user does not touch again.
  const fieldError = (field: SheetField) => {
    const error = errors[field] as FieldError | undefined;
    return error && error.type !== 'custom' ? error.message : undefined;
  };

  const submit = useSaveSubmit(form, {
    issuePrefix: 'sheet',
    save: (sheet) => api.labels.saveSheet({ id: editing?.id ?? null, sheet: sheetToSave(sheet) }),
    successMessage: (saved) => t(editing ? `${K}.updated` : `${K}.created`, { name: saved.sheet.name }),
    onSaved: (saved) => onSaved(saved, !editing),
  });

  const changeUnit = (next: SheetUnit) => {
    const from = form.getValues('unit');
    if (next === from) return;
    for (const field of LENGTH_FIELDS) {
      const value = form.getValues(field);
      if (typeof value === 'number' && Number.isFinite(value)) {
        form.setValue(field, convertLength(value, from, next), { shouldDirty: true });
      }
    }
    form.setValue('unit', next, { shouldDirty: true });
  };
  const changePaper = (next: CustomSheetPaper) => {
    const from = form.getValues('paper');
    // A custom page starts as the paper it was, so only what differs needs typing.
    if (next === 'custom' && from !== 'custom') {
      const size = paperSizeIn(from, form.getValues('unit'));
      if (!isLength(form.getValues('pageWidth'))) form.setValue('pageWidth', size.width);
      if (!isLength(form.getValues('pageHeight'))) form.setValue('pageHeight', size.height);
    }
    form.setValue('paper', next, { shouldDirty: true });
  };

  const measure = (field: NumberField, extra: { unit?: boolean; placeholder?: string } = {}) => (
    <MeasureField
      label={t(`${K}.${field}`)}
      unit={extra.unit === false ? undefined : t(`${K}.unitSuffix.${unit}`)}
      placeholder={extra.placeholder}
      step={extra.unit === false ? 1 : 'any'}
      min={extra.unit === false ? 1 : 0}
      error={fieldError(field)}
      problemId={problemId(field)}
      {...form.register(field, { setValueAs: toNumber })}
    />
  );
  const count = (field: 'columns' | 'rows') => measure(field, { unit: false });
  const labels = drawing?.geometry ? drawing.geometry.columns * drawing.geometry.rows : 0;

  return (
    <Dialog
      title={editing ? t(`${K}.editTitle`) : t(`${K}.newTitle`)}
      onClose={onClose}
      size="lg"
      className="labels-sheet-dialog"
      footer={
        <>
          {editing && (
            <Button variant="ghost" icon="trash" className="labels-sheet-delete" onClick={() => setConfirmDelete(true)}>
              {t(`${K}.deleteSheet`)}
            </Button>
          )}
          <FormDialogFooter formId={FORM_ID} submitting={form.formState.isSubmitting} onCancel={onClose} />
        </>
      }
    >
      <div className="labels-sheet-editor">
        <form id={FORM_ID} className="entity-form labels-sheet-form" noValidate onSubmit={(e) => void submit(e)}>
          <p className="muted small labels-sheet-intro">{t(`${K}.intro`)}</p>
          <TextField
            label={t(`${K}.name`)}
            placeholder={t(`${K}.namePlaceholder`)}
            autoComplete="off"
            maxLength={80}
            data-autofocus
            error={fieldError('name')}
            {...form.register('name')}
          />
          <div className="labels-sheet-fields">
            <fieldset className="field">
              <legend className="field-label">{t(`${K}.unit`)}</legend>
              <div className="segmented" role="radiogroup" aria-label={t(`${K}.unit`)}>
                {SHEET_UNITS.map((u) => (
                  <label key={u} className={unit === u ? 'is-checked' : ''}>
                    <input type="radio" name="sheet-unit" checked={unit === u} onChange={() => changeUnit(u)} />
                    {t(`${K}.units.${u}`)}
                  </label>
                ))}
              </div>
            </fieldset>
            <Select
              label={t(`${K}.paper`)}
              value={paper}
              onChange={(e) => changePaper(e.target.value as CustomSheetPaper)}
              options={CUSTOM_SHEET_PAPERS.map((p) => ({ value: p, label: t(`${K}.papers.${p}`) }))}
            />
            {paper === 'custom' && (
              <>
                {measure('pageWidth')}
                {measure('pageHeight')}
              </>
            )}
          </div>
          <fieldset className="fieldset labels-sheet-group">
            <legend>{t(`${K}.grid`)}</legend>
            <div className="labels-sheet-fields">
              {count('columns')}
              {count('rows')}
              {measure('labelWidth')}
              {measure('labelHeight')}
              {measure('cornerRadius')}
            </div>
          </fieldset>
          <fieldset className="fieldset labels-sheet-group">
            <legend>{t(`${K}.position`)}</legend>
            <div className="labels-sheet-fields">
              {measure('topMargin')}
              {measure('leftMargin')}
              {measure('horizontalPitch', { placeholder: t(`${K}.pitchPlaceholder`) })}
              {measure('verticalPitch', { placeholder: t(`${K}.pitchPlaceholder`) })}
            </div>
            <p className="field-hint">{t(`${K}.pitchHint`)}</p>
          </fieldset>
        </form>
        <aside className="labels-sheet-aside">
          <div className="labels-drawing">
            {drawing ? (
              <SheetDrawing
                page={drawing.page}
                geometry={drawing.geometry}
                label={
                  drawing.geometry
                    ? t(`${K}.drawing`, {
                        columns: drawing.geometry.columns,
                        rows: drawing.geometry.rows,
                        width: number(roundMm(drawing.page.width)),
                        height: number(roundMm(drawing.page.height)),
                      })
                    : t(`${K}.drawingPage`, {
                        width: number(roundMm(drawing.page.width)),
                        height: number(roundMm(drawing.page.height)),
                      })
                }
              />
            ) : (
              <div className="labels-drawing-blank" aria-hidden="true" />
            )}
          </div>
          <div className="labels-sheet-status" aria-live="polite">
            {problems.length > 0 ? (
              <div className="labels-sheet-problems">
                <p className="labels-sheet-problems-title">{t(`${K}.problems`)}</p>
                <ul>
                  {problems.map((p) => (
                    <li key={`${p.field}-${p.message}`} id={problemId(p.field)}>
                      {t(`${K}.problem`, { field: t(`${K}.${p.field}`), message: t(p.message) })}
                    </li>
                  ))}
                </ul>
              </div>
            ) : drawing?.geometry ? (
              <p className="labels-sheet-fits small">
                <strong>{t(`${K}.labelsPerSheet`, { count: labels })}</strong> · <span>{t(`${K}.fits`)}</span>
              </p>
            ) : (
              <p className="muted small">{t(`${K}.drawingEmpty`)}</p>
            )}
          </div>
        </aside>
      </div>
      {confirmDelete && editing && (
        <DeleteSheetDialog stored={editing} onClose={() => setConfirmDelete(false)} onDeleted={onDeleted} />
      )}
    </Dialog>
  );
}
