// Reading a spreadsheet's CSV/TXT export into rows of cells: which delimiter it uses, which physical line each
// record starts on, what is repaired with a warning (ragged rows, stray NUL bytes) and what is refused with a
// plain-English error naming the row (binary files, unbalanced quotes, oversized cells). The CSV grammar itself
// is csv-parse's; this module decides what the user is told.
import { parse } from 'csv-parse/sync';
import { decodeBytes, detectEncoding, type EncodingDetection, type SupportedEncoding } from './textDecoding';

export type Delimiter = ',' | ';' | '\t' | '|';
export const DELIMITERS: readonly Delimiter[] = [',', ';', '\t', '|'];

export type CsvReadErrorCode =
  | 'empty'
  | 'binary'
  | 'nul_bytes'
  | 'unbalanced_quote'
  | 'cell_too_large'
  /** Anything else csv-parse refuses; the message carries its explanation. */
  | 'unreadable';

export type CsvWarningCode = 'ragged_row' | 'nul_bytes_removed' | 'stray_quote' | 'more_warnings';

export interface CsvIssue {
  code: CsvWarningCode;
  /** In English (the CLI's words); `params` carries the figures for a screen to say it in the user's language. */
  message: string;
  params: Record<string, string>;
  /** 1-based physical line where the record starts. */
  row?: number;
  /** 0-based index of the cell in its row (the header's column), when one cell is concerned. */
  column?: number;
}

export interface CsvTable {
  delimiter: Delimiter;
  /** The header row first. Rows shorter than the header are padded with ''; longer ones keep their extra cells. */
  rows: string[][];
  /** For each row, the 1-based physical line where it starts (a quoted cell may span several lines). */
  rowNumbers: number[];
  warnings: CsvIssue[];
}

export class CsvReadError extends Error {
  readonly code: CsvReadErrorCode;
  /** 1-based physical line where the offending record starts. */
  readonly row?: number;
  /** 0-based index of the offending cell in its row. */
  readonly column?: number;

  constructor(code: CsvReadErrorCode, message: string, where: { row?: number; column?: number } = {}) {
    super(message);
    this.name = 'CsvReadError';
    this.code = code;
    if (where.row !== undefined) this.row = where.row;
    if (where.column !== undefined) this.column = where.column;
  }
}

export interface ReadCsvOptions {
  delimiter?: Delimiter | 'auto';
  /** The largest cell accepted, in UTF-8 bytes. Default 10 MB. */
  maxCellBytes?: number;
}

export interface ReadCsvBytesOptions extends ReadCsvOptions {
  encoding?: 'auto' | SupportedEncoding;
}

export interface CsvBytesResult {
  /** What detection found (always run, so a picker can show it even when the user chose another). */
  detection: EncodingDetection;
  /** The encoding the text was decoded with: the user's choice, else the detected one. */
  encoding: SupportedEncoding;
  table: CsvTable;
}

export const DEFAULT_MAX_CELL_BYTES = 10 * 1024 * 1024;

// Past this many, one summary line says how many more: a file whose every row is ragged needs one message,
// not 100,000.
const MAX_ROW_WARNINGS = 100;
const SAMPLE_CHARS = 64 * 1024;
const DELIMITER_SAMPLE_RECORDS = 50;

export function readCsvBytes(bytes: Uint8Array, options: ReadCsvBytesOptions = {}): CsvBytesResult {
  if (bytes.length === 0) throw emptyFileError();
  assertNotAKnownBinaryFormat(bytes);
  const detection = detectEncoding(bytes);
  const encoding = options.encoding && options.encoding !== 'auto' ? options.encoding : detection.encoding;
  const table = readCsv(decodeBytes(bytes, encoding), options);
  return { detection, encoding, table };
}

