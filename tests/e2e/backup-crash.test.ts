// Pulling the plug: the built `rapport` CLI backs up or restores in a real process that is killed with SIGKILL at a
// random moment, again and again. After every kill the database passes integrity_check and holds exactly the data
// of one of the two states it can be in (as it was, or as restored), and every file under a final backup name
// decodes, passes quick_check and holds what its header says. The next runs clean up what the killed ones left.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import SQLite from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runBackupJob } from '../../src-main/backups/backupJobs';
import { removeTemporary } from '../../src-main/backups/temporaries';
import { leftovers } from '../support/backups';
import { person } from '../support/fixtures';
import { createTestApp, tempDir, type TestApp } from '../support/testApp';

const CLI = join(import.meta.dirname, '../../out/cli/rapport.mjs');
const BUDGET_MS = 40_000;
let app: TestApp;
let dir: string;
let work: string;
const states = new Set<number>();
const kept: Record<'few' | 'more', string> = { few: '', more: '' };

function run(
  args: string[],
  killAfterMs: number | null,
): Promise<{ code: number | null; signal: string | null; ms: number }> {
  return new Promise((resolve) => {
    const started = Date.now();
    const child = spawn(process.execPath, [CLI, '--db', app.file, ...args], { stdio: 'ignore' });
    const timer = killAfterMs === null ? null : setTimeout(() => child.kill('SIGKILL'), killAfterMs);
    child.on('exit', (code, signal) => {
      if (timer) clearTimeout(timer);
      resolve({ code, signal, ms: Date.now() - started });
    });
  });
}

function contactsIn(file: string): number {
  const db = new SQLite(file);
  try {
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    return (db.prepare('select count(*) n from contact where deleted_at is null').get() as { n: number }).n;
  } finally {
    db.close();
  }
}

const verified = new Set<string>();
/** Every backup under a final name decodes, passes quick_check and holds the counts its header lists. */
async function everyFinalBackupReadable(scratch: string) {
  for (const folder of [work, join(dir, 'Backups')]) {
    if (!existsSync(folder)) continue;
    for (const name of readdirSync(folder).filter((n) => n.endsWith('.rapport-backup'))) {
      const file = join(folder, name);
      if (verified.has(file)) continue;
      const prepared = await runBackupJob('prepareRestore', { dbFile: scratch, backupFile: file, passphrase: null });
      expect(states.has(prepared.counts.contacts)).toBe(true);
      await removeTemporary(prepared.tempFile);
      verified.add(file);
    }
  }
}

beforeAll(async () => {
  if (!existsSync(join(import.meta.dirname, '../../out/cli/backupWorker.mjs'))) {
    throw new Error('Build the CLI first (npm run build).');
  }
  app = await createTestApp();
  dir = app.dir;
  work = join(dir, 'work');
  mkdirSync(work);
  // About 8 MB, so that a backup or a restore takes long enough to be killed in each of its steps.
  app.handle.sqlite.exec(
    `with recursive n(i) as (select 1 union all select i + 1 from n where i < 4000)
     insert into setting (key, value_json) select 'filler.' || i, json_quote(hex(randomblob(1000))) from n`,
  );
  for (const name of ['Ada Lovelace', 'Grace Hopper'])
    await app.call('contacts.create', { contact: person({ fullName: name }) });
  await app.close();
  const few = await run(['backup', join(dir, 'kept-few')], null);
  expect(few.code).toBe(0);
  kept.few = join(dir, 'kept-few', readdirSync(join(dir, 'kept-few'))[0]!);
  const again = await createTestApp({ file: app.file });
  for (const name of ['Charles Babbage', 'Alan Turing', '张三']) {
    await again.call('contacts.create', { contact: person({ fullName: name }) });
  }
  await again.close();
  const more = await run(['backup', join(dir, 'kept-more')], null);
  expect(more.code).toBe(0);
  kept.more = join(dir, 'kept-more', readdirSync(join(dir, 'kept-more'))[0]!);
  states.add(2).add(5);
}, 30_000);
afterAll(async () => app.cleanup().catch(() => undefined));

describe('SIGKILL during backups and restores', () => {
  it('never leaves a damaged database or an unreadable backup under a final name', async () => {
    const scratch = join(tempDir(), 'scratch.db');
    // How long each takes when left alone, to kill within that span.
    const full = {
      backup: (await run(['backup', work], null)).ms,
      restore: (await run(['restore', kept.few], null)).ms,
    };
    let killed = 0;
    let finished = 0;
    const started = Date.now();
    for (let i = 0; Date.now() - started < BUDGET_MS; i++) {
      const action = i % 3 === 0 ? 'backup' : 'restore';
      const args = action === 'backup' ? ['backup', work] : ['restore', i % 3 === 1 ? kept.few : kept.more];
      const r = await run(args, Math.floor(Math.random() * full[action] * 1.5));
      if (r.signal === 'SIGKILL') killed++;
      else {
        expect(r.code).toBe(0);
        finished++;
      }
      expect(states.has(contactsIn(app.file))).toBe(true);
      await everyFinalBackupReadable(scratch);
    }
    console.log(
      `backup-crash: whole runs ${JSON.stringify(full)} ms; ${killed} killed, ${finished} finished, ${verified.size} backups verified`,
    );
    // The kills did land mid-way (and some runs finished): the test exercised what it claims to.
    expect(killed).toBeGreaterThan(15);
    expect(finished).toBeGreaterThan(0);
    // Runs after the kills clean up what those left behind.
    expect((await run(['restore', kept.more], null)).code).toBe(0);
    expect((await run(['backup', work], null)).code).toBe(0);
    expect(contactsIn(app.file)).toBe(5);
    expect(leftovers(app.file, work)).toEqual([]);
    expect(leftovers(app.file, join(dir, 'Backups'))).toEqual([]);
  }, 90_000);
});
