// Customer value through the contract (customers.value, the segment filter, saved views, labels, export) on a
// fixed data set whose every expected figure is worked out by hand below from the definitions in the header of
// src-main/customers/customerValueRepository.ts and the rules of src-shared/customers/segments.ts.
//
// Today is 2026-11-22 (the computer is on UTC). Settings' currency is USD; money in cents. "12 months" is
// won after 2025-11-22; rhythm looks at activities from 2024-11-22 on. Each person works out by rank among the
// ten people who bought something; with ten distinct values the cumulative share of rank k is k/10 and the
// score ceil(5 × k/10): ranks 1–2 → 1, 3–4 → 2, 5–6 → 3, 7–8 → 4, 9–10 → 5. Tied customers share the share of
// the last of them (so the higher score).
//
// People (won deals: closed on, amount; lifecycle in brackets)
//   Ava  [customer] 2025-03-01 50,000 · 2025-12-01 50,000 · 2026-04-01 50,000 · 2026-07-01 50,000 ·
//        2026-08-15 €99,900 (EUR: an order, no revenue) · 2026-10-01 50,000 — all for Acme.
//        Activities 2024-11-01 (before the two years: ignored), 2026-09-01, 2026-09-11 twice (one day),
//        2026-09-25, 2026-10-05, 2026-11-10.
//   Ben  [repeat] 2025-06-01 40,000 · 2025-09-01 30,000 · 2025-11-23 80,000 of which 30,000 refunded.
//   Cleo [customer] 2026-03-01 12,000. Activities 2026-11-01, 11-02, 11-03.
//   Dan  [prospect] 2026-10-20 70,000. Activities 2026-10-25, 2026-11-05.
//   Ed   [lead] 2025-11-22 8,000 (exactly a year ago: not in the last 12 months).
//   Fay  [lapsed] 2025-01-15 15,000 · 2025-04-01 100,000 shared with Jay (50,000 each) · 2025-05-20 15,000.
//   Gus  [repeat] 2023-01-10, 2023-04-10, 2023-07-10, 2023-10-10, 2024-03-10, 30,000 each — all for Globex.
//   Hal  [lapsed] 2024-06-01 5,000 — for Initech.
//   Ivy  [repeat] 2026-02-01 40,000 · 2026-06-10 60,000.
//   Jay  [customer] 2025-04-01 the shared deal (50,000) · 2025-08-15 10,000.
//   Nora no deals; Lou a lost deal and an open one; Rae a won deal of 20,000 wholly refunded: no purchases (null).
//
// Measures (days since = today − last)                                         R: rank of the last purchase,
//                                                                              F: orders, M: rank of revenue
//          first       last        since ever 12m  revenue  rev12m  average  |  R        F        M
//   Ava  2025-03-01  2026-10-01     52    6   5  250,000  200,000  50,000   |  9 → 5    6 → 5    10 → 5
//   Ben  2025-06-01  2025-11-23    364    3   1  120,000   50,000  40,000   |  6 → 3    3 → 4     8 → 4
//   Cleo 2026-03-01  2026-03-01    266    1   1   12,000   12,000  12,000   |  7 → 4    1 → 2     3 → 2
//   Dan  2026-10-20  2026-10-20     33    1   1   70,000   70,000  70,000   | 10 → 5    1 → 2     5 → 3
//   Ed   2025-11-22  2025-11-22    365    1   0    8,000        0   8,000   |  5 → 3    1 → 2     2 → 1
//   Fay  2025-01-15  2025-05-20    551    3   0   80,000        0  26,667   |  3 → 2    3 → 4     6 → 3
//   Gus  2023-01-10  2024-03-10    987    5   0  150,000        0  30,000   |  1 → 1    5 → 5     9 → 5
//   Hal  2024-06-01  2024-06-01    904    1   0    5,000        0   5,000   |  2 → 1    1 → 2     1 → 1
//   Ivy  2026-02-01  2026-06-10    165    2   2  100,000  100,000  50,000   |  8 → 4    2 → 3     7 → 4
//   Jay  2025-04-01  2025-08-15    464    2   0   60,000        0  30,000   |  4 → 2    2 → 3     4 → 2
// Orders tie: four people on 1 (Cleo, Dan, Ed, Hal: share 4/10 → all F2), two on 2 (6/10 → F3), two on 3
// (8/10 → F4); Gus's 5 is 9/10 → F5. Ed's order, exactly a year old, is not in the last 12 months; Ben's, a
// year less a day, is.
// Fay's average is 80,000 / 3 = 26,666.7 → 26,667; Ava's 250,000 / 5 (the EUR order has no revenue) = 50,000.
//
// Segments (FM = ⌊(F + M + 1) / 2⌋; "New": one order, first within 90 days)
//   Ava  R5 FM5 champions       Ben R3 FM4 loyal        Cleo R4 FM2 promising (one order, 266 days ago)
//   Dan  new (one order, 33 days ago)                   Ed  R3 FM2 needsAttention
//   Fay  R2 FM4 atRisk          Gus R1 FM5 cantLose     Hal R1 FM1 hibernating
//   Ivy  R4 FM4 champions       Jay R2 FM3 atRisk
//
// Rhythm (median gap between days with an activity, three such days at least) and due date (last touch = the
// later of the last activity and the last purchase; + the rhythm, at least 7 days, else the segment's days of
// Settings: champions 30, loyal 45, promising 30, new 21, needs attention 30, at risk 21, can't lose 14,
// hibernating never)
//   Ava  days 09-01, 09-11, 09-25, 10-05, 11-10: gaps 10, 14, 10, 36 → median (10 + 14) / 2 = 12;
//        due 2026-11-10 + 12 = 2026-11-22.
//   Cleo gaps 1, 1 → rhythm 1; due 2026-11-03 + 7 (the least) = 2026-11-10.
//   Dan  one gap: no rhythm; due 2026-11-05 + 21 = 2026-11-26.
//   Ben  2025-11-23 + 45 = 2026-01-07 · Ed 2025-11-22 + 30 = 2025-12-22 · Fay 2025-05-20 + 21 = 2025-06-10 ·
//   Gus  2024-03-10 + 14 = 2024-03-24 · Ivy 2026-06-10 + 30 = 2026-07-10 · Jay 2025-08-15 + 21 = 2025-09-05 ·
//   Hal  hibernating: none.
//
// Lifecycle suggestions (lapsed after 365 days without a purchase; two orders or more: repeat; else a lead,
// prospect or lapsed person who bought: customer; none when the lifecycle already says so)
//   Ava customer → repeat · Dan prospect → customer · Ed lead → customer (365 days is not more than 365) ·
//   Gus repeat → lapsed (987 days) · Jay customer → lapsed (464) · Fay and Hal: already lapsed · Ben, Ivy: repeat ·
//   Cleo: customer.
//
// Companies rank among the three companies that bought (shares 1/3, 2/3, 1 → scores 2, 4, 5):
//   Acme    Ava's six deals: last 2026-10-01 R5, 6 orders F5, 250,000 M5 → champions.
//   Globex  Gus's five: last 2024-03-10 R2, 5 orders F4, 150,000 M4 → FM4, R2 → atRisk; due 2024-03-10 + 21.
//   Initech Hal's one: last 2024-06-01 R4, 1 order F2, 5,000 M2 → FM2, R4 → promising.
//   Umbrella: Rae's refunded deal only → null.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CustomerValue } from '@shared/domain/customers';
import type { LifecycleStage } from '@shared/domain/contact';
import type { Pipeline } from '@shared/domain/deals';
import type { Segment } from '@shared/customers/segments';
import type { DealInput } from '@shared/validation/deals';
import type { ContactFilter, CompanyFilter } from '@shared/validation/filters';
import type { Clock } from '../../../src-main/ports';
import { company, dealInput, person, postalAddress } from '../../support/fixtures';
import { createTestApp, type TestApp } from '../../support/testApp';

