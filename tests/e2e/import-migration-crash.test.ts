// Pulling the plug on an import and on a migration: the built `rapport` CLI imports a large CSV, or opens a file
// left by an older Rapport (which migrates it), in a real process killed with SIGKILL at a random moment, again
// and again. After every kill the database passes integrity_check and is whole in one of the states it may be in:
// an import is all or nothing (search index included), a migration leaves the old schema or a later one with every
// row still there, and a copy kept before migrating is either absent or a complete database. Runs after the kills
// finish the work. Each test prints where its kills landed, from the steps the killed process announced
// (tests/support/crashPhases.mjs) and the state it left.
import { spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import SQLite from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrateToLatest } from '../../src-main/db/migrate';
import { MIGRATIONS } from '../../src-main/db/migrations';
import { person } from '../support/fixtures';
import { createTestApp, tempDir } from '../support/testApp';

const CLI = join(import.meta.dirname, '../../out/cli/rapport.mjs');
const PHASES = join(import.meta.dirname, '../support/crashPhases.mjs');
const IMPORT_BUDGET_MS = 30_000;
const MIGRATION_BUDGET_MS = 25_000;
// Kills that must land mid-work; a slow machine gets up to twice the budget to reach them.
const MIN_MID_WORK_KILLS = 4;
// 10,000 people: about 20 MB written in one transaction, ten times SQLite's page cache, so the open transaction
// spills into the WAL long before it commits. A whole run takes ~3 s here, which leaves room for a dozen kills.
const ROWS = 10_000;
const ALL_MIGRATIONS = Object.keys(MIGRATIONS);
// Version 3 (before deals): 0004 rebuilds the activity and event_link tables, so migrating copies every row.
const OLD_MIGRATIONS = ALL_MIGRATIONS.slice(0, ALL_MIGRATIONS.indexOf('0003_calendar') + 1);
const OLD_ACTIVITIES = 200_000;
const OLD_CONTACTS = 5_000;

let dir: string;

interface Run {
  code: number | null;
  signal: string | null;
  ms: number;
  stdout: string;
  stderr: string;
  /** The steps the process announced before it ended (tests/support/crashPhases.mjs), and when, from the spawn. */
  steps: Array<{ step: 'begin' | 'committed' | 'copy' | 'copied'; atMs: number }>;
}