export function readCsv(text: string, options: ReadCsvOptions = {}): CsvTable {
  const maxCellBytes = options.maxCellBytes ?? DEFAULT_MAX_CELL_BYTES;
  const warnings: CsvIssue[] = [];
  let body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (body.startsWith('PK\u0003\u0004')) throw workbookError('an Excel .xlsx workbook (a zip file)');
  body = removeNulBytes(body, warnings);
  if (!/\S/.test(body)) throw emptyFileError();

  const delimiter = options.delimiter && options.delimiter !== 'auto' ? options.delimiter : detectDelimiter(body);
  const strict: ParseOptions = {
    delimiter,
    // Mixed line endings happen when files are concatenated; each kind must end a record.
    record_delimiter: ['\r\n', '\n', '\r'],
    relax_column_count: true,
    relax_quotes: false,
    // A guard against a runaway quoted cell swallowing a gigabyte; the exact per-cell limit is checked after.
    max_record_size: maxCellBytes * 2,
  };
  let records: string[][];
  let relaxedQuotes = false;
  try {
    records = parse(body, strict);
  } catch (error) {
    // Strict quoting first: it is what makes an unclosed quote an error instead of rows silently merged. Only a
    // quote inside an unquoted cell (5'11" tall), which is unambiguous, earns a lenient second reading.
    if (parseErrorCode(error) !== 'INVALID_OPENING_QUOTE') throw explainParseError(error, body, strict, maxCellBytes);
    const row = startLineOfFailingRecord(body, strict);
    warnings.push({
      code: 'stray_quote',
      row,
      params: { row: String(row) },
      message: `Row ${row}: a cell contains a quote (") but is not itself in quotes; such cells were read as written.`,
    });
    relaxedQuotes = true;
    const relaxed = { ...strict, relax_quotes: true };
    try {
      records = parse(body, relaxed);
    } catch (relaxedError) {
      throw explainParseError(relaxedError, body, relaxed, maxCellBytes);
    }
  }
  return shapeTable(records, delimiter, maxCellBytes, warnings, relaxedQuotes);
}

/**
 * The delimiter whose field counts are the most consistent over the first records, quotes respected (a comma
 * inside a quoted address does not count). Ties go to the delimiter giving more columns, then to the order
 * comma, semicolon (European Excel), tab (Excel "Unicode text"), pipe. A file with one column reads as commas.
 */
export function detectDelimiter(sampleText: string): Delimiter {
  const sample = sampleText.length > SAMPLE_CHARS ? sampleText.slice(0, SAMPLE_CHARS) : sampleText;
  let best: { delimiter: Delimiter; consistency: number; width: number } = {
    delimiter: ',',
    consistency: 0,
    width: 1,
  };
  for (const delimiter of DELIMITERS) {
    const counts = fieldCounts(sample, delimiter);
    const width = modeOf(counts);
    if (width < 2) continue;
    const consistency = counts.filter((c) => c === width).length / counts.length;
    const clearlyMoreConsistent = consistency > best.consistency + 0.1;
    const asConsistentButWider = Math.abs(consistency - best.consistency) <= 0.1 && width > best.width;
    if (clearlyMoreConsistent || asConsistentButWider) best = { delimiter, consistency, width };
  }
  return best.delimiter;
}

function fieldCounts(sample: string, delimiter: Delimiter): number[] {
  const counts: number[] = [];
  try {
    parse(sample, {
      delimiter,
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: true,
      to: DELIMITER_SAMPLE_RECORDS,
      on_record: (record: string[]) => {
        counts.push(record.length);
        return null;
      },
    });
  } catch {
    // The sample may end inside a quoted cell, or this may be the wrong delimiter: the counts so far still speak.
  }
  return counts;
}

function modeOf(counts: number[]): number {
  const frequency = new Map<number, number>();
  let mode = 0;
  let modeFrequency = 0;
  for (const count of counts) {
    const f = (frequency.get(count) ?? 0) + 1;
    frequency.set(count, f);
    if (f > modeFrequency || (f === modeFrequency && count > mode)) {
      mode = count;
      modeFrequency = f;
    }
  }
  return mode;
}

