// SQL for settings: one JSON value per key.
import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../db/schema';

type Db = Kysely<Database> | Transaction<Database>;

export async function readSettingValues(db: Db): Promise<Map<string, unknown>> {
  const rows = await db.selectFrom('setting').selectAll().execute();
  return new Map(rows.map((r) => [r.key, JSON.parse(r.value_json) as unknown]));
}

export async function writeSettingValue(db: Db, key: string, value: unknown): Promise<void> {
  const value_json = JSON.stringify(value);
  await db
    .insertInto('setting')
    .values({ key, value_json })
    .onConflict((oc) => oc.column('key').doUpdateSet({ value_json }))
    .execute();
}

export async function readSettingValue(db: Db, key: string): Promise<unknown> {
  const row = await db.selectFrom('setting').select('value_json').where('key', '=', key).executeTakeFirst();
  return row ? (JSON.parse(row.value_json) as unknown) : undefined;
}
