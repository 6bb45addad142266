// SQL for saved views.
import type { Insertable, Kysely, Transaction } from 'kysely';
import type { Database, SavedViewRow, SavedViewTable } from '../db/schema';

type Db = Kysely<Database> | Transaction<Database>;

export function listViewRows(db: Db, entity: 'contact' | 'company'): Promise<SavedViewRow[]> {
  return db.selectFrom('saved_view').selectAll().where('entity', '=', entity).orderBy('name').execute();
}

export function findViewRow(db: Db, id: number): Promise<SavedViewRow | undefined> {
  return db.selectFrom('saved_view').selectAll().where('id', '=', id).executeTakeFirst();
}

export function findViewIdByName(db: Db, entity: 'contact' | 'company', name: string) {
  return db
    .selectFrom('saved_view')
    .select('id')
    .where('entity', '=', entity)
    .where('name', '=', name)
    .executeTakeFirst();
}

export async function insertViewRow(db: Db, row: Insertable<SavedViewTable>): Promise<number> {
  return (await db.insertInto('saved_view').values(row).returning('id').executeTakeFirstOrThrow()).id;
}

export async function updateViewQuery(db: Db, id: number, values: { filter_json: string; sort_json: string }) {
  await db.updateTable('saved_view').set(values).where('id', '=', id).execute();
}

export async function deleteViewRow(db: Db, id: number): Promise<number> {
  return Number((await db.deleteFrom('saved_view').where('id', '=', id).executeTakeFirst()).numDeletedRows);
}
