// Migrations: an empty file reaches the latest schema; an older file is upgraded with its data kept and a copy
// taken first; a failing migration leaves the file at its previous version; a file from the future is refused
// and left byte-for-byte untouched.
import { copyFileSync, existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sql, type Kysely, type Migration } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { openSqlite } from '../../src-main/db/connection';
import { LATEST_SCHEMA_VERSION, migrateToLatest, readSchemaState } from '../../src-main/db/migrate';
import { MIGRATIONS } from '../../src-main/db/migrations';
import { openApp } from '../../src-main/openApp';
import { createTestApp, tempDir } from '../support/testApp';
import { person } from '../support/fixtures';

const dirs: string[] = [];
const fresh = () => {
  const d = tempDir();
  dirs.push(d);
  return d;
};
afterEach(() => dirs.splice(0));

const withExtra = (extra: Record<string, Migration>) => ({ ...MIGRATIONS, ...extra });

describe('migrations', () => {
  it('lists every migration file in the static index, in order', () => {
    const files = readdirSync(join(__dirname, '../../src-main/db/migrations'))
      .filter((f) => /^\d{4}_.+\.ts$/.test(f))
      .map((f) => f.replace(/\.ts$/, ''))
      .sort();
    expect(Object.keys(MIGRATIONS)).toEqual(files);
  });

  it('migrates an empty database to the latest version', async () => {
    const file = join(fresh(), 'new.db');
    const app = await openApp(file);
    expect(app.migratedFrom.applied).toEqual(Object.keys(MIGRATIONS));
    expect(app.migratedFrom.backupFile).toBeNull(); // nothing worth copying in a brand-new file
    expect(app.handle.sqlite.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
    expect(app.handle.sqlite.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(app.handle.sqlite.pragma('foreign_keys', { simple: true })).toBe(1);
    await app.close();
  });

  it('upgrades an older file: keeps its rows, and keeps a copy of it first', async () => {
    const dir = fresh();
    const file = join(dir, 'user.db');
    const v1 = await openApp(file);
    await v1.ctx.db.transaction().execute(async (trx) => {
      const { insertContact } = await import('../../src-main/contacts/contactsService');
      await insertContact(trx, person({ givenName: 'Ada', familyName: 'Lovelace' }), '2026-01-01T00:00:00.000Z');
    });
    await v1.close();

    const addColumn: Migration = {
      up: async (db: Kysely<unknown>) => {
        await sql`alter table contact add column nickname text not null default ''`.execute(db);
      },
    };
    const sqlite = openSqlite(file);
    const report = await migrateToLatest(sqlite, file, {
      migrations: withExtra({ '0999_add_nickname': addColumn }),
      backupPathFor: (from) => join(dir, `before-v${from}.bak`),
    });
    expect(report.applied).toEqual(['0999_add_nickname']);
    expect(report.backupFile).toBe(join(dir, `before-v${LATEST_SCHEMA_VERSION}.bak`));
    const row = sqlite.prepare('select display_name, nickname from contact').get();
    expect(row).toEqual({ display_name: 'Ada Lovelace', nickname: '' });
    sqlite.close();

    const copy = openSqlite(report.backupFile!, { readonly: true });
    expect(readSchemaState(copy).applied).toEqual(Object.keys(MIGRATIONS));
    expect(copy.prepare('select display_name from contact').get()).toEqual({ display_name: 'Ada Lovelace' });
    copy.close();
  });

  it('upgrades a version-1 file to the latest for real: its people stay, the new tables appear, a copy is kept', async () => {
    const dir = fresh();
    const file = join(dir, 'v1.db');
    // A file as version 1 of Rapport left it, with a person in it.
    const again = openSqlite(file);
    await migrateToLatest(again, file, { migrations: { '0001_initial': MIGRATIONS['0001_initial']! } });
    again
      .prepare(
        "insert into contact (given_name, display_name, lifecycle, sort_en, sort_zh, created_at, updated_at) values ('Ada', 'Ada', 'lead', 'ada', 'ada', '2026-01-01', '2026-01-01')",
      )
      .run();
    again.close();

    const app = await openApp(file);
    expect(app.migratedFrom.applied).toEqual(Object.keys(MIGRATIONS).slice(1));
    expect(app.migratedFrom.backupFile).toMatch(/v1\.db\.v1-\d{8}T\d{6}\.bak$/);
    expect(app.handle.sqlite.prepare('select display_name from contact').all()).toEqual([{ display_name: 'Ada' }]);
    expect(app.handle.sqlite.prepare("select name from sqlite_master where name = 'import_batch'").get()).toBeTruthy();
    await app.close();
  });

  it('runs each migration in a transaction: a failing one leaves no trace and the version unchanged', async () => {
    const file = join(fresh(), 'user.db');
    await (await openApp(file)).close();
    const broken: Migration = {
      up: async (db: Kysely<unknown>) => {
        await sql`create table half_done (x integer)`.execute(db);
        throw new Error('disk on fire');
      },
    };
    const sqlite = openSqlite(file);
    await expect(
      migrateToLatest(sqlite, file, { migrations: withExtra({ '0999_broken': broken }), backupPathFor: null }),
    ).rejects.toThrow(/Migration failed.*disk on fire.*left at its previous version/);
    expect(sqlite.prepare("select name from sqlite_master where name = 'half_done'").get()).toBeUndefined();
    expect(readSchemaState(sqlite).applied).toEqual(Object.keys(MIGRATIONS));
    sqlite.close();
  });

  it('refuses a database from a newer Rapport and leaves the file untouched', async () => {
    const dir = fresh();
    const file = join(dir, 'future.db');
    const future = openSqlite(file);
    await migrateToLatest(future, file, {
      migrations: withExtra({
        '0999_from_the_future': {
          up: async (db: Kysely<unknown>) => void (await sql`create table hoverboard (x)`.execute(db)),
        },
      }),
    });
    future.pragma('journal_mode = DELETE');
    future.close();
    const before = readFileSync(file);
    copyFileSync(file, join(dir, 'pristine.db'));

    await expect(openApp(file)).rejects.toThrow(/newer version of Rapport.*0999_from_the_future.*not changed/);
    expect(readFileSync(file).equals(before)).toBe(true);
    expect(existsSync(`${file}-wal`)).toBe(false);
    expect(readdirSync(dir).filter((f) => f.endsWith('.bak'))).toEqual([]);
  });

  it('refuses a file that is not a database without changing it', async () => {
    const dir = fresh();
    const file = join(dir, 'notes.db');
    const { writeFileSync } = await import('node:fs');
    writeFileSync(file, 'this is a shopping list, not a database\n'.repeat(100));
    const before = readFileSync(file);
    await expect(openApp(file)).rejects.toThrow(/not a Rapport database/);
    expect(readFileSync(file).equals(before)).toBe(true);
  });

  it('upgrades a version-5 file with won deals: customer values are there on the first read', async () => {
    const dir = fresh();
    const file = join(dir, 'v5.db');
    const before = openSqlite(file);
    const upTo5 = Object.fromEntries(Object.entries(MIGRATIONS).filter(([name]) => name < '0006'));
    await migrateToLatest(before, file, { migrations: upTo5 });
    const at = '2026-03-01T00:00:00Z';
    before
      .prepare(
        "insert into contact (id, given_name, display_name, lifecycle, sort_en, sort_zh, created_at, updated_at) values (1, 'Ada', 'Ada', 'customer', 'ada', 'ada', ?, ?)",
      )
      .run(at, at);
    const won = before.prepare("select id, pipeline_id from stage where kind = 'won'").get() as {
      id: number;
      pipeline_id: number;
    };
    for (const [id, closedOn, amount] of [
      [1, '2026-03-01', 40_000],
      [2, '2026-09-15', 60_000],
    ] as const) {
      before
        .prepare(
          `insert into deal (id, pipeline_id, stage_id, status, title, amount, currency, closed_on, position,
             last_activity_at, created_at, updated_at) values (?, ?, ?, 'won', 'Order', ?, 'USD', ?, 0, ?, ?, ?)`,
        )
        .run(id, won.pipeline_id, won.id, amount, closedOn, at, at, at);
      before.prepare('insert into deal_contact (deal_id, contact_id, position) values (?, 1, 0)').run(id);
    }
    before.close();

    const app = await createTestApp({ file });
    expect(app.migratedFrom.applied).toEqual(['0006_customer_value']);
    expect(await app.call('customers.value', { entityType: 'contact', id: 1 })).toMatchObject({
      ordersEver: 2,
      revenueEver: 100_000,
      firstPurchaseOn: '2026-03-01',
      lastPurchaseOn: '2026-09-15',
      suggestion: 'repeat',
    });
    await app.cleanup();
  });

  it('answers the list queries from their indexes', async () => {
    const app = await openApp(join(fresh(), 'plan.db'));
    const plan = (q: string) =>
      (app.handle.sqlite.prepare(`explain query plan ${q}`).all() as Array<{ detail: string }>)
        .map((r) => r.detail)
        .join(' | ');
    expect(plan('select id from contact where deleted_at is null order by sort_en, id limit 100')).toMatch(
      /USING (COVERING )?INDEX contact_live_sort_en_id/,
    );
    expect(plan('select id from contact where deleted_at is null order by sort_zh, id limit 100')).toMatch(
      /INDEX contact_live_sort_zh_id/,
    );
    expect(
      plan('select id from contact where deleted_at is null order by company_sort_zh, sort_zh, id limit 100'),
    ).toMatch(/INDEX contact_live_company_sort_zh_sort_zh_id/);
    expect(
      plan('select id from contact where deleted_at is null order by city_sort desc, sort_en desc, id desc limit 100'),
    ).toMatch(/INDEX contact_live_city_sort_sort_en_id/);
    expect(plan("select key from search_key where key >= 'zs' and key < 'zs\uffff'")).toMatch(
      /USING PRIMARY KEY|USING COVERING INDEX/,
    );
    expect(plan("select contact_id from address where city = 'x' collate nocase")).toMatch(/INDEX address_city/);
    // Today: birthdays by month and day, suggestions and anniversaries off customer_value's indexes (the due list
    // names its index: keepInTouchService.ts).
    expect(
      plan(
        "select id from contact where deleted_at is null and birthday is not null and substr(birthday, -5) in ('11-22', '11-23')",
      ),
    ).toMatch(/INDEX contact_birthday_day/);
    expect(
      plan(
        "select id from customer_value where kind = 'contact' and suggested_lifecycle is not null order by yearly_value desc, id limit 20",
      ),
    ).toMatch(/INDEX customer_value_suggested/);
    expect(plan("select id from customer_value where substr(first_purchase_on, 6) in ('11-22')")).toMatch(
      /INDEX customer_value_since/,
    );
    await app.close();
  });
});
