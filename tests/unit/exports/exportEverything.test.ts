// "Export everything" on a real SQLite file with the sample data: the zip holds every user table as CSV with exactly
// the database's rows and columns (every value back exactly), the people as vCards, the calendar as .ics, and a
// README that explains every file and column — all from one snapshot, even while someone writes.
import { parse } from 'csv-parse/sync';
import { unzipSync } from 'fflate';
import ICAL from 'ical.js';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { restoreNeutralised } from '../../../src-main/exports/csvExport';
import {
  COMMON_COLUMNS,
  describeColumn,
  LEFT_OUT_TABLES,
  TABLE_DESCRIPTIONS,
} from '../../../src-main/exports/everythingCatalogue';
import { leftOutReason } from '../../../src-main/exports/everythingReadme';
import { exportEverythingToBytes, writeEverything } from '../../../src-main/exports/exportEverything';
import { parseVCards } from '../../../src-main/imports/vcardReader';
import { company, person } from '../../support/fixtures';
import { createTestApp, type TestApp } from '../../support/testApp';
import { LATEST_SCHEMA_VERSION } from '../../../src-main/db/migrate';

const CHINESE_NAME = '欧阳𠮷娜'; // 𠮷 lies outside the Basic Multilingual Plane: four bytes in UTF-8
const BOM = [0xef, 0xbb, 0xbf];

let app: TestApp;
beforeEach(async () => {
  app = await createTestApp();
  await app.call('sample.load', {});
  const firm = await app.call('companies.create', { company: company({ name: '=HYPERLINK("http://x")' }) });
  await app.call('contacts.create', {
    contact: person({
      fullName: CHINESE_NAME,
      title: '',
      birthday: '--03-15',
      notes: 'Line one\nline two, with "quotes"',
      companyId: firm.id,
      tags: ['VIP'],
    }),
  });
  const trashed = await app.call('contacts.create', { contact: person({ givenName: 'Gone', familyName: 'Away' }) });
  await app.call('contacts.delete', { ids: [trashed.id] });
  const item = {
    allDay: false,
    start: '2026-11-23T09:00',
    end: '2026-11-23T09:30',
    timeZone: 'Asia/Shanghai',
    location: '上海',
    notes: '',
    reminders: [15],
    contactIds: [],
    companyIds: [firm.id],
    dealIds: [],
  };
  await app.call('calendar.create', { event: { ...item, kind: 'call', title: '给王经理打电话', repeat: null } });
  await app.call('calendar.create', {
    event: {
      ...item,
      kind: 'appointment',
      title: 'Weekly review',
      repeat: { freq: 'custom', rrule: 'FREQ=WEEKLY;COUNT=5' },
    },
  });
  await app.call('calendar.create', {
    event: {
      ...item,
      kind: 'task',
      title: 'Send the quote',
      start: '2026-11-24',
      end: '2026-11-25',
      allDay: true,
      repeat: null,
    },
  });
});
afterEach(async () => app.cleanup());

const sqlite = () => app.handle.sqlite;
const count = (table: string) => (sqlite().prepare(`select count(*) as n from "${table}"`).get() as { n: number }).n;

/** The user-data tables, worked out here independently of the export's own list. */
function userTables(): string[] {
  const all = sqlite().prepare("select name, type from pragma_table_list where schema = 'main'").all() as Array<{
    name: string;
    type: string;
  }>;
  // Derived or bookkeeping tables, rebuilt from the others (LEFT_OUT_TABLES says why to the reader).
  const internal = new Set([
    'search_doc',
    'search_key',
    'reminder_next',
    'kysely_migration',
    'kysely_migration_lock',
    'customer_value',
    'customer_value_cut',
    'customer_value_dirty',
    'customer_value_run',
  ]);
  return all
    .filter((t) => t.type === 'table' && !t.name.startsWith('sqlite_') && !internal.has(t.name))
    .map((t) => t.name)
    .sort();
}

const columnsOf = (table: string) =>
  (sqlite().prepare('select name from pragma_table_info(?) order by cid').all(table) as Array<{ name: string }>).map(
    (c) => c.name,
  );

/** A CSV of the export, read back: a cell with no quotes and nothing in it is NULL, "" is empty text. */
function readCsv(bytes: Uint8Array): { header: string[]; rows: Array<Array<string | null>> } {
  expect([...bytes.slice(0, 3)]).toEqual(BOM);
  const records = parse(Buffer.from(bytes.slice(3)).toString('utf8'), {
    cast: (value, context) => (value === '' && !context.quoting ? null : value),
    relax_column_count: false,
  }) as Array<Array<string | null>>;
  const [header, ...rows] = records;
  return { header: header as string[], rows };
}

