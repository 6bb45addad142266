// The catalogue of label sheets with a search box: the code on the pack or any equivalent ("5960" finds 5160),
// each match with its description and paper; a radio group, so the arrow keys move through the matches.
import { searchSheets } from '@shared/labels/geometry';
import type { CatalogueSheet } from '@shared/labels/sheets';
import { useTranslation } from 'react-i18next';
import { TextField } from '../../components/TextField';

interface SheetPickerProps {
  query: string;
  onQueryChange: (query: string) => void;
  selectedId: string;
  onSelect: (sheet: CatalogueSheet) => void;
}

export function SheetPicker({ query, onQueryChange, selectedId, onSelect }: SheetPickerProps) {
  const { t } = useTranslation();
  const matches = searchSheets(query);
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
          if (e.key === 'Enter' && matches[0]) onSelect(matches[0]);
        }}
      />
      {matches.length === 0 ? (
        <p className="labels-no-match muted small" role="status">
          {t('mailingLabels.sheet.noMatch', { query })}
        </p>
      ) : (
        <fieldset className="labels-sheet-list">
          <legend className="visually-hidden">{t('mailingLabels.sheet.matches')}</legend>
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
                <span className="muted small">{sheet.description}</span>
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
    </div>
  );
}
