// The note of where a moved database is: location.json in Rapport's data folder, { file, previous, movedAt }.
// Only a move writes it (and deleting the old copy, and going back to it): with no note, the database is the
// rapport.db of the data folder, as it always was. Written whole or not at all (a temporary file renamed over it),
// so a crash never leaves a note half written.
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { mkdir, open, rename, rm } from 'node:fs/promises';
import { isAbsolute, join } from 'node:path';
import { RapportError } from '@shared/api/result';
import { syncFolder } from '../backups/createBackupFile';

export const LOCATION_FILE = 'location.json';

export interface LocationRecord {
  /** The database file Rapport opens. */
  file: string;
  /** The file the database was moved away from, kept until the user deletes it; null once deleted. */
  previous: string | null;
  /** When it was moved (UTC ISO). */
  movedAt: string | null;
}

export const locationFileIn = (dataDir: string) => join(dataDir, LOCATION_FILE);

/** The note in the data folder; null when there is none (the database was never moved). */
export function readLocationRecord(dataDir: string): LocationRecord | null {
  const file = locationFileIn(dataDir);
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw unreadable(file, error instanceof Error ? error.message : String(error));
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw unreadable(file, error instanceof Error ? error.message : String(error));
  }
  const v = value as Partial<Record<keyof LocationRecord, unknown>> | null;
  const path = (p: unknown): p is string => typeof p === 'string' && isAbsolute(p);
  if (typeof v !== 'object' || v === null || !path(v.file) || !(v.previous == null || path(v.previous))) {
    throw unreadable(file, 'it does not name the database file by its full path');
  }
  return {
    file: v.file,
    previous: v.previous ?? null,
    movedAt: typeof v.movedAt === 'string' ? v.movedAt : null,
  };
}

const unreadable = (file: string, reason: string) =>
  new RapportError(
    'internal',
    `Rapport cannot read ${file}, its note of where the database is (${reason}). Put the database's full path in it as {"file": "…"}, or delete it to use the rapport.db beside it.`,
  );

/** Writes the note: to a temporary file first, synced, then renamed over the old note. */
export async function writeLocationRecord(dataDir: string, record: LocationRecord): Promise<void> {
  await mkdir(dataDir, { recursive: true });
  const target = locationFileIn(dataDir);
  const temp = `${target}.${process.pid}-${randomBytes(4).toString('hex')}.tmp`;
  try {
    const handle = await open(temp, 'wx');
    try {
      await handle.writeFile(`${JSON.stringify(record, null, 2)}\n`, 'utf8');
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, target);
  } catch (error) {
    await rm(temp, { force: true }).catch(() => undefined);
    throw error;
  }
  await syncFolder(dataDir);
}
