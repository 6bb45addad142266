// What the encoding picker calls each encoding: the name people meet in their editors and in Excel's dialogs,
// with the software that writes it, so a user who sees mojibake can guess which one to try.
import { IMPORT_ENCODINGS } from '@shared/validation/importSettings';

export type ImportEncoding = Exclude<(typeof IMPORT_ENCODINGS)[number], 'auto'>;
export const ENCODINGS = IMPORT_ENCODINGS.filter((e): e is ImportEncoding => e !== 'auto');

/** The i18n key of an encoding's name; undefined for one main reports that the picker does not know. */
export function encodingNameKey(encoding: string): string | undefined {
  const known = ENCODINGS.find((e) => e === encoding.toLowerCase());
  return known ? `imports.encodings.${known.replace(/[-_]/g, '')}` : undefined;
}

/** The picker's order: the candidates main detected first (most likely first), then the rest. */
export function encodingOrder(candidates: readonly string[], current: string): { likely: string[]; other: string[] } {
  const likely = [...new Set([current, ...candidates].map((e) => e.toLowerCase()))];
  return { likely, other: ENCODINGS.filter((e) => !likely.includes(e)) };
}
