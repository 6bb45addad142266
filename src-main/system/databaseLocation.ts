// The database's place as Settings → Your data shows it, and the old copy a move kept: deleted when the user says so
// (exactly that file and its -wal and -shm, nothing else), or gone back to when the moved database is missing at
// start-up.
import { existsSync } from 'node:fs';
import { rm, stat } from 'node:fs/promises';
import { dirname } from 'node:path';
import { RapportError } from '@shared/api/result';
import type { DatabaseLocation } from '@shared/domain/database';
import type { AppContext } from '../context';
import { errorCode, folderError } from '../backups/folderErrors';
import { readLocationRecord, writeLocationRecord } from './locationRecord';

export function databaseLocation(ctx: AppContext): DatabaseLocation {
  const record = ctx.databaseHome ? readLocationRecord(ctx.databaseHome.dataDir) : null;
  // Noted elsewhere than the file open: moved, and this Rapport has not restarted yet.
  const restartNeeded = record !== null && record.file !== ctx.dbFile;
  const file = restartNeeded ? record.file : ctx.dbFile;
  const previous = restartNeeded ? null : (record?.previous ?? null);
  return {
    file,
    folder: dirname(file),
    oldCopy: previous !== null && existsSync(previous) ? previous : null,
    movable: ctx.databaseHome !== undefined,
    restartNeeded,
  };
}

const NOT_DELETED = 'The old copy was not deleted.';

export async function deleteOldCopy(ctx: AppContext): Promise<{ deleted: string[] }> {
  const home = ctx.databaseHome;
  const record = home ? readLocationRecord(home.dataDir) : null;
  if (!home || record?.previous == null) {
    throw new RapportError('not_found', 'There is no old copy of the database to delete.');
  }
  const old = record.previous;
  if (record.file !== ctx.dbFile || (await sameFile(old, ctx.dbFile))) {
    throw new RapportError('conflict', `Rapport still uses ${old}: restart Rapport first, then delete the old copy.`);
  }
  const deleted: string[] = [];
  // The database first: should a side file then resist, what is left is no database a -wal could be replayed onto.
  for (const file of [old, `${old}-wal`, `${old}-shm`]) {
    try {
      await rm(file);
      deleted.push(file);
    } catch (error) {
      if (errorCode(error) !== 'ENOENT') throw folderError(dirname(old), error, NOT_DELETED);
    }
  }
  await writeLocationRecord(home.dataDir, { ...record, previous: null });
  return { deleted };
}

async function sameFile(a: string, b: string): Promise<boolean> {
  const [x, y] = await Promise.all([a, b].map((p) => stat(p, { bigint: true }).catch(() => null)));
  return a === b || (!!x && !!y && x.dev === y.dev && x.ino === y.ino);
}

/**
 * At start-up, when the moved database is missing: the note points back at the copy the move kept (which has none
 * of the changes made since). The moved file, should it come back, is left as it is — never deleted by Rapport.
 */
export async function goBackToOldCopy(dataDir: string, now: Date): Promise<string> {
  const record = readLocationRecord(dataDir);
  if (record?.previous == null || !existsSync(record.previous)) {
    throw new RapportError('not_found', 'There is no old copy of the database to go back to.');
  }
  await writeLocationRecord(dataDir, { file: record.previous, previous: null, movedAt: now.toISOString() });
  return record.previous;
}
