// Moving the database to another folder (Settings → Your data), safely. Refused up front, naming the folder, when it
// is the current one, already holds a database, is inside the backups folder, is not there, cannot be written or
// has too little room. Otherwise: the app's writes are paused (so nothing written during the copy is left behind in
// the old file), the live database is copied through SQLite's online backup API to a temporary name in the new
// folder, the copy is checked (it opens, passes quick_check, holds the same migrations and counts as the source),
// renamed to rapport.db, and the note in the data folder (location.json) is switched to it. The old file is not
// touched: it is kept until the user deletes it. Whatever fails, Rapport goes on with the database where it was,
// writes resume, and no half file is left under the final name.
import { existsSync } from 'node:fs';
import { open, realpath, rename, stat, statfs } from 'node:fs/promises';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import SQLite from 'better-sqlite3';
import { sql } from 'kysely';
import { RapportError } from '@shared/api/result';
import type { DatabaseMoveResult } from '@shared/domain/database';
import type { AppContext } from '../context';
import { readSchemaState } from '../db/migrate';
import { sameCounts } from '../backups/backupFormat';
import { backupFolderOf, oneAtATime } from '../backups/backupsService';
import { ALL_PAGES, syncFolder } from '../backups/createBackupFile';
import { countRecords, quickCheck } from '../backups/databaseFacts';
import { folderError } from '../backups/folderErrors';
import { removeStaleTemporaries, removeTemporary, tempBeside } from '../backups/temporaries';
import { getSettings } from '../settings/settingsService';
import { readLocationRecord, writeLocationRecord } from './locationRecord';

export const DATABASE_FILE_NAME = 'rapport.db';
/** The database and the files SQLite keeps beside it: any of them in the new folder means a database is there. */
const DATABASE_FILES = ['', '-wal', '-shm', '-journal'].map((suffix) => `${DATABASE_FILE_NAME}${suffix}`);
const KEPT = 'The database was not moved: Rapport goes on using it where it is.';
/** Long enough for the answer to reach the window before the app restarts. */
const RESTART_DELAY_MS = 400;
/** Room to leave free beyond the copy itself. */
const SPARE_BYTES = 1024 * 1024;

export function moveDatabase(ctx: AppContext, folder: string): Promise<DatabaseMoveResult> {
  // One at a time with backups and restores: a restore swapped in during the copy would be left behind.
  return oneAtATime(ctx.dbFile, async () => {
    const home = ctx.databaseHome;
    if (!home) {
      throw new RapportError(
        'conflict',
        `Rapport was started on ${ctx.dbFile} by name (RAPPORT_DB or --db), so it does not move that file: move it yourself and start Rapport on its new place.`,
      );
    }
    const record = readLocationRecord(home.dataDir);
    if (record !== null && record.file !== ctx.dbFile) {
      throw new RapportError(
        'conflict',
        `The database was just moved to ${record.file}: restart Rapport to use it there before moving it again.`,
      );
    }
    const target = resolve(folder);
    const newFile = join(target, DATABASE_FILE_NAME);
    await refuseUnsuitableFolder(ctx, target);
    await removeStaleTemporaries(null, newFile); // what an interrupted move to this folder left
    await pauseWrites(ctx, true);
    let switched = false;
    try {
      await copyAndCheck(ctx.dbFile, target, newFile);
      try {
        await writeLocationRecord(home.dataDir, {
          file: newFile,
          previous: ctx.dbFile,
          movedAt: ctx.clock.now().toISOString(),
        });
      } catch (error) {
        await removeTemporary(newFile); // made just now, and only the note would have made it the database
        throw folderError(home.dataDir, error, KEPT);
      }
      switched = true;
    } finally {
      // After the switch, writes to the old file would be lost to the new one: they stay paused until the restart.
      if (!switched) await pauseWrites(ctx, false);
    }
    const restart = ctx.restart;
    if (restart) setTimeout(restart, RESTART_DELAY_MS);
    return { file: newFile, oldFile: ctx.dbFile, restarting: restart !== undefined };
  });
}

/** SQLite's query_only on the app's connection: reads go on, a write fails instead of landing in the old file. */
async function pauseWrites(ctx: AppContext, paused: boolean): Promise<void> {
  await sql.raw(`pragma query_only = ${paused ? 1 : 0}`).execute(ctx.db);
}

