// The sheets a print can use — the catalogue's and the ones the user measured (stored as entered, exported and
// imported as a small file) — and each printer's calibration for each sheet.
import { RapportError } from '@shared/api/result';
import {
  customSheetSchema,
  exportCustomSheet,
  importCustomSheet,
  NO_CALIBRATION,
  type Calibration,
  type CustomSheet,
} from '@shared/labels/geometry';
import { sheetById, type SheetGeometry } from '@shared/labels/sheets';
import type { AppContext } from '../context';
import { nowIso } from '../context';

export const CUSTOM_SHEET_PREFIX = 'custom-';

export interface StoredCustomSheet {
  /** "custom-12": a sheet id like the catalogue's, so a print names either the same way. */
  id: string;
  sheet: CustomSheet;
}

function parseStored(row: { id: number; measurements_json: string }): StoredCustomSheet | null {
  const parsed = customSheetSchema.safeParse(JSON.parse(row.measurements_json));
  return parsed.success ? { id: `${CUSTOM_SHEET_PREFIX}${row.id}`, sheet: parsed.data } : null;
}

export async function listCustomSheets(ctx: Pick<AppContext, 'db'>): Promise<StoredCustomSheet[]> {
  const rows = await ctx.db.selectFrom('label_sheet').select(['id', 'measurements_json']).orderBy('name').execute();
  return rows.flatMap((r) => parseStored(r) ?? []);
}

const rowIdOf = (id: string) =>
  id.startsWith(CUSTOM_SHEET_PREFIX) ? Number(id.slice(CUSTOM_SHEET_PREFIX.length)) : NaN;

async function customSheet(ctx: Pick<AppContext, 'db'>, id: string): Promise<StoredCustomSheet | null> {
  const rowId = rowIdOf(id);
  if (!Number.isInteger(rowId)) return null;
  const row = await ctx.db
    .selectFrom('label_sheet')
    .select(['id', 'measurements_json'])
    .where('id', '=', rowId)
    .executeTakeFirst();
  return row ? parseStored(row) : null;
}

/** The geometry and a name of any sheet, catalogued or custom; a clear error for one that does not exist. */
export async function sheetGeometry(
  ctx: Pick<AppContext, 'db'>,
  id: string,
): Promise<{ code: string; geometry: SheetGeometry }> {
  const catalogued = sheetById(id);
  if (catalogued) return { code: catalogued.code, geometry: catalogued.geometry };
  const custom = await customSheet(ctx, id);
  if (custom) return { code: custom.sheet.name, geometry: custom.sheet.geometry };
  throw new RapportError('not_found', `There is no label sheet “${id}”.`);
}

export async function saveCustomSheet(
  ctx: AppContext,
  id: string | null,
  sheet: CustomSheet,
): Promise<StoredCustomSheet> {
  const { geometry: _geometry, ...measurements } = sheet;
  const at = nowIso(ctx);
  let rowId: number;
  if (id === null) {
    rowId = (
      await ctx.db
        .insertInto('label_sheet')
        .values({ name: sheet.name, measurements_json: JSON.stringify(measurements), created_at: at, updated_at: at })
        .returning('id')
        .executeTakeFirstOrThrow()
    ).id;
  } else {
    rowId = rowIdOf(id);
    const result = await ctx.db
      .updateTable('label_sheet')
      .set({ name: sheet.name, measurements_json: JSON.stringify(measurements), updated_at: at })
      .where('id', '=', Number.isInteger(rowId) ? rowId : -1)
      .executeTakeFirst();
    if (Number(result.numUpdatedRows) === 0) throw new RapportError('not_found', `There is no custom sheet “${id}”.`);
  }
  return (await customSheet(ctx, `${CUSTOM_SHEET_PREFIX}${rowId}`))!;
}

export async function deleteCustomSheet(ctx: AppContext, id: string): Promise<{ count: number }> {
  const rowId = rowIdOf(id);
  const result = await ctx.db.transaction().execute(async (trx) => {
    await trx.deleteFrom('label_calibration').where('sheet_id', '=', id).execute();
    return trx
      .deleteFrom('label_sheet')
      .where('id', '=', Number.isInteger(rowId) ? rowId : -1)
      .executeTakeFirst();
  });
  if (Number(result.numDeletedRows) === 0) throw new RapportError('not_found', `There is no custom sheet “${id}”.`);
  return { count: 1 };
}

export async function exportCustomSheetFile(ctx: AppContext, id: string) {
  const custom = await customSheet(ctx, id);
  if (!custom) throw new RapportError('not_found', `There is no custom sheet “${id}”.`);
  const safeName = custom.sheet.name.replace(/[\\/:*?"<>|]+/g, ' ').trim() || 'sheet';
  return {
    fileName: `${safeName}.rapport-sheet.json`,
    contentBase64: Buffer.from(exportCustomSheet(custom.sheet), 'utf8').toString('base64'),
  };
}

/** Reads a sheet file someone exported; refused with the field named when it is not right. */
export async function importCustomSheetFile(ctx: AppContext, fileName: string, text: string) {
  const read = importCustomSheet(text);
  if (!read.ok) throw new RapportError('invalid_input', `${fileName}: ${read.message}`, read.issues);
  return saveCustomSheet(ctx, null, read.sheet);
}

export async function calibrationFor(
  ctx: Pick<AppContext, 'db'>,
  printer: string,
  sheetId: string,
): Promise<Calibration> {
  const row = await ctx.db
    .selectFrom('label_calibration')
    .selectAll()
    .where('printer', '=', printer)
    .where('sheet_id', '=', sheetId)
    .executeTakeFirst();
  return row ? { offsetX: row.offset_x, offsetY: row.offset_y, scale: row.scale } : NO_CALIBRATION;
}

export async function saveCalibration(ctx: AppContext, printer: string, sheetId: string, calibration: Calibration) {
  await sheetGeometry(ctx, sheetId);
  await ctx.db
    .insertInto('label_calibration')
    .values({
      printer,
      sheet_id: sheetId,
      offset_x: calibration.offsetX,
      offset_y: calibration.offsetY,
      scale: calibration.scale,
      updated_at: nowIso(ctx),
    })
    .onConflict((oc) =>
      oc.columns(['printer', 'sheet_id']).doUpdateSet({
        offset_x: calibration.offsetX,
        offset_y: calibration.offsetY,
        scale: calibration.scale,
        updated_at: nowIso(ctx),
      }),
    )
    .execute();
  return calibrationFor(ctx, printer, sheetId);
}
