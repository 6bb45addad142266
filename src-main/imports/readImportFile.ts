// From a file's bytes to the people it describes: detect (or take) the encoding, tell vCards from
// spreadsheets, read the CSV, map its columns (remembered mapping, else suggested from the headers).
import { RapportError } from '@shared/api/result';
import type { ColumnMapping } from '@shared/import/columnMapping';
import type { ImportIssue, ImportIssueCode } from '@shared/import/importReport';
import { mappingSignature, suggestMapping } from '@shared/import/suggestMapping';
import { restoreNeutralised } from '../exports/csvExport';
import { CsvReadError, readCsv, type CsvIssue, type Delimiter } from './csvReader';
import type { ImportSource } from './importService';
import { mapRow } from './rowMapper';
import { decodeBytes, detectEncoding, type SupportedEncoding } from './textDecoding';
import { decodeVCardBytes, parseVCards, type VCardWarning } from './vcardReader';

export interface ReadOptions {
  encoding: 'auto' | SupportedEncoding;
  delimiter: 'auto' | Delimiter;
  /** A mapping chosen by the user (or remembered); else suggested from the header row. */
  mapping?: ColumnMapping[];
  /** Which row holds the headers (0-based); 'auto' finds it (sheets often start with a title row). */
  headerRow?: number | 'auto';
}

export interface ReadResult {
  source: ImportSource;
  /** For CSV: the header row, the mapping used, and its signature (to remember it). */
  headers: string[];
  mapping: ColumnMapping[];
  signature: string | null;
  /** The row (0-based) read as the header; rows above it are left out. 0 for vCards. */
  headerRow: number;
  /** The delimiter used (detected or chosen); null for vCards. */
  delimiter: Delimiter | null;
  /** The first rows as decoded (the header first), for the preview where mojibake shows. */
  previewRows: string[][];
  /** A data row's cells by its row number (CSV), for the rejected-rows file. */
  cellsOfRow(row: number): string[] | undefined;
}

const PREVIEW_ROWS = 20;

const looksLikeVCard = (text: string) => /^\s*BEGIN:VCARD/i.test(text.slice(0, 1000));

const VCARD_NAME = /\.(vcf|vcard)$/i;

/** A file is decoded whole into one string, then into cells kept until the import ends (people are made from
 *  them on demand); V8 cannot hold much more text than this. */
export const MAX_READABLE_BYTES = 400 * 1024 * 1024;

export function readImportFile(fileName: string, bytes: Uint8Array, options: ReadOptions): ReadResult {
  if (bytes.length > MAX_READABLE_BYTES) {
    const mb = (n: number) => Math.round(n / 1024 / 1024);
    throw new RapportError(
      'invalid_input',
      `${fileName} is ${mb(bytes.length)} MB; Rapport reads files of up to ${mb(MAX_READABLE_BYTES)} MB at a time. Split it into smaller files (for example by region) and import each. Nothing was imported.`,
    );
  }
  // vCards name their own charsets (CHARSET=GB2312 on old phones), so they are decoded by the vCard reader
  // unless the user picked an encoding.
  const vcardBySniff =
    options.encoding === 'auto' && !VCARD_NAME.test(fileName) && /^\s*BEGIN:VCARD/i.test(latin1Head(bytes));
  if (VCARD_NAME.test(fileName) || vcardBySniff) {
    const text = options.encoding === 'auto' ? decodeVCardBytes(bytes) : decodeBytes(bytes, options.encoding);
    return readVCardText(fileName, text, options.encoding === 'auto' ? 'auto (vCard)' : options.encoding);
  }
  const encoding = options.encoding === 'auto' ? detectEncoding(bytes).encoding : options.encoding;
  const text = decodeBytes(bytes, encoding);
  if (looksLikeVCard(text)) return readVCardText(fileName, text, encoding);
  return readCsvText(fileName, text, encoding, options);
}

/** The first bytes as Latin-1: enough to see "BEGIN:VCARD" whatever the encoding (except UTF-16). */
function latin1Head(bytes: Uint8Array): string {
  return Buffer.from(bytes.subarray(0, 200))
    .toString('latin1')
    .replace(/^\uFEFF|^ï»¿/, '');
}

function readVCardText(fileName: string, text: string, encoding: string): ReadResult {
  let parsed;
  try {
    parsed = parseVCards(text);
  } catch (error) {
    throw new RapportError('invalid_input', `${fileName}: ${error instanceof Error ? error.message : String(error)}`);
  }
  const { people, warnings } = parsed;
  const readIssues: ImportIssue[] = warnings.map((w) => ({
    row: w.card,
    column: null,
    field: 'card',
    severity: 'warning',
    message: w.message,
    code: vcardIssueCode(w),
    params: w.params,
  }));
  const previewRows = [
    ['Name', 'Company', 'Phone', 'Email'],
    ...people
      .slice(0, PREVIEW_ROWS)
      .map((p) => [
        p.fullName || [p.givenName, p.familyName].filter(Boolean).join(' '),
        p.company,
        p.phones[0]?.value ?? '',
        p.emails[0]?.value ?? '',
      ]),
  ];
  return {
    source: {
      fileName,
      format: 'vcard',
      encoding,
      count: people.length,
      personAt: (index) => people[index]!,
      birthdayAt: (index) => people[index]!.birthday,
      readIssues,
      columnOf: () => null,
    },
    headers: [],
    mapping: [],
    signature: null,
    headerRow: 0,
    delimiter: null,
    previewRows,
    cellsOfRow: () => undefined,
  };
}

