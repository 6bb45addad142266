// Customer values stay current whatever changed them: the triggers of migration 0006 must mark every customer a
// write touched, or an incremental refresh would leave a stale figure behind. Each step below changes data
// through the contract (as the screens do); afterwards, recomputing *every* customer against the same score cuts
// must give exactly the table the incremental refreshes left. Also: writes from outside the contract (the CLI, an
// import in another process) are picked up by the next read, and a new day or new settings recompute everyone.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Pipeline } from '@shared/domain/deals';
import type { DealInput } from '@shared/validation/deals';
import { customerValueTuning, refreshCustomerValues } from '../../../src-main/customers/customerValueService';
import { seededRandom } from '../../../src-main/sample/sampleData';
import { createTestApp, frozenClock, type TestApp } from '../../support/testApp';
import { company, dealInput, person } from '../../support/fixtures';

let app: TestApp;
let clock: ReturnType<typeof frozenClock>;
let pipeline: Pipeline;
const stage = (kind: 'won' | 'lost' | 'open') => pipeline.stages.find((s) => s.kind === kind)!.id;
const tuning = { ...customerValueTuning };

beforeEach(async () => {
  // Behave like a large database: score against the cuts of the last full pass instead of ranking anew.
  customerValueTuning.smallBase = 0;
  clock = frozenClock(new Date('2026-11-22T10:00:00Z'));
  app = await createTestApp({ clock });
  pipeline = (await app.call('pipelines.list', {}))[0]!;
});
afterEach(async () => {
  Object.assign(customerValueTuning, tuning);
  await app.cleanup();
});

/** A won order of $100 on 2026-06-01, unless the test says otherwise. */
const deal = (over: Partial<DealInput>): DealInput =>
  dealInput({
    pipelineId: pipeline.id,
    stageId: stage('won'),
    title: 'Order',
    amount: 10_000,
    closedOn: '2026-06-01',
    ...over,
  });

const table = () =>
  app.handle.sqlite.prepare('select * from customer_value order by kind, id').all() as Array<Record<string, unknown>>;

/** Every customer recomputed against the same cuts: what the incremental refreshes should already have. */
async function everyoneAgain() {
  app.handle.sqlite.exec(`insert or ignore into customer_value_dirty (kind, id)
    select 'contact', id from contact union all select 'company', id from company`);
  expect(await refreshCustomerValues(app.ctx)).toBe('dirty');
  return table();
}

async function buildBase() {
  const next = seededRandom(2026);
  const people: number[] = [];
  const companies: number[] = [];
  for (let i = 0; i < 6; i++)
    companies.push((await app.call('companies.create', { company: company({ name: `Firm ${i}` }) })).id);
  for (let i = 0; i < 24; i++) {
    const companyId = i % 3 === 0 ? null : companies[i % companies.length]!;
    people.push((await app.call('contacts.create', { contact: person({ givenName: `P${i}`, companyId }) })).id);
  }
  const deals: number[] = [];
  for (let i = 0; i < 50; i++) {
    const pick = () => people[Math.floor(next() * next() * people.length)]!;
    const a = pick();
    const b = pick();
    const won = next() < 0.8;
    const day = new Date(Date.UTC(2024, 0, 1) + Math.floor(next() * 1000) * 86_400_000).toISOString().slice(0, 10);
    const created = await app.call('deals.create', {
      deal: deal({
        stageId: stage(won ? 'won' : 'lost'),
        contactIds: a === b || next() < 0.7 ? [a] : [a, b],
        companyId: next() < 0.5 ? companies[Math.floor(next() * companies.length)]! : null,
        amount: 1_000 * (1 + Math.floor(next() * 50)),
        currency: next() < 0.9 ? 'USD' : 'EUR',
        closedOn: day,
        lostReasonId: won ? null : (await app.call('lostReasons.list', { includeArchived: false }))[0]!.id,
      }),
    });
    deals.push(created.id);
  }
  for (let i = 0; i < 60; i++) {
    await app.call('activities.create', {
      activity: {
        kind: 'call',
        occurredAt: new Date(Date.UTC(2025, 0, 1) + Math.floor(next() * 690) * 86_400_000).toISOString(),
        summary: `Call ${i}`,
        outcome: '',
        contactId: people[Math.floor(next() * people.length)]!,
        companyId: null,
        dealId: null,
      },
    });
  }
  return { people, companies, deals };
}

