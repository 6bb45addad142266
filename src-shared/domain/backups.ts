// Backups as both sides see them: when they run, what a backup file says about itself, and how the last one went.

/** When Rapport backs up by itself: never, when it is closed, or once a day / a week while it runs. */
export const BACKUP_SCHEDULES = ['off', 'onClose', 'daily', 'weekly'] as const;
export type BackupSchedule = (typeof BACKUP_SCHEDULES)[number];

/** The rows a backup holds, shown before restoring it (live records: the Trash is not counted). */
export interface BackupCounts {
  contacts: number;
  companies: number;
  deals: number;
  events: number;
  activities: number;
}

/**
 * One backup file as its header describes it, read without the passphrase. `state` says whether it can be restored:
 * 'ok'; 'newer' (made by a newer Rapport, which this version cannot read); 'damaged' (incomplete or unreadable —
 * `problem` says how).
 */
export interface BackupInfo {
  file: string;
  name: string;
  bytes: number;
  state: 'ok' | 'newer' | 'damaged';
  problem: string | null;
  /** When the backup was made (UTC ISO); null when the header cannot be read. */
  createdAt: string | null;
  appVersion: string | null;
  schemaVersion: number | null;
  counts: BackupCounts | null;
  compressed: boolean;
  encrypted: boolean;
  /** Saved by Rapport just before a restore replaced the data (kept out of the retention rules). */
  beforeRestore: boolean;
}

export interface BackupListing {
  folder: string;
  /** False when the folder is not there or cannot be read (the list is then empty). */
  reachable: boolean;
  /** Newest first. */
  backups: BackupInfo[];
}

export interface LastBackup {
  at: string;
  file: string;
  bytes: number;
}

export interface BackupStatus {
  /** Where backups go: the folder of Settings, or "Backups" beside the database. */
  folder: string;
  folderIsDefault: boolean;
  /** The folder is there and Rapport may write in it (the default one is created when first needed). */
  folderReachable: boolean;
  schedule: BackupSchedule;
  lastGood: LastBackup | null;
  /** The last attempt, when it failed after the last good backup. */
  lastFailure: { at: string; message: string } | null;
  /** When the scheduler will back up next (null: off, or only when Rapport closes). */
  nextDueAt: string | null;
  /** A scheduled backup is well past due (the folder unreachable, every attempt failing…): worth a banner. */
  overdue: boolean;
  running: boolean;
  encrypt: boolean;
  /** A passphrase for scheduled encrypted backups is kept in this computer's keychain. */
  passphraseStored: boolean;
  /** This computer has a keychain Rapport can keep the passphrase in (else it is asked for each time). */
  keychainAvailable: boolean;
}

export interface BackupRunResult {
  file: string;
  bytes: number;
  createdAt: string;
  counts: BackupCounts;
  compressed: boolean;
  encrypted: boolean;
  /** Older backups the retention rules removed from the folder. */
  deleted: string[];
}

export interface RestoreResult {
  /** The backup that was restored. */
  restored: BackupInfo;
  /** Where the data that was replaced was saved first (null: there was no database yet). */
  savedCurrentAs: string | null;
  /** The backup's schema version when it was older and was upgraded; null when it was current. */
  upgradedFrom: number | null;
  counts: BackupCounts;
}