const clock: Clock = { now: () => new Date('2026-11-22T10:00:00.000Z'), zone: () => 'UTC' };

const PEOPLE = ['Ava', 'Ben', 'Cleo', 'Dan', 'Ed', 'Fay', 'Gus', 'Hal', 'Ivy', 'Jay', 'Nora', 'Lou', 'Rae'] as const;
type Name = (typeof PEOPLE)[number];
const LIFECYCLE: Record<Name, LifecycleStage> = {
  Ava: 'customer',
  Ben: 'repeat',
  Cleo: 'customer',
  Dan: 'prospect',
  Ed: 'lead',
  Fay: 'lapsed',
  Gus: 'repeat',
  Hal: 'lapsed',
  Ivy: 'repeat',
  Jay: 'customer',
  Nora: 'lead',
  Lou: 'prospect',
  Rae: 'customer',
};
const COMPANIES = ['Acme', 'Globex', 'Initech', 'Umbrella'] as const;
type CompanyName = (typeof COMPANIES)[number];

let app: TestApp;
let pipeline: Pipeline;
let people: Record<Name, number>;
let companies: Record<CompanyName, number>;
/** Deals the tests change later, by a short name. */
let deals: Record<'benRefunded' | 'rae' | 'lost', number>;

const stage = (kind: 'won' | 'lost' | 'open') => pipeline.stages.find((s) => s.kind === kind)!.id;