function readCsvText(fileName: string, text: string, encoding: string, options: ReadOptions): ReadResult {
  let table;
  try {
    table = readCsv(text, { delimiter: options.delimiter });
  } catch (error) {
    if (error instanceof CsvReadError) throw new RapportError('invalid_input', `${fileName}: ${error.message}`);
    throw error;
  }
  if (table.rows.length === 0) throw new RapportError('invalid_input', `${fileName}: the file is empty.`);
  const headerRow =
    options.headerRow === undefined || options.headerRow === 'auto'
      ? findHeaderRow(table.rows)
      : Math.min(options.headerRow, table.rows.length - 1);
  const header = table.rows[headerRow]!;
  const first = headerRow + 1;
  const count = table.rows.length - first;
  if (count === 0) throw new RapportError('invalid_input', `${fileName}: the file has a header row but no data rows.`);
  const mapping = options.mapping ?? suggestMapping(header);
  // The cells are kept once (cells written "=1+1" by an export are put back as they were); people are made
  // from them when asked.
  for (let r = first; r < table.rows.length; r++) {
    const cells = table.rows[r]!;
    for (let c = 0; c < cells.length; c++) cells[c] = restoreNeutralised(cells[c]!);
  }
  const birthdayMapping = mapping.filter((m) => m.target.kind === 'field' && m.target.field === 'birthday');
  const sourceRowOf = (r: number) => table.rowNumbers[r] ?? r + 1;
  /** The table row holding a row number (row numbers increase down the file). */
  const tableRowOf = (row: number): number | undefined => {
    let lo = first;
    let hi = table.rows.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const at = sourceRowOf(mid);
      if (at === row) return mid;
      if (at < row) lo = mid + 1;
      else hi = mid - 1;
    }
    return undefined;
  };
  const cellsOfRow = (row: number) => {
    const r = tableRowOf(row);
    return r === undefined ? undefined : table.rows[r];
  };
  const readIssues: ImportIssue[] = table.warnings.map((w) => ({
    row: w.row ?? 0,
    column: w.column !== undefined ? (header[w.column] ?? null) : null,
    field: 'file',
    severity: 'warning',
    message: w.message,
    code: csvIssueCode(w),
    params: w.params,
  }));
  const columnOf = (row: number, value: string) => {
    const cells = cellsOfRow(row);
    const index = cells?.findIndex((c) => c === value || (value !== '' && c.includes(value))) ?? -1;
    return index >= 0 ? (header[index] ?? null) : null;
  };
  return {
    source: {
      fileName,
      format: 'csv',
      encoding,
      count,
      personAt: (index) => mapRow(table.rows[first + index]!, mapping, sourceRowOf(first + index)),
      birthdayAt: (index) => mapRow(table.rows[first + index]!, birthdayMapping, 0).birthday,
      readIssues,
      columnOf,
    },
    headers: header,
    mapping,
    signature: mappingSignature(header),
    headerRow,
    delimiter: table.delimiter,
    previewRows: table.rows.slice(0, headerRow + PREVIEW_ROWS + 1),
    cellsOfRow,
  };
}

function csvIssueCode(w: CsvIssue): ImportIssueCode {
  switch (w.code) {
    case 'ragged_row':
      return w.params.kind === 'short' ? 'rowTooShort' : 'rowTooLong';
    case 'more_warnings':
      return 'moreRowWarnings';
    case 'nul_bytes_removed':
      return w.params.kind === 'trailing' ? 'trailingNulBytes' : 'nulBytesRemoved';
    case 'stray_quote':
      return 'strayQuote';
  }
}

function vcardIssueCode(w: VCardWarning): ImportIssueCode {
  switch (w.code) {
    case 'card_bad_lines':
      return 'cardBadLines';
    case 'card_empty':
      return 'cardEmpty';
    case 'photos_skipped':
      return 'photosSkipped';
    case 'lines_outside_cards':
      return w.params.where === 'before' ? 'linesBeforeCard' : 'linesAfterLastCard';
    case 'card_not_ended':
      return w.params.next === '' ? 'cardNotEndedAtEnd' : 'cardNotEnded';
    case 'unknown_charset':
      return 'unknownCharset';
  }
}

/**
 * The header row among the first ten: the one whose cells name the most fields Rapport knows (a sheet's title
 * row, "2024年客户名单", names none). The first row when none does.
 */
export function findHeaderRow(rows: string[][]): number {
  let best = 0;
  let bestScore = 0;
  rows.slice(0, 10).forEach((row, index) => {
    const score = suggestMapping(row).filter((m) => m.target.kind !== 'note' && m.target.kind !== 'ignore').length;
    if (score > bestScore) {
      best = index;
      bestScore = score;
    }
  });
  return best;
}