/** What the database holds, as text the way the CSV writes it (before the formula guard). */
function storedRows(table: string): Array<Array<string | null>> {
  const hasRowid = !(sqlite().prepare('select wr from pragma_table_list where name = ?').get(table) as { wr: number })
    .wr;
  const order = hasRowid ? 'rowid' : '1';
  return (sqlite().prepare(`select * from "${table}" order by ${order}`).raw(true).all() as unknown[][]).map((row) =>
    row.map((v) => (v === null ? null : String(v))),
  );
}

async function exported() {
  const result = await exportEverythingToBytes(app.ctx);
  return { ...result, zip: unzipSync(new Uint8Array(result.bytes)) };
}

describe('export everything', () => {
  it('writes every user table as CSV with exactly its columns and rows, every value back exactly', async () => {
    const { zip, rows, files } = await exported();
    const tables = userTables();
    expect(tables.length).toBeGreaterThan(25);
    expect(Object.keys(zip).sort()).toEqual(
      ['README.txt', 'calendar.ics', 'contacts.vcf', ...tables.map((t) => `tables/${t}.csv`)].sort(),
    );
    expect(files.map((f) => f.name)).toEqual(Object.keys(zip));
    expect(Object.keys(zip)).not.toContain('tables/search_doc.csv');
    let total = 0;
    for (const table of tables) {
      const csv = readCsv(zip[`tables/${table}.csv`]!);
      expect(csv.header, table).toEqual(columnsOf(table));
      expect(csv.rows, table).toHaveLength(count(table));
      const back = csv.rows.map((row) => row.map((cell) => (cell === null ? null : restoreNeutralised(cell))));
      expect(back, table).toEqual(storedRows(table));
      total += count(table);
    }
    expect(rows).toBe(total);
    expect(count('contact')).toBeGreaterThan(300);
  });

  it('keeps a Chinese name byte for byte, NULL apart from empty text, and formulas disarmed', async () => {
    const { zip } = await exported();
    const contactCsv = Buffer.from(zip['tables/contact.csv']!);
    expect(contactCsv.includes(Buffer.from(`,${CHINESE_NAME},`, 'utf8'))).toBe(true);
    const { header, rows } = readCsv(contactCsv);
    const row = rows.find((r) => r[header.indexOf('full_name')] === CHINESE_NAME)!;
    expect(row[header.indexOf('title')]).toBe(''); // empty text, written ""
    expect(row[header.indexOf('deleted_at')]).toBeNull(); // NULL, written as nothing
    expect(row[header.indexOf('birthday')]).toBe("'--03-15"); // guarded like every text starting with -
    expect(row[header.indexOf('notes')]).toBe('Line one\nline two, with "quotes"');
    expect(contactCsv.toString('utf8')).toContain('"Line one\nline two, with ""quotes"""');
    expect(Buffer.from(zip['tables/company.csv']!).toString('utf8')).toContain(`"'=HYPERLINK(""http://x"")"`);
  });

  it('writes the people not in the Trash as vCards that Rapport’s own reader reads back', async () => {
    const { zip, files } = await exported();
    const live = (sqlite().prepare('select count(*) as n from contact where deleted_at is null').get() as { n: number })
      .n;
    const text = Buffer.from(zip['contacts.vcf']!).toString('utf8');
    expect([...zip['contacts.vcf']!.slice(0, 3)]).not.toEqual(BOM);
    const { people, warnings } = parseVCards(text);
    expect(warnings).toEqual([]);
    expect(people).toHaveLength(live);
    expect(count('contact')).toBe(live + 1);
    expect(people.map((p) => p.fullName)).toContain(CHINESE_NAME);
    expect(people.some((p) => p.givenName === 'Gone')).toBe(false);
    expect(files.find((f) => f.name === 'contacts.vcf')?.records).toBe(live);
  });

  it('writes the calendar as iCalendar with every item', async () => {
    const { zip } = await exported();
    const calendar = new ICAL.Component(ICAL.parse(Buffer.from(zip['calendar.ics']!).toString('utf8')));
    const items = [...calendar.getAllSubcomponents('vevent'), ...calendar.getAllSubcomponents('vtodo')];
    expect(items.map((c) => c.getFirstPropertyValue('summary')).sort()).toEqual(
      ['Send the quote', 'Weekly review', '给王经理打电话'].sort(),
    );
    expect(count('event')).toBe(3);
    const weekly = items.find((c) => c.getFirstPropertyValue('summary') === 'Weekly review')!;
    expect(String(weekly.getFirstPropertyValue('rrule'))).toContain('FREQ=WEEKLY');
    expect(weekly.getAllSubcomponents('valarm')).toHaveLength(1);
  });

  it('has a README (UTF-8 with BOM, English and Chinese) naming every file and every column', async () => {
    const { zip } = await exported();
    const bytes = zip['README.txt']!;
    expect([...bytes.slice(0, 3)]).toEqual(BOM);
    const readme = Buffer.from(bytes.slice(3)).toString('utf8');
    const [english, chinese] = readme.split('RAPPORT —— 全部数据导出');
    for (const name of Object.keys(zip)) {
      expect(english, name).toContain(name);
      expect(chinese, name).toContain(name);
    }
    for (const table of userTables()) {
      const section = english!.slice(english!.indexOf(`tables/${table}.csv — `));
      const end = section.indexOf('\r\n\r\n');
      for (const column of columnsOf(table))
        expect(section.slice(0, end), `${table}.${column}`).toMatch(new RegExp(`^ {4}${column} `, 'm'));
    }
    expect(readme).not.toContain('(no description)');
    expect(readme).not.toContain('（无说明）');
    expect(english).toContain(`Rapport 0.1.0, database version ${LATEST_SCHEMA_VERSION}`);
    expect(english).toContain('2026-11-22T10:00:00.000Z');
    expect(english).toMatch(/contact\.company_id\s+→ company\.id/);
    expect(english).toContain('search_trigram, search_trigram_config');
    expect(chinese).toContain('金额以货币最小单位');
    for (const line of readme.split('\r\n')) expect(line.includes('\n') || line.includes('\r'), line).toBe(false);
  });

  it('reads every file from one snapshot: a person added mid-export is in none of them', async () => {
    const before = count('contact');
    const live = (sqlite().prepare('select count(*) as n from contact where deleted_at is null').get() as { n: number })
      .n;
    const chunks: Uint8Array[] = [];
    let wrote = false;
    const summary = await writeEverything(app.ctx, async (chunk) => {
      chunks.push(chunk);
      if (wrote) return;
      wrote = true;
      // The first bytes (README.txt) are out; the people have not been read yet. Another connection writes now.
      await app.call('contacts.create', { contact: person({ fullName: '半路加入' }) });
    });
    expect(count('contact')).toBe(before + 1);
    expect(chunks.length).toBeGreaterThan(summary.files.length); // handed over while being made, not at the end
    const zip = unzipSync(new Uint8Array(Buffer.concat(chunks)));
    expect(readCsv(zip['tables/contact.csv']!).rows).toHaveLength(before);
    expect(parseVCards(Buffer.from(zip['contacts.vcf']!).toString('utf8')).people).toHaveLength(live);
    expect(Buffer.from(zip['tables/contact.csv']!).toString('utf8')).not.toContain('半路加入');
    expect(Buffer.from(zip['README.txt']!).toString('utf8')).toContain(`tables/contact.csv — ${before} rows.`);
    expect(summary.files.find((f) => f.name === 'tables/contact.csv')?.records).toBe(before);
  });

  it('answers exports.everything with the zip, its file count and rows', async () => {
    const result = await app.call('exports.everything', {});
    expect(result.fileName).toBe('Rapport everything 2026-11-22.zip');
    const zip = unzipSync(new Uint8Array(Buffer.from(result.contentBase64, 'base64')));
    expect(Object.keys(zip)).toHaveLength(result.files);
    expect(result.rows).toBe(userTables().reduce((sum, t) => sum + count(t), 0));
  });
});

