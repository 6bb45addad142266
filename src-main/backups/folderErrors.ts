// What a failed write means to the person whose backup it was: the folder by name, what is wrong with it, and that
// nothing they had was lost. File-system and SQLite errors both arrive here.
import { RapportError } from '@shared/api/result';

const NO_SPACE = new Set(['ENOSPC', 'EDQUOT', 'SQLITE_FULL', 'EFBIG']);
const NOT_ALLOWED = new Set(['EACCES', 'EPERM', 'EROFS', 'SQLITE_READONLY', 'SQLITE_CANTOPEN_ISDIR']);
const NOT_THERE = new Set(['ENOENT', 'ENOTDIR', 'ENODEV', 'ENXIO']);

/** The error's code, from node (errno) or better-sqlite3 (SQLITE_*, extended codes folded to their primary). */
export function errorCode(error: unknown): string | null {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code !== 'string') return null;
  return code.startsWith('SQLITE_') ? code.replace(/^(SQLITE_[A-Z]+)(_[A-Z]+)*$/, '$1') : code;
}

/**
 * The message for a write into `folder` that failed with `error`; `kept` says what is still safe ("The previous
 * backups are still there." / "Your current data is unchanged.").
 */
export function folderError(folder: string, error: unknown, kept: string, neededBytes?: number): RapportError {
  if (error instanceof RapportError) return error;
  const code = errorCode(error);
  const needed =
    neededBytes !== undefined ? ` (it needs about ${Math.max(1, Math.ceil(neededBytes / 1024 / 1024))} MB)` : '';
  if (code !== null && NO_SPACE.has(code)) {
    return new RapportError('conflict', `There is not enough free space in ${folder}${needed}. ${kept}`);
  }
  if (code !== null && NOT_ALLOWED.has(code)) {
    return new RapportError(
      'forbidden',
      `Rapport may not write in ${folder}: the folder is read-only or belongs to someone else. ${kept}`,
    );
  }
  if (code !== null && NOT_THERE.has(code)) {
    return new RapportError(
      'not_found',
      `The folder ${folder} is not there (an unplugged drive, or a folder moved or renamed?). ${kept}`,
    );
  }
  return new RapportError(
    'internal',
    `Writing in ${folder} failed: ${error instanceof Error ? error.message : String(error)}. ${kept}`,
  );
}
