// Where Rapport keeps its database: by default, and where Settings moved it. Computed without Electron so the
// desktop app and the `rapport` CLI always agree: the same folder Electron calls userData for an app named "Rapport".
import { existsSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { RapportError } from '@shared/api/result';
import { readLocationRecord } from './system/locationRecord';

export function defaultDataDir(
  env: NodeJS.ProcessEnv = process.env,
  platform: NodeJS.Platform = process.platform,
): string {
  if (platform === 'win32') return join(env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), 'Rapport');
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support', 'Rapport');
  return join(env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), 'Rapport');
}

/**
 * Where the database is: RAPPORT_DB when set (useful for trying things on a copy), else where Settings moved it
 * (the note in the data folder, system/locationRecord.ts), else rapport.db in the data folder.
 */
export function defaultDatabaseFile(
  env: NodeJS.ProcessEnv = process.env,
  platform: NodeJS.Platform = process.platform,
): string {
  return locateDatabase(env, platform).file;
}

export interface LocatedDatabase {
  file: string;
  /** The data folder, where a move is noted; null when RAPPORT_DB names the file (it is then never moved). */
  dataDir: string | null;
  /** The file a move kept, when there is one. */
  previous: string | null;
  movedAt: string | null;
  /**
   * Why Rapport must not open `file`: the note cannot be read, or the database it names is not there (an unplugged
   * drive?). Opening would create an empty database in its place, so the app and the CLI refuse, saying this.
   */
  problem: string | null;
}

export function locateDatabase(
  env: NodeJS.ProcessEnv = process.env,
  platform: NodeJS.Platform = process.platform,
): LocatedDatabase {
  if (env.RAPPORT_DB) return { file: env.RAPPORT_DB, dataDir: null, previous: null, movedAt: null, problem: null };
  const dataDir = defaultDataDir(env, platform);
  const here = join(dataDir, 'rapport.db');
  let record;
  try {
    record = readLocationRecord(dataDir);
  } catch (error) {
    return { file: here, dataDir, previous: null, movedAt: null, problem: (error as Error).message };
  }
  if (record === null) return { file: here, dataDir, previous: null, movedAt: null, problem: null };
  const { file, previous, movedAt } = record;
  const problem = existsSync(file)
    ? null
    : `Rapport's database was moved to ${file}, but it is not there now (a drive not plugged in, or a folder moved or renamed?). Nothing was created in its place. Plug the drive in or put the file back, then start Rapport again.`;
  return { file, dataDir, previous, movedAt, problem };
}

/** The database file to open at start-up; throws (saying where it was expected) when it must not be opened. */
export function databaseFileToOpen(
  env: NodeJS.ProcessEnv = process.env,
  platform: NodeJS.Platform = process.platform,
): string {
  const located = locateDatabase(env, platform);
  if (located.problem !== null) throw new RapportError('not_found', located.problem);
  return located.file;
}
