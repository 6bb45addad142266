// "Customers at a glance" through the contract, on a fixed data set whose every expected number is worked out by
// hand below from the definitions in src-main/customers/customerFigures.ts (and, for segments, those of
// src-shared/customers/segments.ts and customerValueRepository.ts).
//
// The computer is in Shanghai (UTC+8); today is Sunday 2026-11-22 (10:00Z, 18:00 there). Settings: USD, and a
// customer is lapsed (lost) after 60 days without a purchase. Money in cents. People have no company unless said.
//
// People (lifecycle; added 2026-01-02 unless said) and their deals — won on the day given, USD, alone on it:
//   Ann   repeat, at Acme   D0 2025-12-20 40,000 · D1 2026-01-10 100,000 (Acme's) · D2 2026-03-11 50,000
//                           (60 days after D1: a gap of exactly 60 is not a loss)
//   Bob   customer          2026-01-05 30,000 · 2026-05-20 20,000 (135 days later: lost, then returned)
//   Cat   customer          D5 2026-03-03 90,000 shared with Dan (45,000 each; Acme's)
//   Dan   customer          D5 (above) · D6 2026-03-20 10,000, 4,000 refunded (net 6,000)
//   Eve   prospect, added 2026-11-05   only a lost deal (2026-04-01, 500,000): never a customer
//   Fay   lead, added 2026-10-31 23:30 there (15:30Z)   2026-06-10 70,000 wholly refunded: never a customer
//   Gus   lead, added 2026-11-01 00:30 there (2026-10-31T16:30Z)   no deals at all
//   Hal   customer          2026-06-12 €80,000 (EUR; Globex's): a purchase, but no money in USD
//   Ivy   customer          2026-09-01 60,000
//   Jay   customer          2026-10-15 60,000
//   Kim   customer          2026-11-02 60,000 · a 2026-07-01 1,000,000 deal, put in the Trash
//   Lee   customer          2026-04-10 10,000
//   Max   customer          2026-09-22 5,000
//   Ned   customer          2026-08-20 2,000
//   Oli   customer          2026-11-20 1,000
//   Zoe   lead, added 2026-11-06, with a call on 11-18; then put in the Trash: counted nowhere
// Companies: Acme (D1, D5), Globex (Hal's EUR deal), Initech (no deals).
//
// Lost = purchase + 61 days (the first day the gap is over 60), when no purchase came before it and it is ≤ today:
//   Ann  03-11 → 05-11 · Bob 01-05 → 03-07 and 05-20 → 07-20 · Cat 03-03 → 05-03 · Dan 03-20 → 05-20 ·
//   Hal  06-12 → 08-12 · Lee 04-10 → 06-10 · Ned 08-20 → 10-20 · Ivy 09-01 → 11-01 (10-31 is 60 days: not yet) ·
//   Max  09-22 → 11-22 (today: counted) · Jay 10-15 → 12-15, Kim, Oli: not yet. Ann's 12-20 → 01-10 (21 days) and
//   01-10 → 03-11 (60) and Dan's 03-03 → 03-20 are no losses.
//   Acme 03-03 → 05-03 (01-10 → 03-03 is 52 days) · Globex 06-12 → 08-12.
//
// Segments (RFM among the 12 people who bought; cume_dist × 5 rounded up; ties share):
//   last purchase, oldest first: Cat 03-03, Ann 03-11, Dan 03-20, Lee 04-10, Bob 05-20, Hal 06-12, Ned 08-20,
//     Ivy 09-01, Max 09-22, Jay 10-15, Kim 11-02, Oli 11-20 → R = ⌈i × 5 / 12⌉: 1 1 2 2 3 3 3 4 4 5 5 5
//   orders: Ann 3, Bob 2, Dan 2, the other nine 1 → F: 1s at 9/12 → 4; 2s at 11/12 → 5; Ann 5
//   revenue ever: Hal 0, Oli 1,000, Ned 2,000, Max 5,000, Lee 10,000, Cat 45,000, Bob 50,000, Dan 51,000,
//     Ivy = Jay = Kim 60,000, Ann 190,000 → M: 1 1 2 2 3 3 3 4 5 5 5 5 (the three 60,000s share 11/12)
//   FM = ⌊(F + M + 1) / 2⌋ · "new" first: one order, first bought ≤ 90 days ago (from 08-24): Ivy, Jay, Kim, Max, Oli
//   Ann R1 FM5 can't lose · Cat R1 FM4 can't lose · Dan R2 FM5 at risk · Lee R2 FM4 at risk · Bob R3 FM4 loyal ·
//   Hal R3 FM3 loyal · Ned R3 FM3 loyal
//   Companies: Acme R3 (1/2) F5 M5 → FM5 loyal; Globex R5 F3 M3 → FM3 loyal (one order, but 163 days ago).
//
// Activities (Shanghai weeks from Monday): Gus call 11-08T16:30Z (Mon 11-09 00:30 there — Sunday in UTC) · Gus
//   email 11-15T15:59Z (Sun 11-15 23:59) · Ann meeting 11-15T16:00Z (Mon 11-16 00:00; also filed under Acme) ·
//   Eve call 11-20T02:00Z · Gus note 11-08T15:59Z (Sun 11-08 23:59: the week before) · Initech visit 11-10T02:00Z
//   (a company's own) · Zoe call 11-18 (in the Trash).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Pipeline } from '@shared/domain/deals';
import type { ContactInput } from '@shared/validation/contact';
import { emptyCompanyInput, emptyContactInput } from '@shared/validation/contact';
import type { DealInput } from '@shared/validation/deals';
import type { Clock } from '../../../src-main/ports';
import { dealInput } from '../../support/fixtures';
import { createTestApp, type TestApp } from '../../support/testApp';