describe('incremental refreshes match a recomputation of everyone', () => {
  it('after every kind of change', async () => {
    const { people, companies, deals } = await buildBase();
    expect(table().length).toBeGreaterThan(10);
    const steps: Array<[string, () => Promise<unknown>]> = [
      [
        'a won deal shared by two people of a company',
        async () =>
          app.call('deals.create', { deal: deal({ contactIds: [people[1]!, people[2]!], companyId: companies[0]! }) }),
      ],
      [
        'a won deal reopened',
        async () =>
          app.call('deals.move', {
            id: deals[0]!,
            stageId: stage('open'),
            beforeId: null,
            closedOn: null,
            lostReasonId: null,
            lostNote: '',
          }),
      ],
      [
        'an open deal with people moved between open stages, then won, then its people changed',
        async () => {
          const open = pipeline.stages.filter((s) => s.kind === 'open');
          const d = await app.call('deals.create', {
            deal: deal({ stageId: open[0]!.id, contactIds: [people[7]!], companyId: companies[1]!, closedOn: null }),
          });
          const move = (stageId: number, closedOn: string | null) =>
            app.call('deals.move', { id: d.id, stageId, beforeId: null, closedOn, lostReasonId: null, lostNote: '' });
          await move(open[1]!.id, null);
          await move(stage('won'), '2026-11-20');
          const won = await app.call('deals.get', { id: d.id });
          await app.call('deals.update', {
            id: d.id,
            deal: deal({
              stageId: won.stageId,
              contactIds: [people[8]!, people[9]!],
              companyId: companies[1]!,
              closedOn: won.closedOn,
            }),
          });
        },
      ],
      [
        'people and company of a deal changed',
        async () => {
          const d = await app.call('deals.get', { id: deals[1]! });
          await app.call('deals.update', {
            id: d.id,
            deal: deal({
              stageId: d.stageId,
              contactIds: [people[5]!],
              companyId: companies[3]!,
              amount: 7_000,
              closedOn: d.closedOn,
            }),
          });
        },
      ],
      ['a partial refund', async () => app.call('deals.refund', { id: deals[1]!, refunded: 3_000 })],
      ['a whole refund', async () => app.call('deals.refund', { id: deals[1]!, refunded: 7_000 })],
      ['a deal to the Trash', async () => app.call('deals.delete', { id: deals[2]! })],
      [
        'the deal back from the Trash',
        async () => app.call('trash.restore', { items: [{ entityType: 'deal', id: deals[2]! }] }),
      ],
      [
        'an activity moved to someone else, then deleted',
        async () => {
          const a = await app.call('activities.create', {
            activity: {
              kind: 'visit',
              occurredAt: '2026-11-20T09:00:00Z',
              summary: 'Visit',
              outcome: '',
              contactId: people[3]!,
              companyId: null,
              dealId: null,
            },
          });
          await app.call('activities.update', {
            id: a.id,
            activity: {
              kind: 'visit',
              occurredAt: '2026-11-21T09:00:00Z',
              summary: 'Visit',
              outcome: '',
              contactId: people[4]!,
              companyId: null,
              dealId: null,
            },
          });
          await app.call('activities.delete', { id: a.id });
        },
      ],
      [
        'a buyer to the Trash and back',
        async () => {
          await app.call('contacts.delete', { ids: [people[0]!] });
          expect(table().some((r) => r.kind === 'contact' && r.id === people[0])).toBe(false);
          await app.call('trash.restore', { items: [{ entityType: 'contact', id: people[0]! }] });
        },
      ],
      [
        'a lifecycle changed by hand',
        async () => {
          const c = await app.call('contacts.get', { id: people[6]! });
          await app.call('contacts.update', {
            id: c.id,
            contact: person({ givenName: c.givenName, companyId: c.companyId, lifecycle: 'repeat' }),
          });
        },
      ],
      [
        'a trashed deal deleted for good',
        async () => {
          await app.call('deals.delete', { id: deals[3]! });
          await app.call('trash.empty', {});
        },
      ],
    ];
    for (const [what, change] of steps) {
      await change();
      const incremental = table();
      expect(await everyoneAgain(), what).toEqual(incremental);
    }
  }, 60_000);
});

describe('what brings values up to date', () => {
  it('a read after a write from outside the contract (another process) sees it', async () => {
    const ann = await app.call('contacts.create', { contact: person({ givenName: 'Ann' }) });
    expect(await app.call('customers.value', { entityType: 'contact', id: ann.id })).toBeNull();
    // As `rapport import` or any other process would write: straight into the file, no dispatch.
    const sqlite = app.handle.sqlite;
    const dealId = Number(
      sqlite
        .prepare(
          `insert into deal (pipeline_id, stage_id, status, title, amount, currency, closed_on, position,
             last_activity_at, created_at, updated_at)
           values (?, ?, 'won', 'Outside', 12300, 'USD', '2026-11-01', 0, ?, ?, ?)`,
        )
        .run(pipeline.id, stage('won'), '2026-11-01T00:00:00Z', '2026-11-01T00:00:00Z', '2026-11-01T00:00:00Z')
        .lastInsertRowid,
    );
    sqlite.prepare('insert into deal_contact (deal_id, contact_id, position) values (?, ?, 0)').run(dealId, ann.id);
    const value = await app.call('customers.value', { entityType: 'contact', id: ann.id });
    expect(value).toMatchObject({ revenueEver: 12_300, ordersEver: 1, lastPurchaseOn: '2026-11-01', segment: 'new' });
  });

  it('a new day and changed settings recompute everyone', async () => {
    const bo = await app.call('contacts.create', { contact: person({ givenName: 'Bo', lifecycle: 'customer' }) });
    await app.call('deals.create', { deal: deal({ contactIds: [bo.id], closedOn: '2026-01-10' }) });
    const before = await app.call('customers.value', { entityType: 'contact', id: bo.id });
    expect(before).toMatchObject({ daysSinceLastPurchase: 316, suggestion: null });

    // 365 days without a purchase pass: the next morning, Bo is suggested as lapsed — with no write in between.
    clock.set(new Date('2027-01-11T10:00:00Z'));
    expect(await app.call('customers.value', { entityType: 'contact', id: bo.id })).toMatchObject({
      daysSinceLastPurchase: 366,
      suggestion: 'lapsed',
    });

    // A longer lapse period in Settings takes the suggestion back at once.
    await app.call('settings.update', { lapsedAfterDays: 400 });
    expect(await app.call('customers.value', { entityType: 'contact', id: bo.id })).toMatchObject({ suggestion: null });
  });
});
