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
  if (!sqlite.readonly) {
    sqlite.pragma('journal_mode = WAL');
    sqlite.pragma('synchronous = NORMAL');
  }
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }) });
  return {
    sqlite,
    db,
    file,
    async close() {
      await db.destroy(); // closes the better-sqlite3 connection too
    },
  };
}
