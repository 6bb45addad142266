// The CLI's logic, with its output streams passed in so tests can run it in-process as well as as a process.
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { RapportError } from '@shared/api/result';
import { loadContacts } from '../contacts/contactsRepository';
import { openSqlite } from '../db/connection';
import { LATEST_SCHEMA_VERSION, readSchemaState } from '../db/migrate';
import { openApp } from '../openApp';
import { databaseFileToOpen, defaultDatabaseFile } from '../paths';
import { searchDocuments } from '../search/searchRepository';
import { APP_VERSION } from '../version';
import { calendarExportCommand, calendarImportCommand } from './calendarCommands';
import { backupCommand, backupsCommand, restoreCommand } from './backupCommands';
import { exportCommand, importCommand, UsageError } from './importExportCommands';
import { exportAllCommand } from './exportAllCommand';

export interface CliIo {
  out(text: string): void;
  err(text: string): void;
  env: NodeJS.ProcessEnv;
  /** The built backup worker beside the bundled CLI (src-main/cli/main.ts); from source, the TypeScript one. */
  backupWorker?: string;
}

export const EXIT_OK = 0;
export const EXIT_FAILED = 1;
export const EXIT_USAGE = 2;

const USAGE = `Usage: rapport [--db FILE] <command>

Commands:
  check                          Check the database: integrity, schema version, row counts.
                                 Exit 0 when sound, 1 when not.
  contacts search TEXT [--json]  Find people by name, pinyin, company, email, phone, tag, city or notes.
  import FILE [options]          Import people from a CSV/TXT spreadsheet or a vCard (.vcf) file.
      --encoding auto|utf-8|utf-16le|utf-16be|gb18030|big5|shift_jis|windows-1252   (default: auto)
      --delimiter auto|,|;|tab|"|"         (default: auto)
      --on-duplicate skip|update|overwrite|create
                                    what to do with people already in Rapport (default: skip;
                                    update fills only empty fields; overwrite takes the file's values)
      --date-order auto|ymd|mdy|dmy  how to read dates like 03/04/2024 (default: auto)
      --dry-run                      check the file and report, write nothing
      --json                         print the summary as JSON (rows read, created, updated, skipped,
                                    rejected, with reasons and row numbers)
  export FILE [options]          Export people to CSV (opens in Excel) or vCard (.vcf).
      --format csv|vcard             (default: from the file name, else csv)
      --encoding utf-8-bom|utf-8|gb18030   CSV only (default: utf-8-bom)
      --delimiter ,|;|tab            CSV only (default: ,)
      --view NAME                    only the people of a saved view
  export-all FILE.zip            Export everything: every table as CSV (UTF-8 for Excel), the people as
                                 vCards, the calendar as .ics, and a README.txt explaining every file
                                 and column — one consistent snapshot, readable without Rapport.
  calendar import FILE.ics [options]
                                 Import events and tasks from an iCalendar file (Outlook, Google
                                 Calendar, Apple Calendar). Exit 1, with the line, if it cannot be read.
      --dry-run                      check the file and report, write nothing
      --json                         print the summary as JSON (items read, created, skipped, warnings)
  calendar export FILE.ics [options]
                                 Export the calendar as iCalendar, for Outlook, Google or Apple Calendar.
      --from DATE                    only items with an occurrence on or after DATE (YYYY-MM-DD)
      --to DATE                      only items with an occurrence on or before DATE (YYYY-MM-DD)
  backup [DIR] [--passphrase-file F]
                                 Back up the database, consistent even while the app runs, into DIR
                                 (default: the folder of Settings > Backups, else Backups beside the
                                 database) as Rapport-YYYY-MM-DD-HHMM.rapport-backup, compressed as Settings
                                 say. Read back and checked before it gets its name. Never deletes backups.
      --passphrase-file F            encrypt it with the passphrase in file F (AES-256-GCM, scrypt)
      --json                         print the result as JSON
  backups [DIR] [--json]         List the backups in DIR (default as above): date, size, counts, and any
                                 that are damaged or from a newer Rapport.
  restore BACKUP [--passphrase-file F]
                                 Replace the database's data with the backup's, after saving the current
                                 data as a backup. Refused, with nothing changed, if the file is damaged,
                                 not a Rapport backup, from a newer Rapport, or the passphrase is wrong.
      --passphrase-file F            the passphrase of an encrypted backup, in file F

Options:
  --db FILE    The database file (default: ${defaultDatabaseFile()})
  --help       Show this help
  --version    Show the version
`;