/** A deal in the first pipeline, won unless the test says otherwise. */
const deal = (over: Partial<DealInput>): DealInput =>
  dealInput({ pipelineId: pipeline.id, stageId: stage('won'), ...over });

async function won(
  closedOn: string,
  amount: number,
  who: Name[],
  over: { company?: CompanyName; currency?: string } = {},
): Promise<number> {
  const input = deal({
    title: `${who.join(' & ')} ${closedOn}`,
    companyId: over.company ? companies[over.company] : null,
    contactIds: who.map((n) => people[n]),
    amount,
    currency: over.currency ?? 'USD',
    closedOn,
  });
  return (await app.call('deals.create', { deal: input })).id;
}

async function activity(who: Name, occurredAt: string) {
  await app.call('activities.create', {
    activity: { kind: 'call', occurredAt, summary: 'Talked', outcome: '', contactId: people[who], companyId: null },
  });
}

/** The data set of the header, through the contract. */
async function buildDataSet() {
  pipeline = (await app.call('pipelines.list', {}))[0]!;
  companies = {} as Record<CompanyName, number>;
  for (const name of COMPANIES)
    companies[name] = (await app.call('companies.create', { company: company({ name }) })).id;
  people = {} as Record<Name, number>;
  for (const name of PEOPLE) {
    const address = name === 'Fay' ? [postalAddress('1 Main St', 'Springfield', 'IL', '62701', 'US')] : [];
    const created = await app.call('contacts.create', {
      contact: person({ givenName: name, lifecycle: LIFECYCLE[name], addresses: address }),
    });
    people[name] = created.id;
  }

  for (const day of ['2025-03-01', '2025-12-01', '2026-04-01', '2026-07-01', '2026-10-01'])
    await won(day, 50_000, ['Ava'], { company: 'Acme' });
  await won('2026-08-15', 99_900, ['Ava'], { company: 'Acme', currency: 'EUR' });
  for (const at of ['2024-11-01', '2026-09-01', '2026-09-11', '2026-09-25', '2026-10-05', '2026-11-10'])
    await activity('Ava', `${at}T09:00:00.000Z`);
  await activity('Ava', '2026-09-11T15:00:00.000Z');

  await won('2025-06-01', 40_000, ['Ben']);
  await won('2025-09-01', 30_000, ['Ben']);
  const benRefunded = await won('2025-11-23', 80_000, ['Ben']);
  await app.call('deals.refund', { id: benRefunded, refunded: 30_000 });

  await won('2026-03-01', 12_000, ['Cleo']);
  for (const day of ['2026-11-01', '2026-11-02', '2026-11-03']) await activity('Cleo', `${day}T09:00:00.000Z`);

  await won('2026-10-20', 70_000, ['Dan']);
  await activity('Dan', '2026-10-25T09:00:00.000Z');
  await activity('Dan', '2026-11-05T09:00:00.000Z');

  await won('2025-11-22', 8_000, ['Ed']);

  await won('2025-01-15', 15_000, ['Fay']);
  await won('2025-04-01', 100_000, ['Fay', 'Jay']);
  await won('2025-05-20', 15_000, ['Fay']);

  for (const day of ['2023-01-10', '2023-04-10', '2023-07-10', '2023-10-10', '2024-03-10'])
    await won(day, 30_000, ['Gus'], { company: 'Globex' });

  await won('2024-06-01', 5_000, ['Hal'], { company: 'Initech' });

  await won('2026-02-01', 40_000, ['Ivy']);
  await won('2026-06-10', 60_000, ['Ivy']);

  await won('2025-08-15', 10_000, ['Jay']);

  const reasons = await app.call('lostReasons.list', { includeArchived: false });
  const lost = await app.call('deals.create', {
    deal: deal({
      stageId: stage('lost'),
      contactIds: [people.Lou],
      amount: 45_000,
      closedOn: '2026-09-09',
      lostReasonId: reasons[0]!.id,
    }),
  });
  await app.call('deals.create', { deal: deal({ stageId: stage('open'), contactIds: [people.Lou], amount: 9_000 }) });
  const rae = await won('2026-05-05', 20_000, ['Rae'], { company: 'Umbrella' });
  await app.call('deals.refund', { id: rae, refunded: 20_000 });
  deals = { benRefunded, rae, lost: lost.id };
}

