// "Export everything": one zip with every table as CSV, the people as vCards, the calendar as iCalendar, and a
// README.txt that explains each file and column — the business's data, readable without Rapport. Everything is
// read inside one read transaction on a connection of its own, so the files agree with each other even while the
// app keeps writing, and the zip is written as it is read (a large database never sits in memory whole).
import { open, rename, rm } from 'node:fs/promises';
import { sql, type Kysely } from 'kysely';
import { exportCalendar } from '../calendar/icalendar';
import { loadContacts } from '../contacts/contactsRepository';
import type { AppContext } from '../context';
import { openSqlite, wrapSqlite } from '../db/connection';
import type { Database } from '../db/schema';
import { zoneOf } from '../ports';
import { csvText, neutraliseFormula, UTF8_BOM } from './csvExport';
import { LEFT_OUT_TABLES } from './everythingCatalogue';
import {
  CALENDAR_FILE,
  CONTACTS_FILE,
  README_FILE,
  readmeText,
  tableFile,
  type ExportedTable,
} from './everythingReadme';
import { selectedContactIds } from './exportService';
import { writeVCards } from './vcardWriter';
import { ZipWriter, type ZipSink } from './zipWriter';

export interface EverythingSummary {
  /** Every file in the zip, in order, with its records (rows of a table, cards, calendar items; 0 for README). */
  files: Array<{ name: string; records: number }>;
  /** Rows of all the tables together. */
  rows: number;
}

/** Rows (or people) turned into text and compressed together: big enough to compress well, small to hold. */
const BATCH = 1000;

export const everythingFileName = (now: Date) => `Rapport everything ${now.toISOString().slice(0, 10)}.zip`;

/** Writes the zip to `file`: under a temporary name first, so a half-written archive never carries the name. */
export async function exportEverythingToFile(ctx: AppContext, file: string): Promise<EverythingSummary> {
  const partial = `${file}.partial`;
  const handle = await open(partial, 'w');
  try {
    const summary = await writeEverything(ctx, async (chunk) => {
      await handle.write(chunk);
    });
    await handle.close();
    await rename(partial, file);
    return summary;
  } catch (error) {
    await handle.close().catch(() => undefined);
    await rm(partial, { force: true });
    throw error;
  }
}

/** The zip as bytes, for the app's download (the renderer saves it where the user says). */
export async function exportEverythingToBytes(ctx: AppContext): Promise<EverythingSummary & { bytes: Buffer }> {
  const chunks: Uint8Array[] = [];
  const summary = await writeEverything(ctx, async (chunk) => {
    chunks.push(chunk);
  });
  return { ...summary, bytes: Buffer.concat(chunks) };
}

/** The whole archive, chunk by chunk, into `sink`; every byte of it from one snapshot of the database. */
export async function writeEverything(ctx: AppContext, sink: ZipSink): Promise<EverythingSummary> {
  return inOneSnapshot(ctx, async (snapshot) => {
    const db = snapshot.db;
    const { tables, leftOut } = await readTables(db);
    const schemaVersion = await countRows(db, 'kysely_migration');
    const contactIds = await selectedContactIds(snapshot, {});
    const calendar = await exportCalendar(snapshot);

    const zip = new ZipWriter(sink, ctx.clock.now());
    const files: EverythingSummary['files'] = [];
    const readme = readmeText({
      exportedAt: ctx.clock.now(),
      timeZone: zoneOf(ctx.clock),
      appVersion: ctx.appVersion,
      schemaVersion,
      contacts: contactIds.length,
      calendarItems: calendar.count,
      tables,
      leftOut,
    });
    await zip.addFile(README_FILE, (write) => write(Buffer.concat([UTF8_BOM, Buffer.from(readme, 'utf8')])));
    files.push({ name: README_FILE, records: 0 });

    await zip.addFile(CONTACTS_FILE, async (write) => {
      for (let i = 0; i < contactIds.length; i += BATCH) {
        const contacts = await loadContacts(db, contactIds.slice(i, i + BATCH));
        await write(Buffer.from(writeVCards(contacts), 'utf8'));
      }
    });
    files.push({ name: CONTACTS_FILE, records: contactIds.length });

    await zip.addFile(CALENDAR_FILE, (write) => write(Buffer.from(calendar.text, 'utf8')));
    files.push({ name: CALENDAR_FILE, records: calendar.count });

    for (const table of tables) {
      await zip.addFile(tableFile(table.name), (write) => writeTableCsv(db, table, write));
      files.push({ name: tableFile(table.name), records: table.rows });
    }
    await zip.end();
    return { files, rows: tables.reduce((sum, t) => sum + t.rows, 0) };
  });
}

