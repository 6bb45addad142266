// A backup folder that is full, read-only or gone: a clear message naming the folder, the last good backup still
// there and readable, no half file under a final name, no temporary file left. The full disk is a real 1 MB tmpfs
// and the read-only folder a real read-only bind mount where the tests run as root (root ignores permissions);
// otherwise the read-only folder is chmod 0555 and the full disk is skipped, saying so.
import { chmodSync, existsSync, mkdirSync, readdirSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { workerBackupRunner } from '../../../src-main/backups/backupRunner';
import { folderError } from '../../../src-main/backups/folderErrors';
import { growDatabase, leftovers, memorySecretStore, seedCustomers } from '../../support/backups';
import { canMount, mount, umount } from '../../support/folders';
import { createTestApp, frozenClock, type TestApp } from '../../support/testApp';

if (!canMount) console.warn('backupFolders: not root or cannot mount a tmpfs here — the full-disk test is skipped');

let app: TestApp;
let clock: ReturnType<typeof frozenClock>;
const mounted: string[] = [];
beforeEach(async () => {
  clock = frozenClock();
  app = await createTestApp({ clock });
  app.ctx.backups = { runner: workerBackupRunner(), secrets: memorySecretStore() };
  await seedCustomers(app);
});
afterEach(async () => {
  for (const dir of mounted.splice(0)) umount(dir);
  await app.cleanup();
});

async function expectFailureKeepingTheLastGood(folder: string, message: RegExp, good: string) {
  clock.set(new Date(clock.now().getTime() + 3_600_000));
  await expect(app.call('backups.runNow', {})).rejects.toThrow(message);
  expect(readdirSync(folder)).toEqual([good.slice(folder.length + 1)]);
  expect(await app.call('backups.inspect', { file: good })).toMatchObject({ state: 'ok' });
  expect(leftovers(app.file, folder)).toEqual([]);
  const status = await app.call('backups.status', {});
  expect(status.lastGood?.file).toBe(good);
  expect(status.lastFailure?.message).toMatch(message);
  expect(app.events).toContainEqual({
    event: 'backups.finished',
    payload: { ok: false, file: null, message: expect.stringMatching(message) },
  });
}

describe('a backup folder that cannot take the backup', () => {
  it.skipIf(!canMount)('full: says so, naming the folder and the space needed', async () => {
    const folder = join(app.dir, 'small-stick');
    mkdirSync(folder);
    expect(mount('-t', 'tmpfs', '-o', 'size=1m', 'tmpfs', folder)).toBe(true);
    mounted.push(folder);
    await app.call('settings.update', { backupFolder: folder, backupCompress: false });
    const good = (await app.call('backups.runNow', {})).file;
    growDatabase(app);
    await expectFailureKeepingTheLastGood(
      folder,
      new RegExp(
        `^There is not enough free space in ${folder} \\(it needs about 2 MB\\)\\. No backup was written; the previous backups are still there\\.$`,
      ),
      good,
    );
  });

  it('read-only: says so, naming the folder', async () => {
    const folder = join(app.dir, 'read-only');
    mkdirSync(folder);
    await app.call('settings.update', { backupFolder: folder });
    const good = (await app.call('backups.runNow', {})).file;
    if (canMount) {
      expect(mount('--bind', folder, folder)).toBe(true);
      mounted.push(folder);
      expect(mount('-o', 'remount,ro,bind', folder)).toBe(true);
    } else {
      chmodSync(folder, 0o555);
    }
    try {
      await expectFailureKeepingTheLastGood(
        folder,
        new RegExp(`^Rapport may not write in ${folder}: the folder is read-only or belongs to someone else\\.`),
        good,
      );
      expect((await app.call('backups.status', {})).folderReachable).toBe(false);
    } finally {
      if (!canMount) chmodSync(folder, 0o755);
    }
  });

  it('gone (a drive unplugged): says so, and does not make the folder again somewhere else', async () => {
    const folder = join(app.dir, 'usb-stick');
    mkdirSync(folder);
    await app.call('settings.update', { backupFolder: folder });
    const good = (await app.call('backups.runNow', {})).file;
    renameSync(folder, `${folder}-unplugged`);
    await expect(app.call('backups.runNow', {})).rejects.toThrow(
      new RegExp(`^The folder ${folder} is not there \\(an unplugged drive, or a folder moved or renamed\\?\\)\\.`),
    );
    expect(existsSync(folder)).toBe(false);
    expect((await app.call('backups.status', {})).folderReachable).toBe(false);
    expect(await app.call('backups.list', {})).toEqual({ folder, reachable: false, backups: [] });
    // Plugged in again: the last good backup is there, alone, and readable.
    renameSync(`${folder}-unplugged`, folder);
    expect(readdirSync(folder)).toEqual([good.slice(folder.length + 1)]);
    expect(await app.call('backups.inspect', { file: good })).toMatchObject({ state: 'ok' });
    expect(leftovers(app.file, folder)).toEqual([]);
  });
}, 30_000);

describe('folderError', () => {
  it.each([
    ['ENOSPC', /^There is not enough free space in \/media\/stick \(it needs about 5 MB\)\. Kept\.$/],
    ['SQLITE_FULL', /^There is not enough free space in \/media\/stick/],
    ['EDQUOT', /^There is not enough free space in \/media\/stick/],
    ['EACCES', /^Rapport may not write in \/media\/stick: the folder is read-only/],
    ['EROFS', /^Rapport may not write in \/media\/stick/],
    ['EPERM', /^Rapport may not write in \/media\/stick/],
    ['ENOENT', /^The folder \/media\/stick is not there/],
    ['EIO', /^Writing in \/media\/stick failed: boom\. Kept\.$/],
  ])('%s', (code, message) => {
    const error = Object.assign(new Error('boom'), { code });
    expect(folderError('/media/stick', error, 'Kept.', 5 * 1024 * 1024).message).toMatch(message);
  });
});
