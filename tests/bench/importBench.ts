// `npm run bench` (import section): a 100,000-row contacts CSV imported end to end through the services (read,
// decode, parse, map, validate, dedupe, insert, search index), timed next to the sqlite3 shell's `.import --csv`
// of the same file (C parsing and inserting, no index) in the same run; with peak memory, the rate of progress
// events and the same file in GB18030. The CSVs are generated deterministically and cached under .cache.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import iconv from 'iconv-lite';
import { commitImport, planImport } from '../../src-main/imports/importService';
import { readImportFile } from '../../src-main/imports/readImportFile';
import { openApp } from '../../src-main/openApp';
import { BENCH_NOW } from './dataset';
import { ms } from './stats';
import { seededRandom } from '../../src-main/sample/sampleData';
import { gramsOf } from '../../src-main/search/searchDocument';
import SQLite from 'better-sqlite3';

const CSV_VERSION = 3;
const CACHE = join(import.meta.dirname, '.cache');

/** The sample generator's deterministic PRNG, so every run imports byte-identical files. */
const random = seededRandom;

const HEADER = [
  'First Name',
  'Last Name',
  'Company',
  'Job Title',
  'Mobile Phone',
  'E-mail Address',
  'Business Street',
  'Business City',
  'Business Country/Region',
  'Birthday',
  'Categories',
  'Notes',
];
const EN_GIVEN =
  'Ada Grace Alan Mary John Linda James Olivia Noah Emma Liam Sophia Mia Lucas Ella Henry Chloe Jack Ruby Leo Zoe Max Ivy Sam'.split(
    ' ',
  );
const EN_FAMILY =
  'Smith Johnson Brown Taylor Lovelace Hopper Turing Miller Davis Wilson Moore Clark Lewis Walker Hall Young King Wright Scott Green'.split(
    ' ',
  );
const ZH_FAMILY = '王 李 张 刘 陈 杨 赵 黄 周 吴 欧阳 徐 孙 马 朱 胡'.split(' ');
const ZH_GIVEN =
  '小明 伟 芳 娜 秀英 敏 静 磊 洋 艳 勇 杰 娟 涛 明 超 秀兰 霞 平 刚 桂英 丽 强 军 建华 晓东 海燕 婷'.split(' ');
const EN_CITY = ['London', 'New York', 'Boston', 'Manchester', 'Seattle', 'Austin'];
const ZH_CITY = ['上海', '北京', '广州', '深圳', '杭州', '成都'];
const EN_TITLE = ['Owner', 'Buyer', 'Sales Manager', 'CEO', '', 'Engineer'];
const ZH_TITLE = ['经理', '采购', '总经理', '销售', '', '工程师'];
const TAGS = ['VIP', 'Newsletter', 'Wholesale', '老客户', '重点', 'Trade show'];

const quote = (v: string) => (/[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);

/** The rows, deterministic: half English, half Chinese; ~1% repeat an earlier row's email (in-file duplicates). */
function generateCsv(rows: number): string {
  const next = random(20261122);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(next() * xs.length)]!;
  const lines = [HEADER.join(',')];
  for (let i = 0; i < rows; i++) {
    const zh = i % 2 === 1;
    const n = next() < 0.01 && i > 10 ? Math.floor(next() * i) : i;
    const given = zh ? pick(ZH_GIVEN) : pick(EN_GIVEN);
    const family = zh ? pick(ZH_FAMILY) : pick(EN_FAMILY);
    // 5,000 companies, 20 people each (the same name at the same company counts as a duplicate).
    const c = i % 5_000;
    const company = zh ? `${ZH_CITY[c % 6]}${c}号科技有限公司` : `${EN_FAMILY[c % 20]} & Co ${c}`;
    const four = (x: number) => String(x % 10000).padStart(4, '0');
    const phone = zh
      ? `+86 138 ${four(Math.floor(n / 10000))} ${four(n)}`
      : `(555) ${100 + Math.floor(n / 10000)}-${four(n)}`;
    const email = `${zh ? 'user' : given.toLowerCase()}.${n}@example.com`;
    const street = zh ? `浦东新区世纪大道${1 + (i % 500)}号` : `${1 + (i % 900)} Main Street, Suite ${i % 40}`;
    const city = zh ? pick(ZH_CITY) : pick(EN_CITY);
    const country = zh ? '中国' : pick(['United States', 'United Kingdom', 'USA']);
    const birthday = next() < 0.3 ? `19${50 + (i % 50)}-0${1 + (i % 9)}-1${i % 10}` : '';
    const tags = [pick(TAGS), ...(next() < 0.3 ? [pick(TAGS)] : [])].join(';');
    const notes =
      next() < 0.2
        ? zh
          ? `喜欢喝茶，不喝咖啡\n第${i}次展会认识`
          : `Met at trade show ${i}, likes tea\nCall after 5pm`
        : '';
    const cells = [given, family, company, pick(zh ? ZH_TITLE : EN_TITLE), phone, email, street, city, country];
    lines.push([...cells, birthday, tags, notes].map(quote).join(','));
  }
  return `${lines.join('\r\n')}\r\n`;
}