function shapeTable(
  records: string[][],
  delimiter: Delimiter,
  maxCellBytes: number,
  warnings: CsvIssue[],
  relaxedQuotes: boolean,
): CsvTable {
  const rows: string[][] = [];
  const rowNumbers: number[] = [];
  let rowWarnings = 0;
  const warnRow = (issue: CsvIssue) => {
    if (++rowWarnings <= MAX_ROW_WARNINGS) warnings.push(issue);
  };
  let line = 1;
  let width = 0;
  for (const record of records) {
    const startLine = line;
    line += 1 + lineBreaksIn(record);
    // Blank lines, and the ",,,," rows Excel writes for formatted but empty rows, carry nothing to import.
    if (isBlank(record)) continue;
    if (relaxedQuotes) checkRunawayQuotedCells(record, startLine);
    checkCellSizes(record, startLine, maxCellBytes);
    if (rows.length === 0) {
      width = record.length;
    } else if (record.length < width) {
      warnRow({
        code: 'ragged_row',
        row: startLine,
        params: { kind: 'short', cells: String(record.length), width: String(width) },
        message: `Row ${startLine}: ${plural(record.length, 'cell')} where the header has ${width}; the missing cells are left empty.`,
      });
      while (record.length < width) record.push('');
    } else if (record.length > width) {
      // Trailing empty cells are what a stray delimiter at the end of a line leaves: nothing is lost.
      while (record.length > width && record[record.length - 1] === '') record.pop();
      if (record.length > width) {
        warnRow({
          code: 'ragged_row',
          row: startLine,
          column: width,
          params: {
            kind: 'long',
            cells: String(record.length),
            width: String(width),
            count: String(record.length - width),
          },
          message: `Row ${startLine}: ${plural(record.length, 'cell')} where the header has ${width}; the extra ${plural(record.length - width, 'cell')} ${record.length - width === 1 ? 'is' : 'are'} kept after the last column.`,
        });
      }
    }
    rows.push(record);
    rowNumbers.push(startLine);
  }
  if (rows.length === 0) throw emptyFileError();
  if (rowWarnings > MAX_ROW_WARNINGS) {
    warnings.push({
      code: 'more_warnings',
      params: { count: String(rowWarnings - MAX_ROW_WARNINGS) },
      message: `…and ${plural(rowWarnings - MAX_ROW_WARNINGS, 'more row')} with the same kind of problem.`,
    });
  }
  return { delimiter, rows, rowNumbers, warnings };
}

function isBlank(record: string[]): boolean {
  for (const cell of record) if (cell !== '' && /\S/.test(cell)) return false;
  return true;
}

/** Line breaks inside a record's quoted cells (CRLF counts once, as a text editor counts it). */
function lineBreaksIn(record: string[]): number {
  let breaks = 0;
  for (const cell of record) {
    if (cell.indexOf('\n') < 0 && cell.indexOf('\r') < 0) continue;
    for (let i = 0; i < cell.length; i++) {
      const code = cell.charCodeAt(i);
      if (code === 10 || (code === 13 && cell.charCodeAt(i + 1) !== 10)) breaks++;
    }
  }
  return breaks;
}

/**
 * With relax_quotes, csv-parse keeps a quoted cell whose closing quote is followed by more text as written, quote
 * first. If such a cell spans lines, a quote was left open and the following rows ran into it: that must stop
 * the import, or rows would silently go missing. (A legitimate multi-line cell whose text starts with a quote
 * looks the same; it is rare, and only files that already needed the lenient reading are checked.)
 */
function checkRunawayQuotedCells(record: string[], startLine: number): void {
  for (let column = 0; column < record.length; column++) {
    const cell = record[column]!;
    if (cell.charCodeAt(0) !== 34) continue;
    const breaks = lineBreaksIn([cell]);
    if (breaks === 0) continue;
    throw new CsvReadError(
      'unbalanced_quote',
      `Row ${startLine}: a quoted field is never closed properly (unbalanced quotes), so rows ${startLine}–${startLine + breaks} ` +
        `ran together into one cell. ${QUOTING_RULE}`,
      { row: startLine, column },
    );
  }
}

function checkCellSizes(record: string[], startLine: number, maxCellBytes: number): void {
  for (let column = 0; column < record.length; column++) {
    const cell = record[column]!;
    // A UTF-16 code unit is at most 3 UTF-8 bytes: only long cells need measuring.
    if (cell.length * 3 <= maxCellBytes || Buffer.byteLength(cell, 'utf8') <= maxCellBytes) continue;
    throw cellTooLargeError(startLine, maxCellBytes, column);
  }
}

interface ParseOptions {
  delimiter: Delimiter;
  record_delimiter: string[];
  relax_column_count: boolean;
  relax_quotes: boolean;
  max_record_size: number;
}