function rapport(dbFile: string, args: string[], killAfterMs: number | null): Promise<Run> {
  return new Promise((resolve) => {
    const started = Date.now();
    const child = spawn(process.execPath, ['--import', pathToFileURL(PHASES).href, CLI, '--db', dbFile, ...args], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    const steps: Run['steps'] = [];
    let linesSeen = 0;
    child.stdout.setEncoding('utf8').on('data', (s: string) => (stdout += s));
    child.stderr.setEncoding('utf8').on('data', (s: string) => {
      stderr += s;
      // Timed as they arrive, on the same clock as the kill.
      const lines = stderr.split('\n');
      for (; linesSeen < lines.length - 1; linesSeen++) {
        const [marker, step] = lines[linesSeen]!.split(' ');
        if (marker === '@phase') steps.push({ step: step as Run['steps'][number]['step'], atMs: Date.now() - started });
      }
    });
    const timer = killAfterMs === null ? null : setTimeout(() => child.kill('SIGKILL'), killAfterMs);
    child.on('close', (code, signal) => {
      if (timer) clearTimeout(timer);
      resolve({ code, signal, ms: Date.now() - started, stdout, stderr: stderr.replace(/^@phase .*\n/gm, ''), steps });
    });
  });
}

const timeline = (r: Run) => r.steps.map((s) => `${s.step} ${s.atMs}`).join(', ');
const lastStep = (r: Run) => r.steps.at(-1)?.step ?? null;

/** A moment within a whole run (and a little after it, so some runs finish). */
const killDelay = (wholeRunMs: number) => Math.floor(Math.random() * wholeRunMs * 1.15);
/** A moment within one step of a whole run, give or take a tenth of it. */
const killDelayWithin = (from: number, to: number) => Math.floor(from + (Math.random() * 1.2 - 0.1) * (to - from));

const sizeOf = (file: string) => (existsSync(file) ? statSync(file).size : 0);

function removeDatabase(file: string) {
  for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(`${file}${suffix}`, { force: true });
}

/** Opens the file as the next run of the app would (recovering from the crash), runs `check` on it, closes it. */
function inspect<T>(file: string, check: (db: SQLite.Database) => T): T {
  const db = new SQLite(file, { fileMustExist: true });
  try {
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(db.pragma('foreign_key_check')).toEqual([]);
    return check(db);
  } finally {
    db.close();
  }
}

const count = (db: SQLite.Database, sql: string) => (db.prepare(sql).get() as { n: number }).n;

// ---- the CSV and the database it goes into ---------------------------------------------------------------------

const ZH_FAMILY = '王 李 张 刘 陈 杨 赵 黄 周 吴 欧阳 徐 孙 马 朱 胡'.split(' ');
const ZH_GIVEN =
  '小明 伟 芳 娜 秀英 敏 静 磊 洋 艳 勇 杰 娟 涛 明 超 秀兰 霞 平 刚 桂英 丽 强 军 建华 晓东 海燕 婷'.split(' ');
const EN_GIVEN = 'Ada Grace Alan Mary John Linda James Olivia Noah Emma Liam Sophia Mia Lucas Ella Henry'.split(' ');
const EN_FAMILY = 'Smith Johnson Brown Taylor Lovelace Hopper Turing Miller Davis Wilson Moore Clark'.split(' ');
const ZH_CITY = ['上海', '北京', '广州', '深圳', '杭州', '成都'];

/** `rows` people, half with Chinese names; no two alike (name and company, email, phone), so all are created. */
function peopleCsv(rows: number): string {
  const lines = ['Name,Company,Mobile Phone,E-mail Address,City,Notes'];
  for (let i = 0; i < rows; i++) {
    const zh = i % 2 === 1;
    const j = i >> 1;
    const family = zh ? ZH_FAMILY : EN_FAMILY;
    const given = zh ? ZH_GIVEN : EN_GIVEN;
    const combos = family.length * given.length;
    const g = given[Math.floor(j / family.length) % given.length]!;
    const f = family[j % family.length]!;
    const k = Math.floor(j / combos); // a new company once every name has been used
    const cells = zh
      ? [`${f}${g}`, `${ZH_CITY[k % 6]}${k}号科技有限公司`, `+86 139 ${String(i).padStart(8, '0')}`]
      : [`${g} ${f}`, `${f} & Co ${k}`, `+1 555 ${String(i).padStart(7, '0')}`];
    const notes = i % 7 === 0 ? (zh ? '"喜欢喝茶，不喝咖啡\n展会认识"' : '"Met at a trade show, likes tea"') : '';
    lines.push([...cells, `person.${i}@example.com`, zh ? ZH_CITY[i % 6] : 'London', notes].join(','));
  }
  return `${lines.join('\r\n')}\r\n`;
}

interface ImportState {
  contacts: number;
  companies: number;
  batches: number;
}

/** Counts, after checking that the search index agrees with the people and companies, row for row. */
function importState(file: string): ImportState {
  return inspect(file, (db) => {
    for (const entity of ['contact', 'company']) {
      // Every live record has its document, and every document belongs to a live record.
      expect(
        count(
          db,
          `select count(*) n from ${entity} e where e.deleted_at is null
           and not exists (select 1 from search_doc d where d.entity_type = '${entity}' and d.entity_id = e.id)`,
        ),
      ).toBe(0);
      expect(
        count(
          db,
          `select count(*) n from search_doc d where d.entity_type = '${entity}'
           and not exists (select 1 from ${entity} e where e.id = d.entity_id and e.deleted_at is null)`,
        ),
      ).toBe(0);
    }
    // Both full-text indexes hold each document, and nothing else.
    expect(
      count(
        db,
        'select count(*) n from search_doc d where not exists (select 1 from search_gram g where g.rowid = d.id)',
      ),
    ).toBe(0);
    expect(count(db, 'select count(*) n from search_gram')).toBe(count(db, 'select count(*) n from search_doc'));
    expect(count(db, 'select count(*) n from search_key where doc_id not in (select id from search_doc)')).toBe(0);
    db.exec("insert into search_trigram(search_trigram) values ('integrity-check')"); // throws if it disagrees
    db.exec("insert into search_gram(search_gram) values ('integrity-check')");
    return {
      contacts: count(db, 'select count(*) n from contact where deleted_at is null'),
      companies: count(db, 'select count(*) n from company where deleted_at is null'),
      batches: count(db, 'select count(*) n from import_batch'),
    };
  });
}

// ---- a database from an older Rapport ---------------------------------------------------------------------------

interface OldData {
  contacts: number;
  activities: number;
  eventLinks: number;
  sampleContact: unknown;
  sampleActivity: unknown;
}

const SAMPLE_ACTIVITY = `select id, kind, occurred_at, summary, outcome, contact_id, company_id, created_at, updated_at
                         from activity where id = 123457`;

function oldData(db: SQLite.Database): OldData {
  return {
    contacts: count(db, 'select count(*) n from contact'),
    activities: count(db, 'select count(*) n from activity'),
    eventLinks: count(db, 'select count(*) n from event_link'),
    sampleContact: db.prepare('select * from contact where id = 2').get(),
    sampleActivity: db.prepare(SAMPLE_ACTIVITY).get(),
  };
}

const appliedMigrations = (db: SQLite.Database) =>
  (db.prepare('select name from kysely_migration order by name').all() as Array<{ name: string }>).map((r) => r.name);

/** A file as Rapport at schema version 3 left it (WAL, as the app sets it): people, companies, a calendar, and
 *  enough call notes (~55 MB) that copying and migrating it take a while. */
async function olderDatabase(file: string): Promise<OldData> {
  const db = new SQLite(file);
  try {
    await migrateToLatest(db, file, {
      migrations: Object.fromEntries(OLD_MIGRATIONS.map((name) => [name, MIGRATIONS[name]!])),
    });
    db.pragma('journal_mode = WAL');
    db.exec(`
      with recursive n(i) as (select 1 union all select i + 1 from n where i < 100)
      insert into company (name, sort_en, sort_zh, created_at, updated_at)
      select 'Company ' || i, 'company ' || i, 'company ' || i, '2025-01-01', '2025-01-01' from n;
      with recursive n(i) as (select 1 union all select i + 1 from n where i < ${OLD_CONTACTS})
      insert into contact (given_name, family_name, display_name, company_id, lifecycle, sort_en, sort_zh, email,
                           created_at, updated_at)
      select iif(i % 2, '小明', 'Ada'), iif(i % 2, '王', 'Lovelace'), iif(i % 2, '王小明', 'Ada Lovelace') || ' ' || i,
             1 + i % 100, 'customer', 'k' || i, 'k' || i, 'p' || i || '@example.com', '2025-01-01', '2025-01-01'
      from n;
      with recursive n(i) as (select 1 union all select i + 1 from n where i < ${OLD_ACTIVITIES})
      insert into activity (kind, occurred_at, summary, outcome, contact_id, company_id, created_at, updated_at)
      select 'call', '2025-06-01T09:00:00Z', '通话：call about order ' || i || ' ' || hex(randomblob(40)), 'ok',
             1 + i % ${OLD_CONTACTS}, iif(i % 3, null, 1 + i % 100), '2025-06-01', '2025-06-01'
      from n;
      with recursive n(i) as (select 1 union all select i + 1 from n where i < 2000)
      insert into event (kind, title, all_day, start_local, end_local, time_zone, created_at, updated_at)
      select 'appointment', '拜访 visit ' || i, 0, '2026-01-05T09:00', '2026-01-05T10:00', 'Asia/Shanghai',
             '2025-01-01', '2025-01-01'
      from n;
      insert into event_link (event_id, entity_type, entity_id) select id, 'contact', id from event;
      insert into event_link (event_id, entity_type, entity_id) select id, 'company', 1 + id % 100 from event;
    `);
    return oldData(db);
  } finally {
    db.close();
  }
}

/** The schema version of a file, after checking that each migration is there whole or not at all. */
function migrationState(file: string, expected: OldData): string[] {
  return inspect(file, (db) => {
    const applied = appliedMigrations(db);
    expect(applied).toEqual(ALL_MIGRATIONS.slice(0, applied.length));
    expect(applied.length).toBeGreaterThanOrEqual(OLD_MIGRATIONS.length);
    const tables = new Set(
      (db.prepare("select name from sqlite_master where type = 'table'").all() as Array<{ name: string }>).map(
        (r) => r.name,
      ),
    );
    expect(tables.has('pipeline')).toBe(applied.includes('0004_deals'));
    expect(tables.has('label_sheet')).toBe(applied.includes('0005_labels'));
    expect(tables.has('activity_0003') || tables.has('event_link_0003')).toBe(false);
    expect(oldData(db)).toEqual(expected);
    return applied;
  });
}

/** What is wrong with a copy kept before migrating, or null when it is a whole database from before migrating. */
function problemWithCopy(copy: string, expected: OldData, scratch: string): string | null {
  const journal = existsSync(`${copy}-journal`) ? ', a hot journal beside it' : '';
  removeDatabase(scratch);
  // On its own, as someone restoring it by hand would take it.
  copyFileSync(copy, scratch);
  try {
    const db = new SQLite(scratch, { readonly: true });
    try {
      const integrity = db.pragma('integrity_check', { simple: true });
      if (integrity !== 'ok') return `integrity_check: ${String(integrity)}${journal}`;
      // The version the file had when the copy was taken: the old one, or one a killed run had reached.
      const applied = appliedMigrations(db);
      if (applied.length < OLD_MIGRATIONS.length || applied.length === ALL_MIGRATIONS.length)
        return `holds migrations ${applied.join(', ')}${journal}`;
      const data = oldData(db);
      return JSON.stringify(data) === JSON.stringify(expected) ? null : `holds ${JSON.stringify(data)}${journal}`;
    } finally {
      db.close();
    }
  } catch (error) {
    return `${error instanceof Error ? error.message : String(error)} (${sizeOf(copy)} bytes${journal})`;
  }
}

beforeAll(() => {
  if (!existsSync(CLI)) throw new Error('Build the CLI first (npm run build).');
  dir = tempDir();
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('SIGKILL during an import', () => {
  it('leaves the people as they were or with the whole file added, and the search index in step', async () => {
    const csv = join(dir, 'people.csv');
    writeFileSync(csv, peopleCsv(ROWS));
    const base = join(dir, 'base.db');
    const seed = await createTestApp({ file: base });
    for (const name of ['Charles Babbage', '诸葛亮', 'Grace Hopper']) {
      await seed.call('contacts.create', { contact: person({ fullName: name }) });
    }
    await seed.cleanup(); // closes it, and removes the folder it made (the file is in ours)
    const before = importState(base);
    const file = join(dir, 'import', 'rapport.db');
    mkdirSync(join(dir, 'import'));
    const startOver = () => {
      removeDatabase(file);
      copyFileSync(base, file);
    };

    // A whole run, to know how long one takes and what it leaves.
    startOver();
    const whole = await rapport(file, ['import', csv, '--json'], null);
    expect(whole.stderr).toBe('');
    expect(whole.code).toBe(0);
    expect(JSON.parse(whole.stdout)).toMatchObject({ rowsRead: ROWS, created: ROWS, skipped: 0, rejected: 0 });
    expect(whole.steps.map((s) => s.step)).toEqual(['begin', 'committed']); // one transaction
    const after = importState(file);
    expect(after).toEqual({
      contacts: before.contacts + ROWS,
      companies: before.companies + JSON.parse(whole.stdout).companiesCreated,
      batches: before.batches + 1,
    });

    startOver();
    // Where kills landed: before the import began its transaction (start-up, reading, planning), with it open, or
    // after it committed (killed before exiting, or exited first).
    const landed = { beforeTransaction: 0, midTransaction: 0, afterCommit: 0 };
    const started = Date.now();
    const elapsed = () => Date.now() - started;
    while (
      elapsed() < IMPORT_BUDGET_MS ||
      (landed.midTransaction < MIN_MID_WORK_KILLS && elapsed() < 2 * IMPORT_BUDGET_MS)
    ) {
      const r = await rapport(file, ['import', csv], killDelay(whole.ms));
      if (r.signal !== 'SIGKILL') expect(r.code, r.stderr).toBe(0);
      const state = importState(file);
      if (state.contacts === before.contacts) {
        expect(state).toEqual(before);
        // A commit that returned is on disk (a killed process loses nothing the OS was handed).
        expect(lastStep(r)).not.toBe('committed');
        if (lastStep(r) === 'begin') landed.midTransaction++;
        else landed.beforeTransaction++;
      } else {
        // All of the file: its people, their companies, the record that lets it be undone, the search documents.
        expect(state).toEqual(after);
        expect(lastStep(r)).not.toBe(null);
        landed.afterCommit++;
        startOver();
      }
    }
    console.log(
      `import-crash: ${ROWS} rows, whole run ${whole.ms} ms (${timeline(whole)}); ` +
        `kills ${JSON.stringify(landed)} in ${elapsed()} ms`,
    );
    expect(landed.midTransaction).toBeGreaterThanOrEqual(MIN_MID_WORK_KILLS);

    // After the last kill: `check` calls the file sound, and the same import then runs to the end.
    const check = await rapport(file, ['check'], null);
    expect(check.code, check.stdout).toBe(0);
    expect(check.stdout).toMatch(new RegExp(`Contacts:\\s+${before.contacts}\\n`));
    const again = await rapport(file, ['import', csv, '--json'], null);
    expect(again.code, again.stderr).toBe(0);
    expect(JSON.parse(again.stdout)).toMatchObject({ created: ROWS });
    expect(importState(file)).toEqual(after);
    const found = await rapport(file, ['contacts', 'search', '欧阳小明', '--json'], null);
    expect(JSON.parse(found.stdout)).toContainEqual(expect.objectContaining({ displayName: '欧阳小明' }));
  }, 150_000);
});

describe('SIGKILL during a migration', () => {
  it('leaves the file at the old schema or migrated, every row there, and any copy it kept whole', async () => {
    const pristine = join(dir, 'old.db');
    const expected = await olderDatabase(pristine);
    const scratch = join(dir, 'copy-check.db');
    let copies = 0;
    const freshCopy = () => {
      const folder = join(dir, `migrate-${copies++}`);
      mkdirSync(folder);
      copyFileSync(pristine, join(folder, 'rapport.db'));
      return join(folder, 'rapport.db');
    };
    const keptCopies = (file: string) =>
      readdirSync(dirname(file))
        .filter((n) => n.endsWith('.bak'))
        .map((n) => join(dirname(file), n));
    // Any command that opens the app migrates the file first.
    const openTheApp = ['contacts', 'search', '王小明'];

    const calibration = freshCopy();
    const whole = await rapport(calibration, openTheApp, null);
    expect(whole.code, whole.stderr).toBe(0);
    expect(migrationState(calibration, expected)).toEqual(ALL_MIGRATIONS);
    // The copy first, then each pending migration in its own transaction.
    const pending = ALL_MIGRATIONS.slice(OLD_MIGRATIONS.length);
    expect(whole.steps.map((s) => s.step)).toEqual([
      'copy',
      'copied',
      ...pending.flatMap(() => ['begin', 'committed']),
    ]);
    expect(keptCopies(calibration).map((c) => problemWithCopy(c, expected, scratch))).toEqual([null]);

    // Where kills landed: before anything was written (start-up, reading the version), while the copy was being
    // written, with a migration's transaction open, between two migrations, or after the last one committed.
    const landed = { beforeWriting: 0, copying: 0, migrating: 0, betweenMigrations: 0, afterCommit: 0 };
    const damagedCopies = new Map<string, string>();
    const wholeCopies = new Set<string>();
    let file = freshCopy();
    const started = Date.now();
    const elapsed = () => Date.now() - started;
    const midWork = () => landed.copying + landed.migrating + landed.betweenMigrations;
    // Copying takes a tenth of a run: every other kill aims at it.
    const copyStep = (step: string) => whole.steps.find((s) => s.step === step)!.atMs;
    for (
      let i = 0;
      elapsed() < MIGRATION_BUDGET_MS || (midWork() < MIN_MID_WORK_KILLS && elapsed() < 2 * MIGRATION_BUDGET_MS);
      i++
    ) {
      const delay = i % 2 === 0 ? killDelay(whole.ms) : killDelayWithin(copyStep('copy'), copyStep('copied'));
      const r = await rapport(file, openTheApp, delay);
      if (r.signal !== 'SIGKILL') expect(r.code, r.stderr).toBe(0);
      for (const copy of keptCopies(file).filter((c) => !wholeCopies.has(c))) {
        const problem = problemWithCopy(copy, expected, scratch);
        if (problem === null) wholeCopies.add(copy);
        else damagedCopies.set(copy, problem);
      }
      const applied = migrationState(file, expected);
      if (applied.length === ALL_MIGRATIONS.length) {
        landed.afterCommit++;
        rmSync(dirname(file), { recursive: true, force: true });
        file = freshCopy();
      } else if (applied.length > OLD_MIGRATIONS.length) {
        // Each migration commits on its own (migrate.ts): a version in between, whole, that the next run goes on from.
        landed.betweenMigrations++;
      } else {
        // A migration whose commit returned is on disk.
        expect(r.steps.map((s) => s.step)).not.toContain('committed');
        if (lastStep(r) === null) landed.beforeWriting++;
        else if (lastStep(r) === 'copy') landed.copying++;
        else landed.migrating++;
      }
    }
    console.log(
      `migration-crash: whole run ${whole.ms} ms (${timeline(whole)}); kills ${JSON.stringify(landed)} in ` +
        `${elapsed()} ms; copies kept before migrating: ${wholeCopies.size} whole, ${damagedCopies.size} damaged`,
    );
    expect(midWork()).toBeGreaterThanOrEqual(MIN_MID_WORK_KILLS);

    // The file the last kills left is migrated by the next run, with a whole copy of it kept first.
    const finish = await rapport(file, openTheApp, null);
    expect(finish.code, finish.stderr).toBe(0);
    expect(migrationState(file, expected)).toEqual(ALL_MIGRATIONS);
    expect(keptCopies(file).map((c) => problemWithCopy(c, expected, scratch))).toContain(null);
    // A copy under its final name is complete, or not there: never a half-written file.
    expect([...damagedCopies].map(([copy, problem]) => `${copy}: ${problem}`)).toEqual([]);
  }, 150_000);
});
