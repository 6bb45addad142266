// What an import found and did, as the CLI prints it and the import screen shows it.

/** What to do with a row that matches someone already in Rapport (or an earlier row of the same file). */
export const DUPLICATE_POLICIES = ['skip', 'update', 'overwrite', 'create'] as const;
export type DuplicatePolicy = (typeof DUPLICATE_POLICIES)[number];

export interface ImportIssue {
  /** 1-based row of the file (the header is row 1 in a CSV) or card number in a vCard file. */
  row: number;
  /** The file's column header the value came from, when known. */
  column: string | null;
  /** The Rapport field: "email", "phone", "birthday", "name"… */
  field: string;
  severity: 'error' | 'warning';
  /** In English, for the CLI and logs. */
  message: string;
  /** What kind of problem, so a screen can say it in the user's language (see IMPORT_ISSUE_CODES). */
  code: ImportIssueCode;
  /** The values the message names: `value` (cut short), and `problem` (a validation key) for 'invalidValue';
   *  for the file's own problems, figures such as `count`, `cells`, `width`, `card`. */
  params: Record<string, string>;
}

export const IMPORT_ISSUE_CODES = [
  'unknownCountry',
  'unknownStage',
  'ambiguousDate',
  'invalidDate',
  'noName',
  'invalidValue',
  // The file's structure (CSV reader, vCard reader).
  'rowTooShort',
  'rowTooLong',
  'moreRowWarnings',
  'trailingNulBytes',
  'nulBytesRemoved',
  'strayQuote',
  'cardBadLines',
  'cardEmpty',
  'photosSkipped',
  'linesBeforeCard',
  'linesAfterLastCard',
  'cardNotEnded',
  'cardNotEndedAtEnd',
  'unknownCharset',
] as const;
export type ImportIssueCode = (typeof IMPORT_ISSUE_CODES)[number];

export interface ImportDuplicate {
  row: number;
  /** The person already in Rapport, or null when the match is an earlier row of the same file. */
  existingId: number | null;
  existingName: string;
  /** The earlier row it repeats, for duplicates inside the file. */
  earlierRow: number | null;
  reason: 'email' | 'phone' | 'name';
}

export interface ImportSummary {
  fileName: string;
  format: 'csv' | 'vcard';
  encoding: string;
  rowsRead: number;
  created: number;
  updated: number;
  skipped: number;
  rejected: number;
  companiesCreated: number;
  /** Null for a dry run, or when nothing was written. */
  batchId: number | null;
  dryRun: boolean;
  issues: ImportIssue[];
  duplicates: ImportDuplicate[];
}
