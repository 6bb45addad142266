// The backups slice of the contract, over a running app's context: the app's worker and keychain when it has
// them (src-main/index.ts), else the source worker and no keychain (tests, the web host).
import type { BackupListing, BackupRunResult, BackupStatus, RestoreResult } from '@shared/domain/backups';
import type { AppContext } from '../context';
import { describeBackup } from './backupFormat';
import { workerBackupRunner, type BackupRunner } from './backupRunner';
import {
  backupFolderOf,
  backupStatus,
  listBackups,
  makeBackup,
  PASSPHRASE_SECRET,
  restoreBackup,
  type BackupDeps,
} from './backupsService';
import { noSecretStore } from '../ports';
import { getSettings } from '../settings/settingsService';

let sourceRunner: BackupRunner | null = null;

export function backupDepsOf(ctx: AppContext): BackupDeps {
  return {
    dbFile: ctx.dbFile,
    db: ctx.db,
    clock: ctx.clock,
    appVersion: ctx.appVersion,
    runner: ctx.backups?.runner ?? (sourceRunner ??= workerBackupRunner()),
    secrets: ctx.backups?.secrets ?? noSecretStore,
  };
}

/** A backup now (the Settings page's button, and the scheduler), with the retention rules applied after it. */
export async function runBackupNow(ctx: AppContext, input: { passphrase?: string }): Promise<BackupRunResult> {
  try {
    const result = await makeBackup(backupDepsOf(ctx), {
      applyRetention: true,
      ...(input.passphrase !== undefined ? { passphrase: input.passphrase } : {}),
    });
    ctx.events.emit('backups.finished', { ok: true, file: result.file, message: null });
    return result;
  } catch (error) {
    ctx.events.emit('backups.finished', {
      ok: false,
      file: null,
      message: error instanceof Error ? error.message : String(error),
    });
    throw error;
  }
}

export function backupsStatus(ctx: AppContext): Promise<BackupStatus> {
  return backupStatus(backupDepsOf(ctx));
}

export async function backupsList(ctx: AppContext, input: { folder?: string | undefined }): Promise<BackupListing> {
  return listBackups(input.folder ?? backupFolderOf(ctx.dbFile, await getSettings(ctx)).folder);
}

export const backupsInspect = (_ctx: AppContext, input: { file: string }) => describeBackup(input.file);

export async function backupsRestore(
  ctx: AppContext,
  input: { file: string; passphrase?: string | undefined },
): Promise<RestoreResult> {
  const result = await restoreBackup(backupDepsOf(ctx), { file: input.file, passphrase: input.passphrase ?? null });
  // Reminders live in the database: the restored ones are planned again.
  await ctx.reminders?.wake();
  return result;
}

/** Keeps (or, with null, forgets) the passphrase scheduled encrypted backups use, in the OS keychain. */
export async function setBackupPassphrase(
  ctx: AppContext,
  input: { passphrase: string | null },
): Promise<BackupStatus> {
  const deps = backupDepsOf(ctx);
  await deps.secrets.set(PASSPHRASE_SECRET, input.passphrase);
  return backupStatus(deps);
}
