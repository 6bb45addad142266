// Restoring (in a worker thread), in two steps with the current data saved as a backup in between:
//
// 1. prepareRestore: the backup is decoded into a temporary file beside the database and checked — complete,
//    checksum and GCM tag good, quick_check ok, the counts its header lists, not from a newer Rapport — then
//    upgraded by the migrations if it is older. Any refusal leaves the database untouched.
// 2. swapIn: SQLite's online backup API writes the prepared file into the live database in ONE write transaction.
//    A rename over the live file would not do: the app's own connections (and a CLI run beside it) would go on
//    writing to the unlinked old file, and a -wal left beside it would be replayed onto the new one. Through SQLite,
//    every connection sees the restored data, the WAL and -shm stay consistent, and a crash or a kill mid-way
//    leaves the old data whole (the uncommitted frames are discarded on the next open).
import { existsSync } from 'node:fs';
import { dirname } from 'node:path';
import SQLite from 'better-sqlite3';
import type { BackupCounts } from '@shared/domain/backups';
import { RapportError } from '@shared/api/result';
import { migrateToLatest, readSchemaState } from '../db/migrate';
import { keyOfBackup } from './backupCrypto';
import { decodeBackup, intoNewFile } from './backupCodec';
import {
  damagedBackup,
  fromNewerRapport,
  readBackupHeader,
  sameCounts,
  unknownMigrations,
  type BackupMetadata,
} from './backupFormat';
import { ALL_PAGES } from './createBackupFile';
import { countRecords, hasTable, quickCheck } from './databaseFacts';
import { folderError } from './folderErrors';
import { removeStaleTemporaries, removeTemporary, tempBeside } from './temporaries';

const UNCHANGED = 'Nothing was restored; your current data is unchanged.';

export interface PrepareRestoreJob {
  dbFile: string;
  backupFile: string;
  passphrase: string | null;
}

export interface PreparedRestore {
  tempFile: string;
  metadata: BackupMetadata;
  upgradedFrom: number | null;
  counts: BackupCounts;
}

export async function prepareRestore(job: PrepareRestoreJob): Promise<PreparedRestore> {
  const { backupFile } = job;
  const header = await readBackupHeader(backupFile);
  const { metadata } = header;
  if (unknownMigrations(metadata).length > 0) throw fromNewerRapport(backupFile, metadata);
  if (!header.trailer) throw damagedBackup(backupFile, 'it is incomplete: it ends before its last part');
  const key = metadata.encryption ? await keyOfBackup(backupFile, metadata.encryption, job.passphrase) : null;
  await removeStaleTemporaries(null, job.dbFile);
  const tempFile = tempBeside(job.dbFile, 'restoring');
  try {
    try {
      await decodeBackup(header, key, intoNewFile(tempFile));
    } catch (error) {
      throw folderError(dirname(job.dbFile), error, UNCHANGED, metadata.databaseBytes);
    }
    let sqlite: SQLite.Database;
    try {
      sqlite = new SQLite(tempFile, { fileMustExist: true });
    } catch (error) {
      throw damagedBackup(backupFile, `what it holds does not open: ${(error as Error).message}`);
    }
    try {
      const problem = safely(() => quickCheck(sqlite));
      if (problem !== null) throw damagedBackup(backupFile, `SQLite's check of what it holds says: ${problem}`);
      if (!hasTable(sqlite, 'kysely_migration')) throw damagedBackup(backupFile, 'it holds no Rapport database');
      const state = readSchemaState(sqlite);
      if (state.unknown.length > 0) throw fromNewerRapport(backupFile, metadata);
      if (!sameCounts(countRecords(sqlite), metadata.counts)) {
        throw damagedBackup(backupFile, 'it holds other records than its header lists');
      }
      const upgradedFrom = state.pending.length > 0 ? state.applied.length : null;
      // The backup file itself is the copy kept from before this upgrade.
      if (upgradedFrom !== null) await migrateToLatest(sqlite, tempFile, { backupPathFor: null });
      sqlite.pragma('journal_mode = DELETE');
      return { tempFile, metadata, upgradedFrom, counts: countRecords(sqlite) };
    } finally {
      sqlite.close();
    }
  } catch (error) {
    await removeTemporary(tempFile);
    throw error;
  }
}

/** quick_check on a file that is not a database at all throws; that is damage too. */
function safely(check: () => string | null): string | null {
  try {
    return check();
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

export interface SwapJob {
  dbFile: string;
  tempFile: string;
  /** Settings of this computer's backups (folder, schedule, last run): they stay as they are, whatever the
   *  backup had. */
  keepSettingKeys: string[];
  expectedCounts: BackupCounts;
}

export async function swapIn(job: SwapJob): Promise<{ counts: BackupCounts }> {
  try {
    const restored = new SQLite(job.tempFile, { fileMustExist: true });
    try {
      keepSettings(job, restored);
      await restored.backup(job.dbFile, { progress: () => ALL_PAGES });
    } catch (error) {
      throw folderError(dirname(job.dbFile), error, UNCHANGED);
    } finally {
      restored.close();
    }
  } finally {
    await removeTemporary(job.tempFile);
  }
  const live = new SQLite(job.dbFile, { fileMustExist: true });
  try {
    live.pragma('busy_timeout = 5000');
    const problem = quickCheck(live);
    const counts = countRecords(live);
    if (problem !== null || !sameCounts(counts, job.expectedCounts)) {
      throw new RapportError(
        'internal',
        `The restored database did not check out (${problem ?? 'other counts than the backup'}). Restore the backup saved just before this restore.`,
      );
    }
    return { counts };
  } finally {
    live.close();
  }
}

function keepSettings(job: SwapJob, restored: SQLite.Database): void {
  if (job.keepSettingKeys.length === 0 || !existsSync(job.dbFile)) return;
  let rows: Array<{ key: string; value_json: string }>;
  try {
    const live = new SQLite(job.dbFile, { readonly: true, fileMustExist: true });
    try {
      live.pragma('busy_timeout = 5000');
      const marks = job.keepSettingKeys.map(() => '?').join(', ');
      rows = live
        .prepare(`select key, value_json from setting where key in (${marks})`)
        .all(...job.keepSettingKeys) as typeof rows;
    } finally {
      live.close();
    }
  } catch {
    return; // the current database cannot be read: there is nothing of it to keep
  }
  const marks = job.keepSettingKeys.map(() => '?').join(', ');
  const remove = restored.prepare(`delete from setting where key in (${marks})`);
  const insert = restored.prepare('insert into setting (key, value_json) values (?, ?)');
  restored.transaction(() => {
    remove.run(...job.keepSettingKeys);
    for (const row of rows) insert.run(row.key, row.value_json);
  })();
}
