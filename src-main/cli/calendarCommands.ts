// `rapport calendar import FILE.ics …` and `rapport calendar export FILE.ics …`: the calendar's iCalendar import
// and export (src-main/calendar/icalendar.ts), the same code the app uses.
import { existsSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { RapportError } from '@shared/api/result';
import { exportCalendar, importIcs, isIsoDate, MAX_ICS_BYTES, type IcsImportSummary } from '../calendar/icalendar';
import { openApp } from '../openApp';
import { UsageError } from './importExportCommands';

export interface CalendarImportFlags {
  'dry-run'?: boolean;
  json?: boolean;
}

export interface CalendarExportFlags {
  from?: string;
  to?: string;
}

function describe(summary: IcsImportSummary): string {
  const lines = [
    `${summary.dryRun ? 'Dry run (nothing written): ' : ''}${summary.fileName}`,
    `Items read: ${summary.items}`,
    `Created:    ${summary.created}`,
    `Skipped:    ${summary.skipped}`,
  ];
  const shown = summary.warnings.slice(0, 50);
  if (shown.length > 0) {
    lines.push('', 'Warnings:');
    for (const w of shown) {
      const who = [w.summary !== '' ? `“${w.summary}”` : '', w.uid !== null ? `(UID ${w.uid})` : '']
        .filter((s) => s !== '')
        .join(' ');
      lines.push(`  ${who !== '' ? `${who}: ` : ''}${w.message}`);
    }
    if (summary.warnings.length > shown.length)
      lines.push(`  … and ${summary.warnings.length - shown.length} more (use --json to see all)`);
  }
  return `${lines.join('\n')}\n`;
}

export async function calendarImportCommand(
  dbFile: string,
  file: string,
  flags: CalendarImportFlags,
  out: (s: string) => void,
): Promise<number> {
  let bytes: Buffer;
  try {
    // The size is checked before reading: a 2 GB file is refused without loading it.
    const size = statSync(file).size;
    if (size > MAX_ICS_BYTES)
      throw new RapportError(
        'invalid_input',
        `${basename(file)} is ${Math.round(size / 1024 / 1024)} MB; Rapport reads calendar files of up to ${MAX_ICS_BYTES / 1024 / 1024} MB. Nothing was imported.`,
      );
    bytes = readFileSync(file);
  } catch (error) {
    if (error instanceof RapportError) throw error;
    throw new RapportError(
      'not_found',
      `Cannot read ${file}: ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message}`,
    );
  }
  const app = await openApp(dbFile);
  try {
    const summary = await importIcs(app.ctx, basename(file), bytes, { dryRun: flags['dry-run'] === true });
    out(flags.json ? `${JSON.stringify(summary, null, 2)}\n` : describe(summary));
    return 0;
  } finally {
    await app.close();
  }
}

export async function calendarExportCommand(
  dbFile: string,
  file: string,
  flags: CalendarExportFlags,
  out: (s: string) => void,
): Promise<number> {
  for (const name of ['from', 'to'] as const) {
    const value = flags[name];
    if (value !== undefined && !isIsoDate(value))
      throw new UsageError(`--${name} must be a date like 2026-11-23 (got "${value}")`);
  }
  if (flags.from !== undefined && flags.to !== undefined && flags.to < flags.from)
    throw new UsageError(`--to (${flags.to}) is before --from (${flags.from})`);
  // Exporting must not create an empty database where none was.
  if (!existsSync(dbFile)) throw new RapportError('not_found', `no database at ${dbFile}`);
  const app = await openApp(dbFile);
  try {
    const { text, count } = await exportCalendar(app.ctx, {
      ...(flags.from !== undefined ? { from: flags.from } : {}),
      ...(flags.to !== undefined ? { to: flags.to } : {}),
    });
    // Written under a temporary name and renamed, so a half-written file never carries the final name.
    const partial = `${file}.partial`;
    try {
      writeFileSync(partial, text, 'utf8');
      renameSync(partial, file);
    } catch (error) {
      rmSync(partial, { force: true });
      throw new RapportError('internal', `Cannot write ${file}: ${(error as Error).message}`);
    }
    out(`Exported ${count} calendar item${count === 1 ? '' : 's'} to ${file}\n`);
    return 0;
  } finally {
    await app.close();
  }
}
