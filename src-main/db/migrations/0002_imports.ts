// 0002: import history (each import can be undone) and mappings remembered per header row.
// Frozen in time: never import app code here.
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('import_batch')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('file_name', 'text', (c) => c.notNull())
    .addColumn('format', 'text', (c) => c.notNull().check(sql`format in ('csv','vcard')`))
    .addColumn('encoding', 'text', (c) => c.notNull())
    .addColumn('on_duplicate', 'text', (c) => c.notNull())
    .addColumn('rows_read', 'integer', (c) => c.notNull())
    .addColumn('created_count', 'integer', (c) => c.notNull())
    .addColumn('updated_count', 'integer', (c) => c.notNull())
    .addColumn('skipped_count', 'integer', (c) => c.notNull())
    .addColumn('rejected_count', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('undone_at', 'text')
    .execute();

  // What one import did to one record: enough to undo it (the record as it was before an update).
  await db.schema
    .createTable('import_item')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('batch_id', 'integer', (c) => c.notNull().references('import_batch.id').onDelete('cascade'))
    .addColumn('entity_type', 'text', (c) => c.notNull().check(sql`entity_type in ('contact','company')`))
    .addColumn('entity_id', 'integer', (c) => c.notNull())
    .addColumn('action', 'text', (c) => c.notNull().check(sql`action in ('created','updated')`))
    .addColumn('before_json', 'text')
    .execute();
  await db.schema.createIndex('import_item_batch').on('import_item').columns(['batch_id', 'id']).execute();

  await db.schema
    .createTable('import_mapping')
    .addColumn('signature', 'text', (c) => c.primaryKey())
    .addColumn('mapping_json', 'text', (c) => c.notNull())
    .addColumn('used_at', 'text', (c) => c.notNull())
    .execute();
}
