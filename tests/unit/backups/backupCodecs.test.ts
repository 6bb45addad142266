// The compressed payload, both ways it has been written: brotli blocks (format 2, written since), and the gzip of
// format 1 that older backups hold. Those older backups still restore — the two in fixtures/ were made by Rapport
// 0.1.0 (commit b5b67e2) from seedCustomers() data: one of two gzip members (2,200 filler settings), one encrypted
// with "correct horse battery". New backups round-trip over several blocks, compressible or not; a damaged payload is
// refused wherever the damage is, leaving the current data untouched; and a damaged database is not backed up.
import { copyFileSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openSqlite } from '../../../src-main/db/connection';
import { migrateToLatest } from '../../../src-main/db/migrate';
import { workerBackupRunner } from '../../../src-main/backups/backupRunner';
import { makeBackup } from '../../../src-main/backups/backupsService';
import { backupDepsOf } from '../../../src-main/backups/backupsApi';
import { person } from '../../support/fixtures';
import { addBallast, ballastDigest, leftovers, memorySecretStore, seedCustomers } from '../../support/backups';
import { createTestApp, FROZEN_NOW, tempDir, type TestApp } from '../../support/testApp';

const FIXTURES = join(import.meta.dirname, 'fixtures');
const SEEDED = { contacts: 3, companies: 1, deals: 1, events: 1, activities: 1 };
const MAGIC_BYTES = 'RAPPORT-BACKUP'.length;
const TRAILER_BYTES = 8 + 16 + 32;
let app: TestApp;

beforeEach(async () => {
  app = await createTestApp({ clock: { now: () => FROZEN_NOW, zone: () => 'UTC' } });
  app.ctx.backups = { runner: workerBackupRunner(), secrets: memorySecretStore() };
});
afterEach(async () => app.cleanup());

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

/** Where a backup's parts are: its format version, metadata, and the payload's first and last byte. */
function layout(bytes: Buffer) {
  const metadataBytes = bytes.readUInt32BE(MAGIC_BYTES + 2);
  const payloadStart = MAGIC_BYTES + 2 + 4 + metadataBytes;
  const metadata = JSON.parse(bytes.subarray(MAGIC_BYTES + 6, payloadStart).toString('utf8')) as {
    compression: string | null;
    databaseBytes: number;
  };
  return { version: bytes.readUInt16BE(MAGIC_BYTES), metadata, payloadStart, payloadEnd: bytes.length - TRAILER_BYTES };
}

/** The brotli frames of an unencrypted backup: each block's length and its compressed length. */
function framesOf(bytes: Buffer): Array<{ blockBytes: number; packedBytes: number }> {
  const { payloadStart, payloadEnd } = layout(bytes);
  const frames = [];
  for (let at = payloadStart; at < payloadEnd;) {
    const frame = { blockBytes: bytes.readUInt32BE(at), packedBytes: bytes.readUInt32BE(at + 4) };
    frames.push(frame);
    at += 8 + frame.packedBytes;
  }
  return frames;
}

/** The file with its trailing SHA-256 made to match again: damage that only the payload's own checks can catch. */
function withDigestRecomputed(bytes: Buffer): Buffer {
  const digestAt = bytes.length - 32;
  createHash('sha256').update(bytes.subarray(0, digestAt)).digest().copy(bytes, digestAt);
  return bytes;
}

async function expectRefused(file: string, message: RegExp, passphrase?: string) {
  const before = { counts: (await app.call('app.info', {})).counts, names: await names() };
  await expect(
    app.call('backups.restore', { file, ...(passphrase !== undefined ? { passphrase } : {}) }),
  ).rejects.toThrow(message);
  expect({ counts: (await app.call('app.info', {})).counts, names: await names() }).toEqual(before);
  expect(leftovers(app.file)).toEqual([]);
}

