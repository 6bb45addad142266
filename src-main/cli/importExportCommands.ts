// `rapport import FILE …` and `rapport export FILE …`: the same services as the app's import and export.
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { RapportError } from '@shared/api/result';
import { DUPLICATE_POLICIES, type DuplicatePolicy, type ImportSummary } from '@shared/import/importReport';
import { CSV_EXPORT_ENCODINGS, type CsvExportDelimiter, type CsvExportEncoding } from '../exports/csvExport';
import { exportContacts } from '../exports/exportService';
import { refreshCustomerValues } from '../customers/customerValueService';
import { commitImport, planImport, summarize } from '../imports/importService';
import { readImportFile } from '../imports/readImportFile';
import { SUPPORTED_ENCODINGS, type SupportedEncoding } from '../imports/textDecoding';
import type { DateOrder } from '../imports/valueParsing';
import { openApp } from '../openApp';

export class UsageError extends Error {}

const DELIMITERS: Record<string, ',' | ';' | '\t' | '|'> = {
  ',': ',',
  ';': ';',
  tab: '\t',
  '\\t': '\t',
  '|': '|',
  pipe: '|',
};
const DATE_ORDERS = ['auto', 'ymd', 'mdy', 'dmy'] as const;

function oneOf<T extends string>(name: string, value: string | undefined, allowed: readonly T[], fallback: T): T {
  if (value === undefined) return fallback;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError(`--${name} must be one of ${allowed.join(', ')} (got "${value}")`);
}

export interface ImportFlags {
  encoding?: string;
  delimiter?: string;
  'on-duplicate'?: string;
  'date-order'?: string;
  'dry-run'?: boolean;
  json?: boolean;
}

function describe(summary: ImportSummary): string {
  const lines = [
    `${summary.dryRun ? 'Dry run (nothing written): ' : ''}${summary.fileName} (${summary.format}, ${summary.encoding})`,
    `Rows read:  ${summary.rowsRead}`,
    `Created:    ${summary.created}${summary.companiesCreated ? ` (and ${summary.companiesCreated} new companies)` : ''}`,
    `Updated:    ${summary.updated}`,
    `Skipped:    ${summary.skipped}${summary.duplicates.length ? ` (${summary.duplicates.length} probable duplicates)` : ''}`,
    `Rejected:   ${summary.rejected}`,
  ];
  const problems = summary.issues.slice(0, 50);
  if (problems.length) {
    lines.push('', 'Problems:');
    for (const i of problems)
      lines.push(
        `  row ${i.row}${i.column ? `, column “${i.column}”` : ''}: ${i.severity === 'error' ? '' : '(warning) '}${i.message}`,
      );
    if (summary.issues.length > problems.length)
      lines.push(`  … and ${summary.issues.length - problems.length} more (use --json to see all)`);
  }
  if (summary.batchId !== null)
    lines.push('', `Import #${summary.batchId} can be undone from the app (Import history).`);
  return `${lines.join('\n')}\n`;
}

export async function importCommand(
  dbFile: string,
  file: string,
  flags: ImportFlags,
  out: (s: string) => void,
): Promise<number> {
  const encoding = oneOf<'auto' | SupportedEncoding>(
    'encoding',
    flags.encoding,
    ['auto', ...SUPPORTED_ENCODINGS],
    'auto',
  );
  const delimiterFlag = flags.delimiter ?? 'auto';
  const delimiter = delimiterFlag === 'auto' ? 'auto' : DELIMITERS[delimiterFlag];
  if (!delimiter) throw new UsageError(`--delimiter must be auto, ",", ";", tab or "|" (got "${delimiterFlag}")`);
  const onDuplicate = oneOf<DuplicatePolicy>('on-duplicate', flags['on-duplicate'], DUPLICATE_POLICIES, 'skip');
  const dateOrder = oneOf<'auto' | DateOrder>('date-order', flags['date-order'], DATE_ORDERS, 'auto');

  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    throw new RapportError(
      'not_found',
      `Cannot read ${file}: ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message}`,
    );
  }
  const app = await openApp(dbFile);
  try {
    const read = readImportFile(basename(file), bytes, { encoding, delimiter });
    const plan = await planImport(app.ctx, read.source, { dateOrder, onDuplicate, skipInvalid: true });
    if (plan.needsDateOrder) {
      throw new RapportError(
        'invalid_input',
        `${basename(file)}: some dates could be read two ways (like 03/04/2024). Say which order with --date-order mdy, dmy or ymd.`,
      );
    }
    const summary = flags['dry-run']
      ? summarize(plan, { batchId: null, companiesCreated: 0, dryRun: true })
      : await commitImport(app.ctx, plan);
    out(flags.json ? `${JSON.stringify(summary, null, 2)}\n` : describe(summary));
    return 0;
  } finally {
    await app.close();
  }
}

export interface ExportFlags {
  format?: string;
  encoding?: string;
  delimiter?: string;
  view?: string;
}

export async function exportCommand(
  dbFile: string,
  file: string,
  flags: ExportFlags,
  out: (s: string) => void,
): Promise<number> {
  const format = oneOf(
    'format',
    flags.format ?? (/\.(vcf|vcard)$/i.test(file) ? 'vcard' : 'csv'),
    ['csv', 'vcard'] as const,
    'csv',
  );
  const encoding = oneOf<CsvExportEncoding>('encoding', flags.encoding, CSV_EXPORT_ENCODINGS, 'utf-8-bom');
  const delimiterFlag = flags.delimiter ?? ',';
  const delimiter = DELIMITERS[delimiterFlag];
  if (!delimiter || delimiter === '|')
    throw new UsageError(`--delimiter must be ",", ";" or tab (got "${delimiterFlag}")`);
  const app = await openApp(dbFile);
  try {
    // A saved view may choose people by segment: bring customer values up to date first (the app does on reads).
    await refreshCustomerValues(app.ctx);
    const { bytes, count } = await exportContacts(app.ctx, {
      format,
      encoding,
      delimiter: delimiter as CsvExportDelimiter,
      ...(flags.view !== undefined ? { viewName: flags.view } : {}),
    });
    // Written under a temporary name and renamed, so a half-written file never carries the final name.
    const partial = `${file}.partial`;
    writeFileSync(partial, bytes);
    renameSync(partial, file);
    out(`Exported ${count} contact${count === 1 ? '' : 's'} to ${file}\n`);
    return 0;
  } finally {
    await app.close();
  }
}
