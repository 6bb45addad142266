// Test helpers for backups: a keychain double, a database with a little of everything in it, ballast that makes it
// span several compressed blocks, and what a folder holds (leftover temporary files included).
import { createHash } from 'node:crypto';
import { readdirSync } from 'node:fs';
import { basename, dirname } from 'node:path';
import type SQLite from 'better-sqlite3';
import type { SecretStore } from '../../src-main/ports';
import type { BackupCounts } from '@shared/domain/backups';
import { company, dealInput, person } from './fixtures';
import type { TestApp } from './testApp';

/** The keychain, in memory: what the app's safeStorage adapter does, minus the OS. */
export function memorySecretStore(): SecretStore & { kept: Map<string, string> } {
  const kept = new Map<string, string>();
  return {
    kept,
    available: () => true,
    get: async (name) => kept.get(name) ?? null,
    set: async (name, value) => void (value === null ? kept.delete(name) : kept.set(name, value)),
  };
}

/** People, a company, a deal, a calendar item and an activity, through the contract. */
export async function seedCustomers(
  app: TestApp,
  names = ['Ada Lovelace', 'Grace Hopper', '张三'],
): Promise<BackupCounts> {
  const acme = await app.call('companies.create', { company: company({ name: 'Acme Analytical Engines' }) });
  const people = [];
  for (const name of names) {
    people.push(await app.call('contacts.create', { contact: person({ fullName: name, companyId: acme.id }) }));
  }
  const pipeline = (await app.call('pipelines.list', {}))[0]!;
  await app.call('deals.create', {
    deal: dealInput({
      pipelineId: pipeline.id,
      stageId: pipeline.stages[0]!.id,
      title: 'Difference engine No. 2',
      companyId: acme.id,
      contactIds: [people[0]!.id],
      amount: 120_000,
      expectedClose: '2026-12-31',
    }),
  });
  await app.call('calendar.create', {
    event: {
      kind: 'call',
      title: 'Call about the engine',
      allDay: false,
      start: '2026-11-23T09:00',
      end: '2026-11-23T09:15',
      location: '',
      notes: '',
      repeat: null,
      reminders: [15],
      contactIds: [people[0]!.id],
      companyIds: [],
      dealIds: [],
    },
  });
  await app.call('activities.create', {
    activity: {
      kind: 'call',
      occurredAt: '2026-11-20T09:00:00Z',
      summary: 'Talked about punched cards',
      outcome: '',
      contactId: people[0]!.id,
      companyId: null,
    },
  });
  return { contacts: names.length, companies: 1, deals: 1, events: 1, activities: 1 };
}

/** About 1.2 MB of data that does not compress (settings nobody reads), for a disk too small to take it. */
export function growDatabase(app: TestApp) {
  app.handle.sqlite.exec(
    `with recursive n(i) as (select 1 union all select i + 1 from n where i < 600)
     insert into setting (key, value_json) select 'filler.' || i, json_quote(hex(randomblob(1000))) from n`,
  );
}

/** Temporary files of backups, restores and moves left beside the database or in a folder. */
export function leftovers(dbFile: string, folder?: string): string[] {
  const beside = readdirSync(dirname(dbFile)).filter((n) => n.startsWith(`${basename(dbFile)}.`) && /\.tmp/.test(n));
  const inFolder = folder ? readdirSync(folder).filter((n) => n.endsWith('.partial')) : [];
  return [...beside, ...inFolder];
}

/**
 * About 16 MB in a table of its own, so that a backup spans several 4 MiB blocks, the last part-filled: random bytes
 * (which no compressor can shrink: the largest a compressed block gets) between zeros, then repeated text.
 */
export function addBallast(sqlite: SQLite.Database): void {
  sqlite.exec(
    `create table ballast (id integer primary key, bytes blob);
     with recursive n(i) as (select 1 union all select i + 1 from n where i < 2500)
     insert into ballast (bytes) select case when i % 2 = 0 then randomblob(3000) else zeroblob(3000) end from n;
     with recursive n(i) as (select 1 union all select i + 1 from n where i < 2500)
     insert into ballast (bytes) select cast(printf('%.3000c', char(65 + i % 26)) as blob) from n`,
  );
}

/** SHA-256 of the ballast's rows, to tell that a restore gave back every byte of it. */
export function ballastDigest(sqlite: SQLite.Database): string {
  const hash = createHash('sha256');
  for (const row of sqlite.prepare('select id, bytes from ballast order by id').iterate() as Iterable<{
    id: number;
    bytes: Buffer;
  }>) {
    hash.update(String(row.id)).update(row.bytes);
  }
  return hash.digest('hex');
}
