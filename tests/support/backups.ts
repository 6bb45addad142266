// Test helpers for backups: a keychain double, a database with a little of everything in it, and what a folder
// holds (leftover temporary files included).
import { readdirSync } from 'node:fs';
import { basename, dirname } from 'node:path';
import type { SecretStore } from '../../src-main/ports';
import type { BackupCounts } from '@shared/domain/backups';
import { company, person } from './fixtures';
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
    deal: {
      pipelineId: pipeline.id,
      stageId: pipeline.stages[0]!.id,
      title: 'Difference engine No. 2',
      companyId: acme.id,
      contactIds: [people[0]!.id],
      amount: 120_000,
      currency: 'USD',
      expectedClose: '2026-12-31',
      probability: null,
      source: '',
      notes: '',
      tags: [],
      lines: [],
      closedOn: null,
      lostReasonId: null,
      lostNote: '',
    },
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

/** Temporary files of backups and restores left beside the database or in a folder. */
export function leftovers(dbFile: string, folder?: string): string[] {
  const beside = readdirSync(dirname(dbFile)).filter((n) => n.startsWith(`${basename(dbFile)}.`) && /\.tmp/.test(n));
  const inFolder = folder ? readdirSync(folder).filter((n) => n.endsWith('.partial')) : [];
  return [...beside, ...inFolder];
}