async function refuseUnsuitableFolder(ctx: AppContext, target: string): Promise<void> {
  let info;
  try {
    info = await stat(target);
  } catch (error) {
    throw folderError(target, error, KEPT);
  }
  if (!info.isDirectory()) throw new RapportError('conflict', `${target} is a file, not a folder. ${KEPT}`);
  if (await sameFolder(target, dirname(ctx.dbFile))) {
    throw new RapportError('conflict', `The database is already in ${target}: choose another folder to move it to.`);
  }
  const backups = backupFolderOf(ctx.dbFile, await getSettings(ctx)).folder;
  if (await isWithin(target, backups)) {
    throw new RapportError(
      'conflict',
      `${target} is in the backups folder (${backups}). Keep the database apart from its backups, so that one lost drive cannot take both: choose another folder. ${KEPT}`,
    );
  }
  const taken = DATABASE_FILES.filter((name) => existsSync(join(target, name)));
  if (taken.length > 0) {
    throw new RapportError(
      'conflict',
      `There is already a Rapport database in ${target} (${taken.join(', ')}). Rapport does not replace it: choose another folder, or move that file away first. ${KEPT}`,
    );
  }
}

async function copyAndCheck(dbFile: string, folder: string, newFile: string): Promise<void> {
  const temp = tempBeside(newFile, 'moving');
  let neededBytes: number | undefined;
  try {
    const source = openSource(dbFile);
    let expected: { counts: ReturnType<typeof countRecords>; migrations: string[] };
    try {
      neededBytes =
        (source.pragma('page_count', { simple: true }) as number) *
        (source.pragma('page_size', { simple: true }) as number);
      await ensureRoom(folder, neededBytes);
      // Made first with plain file calls, so a read-only folder is reported as such rather than as SQLite's
      // "unable to open database file".
      await (await open(temp, 'wx')).close();
      await source.backup(temp, { progress: () => ALL_PAGES });
      // Read after the copy: the app's writes are paused, so this is the moment the copy is of.
      expected = { counts: countRecords(source), migrations: readSchemaState(source).applied };
    } finally {
      source.close();
    }
    // A self-contained file: nothing of it may stay in a -wal beside the temporary name.
    const copy = new SQLite(temp, { fileMustExist: true });
    try {
      copy.pragma('journal_mode = DELETE');
    } finally {
      copy.close();
    }
    const check = new SQLite(temp, { readonly: true, fileMustExist: true });
    try {
      const problem = quickCheck(check);
      if (problem !== null) {
        throw new RapportError('internal', `The copy in ${folder} did not pass SQLite's check (${problem}). ${KEPT}`);
      }
      const migrations = readSchemaState(check).applied;
      if (!sameCounts(countRecords(check), expected.counts) || migrations.join() !== expected.migrations.join()) {
        throw new RapportError('internal', `The copy in ${folder} does not hold what the database holds. ${KEPT}`);
      }
    } finally {
      check.close();
    }
    await syncFile(temp);
    // A database that appeared in the folder meanwhile is not replaced either.
    if (DATABASE_FILES.some((name) => existsSync(join(folder, name)))) {
      throw new RapportError('conflict', `A Rapport database appeared in ${folder} during the move. ${KEPT}`);
    }
    await rename(temp, newFile);
    await syncFolder(folder);
  } catch (error) {
    await removeTemporary(temp);
    throw folderError(folder, error, KEPT, neededBytes);
  }
}

function openSource(dbFile: string): SQLite.Database {
  try {
    const source = new SQLite(dbFile, { readonly: true, fileMustExist: true });
    source.pragma('busy_timeout = 5000');
    return source;
  } catch (error) {
    throw new RapportError(
      'internal',
      `The database ${dbFile} cannot be read (${error instanceof Error ? error.message : String(error)}). ${KEPT}`,
    );
  }
}

/** Refused before copying when the folder's drive has too little free space (the copy could still fill it). */
async function ensureRoom(folder: string, bytes: number): Promise<void> {
  const space = await statfs(folder).catch(() => null);
  if (space !== null && space.bavail * space.bsize < bytes + SPARE_BYTES) {
    throw Object.assign(new Error('not enough free space'), { code: 'ENOSPC' });
  }
}

async function syncFile(file: string): Promise<void> {
  const handle = await open(file, 'r+');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** The same folder, also when reached through another spelling, a link or another case. */
async function sameFolder(a: string, b: string): Promise<boolean> {
  if (resolve(a) === resolve(b)) return true;
  const [x, y] = await Promise.all([a, b].map((p) => stat(p, { bigint: true }).catch(() => null)));
  return !!x && !!y && x.dev === y.dev && x.ino === y.ino;
}

async function isWithin(inner: string, outer: string): Promise<boolean> {
  const real = (p: string) => realpath(p).catch(() => resolve(p));
  // Windows and macOS file names ignore case.
  const fold = (p: string) => (process.platform === 'linux' ? p : p.toLowerCase());
  const path = relative(fold(await real(outer)), fold(await real(inner)));
  return path === '' || (path !== '..' && !path.startsWith(`..${sep}`) && !isAbsolute(path));
}
