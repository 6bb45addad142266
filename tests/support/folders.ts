// Folders that cannot take a file, for real: a full disk is a small tmpfs and a read-only folder a read-only bind
// mount where the tests run as root (root ignores permissions); otherwise the read-only folder is chmod 0555 and
// the full disk cannot be made (tests then skip, saying so).
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';

export const isRoot = process.getuid?.() === 0;
export const mount = (...args: string[]) => spawnSync('mount', args, { encoding: 'utf8' }).status === 0;
export const umount = (dir: string) => spawnSync('umount', ['-l', dir]);

/** Whether this machine lets the tests mount a small tmpfs (root in a container with the capability). */
export const canMount = (() => {
  if (!isRoot) return false;
  const probe = join(process.env.TMPDIR ?? '/tmp', `rapport-mount-probe-${process.pid}`);
  mkdirSync(probe, { recursive: true });
  const ok = mount('-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', probe);
  if (ok) spawnSync('umount', [probe]);
  rmSync(probe, { recursive: true, force: true });
  return ok;
})();

/** Makes an existing folder read-only; the returned function makes it writable again. */
export function makeReadOnly(folder: string): () => void {
  if (canMount) {
    if (!mount('--bind', folder, folder)) throw new Error(`could not bind-mount ${folder}`);
    if (!mount('-o', 'remount,ro,bind', folder)) {
      umount(folder);
      throw new Error(`could not remount ${folder} read-only`);
    }
    return () => void umount(folder);
  }
  chmodSync(folder, 0o555);
  return () => chmodSync(folder, 0o755);
}

/** Mounts a tmpfs of `size` (as mount says it: "1m") on an existing folder; the returned function unmounts it. */
export function makeSmallDisk(folder: string, size: string): () => void {
  if (!mount('-t', 'tmpfs', '-o', `size=${size}`, 'tmpfs', folder))
    throw new Error(`could not mount a tmpfs on ${folder}`);
  return () => void umount(folder);
}