const TODAY = new Date('2026-11-22T10:00:00Z');
const ALL_TIME = { from: '1900-01-01', to: '2126-01-01' };
const YEAR_2026 = { from: '2026-01-01', to: '2027-01-01' };

let app: TestApp;
let now: Date;
let pipeline: Pipeline;
const ids: Record<string, number> = {};
const clock: Clock = { now: () => now, zone: () => 'Asia/Shanghai' };
const stage = (kind: 'won' | 'lost') => pipeline.stages.find((s) => s.kind === kind)!.id;

async function company(name: string) {
  ids[name] = (await app.call('companies.create', { company: { ...emptyCompanyInput(), name } })).id;
}

async function person(name: string, lifecycle: ContactInput['lifecycle'], added = '2026-01-02T02:00:00Z', at?: string) {
  now = new Date(added);
  const contact = { ...emptyContactInput(), givenName: name, lifecycle, companyId: at ? ids[at]! : null };
  ids[name] = (await app.call('contacts.create', { contact })).id;
  now = TODAY;
}

async function won(title: string, on: string, amount: number, people: string[], over: Partial<DealInput> = {}) {
  const deal = await app.call('deals.create', {
    deal: dealInput({
      pipelineId: pipeline.id,
      stageId: stage('won'),
      title,
      contactIds: people.map((p) => ids[p]!),
      amount,
      closedOn: on,
      ...over,
    }),
  });
  ids[title] = deal.id;
  return deal.id;
}

async function activity(kind: 'call' | 'meeting' | 'visit' | 'email' | 'note', at: string, who: string) {
  const isCompany = ['Acme', 'Globex', 'Initech'].includes(who);
  await app.call('activities.create', {
    activity: {
      kind,
      occurredAt: at,
      summary: `${kind} ${who}`,
      outcome: '',
      contactId: isCompany ? null : ids[who]!,
      companyId: isCompany ? ids[who]! : null,
      dealId: null,
    },
  });
}

