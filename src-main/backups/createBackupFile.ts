// Making one backup (this runs in a worker thread): a consistent snapshot through SQLite's online backup API —
// never a copy of the live file — counted, then at the same time checked with quick_check (on a thread of its own)
// and streamed into the container under a temporary name in the backup folder, each compressed block checked to
// decompress to the snapshot's bytes; then read back (checksum, and what it decrypts to) and only once both the
// check and the read-back passed renamed to its final name. Whatever fails, the folder is left as it was: no half
// file under a final name.
//
// Where the time goes, on the 231 MB benchmark database and this project's 2-core build machine (measured inside the
// worker): the snapshot ~0.6 s on this thread; then, at once, quick_check ~1.3 s on its thread and brotli with each
// block's check ~2 s on the thread pool; reading back the 88 MB written ~0.1 s; ~2.5–2.7 s in all, where the gzip
// engine that did these one after the other, and decompressed the whole file again to read it back, took ~4.9 s.
import { existsSync } from 'node:fs';
import { access, mkdir, open, rename, stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import SQLite from 'better-sqlite3';
import { RapportError } from '@shared/api/result';
import { readSchemaState } from '../db/migrate';
import { newBackupKey } from './backupCrypto';
import { decodeBackup, drain, encodeBackup, sameBytesAs, type Encoded } from './backupCodec';
import { readBackupHeader, type BackupMetadata } from './backupFormat';
import { backupFileName } from './backupNames';
import { countRecords, hasTable } from './databaseFacts';
import { errorCode, folderError } from './folderErrors';
import { quickCheckInThread, type QuickCheckRun } from './quickCheckThread';
import { removeStaleTemporaries, removeTemporary, tempBeside } from './temporaries';

export interface BackupJob {
  dbFile: string;
  folder: string;
  /**
   * Create the folder when it is missing: the default one beside the database, or one named on the command line.
   * A folder chosen in Settings that is missing is reported instead — it may be a drive that is not plugged in.
   */
  createFolder: boolean;
  /** "Rapport-2026-11-22-1430": the local minute it was made. */
  stem: string;
  createdAt: string;
  appVersion: string;
  compress: boolean;
  passphrase: string | null;
  beforeRestore: boolean;
}

export interface BackupJobResult {
  file: string;
  bytes: number;
  metadata: BackupMetadata;
}

/** Passed to better-sqlite3's backup(): after its first step, copy every remaining page in one step (one read
 *  transaction on the source, so the copy is of one moment even while the app keeps writing). */
export const ALL_PAGES = 0x7fffffff;

export async function createBackupFile(job: BackupJob): Promise<BackupJobResult> {
  const kept = job.beforeRestore
    ? 'Nothing was restored; your current data is unchanged.'
    : 'No backup was written; the previous backups are still there.';
  await prepareFolder(job.folder, job.createFolder, kept);
  await removeStaleTemporaries(job.folder, job.dbFile);
  const dataFolder = dirname(job.dbFile);
  const snapshot = tempBeside(job.dbFile, 'snapshot');
  let partial: string | null = null;
  let writingIn = dataFolder;
  let neededBytes: number | undefined;
  let check: QuickCheckRun | null = null;
  // scrypt (half a second, on the thread pool) runs while the snapshot is taken on this thread.
  const keying = job.passphrase ? newBackupKey(job.passphrase) : Promise.resolve(null);
  keying.catch(() => undefined); // awaited below unless the snapshot fails first
  try {
    const facts = await snapshotDatabase(job.dbFile, snapshot);
    check = facts.check;
    neededBytes = facts.bytes;
    const key = await keying;
    const metadata: BackupMetadata = {
      app: 'Rapport',
      createdAt: job.createdAt,
      appVersion: job.appVersion,
      schemaVersion: facts.migrations.length,
      migrations: facts.migrations,
      counts: facts.counts,
      databaseBytes: facts.bytes,
      compression: job.compress ? 'brotli' : null,
      encryption: key ? key.params : null,
      beforeRestore: job.beforeRestore,
    };
    writingIn = job.folder;
    partial = join(job.folder, `${await firstFreeName(job)}.${process.pid}.partial`);
    const notVerified = () =>
      new RapportError(
        'internal',
        `The backup written in ${job.folder} did not read back as it was written (a failing drive, or memory?), so it was not kept. ${kept}`,
      );
    const handle = await open(partial, 'wx');
    let encoded: Encoded;
    try {
      encoded = await encodeBackup(snapshot, handle, metadata, key, notVerified);
    } finally {
      await handle.close();
    }
    await readBack(partial, encoded, key?.key ?? null, notVerified);
    const problem = await check.result;
    if (problem !== null) throw damagedDatabase(job.dbFile, problem);
    const file = join(job.folder, await firstFreeName(job));
    await rename(partial, file);
    partial = null;
    await syncFolder(job.folder);
    return { file, bytes: encoded.bytes, metadata };
  } catch (error) {
    throw folderError(writingIn, error, kept, neededBytes);
  } finally {
    await check?.stop();
    await removeTemporary(snapshot);
    if (partial !== null) await removeTemporary(partial);
  }
}

/**
 * Reads back what the disk holds now, as a restore would but without decompressing (each block was checked against
 * the snapshot as it was compressed): complete, every byte under the checksum that was written and, encrypted, its
 * GCM tag good and the payload decrypted the very bytes that were encrypted.
 */
async function readBack(file: string, encoded: Encoded, key: Buffer | null, notVerified: () => Error): Promise<void> {
  try {
    const header = await readBackupHeader(file);
    if (!header.trailer?.digest.equals(encoded.digest)) throw notVerified();
    const sink = encoded.encrypted ? sameBytesAs(encoded.encrypted, notVerified) : drain;
    await decodeBackup(header, key, sink, { unpack: false });
  } catch (error) {
    // "damaged" is what a restore would say; here it means the file is not what was just written.
    throw error instanceof RapportError && error.code === 'invalid_input' ? notVerified() : error;
  }
}

async function prepareFolder(folder: string, create: boolean, kept: string): Promise<void> {
  try {
    const info = await stat(folder);
    if (!info.isDirectory()) throw new RapportError('conflict', `${folder} is a file, not a folder. ${kept}`);
  } catch (error) {
    if (error instanceof RapportError) throw error;
    if (!create || errorCode(error) !== 'ENOENT') throw folderError(folder, error, kept);
    await mkdir(folder, { recursive: true }).catch((e: unknown) => {
      throw folderError(folder, e, kept);
    });
  }
}

/** The first of Rapport-…-1430, …-1430-2, … not taken in the folder. */
async function firstFreeName(job: BackupJob): Promise<string> {
  for (let n = 1; ; n++) {
    const name = backupFileName(job.stem, n, job.beforeRestore);
    const taken = await access(join(job.folder, name)).then(
      () => true,
      () => false,
    );
    if (!taken) return name;
  }
}

/** Makes the rename itself durable (where the system allows opening a folder: not on Windows). */
export async function syncFolder(folder: string): Promise<void> {
  try {
    const handle = await open(folder, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
    // Best effort: the file's own data was synced before the rename.
  }
}

interface SnapshotFacts {
  counts: BackupMetadata['counts'];
  migrations: string[];
  bytes: number;
  /** quick_check of the snapshot, under way on a thread of its own. */
  check: QuickCheckRun;
}

async function snapshotDatabase(dbFile: string, snapshot: string): Promise<SnapshotFacts> {
  if (!existsSync(dbFile)) throw new RapportError('not_found', `There is no database at ${dbFile}.`);
  let source: SQLite.Database;
  try {
    source = new SQLite(dbFile, { readonly: true, fileMustExist: true });
    source.pragma('busy_timeout = 5000');
    if (!hasTable(source, 'kysely_migration')) {
      source.close();
      throw new RapportError('invalid_input', `${dbFile} is not a Rapport database; there is nothing to back up.`);
    }
  } catch (error) {
    if (error instanceof RapportError) throw error;
    throw unreadableDatabase(dbFile, error);
  }
  try {
    await source.backup(snapshot, { progress: () => ALL_PAGES });
  } catch (error) {
    const code = errorCode(error);
    if (code === 'SQLITE_CORRUPT' || code === 'SQLITE_NOTADB') throw unreadableDatabase(dbFile, error);
    throw error;
  } finally {
    source.close();
  }
  const copy = new SQLite(snapshot);
  try {
    // A self-contained file: no -wal beside it, so the bytes in the backup are the whole database.
    copy.pragma('journal_mode = DELETE');
    const check = quickCheckInThread(snapshot);
    try {
      return {
        counts: countRecords(copy),
        migrations: readSchemaState(copy).applied,
        bytes: (await stat(snapshot)).size,
        check,
      };
    } catch (error) {
      // Too damaged to be counted: say what quick_check found, when it found something.
      const problem = await check.result.catch(() => null);
      await check.stop();
      throw problem !== null ? damagedDatabase(dbFile, problem) : error;
    }
  } finally {
    copy.close();
  }
}

const damagedDatabase = (dbFile: string, problem: string) =>
  new RapportError(
    'internal',
    `The database ${dbFile} is damaged (${problem}), so no backup was made of it: restore the last good backup.`,
  );

const unreadableDatabase = (dbFile: string, error: unknown) =>
  new RapportError(
    'internal',
    `The database ${dbFile} cannot be read (${error instanceof Error ? error.message : String(error)}), so no backup was made of it.`,
  );