/** The cached files for `rows`: UTF-8 and GB18030 encodings of the same text. */
export function benchCsvFiles(rows: number): { utf8: string; gb18030: string } {
  mkdirSync(CACHE, { recursive: true });
  const utf8 = join(CACHE, `contacts-${rows}-v${CSV_VERSION}.utf8.csv`);
  const gb18030 = join(CACHE, `contacts-${rows}-v${CSV_VERSION}.gb18030.csv`);
  if (!existsSync(utf8) || !existsSync(gb18030)) {
    const text = generateCsv(rows);
    writeFileSync(`${utf8}.tmp`, text, 'utf8');
    writeFileSync(`${gb18030}.tmp`, iconv.encode(text, 'gb18030'));
    renameSync(`${utf8}.tmp`, utf8);
    renameSync(`${gb18030}.tmp`, gb18030);
  }
  return { utf8, gb18030 };
}

export interface ImportRun {
  totalMs: number;
  readMs: number;
  planMs: number;
  commitMs: number;
  created: number;
  peakRssMb: number;
  /** Progress events per second during the commit, and the longest gap between two of them. */
  progressPerSecond: number;
  longestGapMs: number;
}

/** Peak resident memory of this process so far (the kernel's high-water mark), in MB. */
function peakRssMb(): number {
  const status = existsSync('/proc/self/status') ? readFileSync('/proc/self/status', 'utf8') : '';
  const hwm = /VmHWM:\s+(\d+) kB/.exec(status);
  return hwm ? Number(hwm[1]) / 1024 : process.memoryUsage().rss / 1024 / 1024;
}

/** One import of `file` into a fresh database file, through readImportFile → planImport → commitImport. */
export async function timeServiceImport(
  file: string,
  dbFile: string,
  options: { keepDb?: boolean } = {},
): Promise<ImportRun> {
  for (const suffix of ['', '-wal', '-shm']) rmSync(`${dbFile}${suffix}`, { force: true });
  const app = await openApp(dbFile, { clock: { now: () => BENCH_NOW } });
  let sampledPeak = 0;
  const sampler = setInterval(() => (sampledPeak = Math.max(sampledPeak, process.memoryUsage().rss)), 20);
  try {
    const t0 = performance.now();
    const bytes = new Uint8Array(readFileSync(file));
    const read = readImportFile('contacts.csv', bytes, { encoding: 'auto', delimiter: 'auto' });
    const t1 = performance.now();
    const plan = await planImport(app.ctx, read.source, { dateOrder: 'auto', onDuplicate: 'skip', skipInvalid: true });
    const t2 = performance.now();
    const events: number[] = [];
    const summary = await commitImport(app.ctx, plan, { onProgress: () => events.push(performance.now()) });
    const t3 = performance.now();
    const gaps = [t2, ...events, t3].slice(1).map((t, i, all) => t - (i === 0 ? t2 : all[i - 1]!));
    return {
      totalMs: t3 - t0,
      readMs: t1 - t0,
      planMs: t2 - t1,
      commitMs: t3 - t2,
      created: summary.created,
      peakRssMb: Math.max(peakRssMb(), sampledPeak / 1024 / 1024),
      progressPerSecond: events.length / ((t3 - t2) / 1000),
      longestGapMs: Math.max(...gaps),
    };
  } finally {
    clearInterval(sampler);
    await app.close();
    if (!options.keepDb) for (const suffix of ['', '-wal', '-shm']) rmSync(`${dbFile}${suffix}`, { force: true });
  }
}

/** The tables an import writes, parents first, and the FTS tables fed from search_doc. */
const WRITTEN_TABLES = [
  'import_batch',
  'company',
  'contact',
  'contact_point',
  'address',
  'tag',
  'contact_tag',
  'search_doc',
  'search_key',
  'import_item',
];

/**
 * The storage floor: the rows a service import wrote, copied into a fresh database of the same schema through
 * one prepared single-row insert per row, straight from JS arrays read beforehand (no file, no parsing, no
 * checks, no documents to build; search documents fed to the two FTS indexes as the import does). What SQLite
 * itself needs to store an import under Rapport's indexes, whatever the code around it does.
 */