async function buildDataSet() {
  await app.call('settings.update', { lapsedAfterDays: 60, currency: 'USD' });
  pipeline = (await app.call('pipelines.list', {}))[0]!;
  const [reason] = await app.call('lostReasons.list', { includeArchived: false });
  for (const name of ['Acme', 'Globex', 'Initech']) await company(name);

  await person('Ann', 'repeat', undefined, 'Acme');
  for (const name of ['Bob', 'Cat', 'Dan', 'Hal', 'Ivy', 'Jay', 'Kim', 'Lee', 'Max', 'Ned', 'Oli']) {
    await person(name, 'customer');
  }
  await person('Eve', 'prospect', '2026-11-05T02:00:00Z');
  await person('Fay', 'lead', '2026-10-31T15:30:00Z');
  await person('Gus', 'lead', '2026-10-31T16:30:00Z');
  await person('Zoe', 'lead', '2026-11-06T02:00:00Z');

  await won('D0', '2025-12-20', 40_000, ['Ann']);
  await won('D1', '2026-01-10', 100_000, ['Ann'], { companyId: ids.Acme! });
  await won('D2', '2026-03-11', 50_000, ['Ann']);
  await won('B1', '2026-01-05', 30_000, ['Bob']);
  await won('B2', '2026-05-20', 20_000, ['Bob']);
  await won('D5', '2026-03-03', 90_000, ['Cat', 'Dan'], { companyId: ids.Acme! });
  const d6 = await won('D6', '2026-03-20', 10_000, ['Dan']);
  await app.call('deals.refund', { id: d6, refunded: 4_000 });
  await won('E1', '2026-04-01', 500_000, ['Eve'], { stageId: stage('lost'), lostReasonId: reason!.id });
  const f1 = await won('F1', '2026-06-10', 70_000, ['Fay']);
  await app.call('deals.refund', { id: f1, refunded: 70_000 });
  await won('H1', '2026-06-12', 80_000, ['Hal'], { currency: 'EUR', companyId: ids.Globex! });
  await won('I1', '2026-09-01', 60_000, ['Ivy']);
  await won('J1', '2026-10-15', 60_000, ['Jay']);
  await won('K1', '2026-11-02', 60_000, ['Kim']);
  const trashed = await won('K0', '2026-07-01', 1_000_000, ['Kim']);
  await app.call('deals.delete', { id: trashed });
  await won('L1', '2026-04-10', 10_000, ['Lee']);
  await won('M1', '2026-09-22', 5_000, ['Max']);
  await won('N1', '2026-08-20', 2_000, ['Ned']);
  await won('O1', '2026-11-20', 1_000, ['Oli']);

  await activity('call', '2026-11-08T16:30:00Z', 'Gus');
  await activity('email', '2026-11-15T15:59:00Z', 'Gus');
  await activity('meeting', '2026-11-15T16:00:00Z', 'Ann');
  await activity('call', '2026-11-20T02:00:00Z', 'Eve');
  await activity('note', '2026-11-08T15:59:00Z', 'Gus');
  await activity('visit', '2026-11-10T02:00:00Z', 'Initech');
  await activity('call', '2026-11-18T02:00:00Z', 'Zoe');
  await app.call('contacts.delete', { ids: [ids.Zoe!] });
}

beforeEach(async () => {
  now = TODAY;
  app = await createTestApp({ clock });
  await buildDataSet();
});

afterEach(async () => {
  await app.cleanup();
});

const months = (m: Array<{ month: string }>) => m.map((x) => x.month);

describe('customers by segment and people by lifecycle stage', () => {
  it('counts the customers who bought in the period by their segment today', async () => {
    const all = await app.call('customers.bySegment', { kind: 'contact', range: ALL_TIME });
    expect(all.customers).toBe(12); // everyone with a purchase: not Eve (lost only), Fay (refunded), Gus, Zoe
    expect(Object.fromEntries(all.segments.map((s) => [s.segment, s.customers]))).toEqual({
      champions: 0,
      loyal: 3, // Bob, Hal, Ned
      promising: 0,
      new: 5, // Ivy, Jay, Kim, Max, Oli
      needsAttention: 0,
      atRisk: 2, // Dan, Lee
      cantLose: 2, // Ann, Cat
      hibernating: 0,
    });
    // They agree with each person's own page.
    for (const name of ['Ann', 'Bob', 'Dan', 'Ivy'] as const) {
      const value = await app.call('customers.value', { entityType: 'contact', id: ids[name]! });
      const expected = { Ann: 'cantLose', Bob: 'loyal', Dan: 'atRisk', Ivy: 'new' }[name];
      expect(value?.segment, name).toBe(expected);
    }

    // Bought from March to June: Ann (D2), Cat, Dan (D5, D6), Lee, Bob (his return), Hal (EUR counts as a
    // purchase); not Fay (refunded) nor Eve (lost).
    const spring = await app.call('customers.bySegment', {
      kind: 'contact',
      range: { from: '2026-03-01', to: '2026-07-01' },
    });
    expect(spring.segments.filter((s) => s.customers > 0)).toEqual([
      { segment: 'loyal', customers: 2 }, // Bob, Hal
      { segment: 'atRisk', customers: 2 }, // Dan, Lee
      { segment: 'cantLose', customers: 2 }, // Ann, Cat
    ]);
    expect(spring.customers).toBe(6);

    const companies = await app.call('customers.bySegment', { kind: 'company', range: ALL_TIME });
    expect(companies.customers).toBe(2); // Acme, Globex; not Initech
    expect(companies.segments.find((s) => s.segment === 'loyal')?.customers).toBe(2);
  });

  it('counts the people added in the period by their lifecycle stage, on the computer’s calendar', async () => {
    const all = await app.call('customers.byLifecycle', { range: ALL_TIME });
    expect(all.stages).toEqual([
      { stage: 'lead', people: 2 }, // Fay, Gus (Zoe is in the Trash)
      { stage: 'prospect', people: 1 }, // Eve
      { stage: 'customer', people: 11 }, // Bob … Oli
      { stage: 'repeat', people: 1 }, // Ann
      { stage: 'lapsed', people: 0 },
    ]);
    expect(all.people).toBe(15);
    // November in Shanghai: Gus (Nov 1, 00:30 there) and Eve; not Fay (Oct 31, 23:30 there), nor Zoe.
    const november = await app.call('customers.byLifecycle', { range: { from: '2026-11-01', to: '2026-12-01' } });
    expect(november.stages.filter((s) => s.people > 0)).toEqual([
      { stage: 'lead', people: 1 },
      { stage: 'prospect', people: 1 },
    ]);
    expect(november.people).toBe(2);
  });
});

