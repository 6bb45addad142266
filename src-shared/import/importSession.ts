// What the import screen sees of an open import, and of past imports.
import type { ColumnMapping } from './columnMapping';
import type { ImportSummary } from './importReport';

export interface ImportSessionView {
  sessionId: string;
  fileName: string;
  format: 'csv' | 'vcard';
  encoding: string;
  /** The delimiter the file is read with (detected, or chosen); null for vCards. */
  delimiter: ',' | ';' | '\t' | '|' | null;
  /** The row (0-based, in `preview`) read as the header; the rows above it are left out. */
  headerRow: number;
  /** Encodings worth offering first in the picker, most likely first. */
  encodingCandidates: string[];
  headers: string[];
  mapping: ColumnMapping[];
  /** True when the mapping was remembered from an earlier file with the same headers. */
  mappingRemembered: boolean;
  /** The file's first rows as read with the current settings (from the top, so a title row shows too). */
  preview: string[][];
  /** What committing now would do (a dry run): counts, problems, duplicates. */
  summary: ImportSummary;
  needsDateOrder: boolean;
}

export interface ImportHistoryItem {
  id: number;
  fileName: string;
  format: 'csv' | 'vcard';
  createdAt: string;
  undoneAt: string | null;
  rowsRead: number;
  created: number;
  updated: number;
  skipped: number;
  rejected: number;
}
