// A cheap token that changes whenever the database changes — through this connection (total_changes) or any
// other, e.g. the CLI importing while the app is open (PRAGMA data_version). Caches of query results key on it.
// SQLite-specific; a PostgreSQL port would use a change counter table or LISTEN/NOTIFY instead.
import { sql, type Kysely } from 'kysely';
import type { Database } from './schema';

export async function dataVersion(db: Kysely<Database>): Promise<string> {
  const r = await sql<{
    t: number;
    d: number;
  }>`select total_changes() as t, (select data_version from pragma_data_version) as d`.execute(db);
  const row = r.rows[0]!;
  return `${row.d}:${row.t}`;
}
