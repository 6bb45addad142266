// When the next scheduled backup is due and when the last good one is overdue: pure functions of the schedule,
// the last good backup, the last failed attempt and now.
import type { BackupSchedule } from '@shared/domain/backups';

const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;
const INTERVAL: Record<BackupSchedule, number | null> = { off: null, onClose: 7 * DAY, daily: DAY, weekly: 7 * DAY };
/** After a failed attempt (the drive unplugged…), the scheduler tries again this much later, not in a loop. */
export const RETRY_AFTER_FAILURE_MS = HOUR;
/** How far past its interval the last good backup may be before the status says overdue. */
export const OVERDUE_GRACE_MS = DAY;

/** null: nothing is scheduled while Rapport runs (off, or only when it closes). */
export function nextBackupDue(
  schedule: BackupSchedule,
  lastGood: Date | null,
  lastFailure: Date | null,
  now: Date,
): Date | null {
  if (schedule === 'off' || schedule === 'onClose') return null;
  const interval = INTERVAL[schedule]!;
  let due = lastGood ? lastGood.getTime() + interval : now.getTime();
  if (lastFailure && (!lastGood || lastFailure > lastGood)) {
    due = Math.max(due, lastFailure.getTime() + RETRY_AFTER_FAILURE_MS);
  }
  return new Date(due);
}

export function isOverdue(
  schedule: BackupSchedule,
  lastGood: Date | null,
  lastFailure: Date | null,
  now: Date,
): boolean {
  const interval = INTERVAL[schedule];
  if (interval === null) return false;
  if (lastGood === null) return lastFailure !== null;
  return now.getTime() - lastGood.getTime() > interval + OVERDUE_GRACE_MS;
}