describe('new and lost customers per month', () => {
  it('counts first purchases, losses after the lapsed days (each time) and returns', async () => {
    const figures = await app.call('customers.newAndLost', { kind: 'contact', fromMonth: '2025-12', months: 12 });
    expect(figures.lapsedAfterDays).toBe(60);
    expect(months(figures.months)).toEqual([
      '2025-12',
      '2026-01',
      '2026-02',
      '2026-03',
      '2026-04',
      '2026-05',
      '2026-06',
      '2026-07',
      '2026-08',
      '2026-09',
      '2026-10',
      '2026-11',
    ]);
    expect(figures.months.map((m) => [m.month, m.newCustomers, m.returned, m.lost])).toEqual([
      ['2025-12', 1, 0, 0], // Ann
      ['2026-01', 1, 0, 0], // Bob
      ['2026-02', 0, 0, 0],
      ['2026-03', 2, 0, 1], // Cat, Dan | Bob (03-07)
      ['2026-04', 1, 0, 0], // Lee
      ['2026-05', 0, 1, 3], // Bob came back | Cat 05-03, Ann 05-11, Dan 05-20
      ['2026-06', 1, 0, 1], // Hal (EUR) | Lee 06-10; Fay's refunded deal is no purchase
      ['2026-07', 0, 0, 1], // Kim's trashed deal is no purchase | Bob again (07-20)
      ['2026-08', 1, 0, 1], // Ned | Hal 08-12
      ['2026-09', 2, 0, 0], // Ivy, Max
      ['2026-10', 1, 0, 1], // Jay | Ned 10-20 (Ivy's 60th day, 10-31, is not a loss yet)
      ['2026-11', 2, 0, 2], // Kim, Oli | Ivy 11-01, Max 11-22 (today)
    ]);
  });

  it('does not count a loss before its day has come', async () => {
    now = new Date('2026-11-21T10:00:00Z'); // Nov 21 in Shanghai: Max's day (11-22) is tomorrow
    const figures = await app.call('customers.newAndLost', { kind: 'contact', fromMonth: '2026-11', months: 1 });
    expect(figures.months).toEqual([{ month: '2026-11', newCustomers: 2, returned: 0, lost: 1 }]); // Ivy only
  });

  it('follows the lapsed days of Settings', async () => {
    await app.call('settings.update', { lapsedAfterDays: 120 });
    // Over 120 days: Bob 01-05 → 05-06 (he came back 05-20, 135 days later); Cat 03-03 → 07-02; Ann 03-11 → 07-10;
    // Dan 03-20 → 07-19; Lee 04-10 → 08-09; Bob 05-20 → 09-18; Hal 06-12 → 10-11; Ned 08-20 → 12-19 (not yet).
    const figures = await app.call('customers.newAndLost', { kind: 'contact', fromMonth: '2026-05', months: 6 });
    expect(figures.months.map((m) => [m.month, m.returned, m.lost])).toEqual([
      ['2026-05', 1, 1],
      ['2026-06', 0, 0],
      ['2026-07', 0, 3],
      ['2026-08', 0, 1],
      ['2026-09', 0, 1],
      ['2026-10', 0, 1],
    ]);
  });

  it('counts companies by their own deals', async () => {
    const figures = await app.call('customers.newAndLost', { kind: 'company', fromMonth: '2026-01', months: 8 });
    expect(figures.months.filter((m) => m.newCustomers + m.lost + m.returned > 0)).toEqual([
      { month: '2026-01', newCustomers: 1, returned: 0, lost: 0 }, // Acme
      { month: '2026-05', newCustomers: 0, returned: 0, lost: 1 }, // Acme 05-03
      { month: '2026-06', newCustomers: 1, returned: 0, lost: 0 }, // Globex
      { month: '2026-08', newCustomers: 0, returned: 0, lost: 1 }, // Globex 08-12
    ]);
  });
});