const valueOf = (name: Name) => app.call('customers.value', { entityType: 'contact', id: people[name] });
const companyValueOf = (name: CompanyName) =>
  app.call('customers.value', { entityType: 'company', id: companies[name] });

type Expected = Omit<CustomerValue, 'entityType' | 'id' | 'currency' | 'lastActivityAt' | 'yearlyValue'>;
const row = (
  first: string,
  last: string,
  daysSinceLastPurchase: number,
  [ordersEver, orders12m]: [number, number],
  [revenueEver, revenue12m, averageOrder]: [number, number, number],
  [r, f, m]: [number, number, number],
  segment: Segment,
  rhythmDays: number | null,
  dueOn: string | null,
  suggestion: LifecycleStage | null,
): Expected => ({
  firstPurchaseOn: first,
  lastPurchaseOn: last,
  daysSinceLastPurchase,
  ordersEver,
  orders12m,
  revenueEver,
  revenue12m,
  averageOrder,
  scores: { r, f, m },
  segment,
  rhythmDays,
  dueOn,
  suggestion,
});

/** The header's tables. */
const EXPECTED: Partial<Record<Name, Expected>> = {
  Ava: row('2025-03-01', '2026-10-01', 52, [6, 5], [250_000, 200_000, 50_000], [5, 5, 5], 'champions', 12, '2026-11-22', 'repeat'), // prettier-ignore
  Ben: row('2025-06-01', '2025-11-23', 364, [3, 1], [120_000, 50_000, 40_000], [3, 4, 4], 'loyal', null, '2026-01-07', null), // prettier-ignore
  Cleo: row('2026-03-01', '2026-03-01', 266, [1, 1], [12_000, 12_000, 12_000], [4, 2, 2], 'promising', 1, '2026-11-10', null), // prettier-ignore
  Dan: row('2026-10-20', '2026-10-20', 33, [1, 1], [70_000, 70_000, 70_000], [5, 2, 3], 'new', null, '2026-11-26', 'customer'), // prettier-ignore
  Ed: row('2025-11-22', '2025-11-22', 365, [1, 0], [8_000, 0, 8_000], [3, 2, 1], 'needsAttention', null, '2025-12-22', 'customer'), // prettier-ignore
  Fay: row('2025-01-15', '2025-05-20', 551, [3, 0], [80_000, 0, 26_667], [2, 4, 3], 'atRisk', null, '2025-06-10', null), // prettier-ignore
  Gus: row('2023-01-10', '2024-03-10', 987, [5, 0], [150_000, 0, 30_000], [1, 5, 5], 'cantLose', null, '2024-03-24', 'lapsed'), // prettier-ignore
  Hal: row('2024-06-01', '2024-06-01', 904, [1, 0], [5_000, 0, 5_000], [1, 2, 1], 'hibernating', null, null, null), // prettier-ignore
  Ivy: row('2026-02-01', '2026-06-10', 165, [2, 2], [100_000, 100_000, 50_000], [4, 3, 4], 'champions', null, '2026-07-10', null), // prettier-ignore
  Jay: row('2025-04-01', '2025-08-15', 464, [2, 0], [60_000, 0, 30_000], [2, 3, 2], 'atRisk', null, '2025-09-05', 'lapsed'), // prettier-ignore
};

