// The label sheets to choose from, with a search box: the user's own sheets first (found by name; each can be edited,
// exported and deleted), then the catalogue, by the code on the pack or any equivalent ("5960" finds 5160), each
// match with its description and paper. One radio group, so the arrow keys move through the matches. New sheets
// are measured in the sheet editor or imported from a file someone exported.
import { searchSheets } from '@shared/labels/geometry';
import { LABEL_SHEETS, type CatalogueSheet } from '@shared/labels/sheets';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/api';
import { Button } from '../../components/Button';
import { TextField } from '../../components/TextField';
import { useToast } from '../../components/useToast';
import { downloadBase64File } from '../exports/downloadBase64File';
import { CustomSheetDialog } from './CustomSheetDialog';
import { CustomSheetOption } from './CustomSheetOption';
import { DeleteSheetDialog } from './DeleteSheetDialog';
import { ImportSheetButton } from './ImportSheetButton';
import { DEFAULT_SHEET_ID } from './labelOptions';
import type { StoredCustomSheet } from './useCustomSheets';

interface SheetPickerProps {
  query: string;
  onQueryChange: (query: string) => void;
  selectedId: string;
  onSelect: (sheet: { id: string }) => void;
  /** The user's own sheets (labels.customSheets). */
  customSheets: readonly StoredCustomSheet[];
}

const searchable = (text: string) => text.normalize('NFKC').toLowerCase().trim();

export function SheetPicker({ query, onQueryChange, selectedId, onSelect, customSheets }: SheetPickerProps) {
  const { t } = useTranslation();
  const toast = useToast();
  const [editing, setEditing] = useState<StoredCustomSheet | 'new' | null>(null);
  const [deleting, setDeleting] = useState<StoredCustomSheet | null>(null);
  const ownMatches = customSheets.filter((s) => searchable(s.sheet.name).includes(searchable(query)));
  const describe = (sheet: CatalogueSheet) =>
    t('mailingLabels.sheet.description', {
      kind: t(`mailingLabels.sheet.kinds.${sheet.kind}`),
      size: sheet.nominalSize,
      perSheet: t('mailingLabels.sheet.perSheet', { count: sheet.geometry.columns * sheet.geometry.rows }),
    });
  const matches = searchSheets(query, LABEL_SHEETS, describe);
  const best = ownMatches[0] ?? matches[0];

  const exportSheet = async (stored: StoredCustomSheet) => {
    try {
      const file = await api.labels.exportSheet({ id: stored.id });
      downloadBase64File(file.fileName, file.contentBase64, 'application/json');
      toast.show({ message: t('mailingLabels.sheetEditor.exported', { file: file.fileName }) });
    } catch (error) {
      toast.show({ message: t('common.error', { message: (error as Error).message }), tone: 'error' });
    }
  };
  // A deleted sheet that was in use gives way to the default one, rather than to whatever comes first.
  const deleted = (id: string) => {
    setEditing(null);
    if (id === selectedId) onSelect({ id: DEFAULT_SHEET_ID });
  };

  return (
    <div className="labels-sheet-picker">
      <TextField
        type="search"
        label={t('mailingLabels.sheet.search')}
        placeholder={t('mailingLabels.sheet.searchPlaceholder')}
        value={query}
        onChange={(e) => onQueryChange(e.target.value)}
        onKeyDown={(e) => {
          // Enter takes the best match, so "5960 ⏎" is all it needs.
          if (e.key === 'Enter' && best) onSelect(best);
        }}
      />
      {matches.length === 0 && ownMatches.length === 0 ? (
        <p className="labels-no-match muted small" role="status">
          {t('mailingLabels.sheet.noMatch', { query })}
        </p>
      ) : (
        <fieldset className="labels-sheet-list">
          <legend className="visually-hidden">{t('mailingLabels.sheet.matches')}</legend>
          {ownMatches.map((stored) => (
            <CustomSheetOption
              key={stored.id}
              stored={stored}
              checked={stored.id === selectedId}
              onSelect={() => onSelect(stored)}
              onEdit={() => setEditing(stored)}
              onExport={() => void exportSheet(stored)}
              onDelete={() => setDeleting(stored)}
            />
          ))}
          {matches.map((sheet) => (
            <label key={sheet.id} className={`labels-sheet-option ${sheet.id === selectedId ? 'is-checked' : ''}`}>
              <input
                type="radio"
                name="label-sheet"
                checked={sheet.id === selectedId}
                onChange={() => onSelect(sheet)}
              />
              <span className="labels-sheet-text">
                <span className="labels-sheet-title">
                  <strong>
                    {sheet.brand} {sheet.code}
                  </strong>
                  <span className="badge">{t(`mailingLabels.sheet.paper.${sheet.paper}`)}</span>
                </span>
                <span className="muted small">{describe(sheet)}</span>
                {sheet.equivalents.length > 0 && (
                  <span className="labels-sheet-equivalents small">
                    {t('mailingLabels.sheet.sameAs', { codes: sheet.equivalents.join(', ') })}
                  </span>
                )}
              </span>
            </label>
          ))}
        </fieldset>
      )}
      <div className="labels-sheet-tools">
        <Button size="sm" icon="plus" onClick={() => setEditing('new')}>
          {t('mailingLabels.sheetEditor.newSheet')}
        </Button>
        <ImportSheetButton onImported={onSelect} />
      </div>
      {editing && (
        <CustomSheetDialog
          editing={editing === 'new' ? undefined : editing}
          onClose={() => setEditing(null)}
          onSaved={(saved, created) => {
            setEditing(null);
            // A sheet just measured is the one the user wants to print on.
            if (created) onSelect(saved);
          }}
          onDeleted={deleted}
        />
      )}
      {deleting && <DeleteSheetDialog stored={deleting} onClose={() => setDeleting(null)} onDeleted={deleted} />}
    </div>
  );
}
