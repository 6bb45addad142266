// One of the user's own sheets in the sheet picker: chosen like a catalogue sheet (a radio in the same group), with
// its size as measured, and buttons to edit, export (the small file another Rapport imports) and delete it.
import { useTranslation } from 'react-i18next';
import { IconButton } from '../../components/IconButton';
import type { StoredCustomSheet } from './useCustomSheets';

interface CustomSheetOptionProps {
  stored: StoredCustomSheet;
  checked: boolean;
  onSelect: () => void;
  onEdit: () => void;
  onExport: () => void;
  onDelete: () => void;
}

export function CustomSheetOption({ stored, checked, onSelect, onEdit, onExport, onDelete }: CustomSheetOptionProps) {
  const { t } = useTranslation();
  const { sheet } = stored;
  const name = sheet.name;
  return (
    <div className={`labels-sheet-option labels-custom-sheet ${checked ? 'is-checked' : ''}`}>
      <label className="labels-custom-sheet-choice">
        <input type="radio" name="label-sheet" checked={checked} onChange={onSelect} />
        <span className="labels-sheet-text">
          <span className="labels-sheet-title">
            <strong>{name}</strong>
            <span className="badge">{t(`mailingLabels.sheet.paper.${sheet.paper}`)}</span>
            <span className="badge labels-custom-badge">{t('mailingLabels.sheetEditor.customBadge')}</span>
          </span>
          <span className="muted small">
            {t('mailingLabels.sheetEditor.perSheet', {
              columns: sheet.columns,
              rows: sheet.rows,
              width: sheet.labelWidth,
              height: sheet.labelHeight,
              unit: t(`mailingLabels.sheetEditor.dialog.unitSuffix.${sheet.unit}`),
            })}
          </span>
        </span>
      </label>
      <span className="labels-custom-sheet-actions">
        <IconButton icon="edit" label={t('mailingLabels.sheetEditor.edit', { name })} onClick={onEdit} />
        <IconButton icon="download" label={t('mailingLabels.sheetEditor.export', { name })} onClick={onExport} />
        <IconButton icon="trash" label={t('mailingLabels.sheetEditor.delete', { name })} onClick={onDelete} />
      </span>
    </div>
  );
}
