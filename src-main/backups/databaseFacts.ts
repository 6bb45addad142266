// What a backup records about a database and checks again when reading it back: SQLite's quick_check, the
// migrations it has, and how many live contacts, companies, deals, calendar items and activities it holds.
import type SQLite from 'better-sqlite3';
import type { BackupCounts } from '@shared/domain/backups';

export function quickCheck(sqlite: SQLite.Database): string | null {
  return problemsIn(sqlite.pragma('quick_check') as QuickCheckRows);
}

export type QuickCheckRows = Array<{ quick_check: string }>;

/** What quick_check's rows say is wrong (the first three things), or null when they say "ok". */
export function problemsIn(rows: QuickCheckRows): string | null {
  const problems = rows.map((r) => r.quick_check).filter((r) => r !== 'ok');
  return problems.length === 0 ? null : problems.slice(0, 3).join('; ');
}

export function hasTable(sqlite: SQLite.Database, name: string): boolean {
  return sqlite.prepare("select 1 from sqlite_master where type = 'table' and name = ?").get(name) !== undefined;
}

/** Live records only (the Trash is not counted); tables an older schema lacks count as none. */
export function countRecords(sqlite: SQLite.Database): BackupCounts {
  const live = (table: string) =>
    hasTable(sqlite, table)
      ? (sqlite.prepare(`select count(*) n from ${table} where deleted_at is null`).get() as { n: number }).n
      : 0;
  return {
    contacts: live('contact'),
    companies: live('company'),
    deals: live('deal'),
    events: live('event'),
    activities: hasTable(sqlite, 'activity')
      ? (sqlite.prepare('select count(*) n from activity').get() as { n: number }).n
      : 0,
  };
}