const contactsIn = async (filter: ContactFilter) => {
  const page = await app.call('contacts.list', {
    filter,
    sort: { field: 'name', direction: 'asc' },
    locale: 'en',
    offset: 0,
    limit: 100,
  });
  return page.rows.map((r) => r.displayName);
};
const companiesIn = async (filter: CompanyFilter) => {
  const page = await app.call('companies.list', {
    filter,
    sort: { field: 'name', direction: 'asc' },
    locale: 'en',
    offset: 0,
    limit: 100,
  });
  return page.rows.map((r) => r.name);
};

beforeEach(async () => {
  app = await createTestApp({ clock });
  await buildDataSet();
});
afterEach(async () => {
  await app.cleanup();
});

describe('a customer’s value', () => {
  it('is worked out for every person who bought, exactly as the header says', async () => {
    for (const [name, expected] of Object.entries(EXPECTED)) {
      const value = await valueOf(name as Name);
      expect({ name, ...value }).toMatchObject({ name, ...expected, entityType: 'contact', currency: 'USD' });
    }
  });

  it('is null for someone with no deals, lost and open deals only, or a wholly refunded deal', async () => {
    expect(await valueOf('Nora')).toBeNull();
    expect(await valueOf('Lou')).toBeNull();
    expect(await valueOf('Rae')).toBeNull();
    expect(await companyValueOf('Umbrella')).toBeNull();
  });

  it('reaches every segment, and the customer since, last contact and yearly value it is shown with', async () => {
    const segments = new Set<string>();
    for (const name of Object.keys(EXPECTED)) segments.add((await valueOf(name as Name))!.segment);
    expect([...segments].sort()).toEqual(
      ['atRisk', 'cantLose', 'champions', 'hibernating', 'loyal', 'needsAttention', 'new', 'promising'].sort(),
    );
    const ava = (await valueOf('Ava'))!;
    expect(ava.lastActivityAt).toBe('2026-11-10T09:00:00.000Z');
    // 250,000 a year over 631 days as a customer: 250,000 × 365 / 631 = 144,611.7.
    expect(ava.yearlyValue).toBe(144_612);
    // Under a year as a customer counts as a year.
    expect((await valueOf('Cleo'))!.yearlyValue).toBe(12_000);
    expect((await valueOf('Ben'))!.lastActivityAt).toBeNull();
  });

  it('ranks companies among companies, with whole deals (not people’s shares)', async () => {
    expect(await companyValueOf('Acme')).toMatchObject({
      entityType: 'company',
      ordersEver: 6,
      orders12m: 5,
      revenueEver: 250_000,
      revenue12m: 200_000,
      averageOrder: 50_000,
      scores: { r: 5, f: 5, m: 5 },
      segment: 'champions',
      suggestion: null,
    });
    expect(await companyValueOf('Globex')).toMatchObject({
      ordersEver: 5,
      revenueEver: 150_000,
      scores: { r: 2, f: 4, m: 4 },
      segment: 'atRisk',
      dueOn: '2024-03-31',
    });
    expect(await companyValueOf('Initech')).toMatchObject({
      ordersEver: 1,
      revenueEver: 5_000,
      scores: { r: 4, f: 2, m: 2 },
      segment: 'promising',
    });
  });
});

describe('refunds', () => {
  it('count net of the refund, can be taken back to 0, and a whole refund is no purchase', async () => {
    await app.call('deals.refund', { id: deals.benRefunded, refunded: 80_000 });
    expect(await valueOf('Ben')).toMatchObject({
      ordersEver: 2,
      orders12m: 0,
      revenueEver: 70_000,
      lastPurchaseOn: '2025-09-01',
    });
    const back = await app.call('deals.refund', { id: deals.benRefunded, refunded: 0 });
    expect(back.refunded).toBe(0);
    expect(await valueOf('Ben')).toMatchObject({
      ordersEver: 3,
      orders12m: 1,
      revenueEver: 150_000,
      revenue12m: 80_000,
    });

    await app.call('deals.refund', { id: deals.rae, refunded: 5_000 });
    expect(await valueOf('Rae')).toMatchObject({ ordersEver: 1, revenueEver: 15_000 });
    expect(await companyValueOf('Umbrella')).toMatchObject({ ordersEver: 1, revenueEver: 15_000 });
  });

  it('are refused on a deal not won, or above its amount', async () => {
    await expect(app.call('deals.refund', { id: deals.lost, refunded: 100 })).rejects.toMatchObject({
      code: 'invalid_input',
      issues: [{ path: 'refunded', message: 'validation.refundNotWon' }],
    });
    await expect(app.call('deals.refund', { id: deals.benRefunded, refunded: 80_001 })).rejects.toMatchObject({
      issues: [{ path: 'refunded', message: 'validation.refundTooLarge' }],
    });
    expect((await app.call('deals.get', { id: deals.benRefunded })).refunded).toBe(30_000);
  });
});

