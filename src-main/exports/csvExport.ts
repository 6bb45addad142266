// Contacts to CSV that opens cleanly in Excel, in any language: UTF-8 with a BOM by default (Excel then reads
// Chinese correctly on a double click), UTF-8 without, or GB18030 for older Chinese Excel; comma, semicolon
// (European Excel) or tab. Cells a spreadsheet would run as a formula are neutralised. The columns are the
// Google-style repeating groups Rapport's own import recognises, so exporting and importing the same file
// gives back every field.
import { stringify } from 'csv-stringify/sync';
import iconv from 'iconv-lite';
import type { Contact } from '@shared/domain/contact';

export const CSV_EXPORT_ENCODINGS = ['utf-8-bom', 'utf-8', 'gb18030'] as const;
export type CsvExportEncoding = (typeof CSV_EXPORT_ENCODINGS)[number];
export const CSV_EXPORT_DELIMITERS = [',', ';', '\t'] as const;
export type CsvExportDelimiter = (typeof CSV_EXPORT_DELIMITERS)[number];

/**
 * A leading = + - @ (or tab / CR) makes Excel, LibreOffice and Google Sheets evaluate a cell ("CSV injection");
 * a leading apostrophe makes them show the text as written. Rapport's import removes that apostrophe again.
 */
const FORMULA_START = /^'*[=+\-@\t\r]/;
/**
 * Guarded when, past any leading apostrophes, it starts like a formula: one more apostrophe in front. So a value
 * that itself begins with an apostrophe ("'-") survives the round trip too ("''-" on export, "'-" back).
 */
export function neutraliseFormula(cell: string): string {
  return FORMULA_START.test(cell) ? `'${cell}` : cell;
}
export function restoreNeutralised(cell: string): string {
  return cell.startsWith("'") && FORMULA_START.test(cell.slice(1)) ? cell.slice(1) : cell;
}

interface Column {
  header: string;
  value: (c: Contact) => string;
}

function groupColumns(
  name: string,
  count: number,
  parts: Array<[suffix: string, value: (c: Contact, i: number) => string]>,
): Column[] {
  const columns: Column[] = [];
  for (let i = 0; i < count; i++) {
    for (const [suffix, value] of parts)
      columns.push({ header: `${name} ${i + 1} - ${suffix}`, value: (c) => value(c, i) });
  }
  return columns;
}

/** The columns for these contacts: as many phone/email/address groups as the fullest record needs. */
export function contactColumns(contacts: Contact[]): Column[] {
  const most = (f: (c: Contact) => number) => contacts.reduce((m, c) => Math.max(m, f(c)), 0);
  return [
    { header: 'Full Name', value: (c) => c.fullName },
    { header: 'Given Name', value: (c) => c.givenName },
    { header: 'Family Name', value: (c) => c.familyName },
    { header: 'Company', value: (c) => c.companyName ?? '' },
    { header: 'Title', value: (c) => c.title },
    ...groupColumns(
      'Phone',
      most((c) => c.phones.length),
      [
        ['Label', (c, i) => c.phones[i]?.label ?? ''],
        ['Value', (c, i) => c.phones[i]?.value ?? ''],
      ],
    ),
    ...groupColumns(
      'E-mail',
      most((c) => c.emails.length),
      [
        ['Label', (c, i) => c.emails[i]?.label ?? ''],
        ['Value', (c, i) => c.emails[i]?.value ?? ''],
      ],
    ),
    ...groupColumns(
      'Address',
      most((c) => c.addresses.length),
      [
        ['Label', (c, i) => c.addresses[i]?.label ?? ''],
        ['Street', (c, i) => c.addresses[i]?.street ?? ''],
        ['City', (c, i) => c.addresses[i]?.city ?? ''],
        ['Region', (c, i) => c.addresses[i]?.region ?? ''],
        ['Postal Code', (c, i) => c.addresses[i]?.postalCode ?? ''],
        ['Country', (c, i) => c.addresses[i]?.country ?? ''],
      ],
    ),
    { header: 'Birthday', value: (c) => c.birthday ?? '' },
    { header: 'Stage', value: (c) => c.lifecycle },
    { header: 'Tags', value: (c) => c.tags.join(' ::: ') },
    { header: 'Notes', value: (c) => c.notes },
  ];
}

export function contactsToCsv(
  contacts: Contact[],
  options: { encoding?: CsvExportEncoding; delimiter?: CsvExportDelimiter } = {},
): Buffer {
  const columns = contactColumns(contacts);
  return rowsToCsv(
    [columns.map((c) => c.header), ...contacts.map((contact) => columns.map((c) => c.value(contact)))],
    options,
  );
}

/** The byte order mark that makes Excel read a CSV as UTF-8. */
export const UTF8_BOM = Buffer.from([0xef, 0xbb, 0xbf]);

/**
 * RFC 4180 text of these rows, as written, with no neutralising and no BOM: CRLF line ends, a cell quoted when it
 * holds the delimiter, a quote or any line break. A null cell is left empty; with `quoteEmpty` an empty string is
 * written as "" so the two stay apart.
 */
export function csvText(
  rows: ReadonlyArray<ReadonlyArray<string | null>>,
  options: { delimiter?: CsvExportDelimiter; quoteEmpty?: boolean } = {},
): string {
  return stringify(rows as Array<Array<string | null>>, {
    delimiter: options.delimiter ?? ',',
    record_delimiter: 'windows',
    // Excel ends a row at a bare line break too: quote any cell that has one.
    quoted_match: options.quoteEmpty ? [/[\r\n]/, /^$/] : /[\r\n]/,
  });
}

/** Any table as CSV bytes, every cell neutralised, in the chosen encoding and delimiter. */
export function rowsToCsv(
  rows: string[][],
  options: { encoding?: CsvExportEncoding; delimiter?: CsvExportDelimiter } = {},
): Buffer {
  const text = csvText(
    rows.map((row) => row.map(neutraliseFormula)),
    { delimiter: options.delimiter },
  );
  const encoding = options.encoding ?? 'utf-8-bom';
  if (encoding === 'gb18030') return iconv.encode(text, 'gb18030');
  const utf8 = Buffer.from(text, 'utf8');
  return encoding === 'utf-8-bom' ? Buffer.concat([UTF8_BOM, utf8]) : utf8;
}
