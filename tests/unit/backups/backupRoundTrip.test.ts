// Backups through the contract on real SQLite files, in a real worker thread: backup → list → inspect → restore,
// compressed or not, encrypted or not; a wrong or missing passphrase and every kind of unusable file are refused
// plainly, and each refusal leaves the current data exactly as it was.
import { copyFileSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { createHash, randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { sql, type Kysely, type Migration } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LATEST_SCHEMA_VERSION, migrateToLatest } from '../../../src-main/db/migrate';
import { MIGRATIONS } from '../../../src-main/db/migrations';
import { openSqlite } from '../../../src-main/db/connection';
import { workerBackupRunner } from '../../../src-main/backups/backupRunner';
import { makeBackup, restoreBackup } from '../../../src-main/backups/backupsService';
import { backupDepsOf } from '../../../src-main/backups/backupsApi';
import { person } from '../../support/fixtures';
import { leftovers, memorySecretStore, seedCustomers } from '../../support/backups';
import { createTestApp, FROZEN_NOW, tempDir, type TestApp } from '../../support/testApp';

const ZONE = 'Asia/Shanghai'; // 2026-11-22T10:00Z is 18:00 there
let app: TestApp;
let secrets: ReturnType<typeof memorySecretStore>;

beforeEach(async () => {
  app = await createTestApp({ clock: { now: () => FROZEN_NOW, zone: () => ZONE } });
  secrets = memorySecretStore();
  app.ctx.backups = { runner: workerBackupRunner(), secrets };
});
afterEach(async () => app.cleanup());

const counts = async () => (await app.call('app.info', {})).counts;
const names = async () =>
  (
    await app.call('contacts.list', {
      filter: {},
      sort: { field: 'name', direction: 'asc' },
      locale: 'en',
      offset: 0,
      limit: 100,
    })
  ).rows.map((r) => r.displayName);
const folderOf = async () => (await app.call('backups.status', {})).folder;
/** What a refused restore must not have touched: every row of the tables people see, and no leftovers. */
async function snapshotOfData() {
  return { counts: await counts(), names: await names(), leftovers: leftovers(app.file) };
}

describe('backup → list → inspect → restore', () => {
  it.each([
    { compress: false, encrypt: false },
    { compress: true, encrypt: false },
    { compress: false, encrypt: true },
    { compress: true, encrypt: true },
  ])('round trip with compress=$compress, encrypt=$encrypt', async ({ compress, encrypt }) => {
    const seeded = await seedCustomers(app);
    await app.call('settings.update', { backupCompress: compress, backupEncrypt: encrypt });
    if (encrypt) await app.call('backups.setPassphrase', { passphrase: 'correct horse battery' });

    const made = await app.call('backups.runNow', {});
    const folder = await folderOf();
    expect(made).toMatchObject({ compressed: compress, encrypted: encrypt, counts: seeded, deleted: [] });
    expect(made.file).toBe(join(folder, 'Rapport-2026-11-22-1800.rapport-backup'));
    expect(app.events).toContainEqual({
      event: 'backups.finished',
      payload: { ok: true, file: made.file, message: null },
    });
    // Encrypted, nobody's name can be read from the file; in the clear and uncompressed, it can (the check works).
    const bytes = readFileSync(made.file);
    expect(bytes.includes(Buffer.from('Lovelace'))).toBe(!compress && !encrypt);

    const listing = await app.call('backups.list', {});
    expect(listing).toMatchObject({ folder, reachable: true });
    expect(listing.backups.map((b) => [b.name, b.state])).toEqual([['Rapport-2026-11-22-1800.rapport-backup', 'ok']]);
    const info = await app.call('backups.inspect', { file: made.file });
    expect(info).toEqual({
      file: made.file,
      name: 'Rapport-2026-11-22-1800.rapport-backup',
      bytes: bytes.length,
      state: 'ok',
      problem: null,
      createdAt: FROZEN_NOW.toISOString(),
      appVersion: app.ctx.appVersion,
      schemaVersion: LATEST_SCHEMA_VERSION,
      counts: seeded,
      compressed: compress,
      encrypted: encrypt,
      beforeRestore: false,
    });
    const status = await app.call('backups.status', {});
    expect(status).toMatchObject({
      lastGood: { at: FROZEN_NOW.toISOString(), file: made.file, bytes: bytes.length },
      lastFailure: null,
      overdue: false,
      passphraseStored: encrypt,
    });

    // Change everything, then restore.
    await app.call('contacts.create', { contact: person({ fullName: 'Charles Babbage' }) });
    const ada = (await app.call('search.global', { q: 'Lovelace', limit: 5 }))[0]!;
    await app.call('contacts.delete', { ids: [ada.id] });
    const before = await names();
    const restored = await app.call('backups.restore', {
      file: made.file,
      ...(encrypt ? { passphrase: 'correct horse battery' } : {}),
    });
    expect(restored).toMatchObject({ upgradedFrom: null, counts: seeded, restored: { name: info.name } });
    expect(await names()).toEqual(['Ada Lovelace', 'Grace Hopper', '张三']);
    expect((await app.call('search.global', { q: 'zs', limit: 5 })).map((h) => h.title)).toEqual(['张三']);
    expect(app.events).toContainEqual({
      event: 'data.changed',
      payload: { entities: expect.arrayContaining(['contact', 'deal', 'calendar', 'settings']) },
    });

    // What it replaced was saved first, as a backup of its own (in the same way: encrypted if backups are).
    expect(restored.savedCurrentAs).toBe(join(folder, 'Rapport-2026-11-22-1800-before-restore.rapport-backup'));
    const saved = await app.call('backups.inspect', { file: restored.savedCurrentAs! });
    expect(saved).toMatchObject({ state: 'ok', beforeRestore: true, encrypted: encrypt });
    expect(saved.counts!.contacts).toBe(before.length);
    // The restore kept this computer's backup settings rather than the backup's.
    expect(await app.call('settings.get', {})).toMatchObject({ backupCompress: compress, backupEncrypt: encrypt });
    expect(leftovers(app.file, folder)).toEqual([]);
  });

  it('restores onto a computer with no database yet', async () => {
    const seeded = await seedCustomers(app);
    const made = await app.call('backups.runNow', {});
    const fresh = join(tempDir(), 'data', 'rapport.db');
    const result = await restoreBackup(
      { ...backupDepsOf(app.ctx), dbFile: fresh, db: null },
      { file: made.file, passphrase: null },
    );
    expect(result).toMatchObject({ savedCurrentAs: null, counts: seeded });
    const restored = openSqlite(fresh, { readonly: true });
    expect(restored.prepare('select count(*) n from contact').get()).toEqual({ n: 3 });
    restored.close();
  });

  it('makes a consistent backup while the app keeps writing, and keeps answering meanwhile', async () => {
    // A few megabytes, so the backup takes a while.
    app.handle.sqlite.exec(
      `with recursive n(i) as (select 1 union all select i + 1 from n where i < 3000)
       insert into setting (key, value_json) select 'filler.' || i, json_quote(hex(randomblob(2000))) from n`,
    );
    const lag = monitorEventLoopDelay({ resolution: 10 });
    lag.enable();
    const writes = (async () => {
      for (let i = 0; i < 40; i++) await app.call('contacts.create', { contact: person({ fullName: `Writer ${i}` }) });
    })();
    const made = await app.call('backups.runNow', {});
    await writes;
    lag.disable();
    // The heavy work ran in the worker: the main thread never stalled for long.
    expect(lag.max / 1e6).toBeLessThan(250);
    // What the header says is what a restore finds (the copy is of one moment, whatever was being written).
    const fresh = join(tempDir(), 'rapport.db');
    const result = await restoreBackup(
      { ...backupDepsOf(app.ctx), dbFile: fresh, db: null },
      { file: made.file, passphrase: null },
    );
    expect(result.counts).toEqual(made.counts);
    expect((await counts()).contacts).toBe(40);
  });
}, 30_000);

describe('refusals leave the current data untouched', () => {
  let backup: string;
  beforeEach(async () => {
    await seedCustomers(app);
    backup = (await app.call('backups.runNow', {})).file;
    await app.call('contacts.create', { contact: person({ fullName: 'Charles Babbage' }) });
  });

  async function expectRefused(file: string, message: RegExp, passphrase?: string) {
    const before = await snapshotOfData();
    const folder = await folderOf();
    const inFolder = readdirSync(folder).sort();
    await expect(
      app.call('backups.restore', { file, ...(passphrase !== undefined ? { passphrase } : {}) }),
    ).rejects.toThrow(message);
    expect(await snapshotOfData()).toEqual(before);
    expect((await counts()).contacts).toBe(4);
    // Refused before the current data was saved: nothing new in the folder, no temporary file anywhere.
    expect(readdirSync(folder).sort()).toEqual(inFolder);
    expect(leftovers(app.file, folder)).toEqual([]);
  }

  it('a wrong passphrase says so plainly; a missing one asks for it', async () => {
    await app.call('settings.update', { backupEncrypt: true });
    await app.call('backups.setPassphrase', { passphrase: 'correct horse battery' });
    const encrypted = (await app.call('backups.runNow', {})).file;
    await expectRefused(
      encrypted,
      /^Wrong passphrase for the backup Rapport-.*\. Nothing was restored; your current data is unchanged\.$/,
      'Tr0ub4dor&3',
    );
    await expectRefused(encrypted, /is encrypted: enter its passphrase/);
    await expect(app.call('backups.restore', { file: encrypted, passphrase: 'nope' })).rejects.toMatchObject({
      code: 'forbidden',
      issues: [{ path: 'passphrase', message: 'Wrong passphrase' }],
    });
  });

  it('a truncated backup', async () => {
    const cut = join(app.dir, 'cut.rapport-backup');
    writeFileSync(cut, readFileSync(backup).subarray(0, -100));
    expect(await app.call('backups.inspect', { file: cut })).toMatchObject({ state: 'damaged' });
    await expectRefused(cut, /The backup cut\.rapport-backup is damaged \(it is incomplete.*\)/);
  });

  it('a backup with one byte changed in the middle', async () => {
    const bad = join(app.dir, 'flipped.rapport-backup');
    const bytes = readFileSync(backup);
    bytes[Math.floor(bytes.length / 2)]! ^= 0x40;
    writeFileSync(bad, bytes);
    await expectRefused(bad, /The backup flipped\.rapport-backup is damaged/);
  });

  it('an encrypted backup whose header was edited (and its checksum recomputed): GCM authenticates the header', async () => {
    await app.call('settings.update', { backupEncrypt: true });
    await app.call('backups.setPassphrase', { passphrase: 'correct horse battery' });
    const bytes = readFileSync((await app.call('backups.runNow', {})).file);
    const edited = Buffer.from(
      bytes.toString('latin1').replace(/"contacts":(\d)/, (_, n: string) => `"contacts":${Number(n) + 1}`),
      'latin1',
    );
    expect(edited.equals(bytes)).toBe(false);
    const digestAt = edited.length - 32;
    createHash('sha256').update(edited.subarray(0, digestAt)).digest().copy(edited, digestAt);
    const forged = join(app.dir, 'forged.rapport-backup');
    writeFileSync(forged, edited);
    await expectRefused(
      forged,
      /forged\.rapport-backup is damaged \(its contents do not match what was encrypted\)/,
      'correct horse battery',
    );
  });

  it('a bare SQLite database, a random file, and a file that is not there', async () => {
    const plain = join(app.dir, 'plain.rapport-backup');
    copyFileSync(app.file, plain);
    await expectRefused(plain, /plain\.rapport-backup is a bare SQLite database, not a Rapport backup/);
    const random = join(app.dir, 'random.rapport-backup');
    writeFileSync(random, randomBytes(50_000));
    expect(await app.call('backups.inspect', { file: random })).toMatchObject({
      state: 'damaged',
      problem: expect.stringMatching(/random\.rapport-backup is not a Rapport backup/),
    });
    await expectRefused(random, /random\.rapport-backup is not a Rapport backup/);
    await expectRefused(join(app.dir, 'gone.rapport-backup'), /There is no file .*gone\.rapport-backup/);
  });

  it('a backup from a newer version of Rapport', async () => {
    const futureDb = join(tempDir(), 'future.db');
    const sqlite = openSqlite(futureDb);
    const hoverboards: Migration = {
      up: async (db: Kysely<unknown>) => void (await sql`create table hoverboard (x)`.execute(db)),
    };
    await migrateToLatest(sqlite, futureDb, { migrations: { ...MIGRATIONS, '0999_hoverboards': hoverboards } });
    sqlite.close();
    const future = await makeBackup(
      { ...backupDepsOf(app.ctx), dbFile: futureDb, db: null },
      { folder: join(app.dir, 'future') },
    );
    expect(await app.call('backups.inspect', { file: future.file })).toMatchObject({
      state: 'newer',
      schemaVersion: LATEST_SCHEMA_VERSION + 1,
      problem: expect.stringMatching(/made by a newer version of Rapport/),
    });
    await expectRefused(future.file, /was made by a newer version of Rapport .*Update Rapport to restore it/);
    // …and one in a newer file format.
    const format3 = join(app.dir, 'format3.rapport-backup');
    const bytes = readFileSync(backup);
    bytes.writeUInt16BE(3, 'RAPPORT-BACKUP'.length);
    writeFileSync(format3, bytes);
    expect(await app.call('backups.inspect', { file: format3 })).toMatchObject({ state: 'newer' });
    await expectRefused(format3, /made by a newer version of Rapport \(backup format 3; this version reads 2\)/);
  });
}, 30_000);

describe('backup settings', () => {
  it('are checked: a full path for the folder, a schedule Rapport knows, a passphrase worth encrypting with', async () => {
    await expect(app.call('settings.update', { backupFolder: 'relative/folder' })).rejects.toMatchObject({
      code: 'invalid_input',
      issues: [{ path: 'backupFolder' }],
    });
    await expect(app.call('settings.update', { backupSchedule: 'hourly' as never })).rejects.toMatchObject({
      code: 'invalid_input',
    });
    await expect(app.call('backups.setPassphrase', { passphrase: 'short' })).rejects.toMatchObject({
      code: 'invalid_input',
      issues: [{ path: 'passphrase' }],
    });
    const folder = join(app.dir, 'elsewhere');
    expect(
      await app.call('settings.update', { backupFolder: folder, backupSchedule: 'weekly', backupKeepDaily: 0 }),
    ).toMatchObject({ backupFolder: folder, backupSchedule: 'weekly', backupKeepDaily: 0 });
    // A folder chosen in Settings is not created by Rapport (it may be a drive not plugged in); the default is.
    expect(await app.call('backups.status', {})).toMatchObject({
      folder,
      folderIsDefault: false,
      folderReachable: false,
    });
    await app.call('settings.update', { backupFolder: null });
    expect(await app.call('backups.status', {})).toMatchObject({
      folder: join(app.dir, 'Backups'),
      folderIsDefault: true,
      folderReachable: true,
    });
    // The passphrase is kept in the keychain, never in the database.
    await app.call('backups.setPassphrase', { passphrase: 'correct horse battery' });
    const stored = app.handle.sqlite.prepare('select key, value_json from setting').all() as Array<{
      value_json: string;
    }>;
    expect(stored.some((r) => r.value_json.includes('correct horse'))).toBe(false);
    expect(secrets.kept.size).toBe(1);
    await app.call('backups.setPassphrase', { passphrase: null });
    expect(secrets.kept.size).toBe(0);
  });
}, 30_000);