export async function runCli(argv: string[], io: CliIo): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        db: { type: 'string' },
        json: { type: 'boolean', default: false },
        encoding: { type: 'string' },
        delimiter: { type: 'string' },
        'on-duplicate': { type: 'string' },
        'date-order': { type: 'string' },
        'dry-run': { type: 'boolean', default: false },
        format: { type: 'string' },
        view: { type: 'string' },
        from: { type: 'string' },
        to: { type: 'string' },
        'passphrase-file': { type: 'string' },
        help: { type: 'boolean', default: false },
        version: { type: 'boolean', default: false },
      },
    });
  } catch (error) {
    io.err(`rapport: ${error instanceof Error ? error.message : String(error)}\n\n${USAGE}`);
    return EXIT_USAGE;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.out(USAGE);
    return EXIT_OK;
  }
  if (values.version) {
    io.out(`rapport ${APP_VERSION}\n`);
    return EXIT_OK;
  }
  let dbFile: string;
  try {
    // --db, else RAPPORT_DB, else where Settings moved it (refused, saying where, when that file is missing).
    dbFile = values.db ?? databaseFileToOpen(io.env);
  } catch (error) {
    io.err(`rapport: ${error instanceof Error ? error.message : String(error)}\n`);
    return EXIT_FAILED;
  }
  const [command, ...rest] = positionals;
  try {
    if (command === 'check' && rest.length === 0) return check(dbFile, io);
    if (command === 'contacts' && rest[0] === 'search' && rest.length === 2)
      return await searchContacts(dbFile, rest[1]!, values.json, io);
    if (command === 'import' && rest.length === 1) return await importCommand(dbFile, rest[0]!, values, io.out);
    if (command === 'export' && rest.length === 1) return await exportCommand(dbFile, rest[0]!, values, io.out);
    if (command === 'export-all' && rest.length === 1) return await exportAllCommand(dbFile, rest[0]!, io.out);
    if (command === 'calendar' && rest[0] === 'import' && rest.length === 2)
      return await calendarImportCommand(dbFile, rest[1]!, values, io.out);
    if (command === 'calendar' && rest[0] === 'export' && rest.length === 2)
      return await calendarExportCommand(dbFile, rest[1]!, values, io.out);
    if (command === 'backup' && rest.length <= 1)
      return await backupCommand(dbFile, rest[0], values, io.out, io.backupWorker);
    if (command === 'backups' && rest.length <= 1) return await backupsCommand(dbFile, rest[0], values, io.out);
    if (command === 'restore' && rest.length === 1)
      return await restoreCommand(dbFile, rest[0]!, values, io.out, io.backupWorker);
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`rapport: ${error.message}\n\n${USAGE}`);
      return EXIT_USAGE;
    }
    io.err(`rapport: ${error instanceof RapportError || error instanceof Error ? error.message : String(error)}\n`);
    return EXIT_FAILED;
  }
  io.err(
    `rapport: ${command === undefined ? 'no command given' : `unknown command "${positionals.join(' ')}"`}\n\n${USAGE}`,
  );
  return EXIT_USAGE;
}

function check(dbFile: string, io: CliIo): number {
  if (!existsSync(dbFile)) {
    io.err(`rapport: no database at ${dbFile}\n`);
    return EXIT_FAILED;
  }
  // Read-only: checking must never change the file it checks.
  const sqlite = openSqlite(dbFile, { readonly: true });
  try {
    const integrity = (sqlite.pragma('integrity_check') as Array<{ integrity_check: string }>).map(
      (r) => r.integrity_check,
    );
    const fk = sqlite.pragma('foreign_key_check') as unknown[];
    const state = readSchemaState(sqlite);
    const version = state.applied.length;
    const ok = integrity.length === 1 && integrity[0] === 'ok' && fk.length === 0 && state.unknown.length === 0;
    io.out(`Database:       ${dbFile}\n`);
    io.out(`Integrity:      ${integrity.join('; ')}\n`);
    io.out(`Foreign keys:   ${fk.length === 0 ? 'ok' : `${fk.length} broken reference(s)`}\n`);
    io.out(
      `Schema version: ${version} (this Rapport knows ${LATEST_SCHEMA_VERSION})${state.unknown.length ? ` — written by a newer Rapport (${state.unknown.join(', ')})` : state.pending.length ? ` — ${state.pending.length} migration(s) will run when the app opens it` : ''}\n`,
    );
    if (version > 0 && state.unknown.length === 0) {
      const count = (sql: string) => (sqlite.prepare(sql).get() as { n: number }).n;
      io.out(`Contacts:       ${count('select count(*) n from contact where deleted_at is null')}\n`);
      io.out(`Companies:      ${count('select count(*) n from company where deleted_at is null')}\n`);
      io.out(`Activities:     ${count('select count(*) n from activity')}\n`);
      io.out(
        `In the Trash:   ${count('select (select count(*) from contact where deleted_at is not null) + (select count(*) from company where deleted_at is not null) n')}\n`,
      );
    }
    io.out(ok ? 'Result:         sound\n' : 'Result:         NOT sound\n');
    return ok ? EXIT_OK : EXIT_FAILED;
  } finally {
    sqlite.close();
  }
}

async function searchContacts(dbFile: string, text: string, json: boolean, io: CliIo): Promise<number> {
  if (!existsSync(dbFile)) {
    io.err(`rapport: no database at ${dbFile}\n`);
    return EXIT_FAILED;
  }
  const app = await openApp(dbFile);
  try {
    const hits = (await searchDocuments(app.ctx.db, text, 200)).filter((h) => h.entityType === 'contact');
    const contacts = await loadContacts(
      app.ctx.db,
      hits.map((h) => h.entityId),
    );
    if (json) {
      io.out(`${JSON.stringify(contacts, null, 2)}\n`);
    } else if (contacts.length === 0) {
      io.out(`No contacts match "${text}".\n`);
    } else {
      for (const c of contacts) {
        const parts = [c.displayName, c.companyName ?? '', c.emails[0]?.value ?? '', c.phones[0]?.value ?? ''];
        io.out(`${String(c.id).padStart(6)}  ${parts.filter((p) => p !== '').join('  ·  ')}\n`);
      }
      io.out(`${contacts.length} contact${contacts.length === 1 ? '' : 's'}\n`);
    }
    return EXIT_OK;
  } finally {
    await app.close();
  }
}
