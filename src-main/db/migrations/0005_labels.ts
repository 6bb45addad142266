// 0005: what mailing labels remember — sheets the user measured (kept as entered, in mm or inches) and each
// printer's calibration for each sheet. Frozen in time: never import app code here.
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('label_sheet')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('name', 'text', (c) => c.notNull())
    // The measurements as the user entered them: the same JSON the export file holds under "sheet".
    .addColumn('measurements_json', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  // How far one printer misplaces one sheet: offsets in mm, and a scale about the page's top-left corner.
  await db.schema
    .createTable('label_calibration')
    .addColumn('printer', 'text', (c) => c.notNull())
    .addColumn('sheet_id', 'text', (c) => c.notNull())
    .addColumn('offset_x', 'real', (c) => c.notNull())
    .addColumn('offset_y', 'real', (c) => c.notNull())
    .addColumn('scale', 'real', (c) => c.notNull().check(sql`scale between 0.5 and 2`))
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('label_calibration_pk', ['printer', 'sheet_id'])
    .execute();
}