describe('the share of revenue from the top customers', () => {
  it('ranks the paying customers of the period; ties at the edge do not change the sums', async () => {
    const year = await app.call('customers.topShare', { kind: 'contact', range: YEAR_2026 });
    // 2026 revenue: Ann 150,000 (D1 + D2), Ivy = Jay = Kim 60,000, Dan 51,000 (45,000 + 6,000), Bob 50,000,
    // Cat 45,000, Lee 10,000, Max 5,000, Ned 2,000, Oli 1,000 = 494,000 from N = 11 (Hal: no USD; Fay: refunded).
    // Top 10 %: ⌈11 / 10⌉ = 2 → Ann + one of the three at 60,000; top 20 %: ⌈11 / 5⌉ = 3 → Ann + two of them.
    expect(year).toEqual({
      kind: 'contact',
      currency: 'USD',
      all: { customers: 11, revenue: 494_000 },
      top10: { customers: 2, revenue: 210_000 },
      top20: { customers: 3, revenue: 270_000 },
      rest: { customers: 8, revenue: 224_000 },
      otherCurrencyDeals: 1, // Hal's
    });

    // All time adds Ann's D0 (40,000): 534,000; top 10 % 190,000 + 60,000, top 20 % + 60,000 more.
    const ever = await app.call('customers.topShare', { kind: 'contact', range: ALL_TIME });
    expect([ever.all, ever.top10, ever.top20, ever.rest]).toEqual([
      { customers: 11, revenue: 534_000 },
      { customers: 2, revenue: 250_000 },
      { customers: 3, revenue: 310_000 },
      { customers: 8, revenue: 224_000 },
    ]);

    // One paying company (Acme: 100,000 + 90,000) is its own top 10 % and 20 %.
    const companies = await app.call('customers.topShare', { kind: 'company', range: YEAR_2026 });
    expect([companies.all, companies.top10, companies.top20, companies.rest, companies.otherCurrencyDeals]).toEqual([
      { customers: 1, revenue: 190_000 },
      { customers: 1, revenue: 190_000 },
      { customers: 1, revenue: 190_000 },
      { customers: 0, revenue: 0 },
      1,
    ]);

    // February: nobody paid.
    const empty = await app.call('customers.topShare', {
      kind: 'contact',
      range: { from: '2026-02-01', to: '2026-03-01' },
    });
    expect([empty.all, empty.top10, empty.rest]).toEqual([
      { customers: 0, revenue: 0 },
      { customers: 0, revenue: 0 },
      { customers: 0, revenue: 0 },
    ]);
  });

  it('takes the top 10 % of 30 customers as 3 (0.1 × 30 is 3.0000000000000004 in floating point)', async () => {
    // 30 people paying 100, 200, … 3,000 in January 2025, when nobody else bought.
    for (let i = 1; i <= 30; i++) {
      await person(`P${i}`, 'customer');
      await won(`P${i}`, '2025-01-15', i * 100, [`P${i}`]);
    }
    const figures = await app.call('customers.topShare', {
      kind: 'contact',
      range: { from: '2025-01-01', to: '2025-02-01' },
    });
    expect(figures.all).toEqual({ customers: 30, revenue: 46_500 }); // 100 × (1 + … + 30) = 100 × 465
    expect(figures.top10).toEqual({ customers: 3, revenue: 8_700 }); // 3,000 + 2,900 + 2,800
    expect(figures.top20).toEqual({ customers: 6, revenue: 16_500 }); // + 2,700 + 2,600 + 2,500
  });
});

