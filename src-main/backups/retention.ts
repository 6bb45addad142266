// Which backups in a folder to delete, as a pure function of their names: keep the newest backup of each of the
// `keepDaily` most recent days that have one, and of each of the `keepWeekly` most recent ISO weeks that have one.
// Only files named as Rapport names its scheduled backups are ever chosen — never anything else in the folder, never
// a copy saved before a restore, never a backup that could not be read (it might only be unreadable today), and
// never the newest good backup, whatever the numbers say.
import { parseBackupName } from './backupNames';

export interface RetentionPolicy {
  keepDaily: number;
  keepWeekly: number;
}

export interface FolderEntry {
  name: string;
  /** Its header and trailer read back as a complete backup. */
  good: boolean;
}

/** ISO 8601 week of a YYYY-MM-DD day, as "2026-W47". */
export function isoWeek(day: string): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  const weekday = (date.getUTCDay() + 6) % 7; // Monday 0 … Sunday 6
  date.setUTCDate(date.getUTCDate() - weekday + 3); // the Thursday of its week decides the year
  const year = date.getUTCFullYear();
  const week = 1 + Math.floor((date.getTime() - Date.UTC(year, 0, 1)) / (7 * 86_400_000));
  return `${year}-W${String(week).padStart(2, '0')}`;
}

export function backupsToDelete(entries: FolderEntry[], policy: RetentionPolicy): string[] {
  const candidates = entries
    .map((entry) => ({ ...entry, parsed: parseBackupName(entry.name) }))
    .filter(
      (e): e is FolderEntry & { parsed: NonNullable<ReturnType<typeof parseBackupName>> } =>
        e.parsed !== null && !e.parsed.beforeRestore && e.good,
    )
    .sort((a, b) => (a.parsed.sortKey < b.parsed.sortKey ? 1 : a.parsed.sortKey > b.parsed.sortKey ? -1 : 0));
  const keep = new Set<string>();
  if (candidates[0]) keep.add(candidates[0].name);
  const keepNewestPer = (period: (day: string) => string, howMany: number) => {
    const seen = new Set<string>();
    for (const c of candidates) {
      const key = period(c.parsed.day);
      if (seen.has(key)) continue;
      if (seen.size >= howMany) break;
      seen.add(key);
      keep.add(c.name);
    }
  };
  keepNewestPer((day) => day, policy.keepDaily);
  keepNewestPer(isoWeek, policy.keepWeekly);
  return candidates.filter((c) => !keep.has(c.name)).map((c) => c.name);
}
