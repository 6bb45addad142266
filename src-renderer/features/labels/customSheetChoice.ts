// A sheet the labels page can preview and print on is a catalogued one or one the user measured: both give an id
// main resolves, a name to show (brand and code) and the geometry the preview and start position draw.
import type { CustomSheetPaper } from '@shared/labels/geometry';
import type { CatalogueSheet } from '@shared/labels/sheets';
import type { StoredCustomSheet } from './useCustomSheets';

export interface SheetChoice extends Pick<CatalogueSheet, 'id' | 'code' | 'geometry'> {
  /** Empty for a custom sheet: its name is its code. */
  brand: string;
  paper: CustomSheetPaper;
}

/** The custom sheet `id` in the shape the page shows a catalogue sheet in; undefined if there is none. */
export function customSheetChoice(
  sheets: readonly StoredCustomSheet[] | undefined,
  id: string,
): SheetChoice | undefined {
  const found = sheets?.find((s) => s.id === id);
  if (!found) return undefined;
  return { id: found.id, brand: '', code: found.sheet.name, paper: found.sheet.paper, geometry: found.sheet.geometry };
}
