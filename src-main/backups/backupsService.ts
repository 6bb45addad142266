// Backups as the app and the CLI use them: where they go, making one (then applying the retention rules), listing a
// folder, one file's header, restoring, and the status Settings and the banner show. The heavy work runs in a
// worker (BackupRunner); this module decides what to run, records how it went, and keeps one job at a time per
// database.
import { existsSync } from 'node:fs';
import { access, constants, mkdir, readdir, rm, stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { Kysely } from 'kysely';
import { RapportError } from '@shared/api/result';
import type {
  BackupInfo,
  BackupListing,
  BackupRunResult,
  BackupStatus,
  LastBackup,
  RestoreResult,
} from '@shared/domain/backups';
import { DEFAULT_SETTINGS, type Settings } from '@shared/domain/settings';
import type { Database } from '../db/schema';
import { zoneOf, type Clock, type SecretStore } from '../ports';
import { getSettings } from '../settings/settingsService';
import { readSettingValue, writeSettingValue } from '../settings/settingsRepository';
import { BACKUP_EXTENSION, describeBackup } from './backupFormat';
import { backupStem } from './backupNames';
import type { BackupRunner } from './backupRunner';
import { isOverdue, nextBackupDue } from './backupSchedule';
import { backupsToDelete } from './retention';
import { removeTemporary } from './temporaries';

/** The keychain entry scheduled encrypted backups take their passphrase from. */
export const PASSPHRASE_SECRET = 'backup-passphrase';
const LAST_GOOD = 'backups.lastGood';
const LAST_FAILURE = 'backups.lastFailure';
/** This computer's backup arrangements: a restore keeps them as they are rather than taking the backup's. */
export const BACKUP_SETTING_KEYS = [
  'backupFolder',
  'backupSchedule',
  'backupKeepDaily',
  'backupKeepWeekly',
  'backupCompress',
  'backupEncrypt',
  LAST_GOOD,
  LAST_FAILURE,
];

/** What the app provides for backups: the worker that runs jobs, and the keychain that keeps the passphrase. */
export interface BackupPorts {
  runner: BackupRunner;
  secrets: SecretStore;
}

export interface BackupDeps extends BackupPorts {
  dbFile: string;
  /** The database's settings and last-run records; null when there is no database yet (restoring onto a new
   *  computer). */
  db: Kysely<Database> | null;
  clock: Clock;
  appVersion: string;
}

export const defaultBackupFolder = (dbFile: string) => join(dirname(dbFile), 'Backups');

async function settingsOf(deps: Pick<BackupDeps, 'db'>): Promise<Settings> {
  return deps.db ? getSettings({ db: deps.db }) : DEFAULT_SETTINGS;
}

export function backupFolderOf(dbFile: string, settings: Pick<Settings, 'backupFolder'>) {
  return settings.backupFolder === null
    ? { folder: defaultBackupFolder(dbFile), isDefault: true }
    : { folder: settings.backupFolder, isDefault: false };
}

// One backup, restore or move at a time per database, whoever asks (the scheduler, the Settings page, a restore).
const running = new Map<string, Promise<unknown>>();
export function oneAtATime<T>(dbFile: string, work: () => Promise<T>): Promise<T> {
  const before = running.get(dbFile) ?? Promise.resolve();
  const run = before.then(work, work);
  const tail = run.catch(() => undefined);
  running.set(dbFile, tail);
  void tail.then(() => {
    if (running.get(dbFile) === tail) running.delete(dbFile);
  });
  return run;
}

export interface BackupOptions {
  /** Another folder than the one of Settings (the CLI's DIR). */
  folder?: string;
  /** The passphrase to encrypt with; absent: the keychain's, when Settings say to encrypt. null: no encryption. */
  passphrase?: string | null;
  /** Compress or not, whatever Settings say. */
  compress?: boolean;
  /** Delete the backups the retention rules no longer keep (after this one succeeded). */
  applyRetention?: boolean;
}

/** Makes a backup now; records it as the last good one (or the failure) when it went to the folder of Settings. */
export function makeBackup(deps: BackupDeps, options: BackupOptions = {}): Promise<BackupRunResult> {
  return oneAtATime(deps.dbFile, () => backupUnlocked(deps, options, false));
}

async function backupUnlocked(
  deps: BackupDeps,
  options: BackupOptions,
  beforeRestore: boolean,
): Promise<BackupRunResult> {
  const settings = await settingsOf(deps);
  const configured = backupFolderOf(deps.dbFile, settings);
  const folder = options.folder ?? configured.folder;
  const toConfigured = folder === configured.folder;
  const record = toConfigured && !beforeRestore && deps.db !== null;
  const now = deps.clock.now();
  try {
    const passphrase =
      options.passphrase !== undefined ? options.passphrase : await configuredPassphrase(deps, settings);
    const { file, bytes, metadata } = await deps.runner.run('backup', {
      dbFile: deps.dbFile,
      folder,
      createFolder: !toConfigured || configured.isDefault,
      stem: backupStem(now, zoneOf(deps.clock)),
      createdAt: now.toISOString(),
      appVersion: deps.appVersion,
      compress: options.compress ?? settings.backupCompress,
      passphrase,
      beforeRestore,
    });
    if (record) {
      const last: LastBackup = { at: metadata.createdAt, file, bytes };
      await writeSettingValue(deps.db!, LAST_GOOD, last);
    }
    const deleted =
      options.applyRetention && !beforeRestore
        ? await applyRetention(folder, { keepDaily: settings.backupKeepDaily, keepWeekly: settings.backupKeepWeekly })
        : [];
    return {
      file,
      bytes,
      createdAt: metadata.createdAt,
      counts: metadata.counts,
      compressed: metadata.compression !== null,
      encrypted: metadata.encryption !== null,
      deleted,
    };
  } catch (error) {
    if (record) {
      const message = error instanceof Error ? error.message : String(error);
      await writeSettingValue(deps.db!, LAST_FAILURE, { at: now.toISOString(), message }).catch(() => undefined);
    }
    throw error;
  }
}

async function configuredPassphrase(deps: BackupDeps, settings: Settings): Promise<string | null> {
  if (!settings.backupEncrypt) return null;
  const stored = deps.secrets.available() ? await deps.secrets.get(PASSPHRASE_SECRET) : null;
  if (stored) return stored;
  throw new RapportError(
    'forbidden',
    'Backups are set to be encrypted, but no passphrase is kept on this computer: set one in Settings → Backups (or give rapport backup --passphrase-file). No backup was written.',
    [{ path: 'passphrase', message: 'validation.required' }],
  );
}

/** Deletes what the retention rules no longer keep; a file that cannot be deleted is left (and tried next time). */
async function applyRetention(folder: string, policy: { keepDaily: number; keepWeekly: number }): Promise<string[]> {
  const { backups } = await listBackups(folder);
  const doomed = backupsToDelete(
    backups.map((b) => ({ name: b.name, good: b.state === 'ok' })),
    policy,
  );
  const deleted: string[] = [];
  for (const name of doomed) {
    const file = join(folder, name);
    if (
      await rm(file).then(
        () => true,
        () => false,
      )
    )
      deleted.push(file);
  }
  return deleted;
}

/** The backups in a folder, newest first, each as its header describes it (nothing else in the folder is read). */
export async function listBackups(folder: string): Promise<BackupListing> {
  let names: string[];
  try {
    names = await readdir(folder);
  } catch {
    return { folder, reachable: false, backups: [] };
  }
  const backups: BackupInfo[] = [];
  for (const name of names.filter((n) => n.endsWith(BACKUP_EXTENSION))) {
    const info = await describeBackup(join(folder, name)).catch(() => null); // gone since readdir
    if (info) backups.push(info);
  }
  backups.sort(
    (a, b) => (b.createdAt ?? '').localeCompare(a.createdAt ?? '') || (a.name < b.name ? 1 : a.name > b.name ? -1 : 0),
  );
  return { folder, reachable: true, backups };
}

export interface RestoreOptions {
  file: string;
  passphrase: string | null;
}

/**
 * Replaces the database's data with a backup's: checked (and upgraded) beside the database first, the current data
 * then saved as a backup, then swapped in. Every refusal leaves the current data untouched.
 */
export function restoreBackup(deps: BackupDeps, options: RestoreOptions): Promise<RestoreResult> {
  return oneAtATime(deps.dbFile, async () => {
    await mkdir(dirname(deps.dbFile), { recursive: true });
    const prepared = await deps.runner.run('prepareRestore', {
      dbFile: deps.dbFile,
      backupFile: options.file,
      passphrase: options.passphrase,
    });
    let savedCurrentAs: string | null = null;
    try {
      if (existsSync(deps.dbFile)) savedCurrentAs = await saveBeforeRestore(deps);
    } catch (error) {
      await removeTemporary(prepared.tempFile);
      throw error;
    }
    const { counts } = await deps.runner.run('swapIn', {
      dbFile: deps.dbFile,
      tempFile: prepared.tempFile,
      keepSettingKeys: BACKUP_SETTING_KEYS,
      expectedCounts: prepared.counts,
    });
    return {
      restored: await describeBackup(options.file),
      savedCurrentAs,
      upgradedFrom: prepared.upgradedFrom,
      counts,
    };
  });
}

/**
 * The current data, saved as a backup before a restore replaces it: in the folder of Settings, encrypted as they
 * say; where that cannot be done (the folder unreachable, no passphrase at hand), unencrypted in the "Backups"
 * folder beside the database — no more exposed than the database itself.
 */
async function saveBeforeRestore(deps: BackupDeps): Promise<string> {
  try {
    return (await backupUnlocked(deps, {}, true)).file;
  } catch (first) {
    const fallback = defaultBackupFolder(deps.dbFile);
    try {
      return (await backupUnlocked(deps, { folder: fallback, passphrase: null }, true)).file;
    } catch {
      throw first;
    }
  }
}

export async function backupStatus(deps: BackupDeps): Promise<BackupStatus> {
  const settings = await settingsOf(deps);
  const { folder, isDefault } = backupFolderOf(deps.dbFile, settings);
  const lastGood = deps.db ? asLastBackup(await readSettingValue(deps.db, LAST_GOOD)) : null;
  const failure = deps.db ? asFailure(await readSettingValue(deps.db, LAST_FAILURE)) : null;
  const lastFailure = failure && (!lastGood || failure.at > lastGood.at) ? failure : null;
  const now = deps.clock.now();
  const goodAt = lastGood ? new Date(lastGood.at) : null;
  const failedAt = lastFailure ? new Date(lastFailure.at) : null;
  const keychainAvailable = deps.secrets.available();
  return {
    folder,
    folderIsDefault: isDefault,
    folderReachable: await writable(isDefault && !existsSync(folder) ? dirname(folder) : folder),
    schedule: settings.backupSchedule,
    lastGood,
    lastFailure,
    nextDueAt: nextBackupDue(settings.backupSchedule, goodAt, failedAt, now)?.toISOString() ?? null,
    overdue: isOverdue(settings.backupSchedule, goodAt, failedAt, now),
    running: running.has(deps.dbFile),
    encrypt: settings.backupEncrypt,
    passphraseStored: keychainAvailable && (await deps.secrets.get(PASSPHRASE_SECRET)) !== null,
    keychainAvailable,
  };
}

/** The last good backup and failure, as the scheduler needs them. */
export async function lastBackupRuns(db: Kysely<Database>) {
  const lastGood = asLastBackup(await readSettingValue(db, LAST_GOOD));
  const lastFailure = asFailure(await readSettingValue(db, LAST_FAILURE));
  return {
    lastGood: lastGood ? new Date(lastGood.at) : null,
    lastFailure: lastFailure ? new Date(lastFailure.at) : null,
  };
}

async function writable(folder: string): Promise<boolean> {
  try {
    if (!(await stat(folder)).isDirectory()) return false;
    await access(folder, constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

function asLastBackup(value: unknown): LastBackup | null {
  const v = value as Partial<LastBackup> | undefined;
  return v && typeof v.at === 'string' && typeof v.file === 'string' && typeof v.bytes === 'number'
    ? { at: v.at, file: v.file, bytes: v.bytes }
    : null;
}

function asFailure(value: unknown): { at: string; message: string } | null {
  const v = value as { at?: unknown; message?: unknown } | undefined;
  return v && typeof v.at === 'string' && typeof v.message === 'string' ? { at: v.at, message: v.message } : null;
}
