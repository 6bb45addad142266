// A backup made by an older Rapport — a database migrated only up to each earlier migration — restores and is
// upgraded by the migrations on its way in; its people are there, and so is every table the latest schema has.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSqlite } from '../../../src-main/db/connection';
import { LATEST_SCHEMA_VERSION, migrateToLatest, readSchemaState } from '../../../src-main/db/migrate';
import { MIGRATIONS } from '../../../src-main/db/migrations';
import { workerBackupRunner } from '../../../src-main/backups/backupRunner';
import { makeBackup } from '../../../src-main/backups/backupsService';
import { backupDepsOf } from '../../../src-main/backups/backupsApi';
import { memorySecretStore } from '../../support/backups';
import { createTestApp, tempDir, type TestApp } from '../../support/testApp';

let app: TestApp;
const runner = workerBackupRunner();
beforeAll(async () => {
  app = await createTestApp();
  app.ctx.backups = { runner, secrets: memorySecretStore() };
});
afterAll(async () => app.cleanup());

const names = Object.keys(MIGRATIONS);

describe('restoring a backup of an older schema', () => {
  it.each(names.slice(0, -1).map((_, i) => i + 1))('from database version %i', async (version) => {
    const dir = tempDir();
    const oldDb = join(dir, 'old.db');
    const sqlite = openSqlite(oldDb);
    await migrateToLatest(sqlite, oldDb, {
      migrations: Object.fromEntries(names.slice(0, version).map((name) => [name, MIGRATIONS[name]!])),
    });
    // Written with the columns version 1 had, which every later version keeps.
    sqlite
      .prepare(
        "insert into contact (given_name, display_name, lifecycle, sort_en, sort_zh, created_at, updated_at) values ('Ada', 'Ada Lovelace', 'lead', 'ada lovelace', 'ada lovelace', '2026-01-01', '2026-01-01')",
      )
      .run();
    sqlite.close();
    const made = await makeBackup(
      { ...backupDepsOf(app.ctx), dbFile: oldDb, db: null },
      { folder: join(dir, 'backups'), passphrase: null },
    );
    expect(await app.call('backups.inspect', { file: made.file })).toMatchObject({
      state: 'ok',
      schemaVersion: version,
      counts: { contacts: 1 },
    });

    const restored = await app.call('backups.restore', { file: made.file });
    expect(restored).toMatchObject({ upgradedFrom: version, counts: { contacts: 1 } });
    expect(readSchemaState(app.handle.sqlite).applied).toEqual(names);
    expect(app.handle.sqlite.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
    expect((await app.call('app.info', {})).counts.contacts).toBe(1);
    // The tables of the later versions are there and usable: deals (0004) and label sheets (0005).
    expect((await app.call('pipelines.list', {})).length).toBeGreaterThan(0);
    expect(await app.call('labels.customSheets', {})).toEqual([]);
    expect(app.handle.sqlite.pragma('quick_check', { simple: true })).toBe('ok');
  });
}, 60_000);