describe('backups made before brotli (format 1, gzip) still restore', () => {
  it('one of several gzip members', async () => {
    const file = join(app.dir, 'old-gzip.rapport-backup');
    copyFileSync(join(FIXTURES, 'gzip-before-brotli.rapport-backup'), file);
    expect(layout(readFileSync(file))).toMatchObject({ version: 1, metadata: { compression: 'gzip' } });
    expect(await app.call('backups.inspect', { file })).toMatchObject({
      state: 'ok',
      compressed: true,
      encrypted: false,
      counts: SEEDED,
      appVersion: '0.1.0',
    });
    await app.call('contacts.create', { contact: person({ fullName: 'Charles Babbage' }) });

    expect(await app.call('backups.restore', { file })).toMatchObject({ counts: SEEDED });
    expect(await names()).toEqual(['Ada Lovelace', 'Grace Hopper', '张三']);
    const filler = app.handle.sqlite
      .prepare("select count(*) n, min(length(value_json)) shortest from setting where key like 'filler.%'")
      .get();
    expect(filler).toEqual({ n: 2200, shortest: 2002 });
  });

  it('an encrypted one, with its passphrase', async () => {
    const file = join(app.dir, 'old-gzip-aes.rapport-backup');
    copyFileSync(join(FIXTURES, 'gzip-aes-before-brotli.rapport-backup'), file);
    expect(await app.call('backups.inspect', { file })).toMatchObject({
      state: 'ok',
      compressed: true,
      encrypted: true,
    });
    await expectRefused(file, /^Wrong passphrase/, 'Tr0ub4dor&3');
    expect(await app.call('backups.restore', { file, passphrase: 'correct horse battery' })).toMatchObject({
      counts: SEEDED,
    });
    expect(await names()).toEqual(['Ada Lovelace', 'Grace Hopper', '张三']);
  });

  it('and one with a byte changed in its gzip payload is refused', async () => {
    const bytes = readFileSync(join(FIXTURES, 'gzip-before-brotli.rapport-backup'));
    const { payloadStart, payloadEnd } = layout(bytes);
    bytes[Math.floor((payloadStart + payloadEnd) / 2)]! ^= 0x01;
    const file = join(app.dir, 'old-flipped.rapport-backup');
    writeFileSync(file, bytes);
    await expectRefused(file, /The backup old-flipped\.rapport-backup is damaged/);
  });
}, 30_000);

