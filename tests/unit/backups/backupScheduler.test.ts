// The backup scheduler on a fake clock and fake timers: daily and weekly backups when due (and at once when one
// was due while Rapport was closed), the retention rules over weeks of them, a failing folder retried an hour
// later rather than in a loop and reported overdue, "when Rapport closes", and the keychain's passphrase.
import { mkdirSync, readdirSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BackupScheduler } from '../../../src-main/backups/backupScheduler';
import { workerBackupRunner } from '../../../src-main/backups/backupRunner';
import { PASSPHRASE_SECRET } from '../../../src-main/backups/backupsService';
import type { Timers } from '../../../src-main/reminders/scheduler';
import { memorySecretStore, seedCustomers } from '../../support/backups';
import { createTestApp, type TestApp } from '../../support/testApp';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
let now = new Date('2026-11-01T02:00:00Z'); // Sunday 1 November, 10:00 in Shanghai
let app: TestApp;
let scheduler: BackupScheduler;
let secrets: ReturnType<typeof memorySecretStore>;
const armed: number[] = [];
const timers: Timers = { set: (_callback, ms) => armed.push(ms), clear: () => undefined };
const runner = workerBackupRunner();

beforeEach(async () => {
  now = new Date('2026-11-01T02:00:00Z');
  app = await createTestApp({ clock: { now: () => now, zone: () => 'Asia/Shanghai' } });
  secrets = memorySecretStore();
  app.ctx.backups = { runner, secrets };
  await seedCustomers(app);
  scheduler = new BackupScheduler(app.ctx, timers);
});
afterEach(async () => {
  scheduler.stop();
  await app.cleanup();
});

const later = async (ms: number) => {
  now = new Date(now.getTime() + ms);
  await scheduler.wake();
};
const finished = () => app.events.filter((e) => e.event === 'backups.finished').map((e) => e.payload);
const files = async () => readdirSync((await app.call('backups.status', {})).folder).sort();

describe('the backup scheduler', () => {
  it('daily: backs up at once when none was made, then each day; the retention rules keep 7 daily and 4 weekly', async () => {
    await scheduler.start();
    expect(await files()).toEqual(['Rapport-2026-11-01-1000.rapport-backup']);
    // It looks again within the hour (a clock changed by hand is noticed), and backs up only when due.
    expect(scheduler.armedFor).toEqual(new Date(now.getTime() + HOUR));
    await later(HOUR);
    await later(22 * HOUR);
    expect(finished()).toHaveLength(1);
    await later(HOUR);
    expect(finished()).toHaveLength(2);
    for (let day = 2; day < 40; day++) await later(DAY);
    expect(finished()).toHaveLength(40);
    expect(finished().every((p) => (p as { ok: boolean }).ok)).toBe(true);
    // Thu 10 Dec is the 40th day: the 7 days 4–10 Dec, and the newest of each of the 4 latest ISO weeks — 10 Dec
    // (W50) and 6 Dec (W49), already kept, then 29 Nov (W48) and 22 Nov (W47).
    expect(await files()).toEqual(
      [
        '2026-11-22',
        '2026-11-29',
        '2026-12-04',
        '2026-12-05',
        '2026-12-06',
        '2026-12-07',
        '2026-12-08',
        '2026-12-09',
        '2026-12-10',
      ]
        .map((day) => `Rapport-${day}-1000.rapport-backup`)
        .sort(),
    );
    expect(await app.call('backups.status', {})).toMatchObject({ overdue: false, lastFailure: null });
  }, 60_000);

  it('weekly: one a week', async () => {
    await app.call('settings.update', { backupSchedule: 'weekly' });
    await scheduler.start();
    for (let day = 1; day <= 14; day++) await later(DAY);
    expect(await files()).toEqual([
      'Rapport-2026-11-01-1000.rapport-backup',
      'Rapport-2026-11-08-1000.rapport-backup',
      'Rapport-2026-11-15-1000.rapport-backup',
    ]);
  });

  it('a folder that is gone: the failure is recorded, retried an hour later (not in a loop), and overdue in time', async () => {
    const folder = join(app.dir, 'usb-stick');
    mkdirSync(folder);
    await app.call('settings.update', { backupFolder: folder });
    await scheduler.start();
    expect(readdirSync(folder)).toHaveLength(1);
    renameSync(folder, `${folder}-unplugged`);
    await later(DAY);
    expect(finished().at(-1)).toMatchObject({ ok: false, message: expect.stringMatching(/is not there/) });
    expect(scheduler.armedFor).toEqual(new Date(now.getTime() + HOUR));
    await later(30 * 60_000);
    expect(finished()).toHaveLength(2);
    await later(30 * 60_000);
    expect(finished()).toHaveLength(3);
    expect(await app.call('backups.status', {})).toMatchObject({
      overdue: false,
      folderReachable: false,
      lastFailure: { message: expect.stringMatching(/usb-stick is not there/) },
    });
    for (let hour = 0; hour < 24; hour++) await later(HOUR);
    expect((await app.call('backups.status', {})).overdue).toBe(true);
    // Plugged in again: the next attempt succeeds and the banner goes.
    renameSync(`${folder}-unplugged`, folder);
    await later(HOUR);
    expect(await app.call('backups.status', {})).toMatchObject({ overdue: false, lastFailure: null });
    expect(readdirSync(folder)).toHaveLength(2);
  }, 60_000);

  it('"when Rapport closes": nothing while it runs, one backup as it quits', async () => {
    await app.call('settings.update', { backupSchedule: 'onClose' });
    await scheduler.start();
    await later(3 * DAY);
    expect(finished()).toEqual([]);
    expect(scheduler.armedFor).toEqual(new Date(now.getTime() + HOUR));
    await scheduler.beforeQuit();
    expect(await files()).toEqual(['Rapport-2026-11-04-1000.rapport-backup']);
  });

  it('off: never; switched on, at once', async () => {
    await app.call('settings.update', { backupSchedule: 'off' });
    await scheduler.start();
    await later(10 * DAY);
    await scheduler.beforeQuit();
    expect(finished()).toEqual([]);
    scheduler = new BackupScheduler(app.ctx, timers);
    await scheduler.start();
    await app.call('settings.update', { backupSchedule: 'daily' });
    await scheduler.wake();
    expect(finished()).toHaveLength(1);
  });

  it('encrypted: with the keychain’s passphrase; without one, the failure says what to do', async () => {
    await app.call('settings.update', { backupEncrypt: true });
    await scheduler.start();
    expect(finished()).toEqual([
      { ok: false, file: null, message: expect.stringMatching(/no passphrase is kept on this computer/) },
    ]);
    await app.call('backups.setPassphrase', { passphrase: 'correct horse battery' });
    expect(secrets.kept.get(PASSPHRASE_SECRET)).toBe('correct horse battery');
    await later(HOUR);
    const made = finished().at(-1) as { ok: boolean; file: string };
    expect(made.ok).toBe(true);
    expect(await app.call('backups.inspect', { file: made.file })).toMatchObject({ state: 'ok', encrypted: true });
    expect(await app.call('backups.status', {})).toMatchObject({ passphraseStored: true, keychainAvailable: true });
  });
}, 30_000);