const QUOTING_RULE =
  'A cell that starts with a quote (") must end with one, and a quote inside a quoted cell must be doubled ("").';

function parseErrorCode(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
}

/** Turns csv-parse's failure into our message, naming the line where the failing record starts. */
function explainParseError(error: unknown, body: string, options: ParseOptions, maxCellBytes: number): Error {
  const code = parseErrorCode(error);
  if (code === undefined) return error instanceof Error ? error : new Error(String(error));
  const row = startLineOfFailingRecord(body, options);
  if (code === 'CSV_QUOTE_NOT_CLOSED') {
    return new CsvReadError(
      'unbalanced_quote',
      `Row ${row}: a quoted field is never closed (unbalanced quotes), so everything after it would run together ` +
        `into one cell. ${QUOTING_RULE}`,
      { row },
    );
  }
  if (code === 'CSV_INVALID_CLOSING_QUOTE') {
    return new CsvReadError(
      'unbalanced_quote',
      `Row ${row}: a quoted field is not closed properly (unbalanced quotes): other text follows its closing quote, ` +
        `or the quote is never closed and runs into the rows after it. ${QUOTING_RULE}`,
      { row },
    );
  }
  if (code === 'CSV_MAX_RECORD_SIZE') {
    return new CsvReadError(
      'cell_too_large',
      `Row ${row}: this row is larger than ${formatBytes(options.max_record_size)}, more than its cells may hold ` +
        `(${formatBytes(maxCellBytes)} each). ${RUNAWAY_QUOTE_HINT}`,
      { row },
    );
  }
  const detail = error instanceof Error ? error.message : String(error);
  return new CsvReadError('unreadable', `Row ${row}: this row cannot be read as CSV (${detail}).`, { row });
}

/** Parses again, noting where each good record ends: the failing one starts on the next non-blank line. */
function startLineOfFailingRecord(body: string, options: ParseOptions): number {
  let endOfLastRecord = 0;
  try {
    parse(body, {
      ...options,
      on_record: (record: string[], context: { bytes: number }) => {
        endOfLastRecord = context.bytes;
        return record;
      },
    });
  } catch {
    // Expected: it fails where it failed before.
  }
  // csv-parse counts UTF-8 bytes; measure the text the same way.
  const consumed = Buffer.from(body, 'utf8').subarray(0, endOfLastRecord).toString('utf8');
  let line = 1 + lineBreaksIn([consumed]);
  for (let i = consumed.length; i < body.length; i++) {
    const code = body.charCodeAt(i);
    if (code === 10 || (code === 13 && body.charCodeAt(i + 1) !== 10)) line++;
    else if (code !== 13) break;
  }
  return line;
}

/**
 * NUL bytes: a NUL on every other character is UTF-16 read with the wrong encoding (refused: the user should pick
 * UTF-16, and stripping would leave mojibake); many NULs and control codes mean a binary file (refused). A few
 * NULs in a text file — padding from old exporters, or zeros left by an interrupted save at the end — carry no
 * information a person typed, and SQLite and the search index handle them badly, so they are removed, and the
 * rows they were on are named in a warning.
 */
function removeNulBytes(text: string, warnings: CsvIssue[]): string {
  let body = text;
  let trailing = body.length;
  while (trailing > 0 && body.charCodeAt(trailing - 1) === 0) trailing--;
  const trailingNuls = body.length - trailing;
  if (trailingNuls > 0) body = body.slice(0, trailing);

  assertLooksLikeText(body.slice(0, SAMPLE_CHARS));

  if (trailingNuls > 0) {
    warnings.push({
      code: 'nul_bytes_removed',
      params: { kind: 'trailing', count: String(trailingNuls) },
      message: `The file ends with ${plural(trailingNuls, 'NUL byte')} (often left by an interrupted save); they were ignored.`,
    });
  }
  if (body.indexOf('\0') < 0) return body;
  const lines: number[] = [];
  let line = 1;
  let count = 0;
  for (let i = 0; i < body.length; i++) {
    const code = body.charCodeAt(i);
    if (code === 10 || (code === 13 && body.charCodeAt(i + 1) !== 10)) line++;
    else if (code === 0) {
      count++;
      if (lines[lines.length - 1] !== line) lines.push(line);
    }
  }
  const shown = lines.slice(0, 10).join(', ') + (lines.length > 10 ? ` and ${lines.length - 10} more` : '');
  warnings.push({
    code: 'nul_bytes_removed',
    ...(lines.length === 1 ? { row: lines[0] } : {}),
    params: {
      kind: 'inside',
      count: String(count),
      rows: lines.slice(0, 10).join(', ') + (lines.length > 10 ? ', …' : ''),
    },
    message: `${plural(count, 'NUL byte')} (invisible zero characters) removed on ${lines.length === 1 ? 'row' : 'rows'} ${shown}.`,
  });
  return body.replaceAll('\0', '');
}

