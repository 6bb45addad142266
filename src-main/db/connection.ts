// Opens the SQLite file with the pragmas Rapport relies on and wraps it in Kysely.
import SQLite from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import type { Database } from './schema';

export interface DbHandle {
  sqlite: SQLite.Database;
  db: Kysely<Database>;
  file: string;
  close(): Promise<void>;
}

export function openSqlite(file: string, options: { readonly?: boolean } = {}): SQLite.Database {
  const sqlite = new SQLite(file, { readonly: options.readonly ?? false, fileMustExist: options.readonly ?? false });
  sqlite.pragma('busy_timeout = 5000');
  sqlite.pragma('foreign_keys = ON');
  return sqlite;
}

/** Wraps an open better-sqlite3 connection; WAL and synchronous=NORMAL are set once the schema is known good. */
export function wrapSqlite(sqlite: SQLite.Database, file: string): DbHandle {
  let checkpoints: NodeJS.Timeout | null = null;
  if (!sqlite.readonly) {
    sqlite.pragma('journal_mode = WAL');
    sqlite.pragma('synchronous = NORMAL');
    checkpoints = checkpointInTheBackground(sqlite);
  }
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: withStatementCache(sqlite) }) });
  return {
    sqlite,
    db,
    file,
    async close() {
      if (checkpoints) clearInterval(checkpoints);
      await db.destroy(); // closes the better-sqlite3 connection too
    },
  };
}

/** How often the log is copied back into the database file. */
export const CHECKPOINT_EVERY_MS = 1_000;

/**
 * Checkpoints off the write path. SQLite's automatic checkpoint runs inside whichever commit takes the log past
 * 1,000 pages: that one save (a card moved, a call logged) waits for the log to be copied into the file and the
 * file synced — the slowest 1 % of every write in the benchmarks. Here the log is copied back every second
 * between calls instead (a passive checkpoint: readers and writers are never blocked; with little to copy it
 * costs microseconds). A long write in progress is left alone; closing the database checkpoints what is left.
 */
function checkpointInTheBackground(sqlite: SQLite.Database): NodeJS.Timeout {
  sqlite.pragma('wal_autocheckpoint = 0');
  const timer = setInterval(() => {
    if (!sqlite.open || sqlite.inTransaction) return;
    try {
      sqlite.pragma('wal_checkpoint(PASSIVE)');
    } catch {
      // Busy or closing: the next tick tries again.
    }
  }, CHECKPOINT_EVERY_MS);
  timer.unref();
  return timer;
}

/** Prepared statements kept per connection, newest last; enough for every query shape a screen or an import
 *  repeats, few enough that the odd one-off `in (?, ?, …)` list cannot pile up. */
export const STATEMENT_CACHE_SIZE = 256;

/**
 * The connection as Kysely's SqliteDialect sees it, with prepared statements reused: Kysely prepares every query
 * it runs, and preparing (parsing and planning the SQL) costs more than running a short insert. An import runs
 * the same few statements hundreds of thousands of times.
 */
export function withStatementCache(
  sqlite: SQLite.Database,
  capacity = STATEMENT_CACHE_SIZE,
): Pick<SQLite.Database, 'prepare' | 'close'> {
  const cache = new Map<string, SQLite.Statement>();
  return {
    prepare(source: string) {
      const cached = cache.get(source);
      // A statement still iterating (a streamed select) cannot be run again until it is done: prepare another.
      if (cached && !cached.busy) return cached;
      const statement = sqlite.prepare(source);
      // Oldest first out: statements in steady use are re-prepared at most once per `capacity` new shapes,
      // and a hit costs one lookup (reordering on every hit showed up in profiles of imports).
      cache.delete(source);
      cache.set(source, statement);
      if (cache.size > capacity) cache.delete(cache.keys().next().value!);
      return statement;
    },
    close() {
      cache.clear();
      return sqlite.close();
    },
  } as Pick<SQLite.Database, 'prepare' | 'close'>;
}