describe('brotli backups (format 2)', () => {
  it.each([{ encrypt: false }, { encrypt: true }])(
    'round-trip a database of several blocks, compressible and not (encrypt=$encrypt)',
    async ({ encrypt }) => {
      await seedCustomers(app);
      addBallast(app.handle.sqlite);
      const ballast = ballastDigest(app.handle.sqlite);
      await app.call('settings.update', { backupEncrypt: encrypt });
      if (encrypt) await app.call('backups.setPassphrase', { passphrase: 'correct horse battery' });
      const made = await app.call('backups.runNow', {});
      expect(made).toMatchObject({ compressed: true, encrypted: encrypt, counts: SEEDED });

      const bytes = readFileSync(made.file);
      const { version, metadata } = layout(bytes);
      expect({ version, compression: metadata.compression }).toEqual({ version: 2, compression: 'brotli' });
      if (!encrypt) {
        // Full 4 MiB blocks and a last part-filled one; the random ones hardly shrink, the repeated ones do.
        const frames = framesOf(bytes);
        expect(frames.length).toBeGreaterThanOrEqual(3);
        expect(frames.slice(0, -1).every((f) => f.blockBytes === 4 * 1024 * 1024)).toBe(true);
        expect(frames.at(-1)!.blockBytes).toBeLessThan(4 * 1024 * 1024);
        expect(frames.reduce((sum, f) => sum + f.blockBytes, 0)).toBe(metadata.databaseBytes);
        const ratios = frames.map((f) => f.packedBytes / f.blockBytes);
        expect(Math.max(...ratios)).toBeGreaterThan(0.3);
        expect(Math.min(...ratios)).toBeLessThan(0.1);
      }

      app.handle.sqlite.exec('delete from ballast where id % 3 = 0');
      await app.call('contacts.create', { contact: person({ fullName: 'Charles Babbage' }) });
      const restored = await app.call('backups.restore', {
        file: made.file,
        ...(encrypt ? { passphrase: 'correct horse battery' } : {}),
      });
      expect(restored).toMatchObject({ counts: SEEDED, upgradedFrom: null });
      expect(ballastDigest(app.handle.sqlite)).toBe(ballast);
      expect(await names()).toEqual(['Ada Lovelace', 'Grace Hopper', '张三']);
      expect(app.handle.sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
    },
  );

  it('are format 2, which an older Rapport declines as "newer"; an uncompressed one stays format 1', async () => {
    await seedCustomers(app);
    const compressed = await app.call('backups.runNow', {});
    await app.call('settings.update', { backupCompress: false });
    const plain = await makeBackup(backupDepsOf(app.ctx), { folder: join(app.dir, 'plain') });
    expect(layout(readFileSync(compressed.file))).toMatchObject({ version: 2, metadata: { compression: 'brotli' } });
    expect(layout(readFileSync(plain.file))).toMatchObject({ version: 1, metadata: { compression: null } });
  });

  describe('a damaged payload is refused', () => {
    let backup: Buffer;
    beforeEach(async () => {
      await seedCustomers(app);
      addBallast(app.handle.sqlite);
      backup = readFileSync((await app.call('backups.runNow', {})).file);
      await app.call('contacts.create', { contact: person({ fullName: 'Charles Babbage' }) });
    });

    it('one byte flipped: in a frame, inside a block, at the very end', async () => {
      const { payloadStart, payloadEnd } = layout(backup);
      const second = payloadStart + 8 + framesOf(backup)[0]!.packedBytes;
      const places = {
        'block length': payloadStart + 1,
        'packed length': payloadStart + 6,
        'first block': payloadStart + 1000,
        'second frame': second + 3,
        'middle of the file': Math.floor(backup.length / 2),
        'last payload byte': payloadEnd - 1,
      };
      for (const [place, at] of Object.entries(places)) {
        const bytes = Buffer.from(backup);
        bytes[at]! ^= 0x10;
        const file = join(app.dir, `flipped.rapport-backup`);
        writeFileSync(file, bytes);
        await expectRefused(file, /The backup flipped\.rapport-backup is damaged/).catch((error: Error) => {
          throw new Error(`flipped in the ${place}: ${error.message}`);
        });
      }
    });

    it('an impossible block length, even with the checksum made to match, without allocating it', async () => {
      const bytes = Buffer.from(backup);
      bytes.writeUInt32BE(0xfffffff0, layout(bytes).payloadStart);
      const file = join(app.dir, 'huge.rapport-backup');
      writeFileSync(file, withDigestRecomputed(bytes));
      await expectRefused(file, /huge\.rapport-backup is damaged \(its contents cannot be unpacked\)/);
    });

    it('a block cut short, even with the checksum made to match', async () => {
      const bytes = Buffer.from(backup);
      const { payloadStart } = layout(bytes);
      bytes.writeUInt32BE(bytes.readUInt32BE(payloadStart + 4) - 10, payloadStart + 4);
      const file = join(app.dir, 'short.rapport-backup');
      writeFileSync(file, withDigestRecomputed(bytes));
      await expectRefused(file, /short\.rapport-backup is damaged \(its contents cannot be unpacked\)/);
    });
  });
}, 60_000);

describe('a damaged database', () => {
  it('is not backed up: quick_check, on a thread beside the compression, finds it and nothing is kept', async () => {
    const dir = tempDir();
    const dbFile = join(dir, 'damaged.db');
    const sqlite = openSqlite(dbFile);
    await migrateToLatest(sqlite, dbFile);
    addBallast(sqlite);
    const pages = sqlite.pragma('page_count', { simple: true }) as number;
    sqlite.pragma('journal_mode = DELETE');
    sqlite.close();
    // A page of the ballast, near the end, overwritten: no b-tree page starts with 0xff.
    const bytes = readFileSync(dbFile);
    bytes.fill(0xff, (pages - 20) * 4096, (pages - 19) * 4096);
    writeFileSync(dbFile, bytes);

    const folder = join(dir, 'backups');
    await expect(
      makeBackup({ ...backupDepsOf(app.ctx), dbFile, db: null }, { folder, passphrase: null }),
    ).rejects.toThrow(/The database .*damaged\.db is damaged \(.+\), so no backup was made of it/);
    expect(readdirSync(folder)).toEqual([]);
    expect(leftovers(dbFile, folder)).toEqual([]);
  });
}, 30_000);
