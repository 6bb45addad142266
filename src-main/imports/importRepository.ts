// SQL for import history: batches, what each did to which record, and remembered column mappings.
import type { Insertable, Kysely, Transaction } from 'kysely';
import type { Database, ImportBatchTable, ImportItemTable } from '../db/schema';
import { insertMany } from '../db/insertMany';

type Db = Kysely<Database> | Transaction<Database>;

export async function insertBatch(db: Db, row: Insertable<ImportBatchTable>): Promise<number> {
  return (await db.insertInto('import_batch').values(row).returning('id').executeTakeFirstOrThrow()).id;
}

export async function updateBatchCounts(
  db: Db,
  id: number,
  counts: Pick<ImportBatchTable, 'created_count' | 'updated_count' | 'skipped_count' | 'rejected_count'>,
): Promise<void> {
  await db.updateTable('import_batch').set(counts).where('id', '=', id).execute();
}

export async function insertItems(db: Db, items: Array<Insertable<ImportItemTable>>): Promise<void> {
  await insertMany(db, 'import_item', items);
}

export function findBatch(db: Db, id: number) {
  return db.selectFrom('import_batch').selectAll().where('id', '=', id).executeTakeFirst();
}

export function listBatches(db: Db, limit: number) {
  return db.selectFrom('import_batch').selectAll().orderBy('id', 'desc').limit(limit).execute();
}

/** Newest first, so an undo walks back in the order things happened. */
export function batchItems(db: Db, batchId: number) {
  return db.selectFrom('import_item').selectAll().where('batch_id', '=', batchId).orderBy('id', 'desc').execute();
}

export async function markBatchUndone(db: Db, id: number, at: string): Promise<void> {
  await db.updateTable('import_batch').set({ undone_at: at }).where('id', '=', id).execute();
}

export async function findMapping(db: Db, signature: string): Promise<string | undefined> {
  return (
    await db.selectFrom('import_mapping').select('mapping_json').where('signature', '=', signature).executeTakeFirst()
  )?.mapping_json;
}

export async function saveMapping(db: Db, signature: string, mappingJson: string, at: string): Promise<void> {
  await db
    .insertInto('import_mapping')
    .values({ signature, mapping_json: mappingJson, used_at: at })
    .onConflict((oc) => oc.column('signature').doUpdateSet({ mapping_json: mappingJson, used_at: at }))
    .execute();
}