export async function timeStorageFloor(importedDb: string, freshDb: string): Promise<number> {
  for (const suffix of ['', '-wal', '-shm']) rmSync(`${freshDb}${suffix}`, { force: true });
  const app = await openApp(freshDb, { clock: { now: () => BENCH_NOW } });
  await app.close();
  const source = new SQLite(importedDb, { readonly: true });
  const rows = WRITTEN_TABLES.map((table) => {
    const select = source.prepare(`select * from ${table}`).raw();
    return { table, columns: select.columns().map((c) => c.name), rows: select.all() as unknown[][] };
  });
  const docs = source.prepare('select id, body from search_doc').raw().all() as [number, string][];
  const grams = docs.map(([id, body]) => [id, gramsOf(body)] as const);
  source.close();
  const target = new SQLite(freshDb);
  target.pragma('journal_mode = WAL');
  target.pragma('synchronous = NORMAL');
  target.pragma('foreign_keys = ON');
  const t = performance.now();
  target.transaction(() => {
    for (const { table, columns, rows: values } of rows) {
      const insert = target.prepare(
        `insert into ${table} (${columns.join(', ')}) values (${columns.map(() => '?').join(', ')})`,
      );
      for (const row of values) insert.run(row);
    }
    const trigram = target.prepare('insert into search_trigram(rowid, body) values (?, ?)');
    for (const doc of docs) trigram.run(doc);
    const gram = target.prepare('insert into search_gram(rowid, grams) values (?, ?)');
    for (const doc of grams) gram.run(doc);
  })();
  const elapsed = performance.now() - t;
  target.close();
  for (const suffix of ['', '-wal', '-shm']) rmSync(`${freshDb}${suffix}`, { force: true });
  return elapsed;
}

/** The sqlite3 shell's `.import --csv` of the same file into a fresh database; null when there is no shell. */
export function timeSqliteShellImport(file: string, dbFile: string): number | null {
  if (spawnSync('sqlite3', ['-version'], { encoding: 'utf8' }).status !== 0) return null;
  rmSync(dbFile, { force: true });
  const t = performance.now();
  const r = spawnSync('sqlite3', [dbFile, '.import --csv ' + JSON.stringify(file) + ' contacts'], { encoding: 'utf8' });
  const elapsed = performance.now() - t;
  rmSync(dbFile, { force: true });
  if (r.status !== 0) throw new Error(`sqlite3 .import failed: ${r.stderr}`);
  return elapsed;
}

/** Runs the import section and returns the figures the targets are checked against. */
export async function runImportBench(rows: number) {
  const files = benchCsvFiles(rows);
  const mb = (readFileSync(files.utf8).length / 1024 / 1024).toFixed(1);
  console.log(`\nImport: ${rows.toLocaleString('en')} rows, ${mb} MB CSV, end to end through the services`);
  const dbFile = join(CACHE, `import-${process.pid}.db`);
  const shellDb = join(CACHE, `shell-${process.pid}.db`);
  const shell = timeSqliteShellImport(files.utf8, shellDb);
  const utf8 = await timeServiceImport(files.utf8, dbFile, { keepDb: true });
  const gb = await timeServiceImport(files.gb18030, join(CACHE, `import-gb-${process.pid}.db`));
  // Last: it holds every row in memory at once, which would count in the imports' peak.
  const floor = await timeStorageFloor(dbFile, join(CACHE, `floor-${process.pid}.db`));
  for (const suffix of ['', '-wal', '-shm']) rmSync(`${dbFile}${suffix}`, { force: true });
  const line = (label: string, r: ImportRun) =>
    console.log(
      `  ${label.padEnd(9)} total ${ms(r.totalMs).padStart(10)}  (read ${ms(r.readMs)}, plan ${ms(r.planMs)}, commit ${ms(r.commitMs)})  ${(r.totalMs / r.created).toFixed(3)} ms/row created (${r.created.toLocaleString('en')})`,
    );
  line('UTF-8', utf8);
  line('GB18030', gb);
  if (shell === null) {
    console.log('  NOTE: the sqlite3 shell is not installed (apt-get install -y sqlite3): the ratio is skipped.');
  } else {
    console.log(
      `  sqlite3 .import --csv of the same UTF-8 file: ${ms(shell)}   ratio ×${(utf8.totalMs / shell).toFixed(2)}`,
    );
  }
  console.log(
    `  storage floor (the same rows through prepared inserts, Rapport's schema and indexes): ${ms(floor)}` +
      (shell === null
        ? ''
        : `   = ×${(floor / shell).toFixed(2)} the shell; the import is ×${(utf8.totalMs / floor).toFixed(2)} the floor`),
  );
  const peak = Math.max(utf8.peakRssMb, gb.peakRssMb);
  console.log(
    `  peak memory ${peak.toFixed(0)} MB   progress ${utf8.progressPerSecond.toFixed(1)}/s (longest gap ${ms(utf8.longestGapMs)})   GB18030 vs UTF-8 ×${(gb.totalMs / utf8.totalMs).toFixed(2)}`,
  );
  return { utf8, gb, shell, peak, floor };
}

// Run directly: `node --import tsx tests/bench/importBench.ts [rows]`.
if (process.argv[1] && import.meta.filename === process.argv[1]) {
  await runImportBench(Number(process.argv[2] ?? process.env.BENCH_IMPORT_ROWS ?? 100_000));
}
