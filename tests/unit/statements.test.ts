// Statements prepared once: the connection's statement cache and insertMany, on a real SQLite file.
import { join } from 'node:path';
import { rmSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import SQLite from 'better-sqlite3';
import { withStatementCache } from '../../src-main/db/connection';
import { insertMany, insertManyReturningIds } from '../../src-main/db/insertMany';
import { createTestApp, tempDir, type TestApp } from '../support/testApp';

describe('the statement cache', () => {
  let dir: string;
  let sqlite: SQLite.Database;
  beforeEach(() => {
    dir = tempDir();
    sqlite = new SQLite(join(dir, 'cache.db'));
    sqlite.exec('create table t (n integer)');
    sqlite.exec('insert into t values (1), (2), (3)');
  });
  afterEach(() => {
    sqlite.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('hands back the same prepared statement for the same SQL, and a fresh one after eviction', () => {
    const cached = withStatementCache(sqlite, 2);
    const first = cached.prepare('select n from t');
    expect(cached.prepare('select n from t')).toBe(first);
    cached.prepare('select n + 1 from t');
    cached.prepare('select n + 2 from t'); // the oldest goes
    const again = cached.prepare('select n from t');
    expect(again).not.toBe(first);
    expect(again.all()).toEqual([{ n: 1 }, { n: 2 }, { n: 3 }]);
  });

  it('prepares another statement while the cached one is still being iterated', () => {
    const cached = withStatementCache(sqlite);
    const outer = cached.prepare('select n from t order by n');
    const seen: number[][] = [];
    for (const row of outer.iterate() as Iterable<{ n: number }>) {
      // The same SQL run again inside the loop (a nested read of the same shape) must not throw "busy".
      seen.push((cached.prepare('select n from t order by n').all() as { n: number }[]).map((r) => r.n + row.n));
    }
    expect(seen).toEqual([
      [2, 3, 4],
      [3, 4, 5],
      [4, 5, 6],
    ]);
  });
});

describe('insertMany', () => {
  let app: TestApp;
  beforeEach(async () => {
    app = await createTestApp();
  });
  afterEach(async () => {
    await app.cleanup();
  });

  it('writes every row, in order, and returns their ids in that order', async () => {
    const names = Array.from({ length: 70 }, (_, i) => `Tag ${i}`);
    const ids = await app.ctx.db.transaction().execute((trx) =>
      insertManyReturningIds(
        trx,
        'tag',
        names.map((name) => ({ name })),
      ),
    );
    const stored = await app.ctx.db.selectFrom('tag').select(['id', 'name']).orderBy('id').execute();
    expect(stored.map((t) => t.name)).toEqual(names);
    expect(ids).toEqual(stored.map((t) => t.id));
  });

  it('leaves out rows whose key exists when asked to, and fails otherwise without writing any', async () => {
    await insertMany(app.ctx.db, 'tag', [{ name: 'VIP' }]);
    await insertMany(app.ctx.db, 'tag', [{ name: 'VIP' }, { name: 'New' }], { ignoreConflicts: true });
    expect((await app.ctx.db.selectFrom('tag').select('name').orderBy('id').execute()).map((t) => t.name)).toEqual([
      'VIP',
      'New',
    ]);
    await expect(
      app.ctx.db
        .transaction()
        .execute((trx) => insertMany(trx, 'tag', [{ name: 'Later' }, { name: 'vip' }, { name: 'After' }])),
    ).rejects.toThrow(/UNIQUE/);
    const count = await app.ctx.db
      .selectFrom('tag')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirst();
    expect(count?.n).toBe(2);
  });

  it('says which column a row lacks', async () => {
    await expect(insertMany(app.ctx.db, 'tag', [{ name: 'A' }, {} as { name: string }])).rejects.toThrow(
      'tag.name is missing in row 1',
    );
  });
});
