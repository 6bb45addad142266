// What every domain service receives: the database, the clock and the event sink.
import type { Kysely } from 'kysely';
import type { Database } from './db/schema';
import type { Clock, EventSink, Printer, SystemShell } from './ports';
import type { BackupPorts } from './backups/backupsService';

export interface AppContext {
  db: Kysely<Database>;
  /**
   * A second, read-only connection to the same file. Calls that only read use it, so screens keep answering
   * (from the last committed data, thanks to WAL) while a long write — an import — holds the main connection.
   */
  readDb: Kysely<Database>;
  clock: Clock;
  events: EventSink;
  /** True while a write holds the main connection (an import): reads then skip work that would wait for it. */
  writerBusy?: () => boolean;
  dbFile: string;
  appVersion: string;
  /** The reminder scheduler, where one runs (the app, the web host): told to look again after calendar writes. */
  reminders?: { wake(): Promise<void> };
  /** Chromium's printing, where there is one (the app, the web host). */
  printer?: Printer;
  /** The system's folder and file pickers, where there are any (the app; the web host has scripted ones). */
  shell?: SystemShell;
  /** The backup worker and the keychain, where the app provides them (else: the source worker, no keychain). */
  backups?: BackupPorts;
  /**
   * The data folder where a move of the database is noted (system/locationRecord.ts). Absent where the file was
   * named outright (RAPPORT_DB, --db, tests): such a database is not moved from Settings.
   */
  databaseHome?: { dataDir: string };
  /** Starts Rapport again (the app), so everything opens the moved database; absent: the user restarts it. */
  restart?: () => void;
}

export const nowIso = (ctx: Pick<AppContext, 'clock'>) => ctx.clock.now().toISOString();
