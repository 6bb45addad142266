// Backup file names say what they are and when they were made, in the computer's local time:
// Rapport-2026-11-22-1430.rapport-backup (a second one in the same minute: …-1430-2), and
// Rapport-2026-11-22-1431-before-restore.rapport-backup for the copy saved just before a restore.
import { BACKUP_EXTENSION } from './backupFormat';

const NAME = /^Rapport-(\d{4})-(\d{2})-(\d{2})-(\d{2})(\d{2})(?:-(\d{1,4}))?(-before-restore)?\.rapport-backup$/;

export interface ParsedBackupName {
  /** YYYY-MM-DD, local to where it was made. */
  day: string;
  /** Sortable: YYYY-MM-DD-HHMM-NNNN. */
  sortKey: string;
  beforeRestore: boolean;
}

/** "Rapport-2026-11-22-1430" for that minute in the given IANA zone. */
export function backupStem(at: Date, zone: string): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', {
      timeZone: zone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    })
      .formatToParts(at)
      .map((p) => [p.type, p.value]),
  );
  return `Rapport-${parts.year}-${parts.month}-${parts.day}-${parts.hour}${parts.minute}`;
}

/** The n-th name for a stem (1: the plain one; later ones when that minute already has a backup). */
export function backupFileName(stem: string, n: number, beforeRestore: boolean): string {
  return `${stem}${n > 1 ? `-${n}` : ''}${beforeRestore ? '-before-restore' : ''}${BACKUP_EXTENSION}`;
}

/** Null for any name Rapport does not give its backups (those files are never touched by the retention rules). */
export function parseBackupName(name: string): ParsedBackupName | null {
  const m = NAME.exec(name);
  if (!m) return null;
  const [, y, mo, d, h, mi, seq, before] = m;
  return {
    day: `${y}-${mo}-${d}`,
    sortKey: `${y}-${mo}-${d}-${h}${mi}-${(seq ?? '1').padStart(4, '0')}`,
    beforeRestore: before !== undefined,
  };
}

/** A temporary file Rapport writes while making a backup (`<final name>.<pid>.partial`), and whose it is. */
export function partialOwner(name: string): number | null {
  const m = /^Rapport-.*\.rapport-backup\.(\d+)\.partial$/.exec(name);
  return m ? Number(m[1]) : null;
}
