// Start-up shared by the desktop app, the CLI and the web host: open the file, refuse one from a newer Rapport,
// keep a copy before migrating, migrate, and hand back a ready AppContext.
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { RapportError } from '@shared/api/result';
import type { AppContext } from './context';
import { openSqlite, wrapSqlite, type DbHandle } from './db/connection';
import { assertNotFromTheFuture, migrateToLatest } from './db/migrate';
import { systemClock, silentEvents, type Clock, type EventSink } from './ports';
import { APP_VERSION } from './version';
import { preferSmallHeap } from './memoryFootprint';

export interface OpenedApp {
  ctx: AppContext;
  handle: DbHandle;
  migratedFrom: { applied: string[]; backupFile: string | null };
  close(): Promise<void>;
}

export async function openApp(
  file: string,
  options: { clock?: Clock; events?: EventSink; keepPreMigrationCopy?: boolean } = {},
): Promise<OpenedApp> {
  preferSmallHeap();
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
  let sqlite;
  try {
    sqlite = openSqlite(file);
  } catch (error) {
    throw new RapportError(
      'internal',
      `Cannot open the database ${file}: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  try {
    // Checked before any pragma that could write (WAL), so a file from the future is left exactly as it was.
    assertNotFromTheFuture(sqlite, file);
    sqlite.prepare('select count(*) from sqlite_master').get(); // fails here if the file is not a database
  } catch (error) {
    sqlite.close();
    if (error instanceof RapportError) throw error;
    throw new RapportError(
      'conflict',
      `${file} is not a Rapport database (${error instanceof Error ? error.message : String(error)}). It was not changed.`,
    );
  }
  const stamp = () => new Date().toISOString().replace(/[-:]/g, '').replace(/\..*/, '');
  const report = await migrateToLatest(sqlite, file, {
    backupPathFor:
      options.keepPreMigrationCopy === false || file === ':memory:'
        ? null
        : (fromVersion) => `${file}.v${fromVersion}-${stamp()}.bak`,
  });
  const handle = wrapSqlite(sqlite, file);
  const reader = file === ':memory:' ? null : wrapSqlite(openSqlite(file, { readonly: true }), file);
  const ctx: AppContext = {
    db: handle.db,
    readDb: reader?.db ?? handle.db,
    clock: options.clock ?? systemClock,
    events: options.events ?? silentEvents,
    writerBusy: () => sqlite.inTransaction,
    dbFile: file,
    appVersion: APP_VERSION,
  };
  return {
    ctx,
    handle,
    migratedFrom: report,
    async close() {
      await reader?.close();
      await handle.close();
    },
  };
}
