// Brings a database file to the latest schema: refuses files from a newer Rapport untouched, keeps a copy of a
// user's file before migrating it, and runs each pending migration in its own transaction.
import { existsSync, renameSync, rmSync } from 'node:fs';
import { Kysely, Migrator, SqliteAdapter, SqliteDialect, type DialectAdapter, type Migration } from 'kysely';
import SQLite from 'better-sqlite3';
import { RapportError } from '@shared/api/result';
import { MIGRATIONS } from './migrations';

export const LATEST_SCHEMA_VERSION = Object.keys(MIGRATIONS).length;

// Kysely's SQLite adapter says "no transactional DDL" to be safe, so its Migrator would run migrations outside
// any transaction. SQLite does roll back CREATE/ALTER/DROP inside a transaction, so we say so, and each
// migrateUp() then runs in one.
class TransactionalDdlSqliteAdapter extends SqliteAdapter {
  override get supportsTransactionalDdl(): boolean {
    return true;
  }
}
class MigrationSqliteDialect extends SqliteDialect {
  override createAdapter(): DialectAdapter {
    return new TransactionalDdlSqliteAdapter();
  }
}

export interface SchemaState {
  applied: string[];
  unknown: string[];
  pending: string[];
}

/** Reads which migrations a file has, without writing anything to it. */
export function readSchemaState(
  sqlite: SQLite.Database,
  migrations: Record<string, Migration> = MIGRATIONS,
): SchemaState {
  const hasTable = sqlite
    .prepare("select 1 from sqlite_master where type = 'table' and name = 'kysely_migration'")
    .get();
  const applied = hasTable
    ? (sqlite.prepare('select name from kysely_migration order by name').all() as Array<{ name: string }>).map(
        (r) => r.name,
      )
    : [];
  const known = Object.keys(migrations);
  return {
    applied,
    unknown: applied.filter((name) => !known.includes(name)),
    pending: known.filter((name) => !applied.includes(name)),
  };
}

export function assertNotFromTheFuture(
  sqlite: SQLite.Database,
  file: string,
  migrations: Record<string, Migration> = MIGRATIONS,
): SchemaState {
  const state = readSchemaState(sqlite, migrations);
  if (state.unknown.length > 0) {
    throw new RapportError(
      'conflict',
      `The database ${file} was written by a newer version of Rapport (it has migrations ${state.unknown.join(', ')} that this version does not know). Update Rapport to open it; the file was not changed.`,
    );
  }
  return state;
}

/**
 * The pre-migration copy, written under a temporary name and renamed only once complete, so a run killed half-way
 * never leaves a broken file under the copy's name (a rename is atomic on one file system).
 */
async function keepCopy(sqlite: SQLite.Database, backupFile: string): Promise<void> {
  const temp = `${backupFile}.partial`;
  rmSync(temp, { force: true });
  rmSync(`${temp}-journal`, { force: true });
  await sqlite.backup(temp);
  // A killed earlier copy may have left its journal: it must not be played back into this one.
  for (const leftover of ['-journal', '-wal', '-shm']) rmSync(`${backupFile}${leftover}`, { force: true });
  renameSync(temp, backupFile);
}

/** Whether a file opens as a database that passes quick_check (without changing it). */
function isWholeDatabase(file: string): boolean {
  try {
    const copy = new SQLite(file, { readonly: true, fileMustExist: true });
    try {
      return copy.pragma('quick_check', { simple: true }) === 'ok';
    } finally {
      copy.close();
    }
  } catch {
    return false;
  }
}

function isEmptyDatabase(sqlite: SQLite.Database): boolean {
  return !sqlite.prepare("select 1 from sqlite_master where type = 'table' limit 1").get();
}

export interface MigrateOptions {
  /** Where to keep the copy taken before migrating an existing file; null skips the copy (tests, :memory:). */
  backupPathFor?: ((fromVersion: number) => string) | null;
  /** The static list to apply; tests pass a longer or shorter one to exercise upgrades. */
  migrations?: Record<string, Migration>;
}

export interface MigrateReport {
  applied: string[];
  backupFile: string | null;
}

export async function migrateToLatest(
  sqlite: SQLite.Database,
  file: string,
  options: MigrateOptions = {},
): Promise<MigrateReport> {
  const migrations = options.migrations ?? MIGRATIONS;
  const state = assertNotFromTheFuture(sqlite, file, migrations);
  if (state.pending.length === 0) return { applied: [], backupFile: null };

  let backupFile: string | null = null;
  if (options.backupPathFor && !isEmptyDatabase(sqlite)) {
    backupFile = options.backupPathFor(state.applied.length);
    // A copy a killed run left half-written is not a copy: checked, and taken again if it does not open whole.
    if (!existsSync(backupFile) || !isWholeDatabase(backupFile)) await keepCopy(sqlite, backupFile);
  }

  // A private Kysely over the same connection; destroying it would close the connection, so it is left to GC.
  const db = new Kysely<unknown>({ dialect: new MigrationSqliteDialect({ database: sqlite }) });
  const migrator = new Migrator({ db, provider: { getMigrations: async () => migrations } });
  const applied: string[] = [];
  // migrateUp() runs exactly one migration per call, inside its own transaction (SQLite has transactional DDL).
  for (let i = 0; i < state.pending.length; i++) {
    const { error, results } = await migrator.migrateUp();
    for (const r of results ?? []) {
      if (r.status === 'Success') applied.push(r.migrationName);
    }
    if (error) {
      throw new RapportError(
        'internal',
        `Migration failed on ${file}: ${error instanceof Error ? error.message : String(error)}. The database was left at its previous version${backupFile ? `; a copy was kept at ${backupFile}` : ''}.`,
      );
    }
  }
  sqlite.pragma(`user_version = ${Object.keys(migrations).length}`);
  return { applied, backupFile };
}