function assertLooksLikeText(sample: string): void {
  if (sample.length === 0) return;
  let nul = 0;
  let nulAtOdd = 0;
  let control = 0;
  for (let i = 0; i < sample.length; i++) {
    const code = sample.charCodeAt(i);
    if (code === 0) {
      nul++;
      if (i % 2 === 1) nulAtOdd++;
    } else if ((code < 32 && code !== 9 && code !== 10 && code !== 13) || code === 127) control++;
  }
  const lopsided = nulAtOdd > nul * 0.9 || nulAtOdd < nul * 0.1;
  if (nul > sample.length * 0.2 && lopsided && control < sample.length * 0.02) {
    throw new CsvReadError(
      'nul_bytes',
      'Almost every other character in this file is a NUL byte: it is UTF-16 (“Unicode text”) read with the wrong ' +
        'encoding. Choose UTF-16 in the encoding list.',
    );
  }
  if (nul + control > sample.length * 0.05) {
    throw new CsvReadError(
      'binary',
      'This file is not text: it is full of control characters, as an image, a workbook or a program is. ' +
        'If it is a spreadsheet, open it in Excel, WPS or Numbers and save it as CSV.',
    );
  }
}

/** Signatures of the files people most often rename to .csv by mistake. */
function assertNotAKnownBinaryFormat(bytes: Uint8Array): void {
  const startsWith = (...signature: number[]) => signature.every((byte, i) => bytes[i] === byte);
  if (startsWith(0x50, 0x4b, 0x03, 0x04) || startsWith(0x50, 0x4b, 0x05, 0x06)) {
    throw workbookError('an Excel .xlsx workbook (a zip file)');
  }
  if (startsWith(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1)) throw workbookError('an old Excel .xls workbook');
  const kind = startsWith(0x89, 0x50, 0x4e, 0x47)
    ? 'a PNG image'
    : startsWith(0xff, 0xd8, 0xff)
      ? 'a JPEG image'
      : startsWith(0x47, 0x49, 0x46, 0x38)
        ? 'a GIF image'
        : startsWith(0x25, 0x50, 0x44, 0x46, 0x2d)
          ? 'a PDF document'
          : null;
  if (kind) throw new CsvReadError('binary', `This file is ${kind}, not a CSV or text file.`);
}

function workbookError(kind: string): CsvReadError {
  return new CsvReadError(
    'binary',
    `This looks like ${kind}, not a CSV file. Open it in Excel or WPS and save it as CSV ` +
      '(File › Save As › “CSV UTF-8”), then import the CSV.',
  );
}

function emptyFileError(): CsvReadError {
  return new CsvReadError('empty', 'The file is empty: it has no rows, only blank lines or nothing at all.');
}

const RUNAWAY_QUOTE_HINT =
  'If nothing in it should be that large, a quote that is never closed may be swallowing the rows after it.';

function cellTooLargeError(row: number, maxCellBytes: number, column: number): CsvReadError {
  return new CsvReadError(
    'cell_too_large',
    `Row ${row}, column ${column + 1}: a cell is larger than ${formatBytes(maxCellBytes)}, the most one cell may ` +
      `hold. ${RUNAWAY_QUOTE_HINT}`,
    { row, column },
  );
}

function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${+(bytes / (1024 * 1024)).toFixed(1)} MB`;
  if (bytes >= 1024) return `${+(bytes / 1024).toFixed(1)} KB`;
  return plural(bytes, 'byte');
}

function plural(n: number, noun: string): string {
  return `${n.toLocaleString('en-US')} ${noun}${n === 1 ? '' : 's'}`;
}