/**
 * Runs `read` in one read transaction: on a read-only connection of its own where the database is a file (WAL
 * lets the app write meanwhile; the transaction keeps seeing the data as it was when it began), else on the
 * app's connection.
 */
async function inOneSnapshot<T>(ctx: AppContext, read: (snapshot: AppContext) => Promise<T>): Promise<T> {
  const own = ctx.dbFile === ':memory:' ? null : wrapSqlite(openSqlite(ctx.dbFile, { readonly: true }), ctx.dbFile);
  try {
    return await (own?.db ?? ctx.db).transaction().execute(async (trx) => {
      // SQLite begins a transaction lazily: the snapshot is taken at this first read, before anything is written.
      await sql`select count(*) from sqlite_master`.execute(trx);
      return read({ ...ctx, db: trx, readDb: trx });
    });
  } finally {
    await own?.close();
  }
}

/** The user-data tables (with their columns, links and row counts) and the names of the tables left out. */
async function readTables(db: Kysely<Database>): Promise<{ tables: ExportedTable[]; leftOut: string[] }> {
  const list = await sql<{ name: string; type: string }>`
    select name, type from pragma_table_list where schema = 'main' order by name`.execute(db);
  const tables: ExportedTable[] = [];
  const leftOut: string[] = [];
  for (const { name, type } of list.rows) {
    // Virtual and shadow tables are full-text indexes and their storage; sqlite_* is SQLite's own bookkeeping.
    if (type !== 'table' || name.startsWith('sqlite_') || name in LEFT_OUT_TABLES) {
      leftOut.push(name);
      continue;
    }
    const columns = await sql<{ name: string; type: string; pk: number }>`
      select name, type, pk from pragma_table_info(${name}) order by cid`.execute(db);
    const links = await sql<{ column: string; table: string; to: string | null }>`
      select "from" as "column", "table", "to" from pragma_foreign_key_list(${name}) order by id, seq`.execute(db);
    tables.push({
      name,
      columns: columns.rows.map((c) => ({ name: c.name, type: c.type.toLowerCase(), primaryKey: c.pk })),
      foreignKeys: links.rows.map((fk) => ({ column: fk.column, table: fk.table, to: fk.to ?? 'id' })),
      rows: await countRows(db, name),
    });
  }
  return { tables, leftOut };
}

async function countRows(db: Kysely<Database>, table: string): Promise<number> {
  const result = await sql<{ n: number }>`select count(*) as n from ${sql.table(table)}`.execute(db);
  return result.rows[0]?.n ?? 0;
}

/** One table as CSV: a BOM, the column names, then every row in a stable order, a batch at a time. */
async function writeTableCsv(
  db: Kysely<Database>,
  table: ExportedTable,
  write: (bytes: Uint8Array) => Promise<void>,
): Promise<void> {
  const names = table.columns.map((c) => c.name);
  await write(Buffer.concat([UTF8_BOM, Buffer.from(csvText([names]), 'utf8')]));
  const keyColumns = table.columns.filter((c) => c.primaryKey > 0).sort((a, b) => a.primaryKey - b.primaryKey);
  const hasRowid = await tableHasRowid(db, table.name);
  const order = hasRowid ? sql`rowid` : sql.join(keyColumns.map((c) => sql.ref(c.name)));
  const rows = db.selectFrom(sql.table(table.name).as('t')).selectAll().orderBy(order).stream() as AsyncIterable<
    Record<string, unknown>
  >;
  let batch: Array<Array<string | null>> = [];
  for await (const row of rows) {
    batch.push(names.map((name) => cellOf(row[name])));
    if (batch.length === BATCH) {
      await write(Buffer.from(csvText(batch, { quoteEmpty: true }), 'utf8'));
      batch = [];
    }
  }
  if (batch.length > 0) await write(Buffer.from(csvText(batch, { quoteEmpty: true }), 'utf8'));
}

async function tableHasRowid(db: Kysely<Database>, table: string): Promise<boolean> {
  const result = await sql<{
    wr: number;
  }>`select wr from pragma_table_list where schema = 'main' and name = ${table}`.execute(db);
  return result.rows[0]?.wr !== 1;
}

/**
 * A stored value as a CSV cell: NULL stays null (an empty, unquoted cell), text is neutralised against formulas
 * (README.txt says how to undo it), numbers are written as JavaScript writes them (shortest exact form).
 */
function cellOf(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string') return neutraliseFormula(value);
  if (typeof value === 'number' || typeof value === 'bigint') return String(value);
  if (value instanceof Uint8Array) return Buffer.from(value).toString('hex');
  return String(value);
}