describe('the column descriptions behind README.txt', () => {
  it('describe every table and column of the database, in English and Chinese, and nothing that is gone', () => {
    for (const table of userTables()) {
      expect(TABLE_DESCRIPTIONS[table], `${table} has no description in everythingCatalogue.ts`).toBeDefined();
      for (const column of columnsOf(table)) {
        const text = describeColumn(table, column);
        expect(text, `${table}.${column} has no description in everythingCatalogue.ts`).toBeDefined();
        expect(text![0].length * text![1].length, `${table}.${column}`).toBeGreaterThan(0);
      }
      for (const column of Object.keys(TABLE_DESCRIPTIONS[table]!.columns))
        expect(columnsOf(table), `${table}.${column} is described but not in the database`).toContain(column);
    }
    expect(Object.keys(TABLE_DESCRIPTIONS).sort()).toEqual(userTables());
    const used = new Set(userTables().flatMap(columnsOf));
    for (const column of Object.keys(COMMON_COLUMNS)) expect(used, column).toContain(column);
  });

  it('give a reason for every table left out', () => {
    const all = sqlite().prepare("select name from pragma_table_list where schema = 'main'").all() as Array<{
      name: string;
    }>;
    const leftOut = all.map((t) => t.name).filter((name) => !userTables().includes(name));
    expect(leftOut.length).toBeGreaterThan(5);
    for (const name of leftOut) expect(leftOutReason(name), name).toBeDefined();
    for (const name of Object.keys(LEFT_OUT_TABLES)) expect(all.map((t) => t.name)).toContain(name);
  });
});
