// `rapport export-all FILE.zip`: "Export everything" from the command line — the same zip the app's Settings → Your
// data writes (src-main/exports/exportEverything.ts), streamed to the file.
import { existsSync } from 'node:fs';
import { RapportError } from '@shared/api/result';
import { exportEverythingToFile } from '../exports/exportEverything';
import { openApp } from '../openApp';
import { UsageError } from './importExportCommands';

export async function exportAllCommand(dbFile: string, file: string, out: (s: string) => void): Promise<number> {
  if (!/\.zip$/i.test(file))
    throw new UsageError(`export-all writes a zip archive: give a file name ending in .zip (got "${file}")`);
  // Exporting must not create an empty database where none was.
  if (!existsSync(dbFile)) throw new RapportError('not_found', `no database at ${dbFile}`);
  const app = await openApp(dbFile);
  try {
    let summary;
    try {
      summary = await exportEverythingToFile(app.ctx, file);
    } catch (error) {
      if (error instanceof RapportError) throw error;
      throw new RapportError('internal', `Cannot write ${file}: ${(error as Error).message}`);
    }
    const [, contacts, calendar, ...tables] = summary.files;
    out(
      `Exported everything to ${file}:\n` +
        `  ${contacts?.records ?? 0} people in contacts.vcf, ${calendar?.records ?? 0} calendar items in calendar.ics,\n` +
        `  ${summary.rows} rows in ${tables.length} tables (tables/*.csv); README.txt says what each file and column is.\n`,
    );
    return 0;
  } finally {
    await app.close();
  }
}