describe('lifecycle suggestions', () => {
  it('are accepted (the lifecycle changes) or ignored (it stays), never applied silently', async () => {
    expect((await app.call('contacts.get', { id: people.Ava })).lifecycle).toBe('customer');
    await app.call('customers.acceptSuggestion', { contactId: people.Ava });
    expect((await app.call('contacts.get', { id: people.Ava })).lifecycle).toBe('repeat');
    expect((await valueOf('Ava'))!.suggestion).toBeNull();

    await app.call('customers.ignoreSuggestion', { contactId: people.Dan });
    expect((await app.call('contacts.get', { id: people.Dan })).lifecycle).toBe('prospect');
    expect((await valueOf('Dan'))!.suggestion).toBeNull();

    await app.call('customers.acceptSuggestion', { contactId: people.Gus });
    expect((await app.call('contacts.get', { id: people.Gus })).lifecycle).toBe('lapsed');

    // Nothing pending: nothing to accept or ignore.
    await expect(app.call('customers.acceptSuggestion', { contactId: people.Ben })).rejects.toMatchObject({
      code: 'not_found',
    });
    await expect(app.call('customers.ignoreSuggestion', { contactId: people.Nora })).rejects.toMatchObject({
      code: 'not_found',
    });
  });

  it('comes back once a different one applies: Dan, who ignored "customer", buys again → "repeat"', async () => {
    await app.call('customers.ignoreSuggestion', { contactId: people.Dan });
    await won('2026-11-20', 30_000, ['Dan']);
    expect((await valueOf('Dan'))!.suggestion).toBe('repeat');
  });
});

describe('changes show at once', () => {
  it('a new won deal: Dan buys again on 2026-11-20 for 30,000', async () => {
    await won('2026-11-20', 30_000, ['Dan']);
    // Orders 1,1,1 (Cleo, Ed, Hal), 2,2,2 (Dan, Ivy, Jay): 6/10 → F3. Revenue 100,000 ties with Ivy at rank
    // 6–7: both 7/10 → M4. FM ⌊(3 + 4 + 1) / 2⌋ = 4, R5 (still the latest) → champions.
    expect(await valueOf('Dan')).toMatchObject({
      ordersEver: 2,
      orders12m: 2,
      revenueEver: 100_000,
      lastPurchaseOn: '2026-11-20',
      daysSinceLastPurchase: 2,
      scores: { r: 5, f: 3, m: 4 },
      segment: 'champions',
    });
    expect((await valueOf('Ivy'))!.scores.m).toBe(4);
  });

  it('an activity: Ben is called today, so his next call is due 45 days on', async () => {
    await activity('Ben', '2026-11-22T09:00:00.000Z');
    expect(await valueOf('Ben')).toMatchObject({
      lastActivityAt: '2026-11-22T09:00:00.000Z',
      dueOn: '2027-01-06',
      rhythmDays: null,
    });
  });

  it('a deal to the Trash and back', async () => {
    await app.call('deals.delete', { id: deals.benRefunded });
    expect(await valueOf('Ben')).toMatchObject({ ordersEver: 2, orders12m: 0, revenueEver: 70_000, revenue12m: 0 });
    await app.call('trash.restore', { items: [{ entityType: 'deal', id: deals.benRefunded }] });
    expect(await valueOf('Ben')).toMatchObject(EXPECTED.Ben!);
  });

  it('a person to the Trash: no value (and out of the segment), back again on restore', async () => {
    await app.call('contacts.delete', { ids: [people.Ava] });
    expect(await valueOf('Ava')).toBeNull();
    expect(await contactsIn({ segments: ['champions'] })).not.toContain('Ava');
    // The company's own value does not depend on the person.
    expect((await companyValueOf('Acme'))!.ordersEver).toBe(6);
    await app.call('trash.restore', { items: [{ entityType: 'contact', id: people.Ava }] });
    expect(await valueOf('Ava')).toMatchObject(EXPECTED.Ava!);
  });
});