describe('revenue from new and existing customers', () => {
  it('splits each month’s revenue by whether the customer first bought that month', async () => {
    const figures = await app.call('customers.revenueByAge', { kind: 'contact', fromMonth: '2025-12', months: 12 });
    expect(figures.currency).toBe('USD');
    expect(
      figures.months.map((m) => [m.month, m.fromNew, m.fromExisting, m.newCustomers, m.existingCustomers]),
    ).toEqual([
      ['2025-12', 40_000, 0, 1, 0], // Ann's first
      ['2026-01', 30_000, 100_000, 1, 1], // Bob's first | Ann's D1
      ['2026-02', 0, 0, 0, 0],
      ['2026-03', 96_000, 50_000, 2, 1], // Cat 45,000, Dan 45,000 + 6,000 (same month) | Ann's D2
      ['2026-04', 10_000, 0, 1, 0], // Lee
      ['2026-05', 0, 20_000, 0, 1], // Bob's return
      ['2026-06', 0, 0, 0, 0], // Hal is in EUR; Fay's was refunded
      ['2026-07', 0, 0, 0, 0], // Kim's was put in the Trash
      ['2026-08', 2_000, 0, 1, 0], // Ned
      ['2026-09', 65_000, 0, 2, 0], // Ivy 60,000, Max 5,000
      ['2026-10', 60_000, 0, 1, 0], // Jay
      ['2026-11', 61_000, 0, 2, 0], // Kim 60,000, Oli 1,000
    ]);
    expect(figures.otherCurrencyDeals).toBe(1); // Hal's

    const companies = await app.call('customers.revenueByAge', { kind: 'company', fromMonth: '2026-01', months: 3 });
    expect(companies.months.map((m) => [m.month, m.fromNew, m.fromExisting])).toEqual([
      ['2026-01', 100_000, 0], // Acme's first (D1)
      ['2026-02', 0, 0],
      ['2026-03', 0, 90_000], // D5, whole: a company's deal is not shared
    ]);
  });
});

describe('activities per week', () => {
  it('counts activities by kind in weeks from Monday on the computer’s calendar', async () => {
    const people = await app.call('customers.activityByWeek', { kind: 'contact', fromWeek: '2026-11-09', weeks: 2 });
    expect(people.weeks).toEqual([
      { week: '2026-11-09', counts: { call: 1, meeting: 0, visit: 0, email: 1, note: 0 }, total: 2 }, // Gus ×2
      { week: '2026-11-16', counts: { call: 1, meeting: 1, visit: 0, email: 0, note: 0 }, total: 2 }, // Ann, Eve
    ]);
    // Companies: Initech's visit, and Ann's meeting filed under Acme.
    const companies = await app.call('customers.activityByWeek', { kind: 'company', fromWeek: '2026-11-09', weeks: 2 });
    expect(companies.weeks.map((w) => [w.week, w.total, w.counts.visit, w.counts.meeting])).toEqual([
      ['2026-11-09', 1, 1, 0],
      ['2026-11-16', 1, 0, 1],
    ]);
    // One week, the one before: Gus's note (Sunday 23:59 in Shanghai).
    const before = await app.call('customers.activityByWeek', { kind: 'contact', fromWeek: '2026-11-02', weeks: 1 });
    expect(before.weeks).toEqual([
      { week: '2026-11-02', counts: { call: 0, meeting: 0, visit: 0, email: 0, note: 1 }, total: 1 },
    ]);
  });

  it('refuses a week that does not start on Monday, and other kinds of customer', async () => {
    await expect(
      app.call('customers.activityByWeek', { kind: 'contact', fromWeek: '2026-11-10', weeks: 2 }),
    ).rejects.toMatchObject({ code: 'invalid_input' });
    await expect(app.call('customers.bySegment', { kind: 'deal' as 'contact', range: ALL_TIME })).rejects.toMatchObject(
      { code: 'invalid_input' },
    );
  });
});
