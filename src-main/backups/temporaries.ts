// The temporary files of backups and restores, named after the process that writes them, so that whatever a
// crash or a power cut leaves behind is recognised and removed by the next run — and a file another running
// process is still writing is never touched.
import { randomBytes } from 'node:crypto';
import { readdir, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { partialOwner } from './backupNames';

/**
 * A temporary file beside the database (same disk, so a restore can be swapped in from it); 'moving': beside the
 * file a move is about to create, in the folder it moves to.
 */
export function tempBeside(dbFile: string, purpose: 'snapshot' | 'restoring' | 'moving'): string {
  return `${dbFile}.${purpose}-${process.pid}-${randomBytes(4).toString('hex')}.tmp`;
}

const SQLITE_SIDE_FILES = ['', '-wal', '-shm', '-journal'];

/** Removes a temporary database and the files SQLite may have kept beside it. */
export async function removeTemporary(file: string): Promise<void> {
  await Promise.all(SQLITE_SIDE_FILES.map((suffix) => rm(`${file}${suffix}`, { force: true }).catch(() => undefined)));
}

function alive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Leftovers of backups or restores whose process is gone: in the backup folder and beside the database. */
export async function removeStaleTemporaries(folder: string | null, dbFile: string): Promise<void> {
  const besideDb = new RegExp(
    `^${escape(basename(dbFile))}\\.(?:snapshot|restoring|moving)-(\\d+)-[0-9a-f]+\\.tmp(?:-wal|-shm|-journal)?$`,
  );
  const stale: string[] = [];
  const scan = async (dir: string, owner: (name: string) => number | null) => {
    const names = await readdir(dir).catch(() => [] as string[]);
    for (const name of names) {
      const pid = owner(name);
      if (pid !== null && !alive(pid)) stale.push(join(dir, name));
    }
  };
  await scan(dirname(dbFile), (name) => {
    const m = besideDb.exec(name);
    return m ? Number(m[1]) : null;
  });
  if (folder !== null) await scan(folder, partialOwner);
  await Promise.all(stale.map((file) => rm(file, { force: true }).catch(() => undefined)));
}