describe('the segment filter', () => {
  it('picks people and companies by segment, alone or with other criteria', async () => {
    expect(await contactsIn({ segments: ['atRisk'] })).toEqual(['Fay', 'Jay']);
    expect(await contactsIn({ segments: ['champions', 'new'] })).toEqual(['Ava', 'Dan', 'Ivy']);
    expect(await contactsIn({ segments: ['atRisk'], lifecycle: ['lapsed'] })).toEqual(['Fay']);
    expect(await contactsIn({ segments: [] })).toHaveLength(PEOPLE.length);
    expect(await companiesIn({ segments: ['atRisk'] })).toEqual(['Globex']);
    expect(await companiesIn({ segments: ['champions', 'promising'] })).toEqual(['Acme', 'Initech']);
  });

  it('is a column of both lists (none for those who bought nothing)', async () => {
    const list = { sort: { field: 'name', direction: 'asc' }, locale: 'en', offset: 0, limit: 100 } as const;
    const people = await app.call('contacts.list', { ...list, filter: {} });
    const segmentOf = Object.fromEntries(people.rows.map((r) => [r.displayName, r.segment]));
    expect(segmentOf).toEqual({
      Ava: 'champions',
      Ben: 'loyal',
      Cleo: 'promising',
      Dan: 'new',
      Ed: 'needsAttention',
      Fay: 'atRisk',
      Gus: 'cantLose',
      Hal: 'hibernating',
      Ivy: 'champions',
      Jay: 'atRisk',
      Lou: null,
      Nora: null,
      Rae: null,
    });
    const firms = await app.call('companies.list', { ...list, filter: {} });
    expect(firms.rows.map((r) => [r.name, r.segment])).toEqual([
      ['Acme', 'champions'],
      ['Globex', 'atRisk'],
      ['Initech', 'promising'],
      ['Umbrella', null],
    ]);
  });

  it('is kept by a saved view that labels and export then use as it is, and follows the data', async () => {
    const view = await app.call('views.save', {
      entity: 'contact',
      name: 'At risk',
      filter: { segments: ['atRisk'] },
      sort: { field: 'name', direction: 'asc' },
    });
    expect((await app.call('views.list', { entity: 'contact' }))[0]!.filter).toEqual({ segments: ['atRisk'] });

    const labels = await app.call('labels.recipients', {
      recipients: {
        viewId: view.id,
        per: 'person',
        sort: 'name',
        includeIncomplete: false,
        copies: 1,
        includeName: true,
        includeTitle: false,
        includeCompany: false,
        shou: false,
        senderCountry: 'US',
      },
      locale: 'en',
    });
    // Fay has an address; Jay has none, so is listed as left out — nobody outside the segment is considered.
    expect(labels.recipients).toBe(1);
    expect(labels.blocks[0]![0]).toBe('Fay');
    expect(labels.leftOut.map((l) => l.name)).toEqual(['Jay']);

    const exported = await app.call('exports.contacts', { format: 'csv', encoding: 'utf-8', viewId: view.id });
    expect(exported.count).toBe(2);
    const csv = Buffer.from(exported.contentBase64, 'base64').toString('utf8');
    expect(csv).toContain('Fay');
    expect(csv).toContain('Jay');
    expect(csv).not.toContain('Ava');

    // Jay buys again today: no longer at risk, and the view (and so labels and export) follows at once.
    await won('2026-11-22', 10_000, ['Jay']);
    expect((await valueOf('Jay'))!.segment).not.toBe('atRisk');
    expect(await contactsIn({ segments: ['atRisk'] })).toEqual(['Fay']);
    expect((await app.call('exports.contacts', { format: 'csv', viewId: view.id })).count).toBe(1);
  });
});
