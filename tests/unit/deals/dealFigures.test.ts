// The dashboard's figures (funnel, forecast, revenue, close figures) through the contract, on a fixed data set
// whose every expected number is worked out by hand below from the definitions in src-main/deals/dealFigures.ts.
//
// The computer is in New York. Money is in cents; "dN" is N days after 2026-03-02T15:00Z (10:00 EST), so every
// stay below lasts whole days. The funnel's period is March 2026 on the New York wall clock, i.e. the instants
// [2026-03-01T05:00Z, 2026-04-01T04:00Z); the figures are asked for at d40 (2026-04-11T15:00Z, 11:00 EDT).
//
// The deals (USD unless said; stages Lead 10% → Qualified 25% → Proposal 50% → Negotiation 75% → Won / Lost):
//   S   d0 Lead, d10 → Negotiation (skipped two stages); open.                      100,000  exp. 2026-04-30
//   B   d1 Lead, d3 → Qualified, d8 → Proposal, d12 → back to Qualified; open.      200,000  exp. 2026-03-25
//   R   d2 Lead, d4 → Proposal, d6 → Won (03-08), d9 → reopened to Negotiation,
//       d14 → Won again (03-16).                                                    300,000
//   W   d3 Qualified, d5 → Won (03-07), d7 → reopened to Proposal; open.            400,000  exp. 2026-05-01
//   L1  d4 Lead, d6 → Qualified, d11 → Lost (03-13, price).                          150,000
//   L2  d5 Qualified, d9 → Proposal, d20 → Lost (03-22, competitor).                 250,000
//   P   d6 Proposal with its own 90% (the stage says 50%); open.                    500,000  exp. 2026-05-31
//   E   d7 Lead, d8 → Negotiation; open. In EUR.                                  €999,000  exp. 2026-06-15
//   T1  d8 Negotiation, d12 → Won (03-14), then put in the Trash.                   777,000
//   T2  d8 Negotiation, open, then put in the Trash.                                777,000  exp. 2026-04-10
//   Q   d10 Lead, never moved; open, no expected close date.                         50,000
//   X   2026-04-01T03:30Z (Mar 31, 23:30 in New York) straight into Lost
//       (03-31, no budget): inside March on the wall clock, not in UTC.              60,000
//   O1  2026-03-01T04:30Z (Feb 28, 23:30 in New York) Lead; open: before March on
//       the wall clock, though March in UTC.                                       1,000,000  exp. 2026-07-01
//   O2  2026-04-01T04:30Z (Apr 1, 00:30 in New York) Lead; open.                    33,333  exp. 2026-06-30
//   O3  2026-01-21T02:00Z (Jan 20, 21:00 in New York) Lead, → Won at d39 (04-10).  1,000,000
//   L3  2026-02-10 Lead, → Lost 04-08 (price).                                       40,000
//   L4  2026-02-01 Lead, → Lost 02-28 (price).                                       99,000
//   H0, H1b, H1, H2, H5: won 2025-02-28, 2025-03-01, 2025-03-20, 2025-04-05, 2025-05-01:
//                                                       50,000, 30,000, 120,000, 80,000, 45,000
//   H3  won 2026-04-02, in EUR.                                                     €55,000
//   N   in a second pipeline ("Renewals": Due 60%); open.                           150,000  exp. 2026-04-15
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Pipeline } from '@shared/domain/deals';
import type { DealInput } from '@shared/validation/deals';
import type { Clock } from '../../../src-main/ports';
import { dealInput, pipelineInput } from '../../support/fixtures';
import { createTestApp, type TestApp } from '../../support/testApp';

const DAY = 86_400_000;
const T0 = Date.parse('2026-03-02T15:00:00Z');
const d = (days: number) => new Date(T0 + days * DAY);

let app: TestApp;
let now: Date;
let pipeline: Pipeline;
let reasons: Record<string, number>;
const stage = (key: string) => pipeline.stages.find((s) => s.defaultKey === key)!.id;
const zonedClock = (zone: string): Clock => ({ now: () => now, zone: () => zone });
const at = (when: Date | string) => {
  now = typeof when === 'string' ? new Date(when) : when;
};

async function openWith(zone: string, start: Date) {
  now = start;
  app = await createTestApp({ clock: zonedClock(zone) });
  pipeline = (await app.call('pipelines.list', {}))[0]!;
  const list = await app.call('lostReasons.list', { includeArchived: false });
  reasons = Object.fromEntries(list.map((r) => [r.defaultKey!, r.id]));
}

afterEach(async () => {
  await app.cleanup();
});

/** Creates a deal at `when` in the stage `key` (closed stages need `closedOn`, Lost also `reason`). */
async function create(
  when: Date | string,
  key: string,
  over: Partial<DealInput> & { reason?: string } = {},
): Promise<number> {
  at(when);
  const { reason, ...rest } = over;
  const created = await app.call('deals.create', {
    deal: dealInput({
      pipelineId: pipeline.id,
      stageId: stage(key),
      expectedClose: '2026-04-20',
      ...(reason ? { lostReasonId: reasons[reason]! } : {}),
      ...rest,
    }),
  });
  return created.id;
}

async function move(when: Date | string, id: number, key: string, close: { on?: string; reason?: string } = {}) {
  at(when);
  await app.call('deals.move', {
    id,
    stageId: stage(key),
    beforeId: null,
    closedOn: close.on ?? null,
    lostReasonId: close.reason ? reasons[close.reason]! : null,
    lostNote: '',
  });
}

/** The fixed data set of the header, built through the contract. */
async function buildDataSet() {
  const S = await create(d(0), 'lead', { title: 'S', amount: 100_000, expectedClose: '2026-04-30' });
  await move(d(10), S, 'negotiation');

  const B = await create(d(1), 'lead', { title: 'B', amount: 200_000, expectedClose: '2026-03-25' });
  await move(d(3), B, 'qualified');
  await move(d(8), B, 'proposal');
  await move(d(12), B, 'qualified');

  const R = await create(d(2), 'lead', { title: 'R', amount: 300_000, expectedClose: '2026-03-15' });
  await move(d(4), R, 'proposal');
  await move(d(6), R, 'won', { on: '2026-03-08' });
  await move(d(9), R, 'negotiation');
  await move(d(14), R, 'won', { on: '2026-03-16' });

  const W = await create(d(3), 'qualified', { title: 'W', amount: 400_000, expectedClose: '2026-05-01' });
  await move(d(5), W, 'won', { on: '2026-03-07' });
  await move(d(7), W, 'proposal');

  const L1 = await create(d(4), 'lead', { title: 'L1', amount: 150_000 });
  await move(d(6), L1, 'qualified');
  await move(d(11), L1, 'lost', { on: '2026-03-13', reason: 'price' });

  const L2 = await create(d(5), 'qualified', { title: 'L2', amount: 250_000 });
  await move(d(9), L2, 'proposal');
  await move(d(20), L2, 'lost', { on: '2026-03-22', reason: 'competitor' });

  await create(d(6), 'proposal', { title: 'P', amount: 500_000, probability: 90, expectedClose: '2026-05-31' });

  const E = await create(d(7), 'lead', { title: 'E', amount: 999_000, currency: 'EUR', expectedClose: '2026-06-15' });
  await move(d(8), E, 'negotiation');

  const T1 = await create(d(8), 'negotiation', { title: 'T1', amount: 777_000 });
  await move(d(12), T1, 'won', { on: '2026-03-14' });
  await app.call('deals.delete', { id: T1 });
  const T2 = await create(d(8), 'negotiation', { title: 'T2', amount: 777_000, expectedClose: '2026-04-10' });
  await app.call('deals.delete', { id: T2 });

  await create(d(10), 'lead', { title: 'Q', amount: 50_000, expectedClose: null });

  await create('2026-04-01T03:30:00Z', 'lost', {
    title: 'X',
    amount: 60_000,
    closedOn: '2026-03-31',
    reason: 'noBudget',
  });
  await create('2026-03-01T04:30:00Z', 'lead', { title: 'O1', amount: 1_000_000, expectedClose: '2026-07-01' });
  await create('2026-04-01T04:30:00Z', 'lead', { title: 'O2', amount: 33_333, expectedClose: '2026-06-30' });

  const O3 = await create('2026-01-21T02:00:00Z', 'lead', { title: 'O3', amount: 1_000_000 });
  await move(d(39), O3, 'won', { on: '2026-04-10' });
  const L3 = await create('2026-02-10T15:00:00Z', 'lead', { title: 'L3', amount: 40_000 });
  await move('2026-04-08T15:00:00Z', L3, 'lost', { on: '2026-04-08', reason: 'price' });
  const L4 = await create('2026-02-01T15:00:00Z', 'lead', { title: 'L4', amount: 99_000 });
  await move('2026-02-28T15:00:00Z', L4, 'lost', { on: '2026-02-28', reason: 'price' });

  const wonBefore: Array<[string, string, number]> = [
    ['H0', '2025-02-28', 50_000],
    ['H1b', '2025-03-01', 30_000],
    ['H1', '2025-03-20', 120_000],
    ['H2', '2025-04-05', 80_000],
    ['H5', '2025-05-01', 45_000],
  ];
  for (const [title, on, amount] of wonBefore) await create(`${on}T15:00:00Z`, 'won', { title, amount, closedOn: on });
  await create('2026-04-02T15:00:00Z', 'won', { title: 'H3', amount: 55_000, currency: 'EUR', closedOn: '2026-04-02' });

  at(d(0));
  const renewals = await app.call('pipelines.create', {
    pipeline: pipelineInput({ name: 'Renewals', stages: [{ id: null, name: 'Due', probability: 60 }] }),
  });
  await app.call('deals.create', {
    deal: dealInput({
      pipelineId: renewals.id,
      stageId: renewals.stages[0]!.id,
      title: 'N',
      amount: 150_000,
      expectedClose: '2026-04-15',
    }),
  });

  at(d(40));
}

const MARCH = { from: '2026-03-01', to: '2026-04-01' };

describe('the dashboard figures on a fixed data set (New York)', () => {
  beforeEach(async () => {
    await openWith('America/New_York', d(0));
    await buildDataSet();
  });

  it('funnel: deals and value that reached each stage, conversion, win rate and days in each stage', async () => {
    const funnel = await app.call('deals.funnel', { pipelineId: pipeline.id, currency: 'USD', range: MARCH });
    // March's deals in New York: S B R W L1 L2 P Q X in USD, E in EUR; not T1 T2 (Trash), not O1 (Feb 28 there),
    // O2 (Apr 1 there), nor the older ones. Furthest stage reached (history; Won counts past every open stage):
    //   S Negotiation · B Proposal (its move back does not un-reach) · R all (won) · W all (it was won before
    //   being reopened) · L1 Qualified · L2 Proposal · P Proposal · Q Lead · X none (straight into Lost).
    // Stays (a current one counts up to d40):
    //   Lead:        S 10, B 2, R 2, L1 2, Q 30                 → 46 / 5 = 9.2
    //   Qualified:   B 5, B 28, W 2, L1 5, L2 4                 → 44 / 5 = 8.8
    //   Proposal:    B 4, R 2, W 33, L2 11, P 34                → 84 / 5 = 16.8
    //   Negotiation: S 30, R 5 (the stays in Won do not show)    → 35 / 2 = 17.5
    expect(funnel.steps).toEqual([
      {
        stageId: stage('lead'),
        deals: 8, // all but X
        value: 1_950_000, // 100,000 + 200,000 + 300,000 + 400,000 + 150,000 + 250,000 + 500,000 + 50,000
        conversion: 7 / 8,
        averageDays: 9.2,
      },
      {
        stageId: stage('qualified'),
        deals: 7, // all but X and Q
        value: 1_900_000, // 1,950,000 − 50,000
        conversion: 6 / 7,
        averageDays: 8.8,
      },
      {
        stageId: stage('proposal'),
        deals: 6, // S B R W L2 P
        value: 1_750_000, // 1,900,000 − 150,000 (L1)
        conversion: 3 / 6,
        averageDays: 16.8,
      },
      {
        stageId: stage('negotiation'),
        deals: 3, // S R W
        value: 800_000, // 100,000 + 300,000 + 400,000
        conversion: 1 / 3, // → Won: R only (W is open again)
        averageDays: 17.5,
      },
    ]);
    expect(funnel.won).toEqual({ deals: 1, value: 300_000 }); // R
    expect(funnel.lost).toEqual({ deals: 3, value: 460_000 }); // L1 + L2 + X = 150,000 + 250,000 + 60,000
    expect(funnel.winRate).toBe(0.25); // 1 / (1 + 3)
    expect(funnel.otherCurrencyDeals).toBe(1); // E
  });

  it('funnel in the other currency sums only that currency’s deals', async () => {
    const funnel = await app.call('deals.funnel', { pipelineId: pipeline.id, currency: 'EUR', range: MARCH });
    // E alone: created in Lead (1 day there, d7 → d8), then Negotiation since d8 (32 days up to d40).
    expect(funnel.steps.map((s) => [s.deals, s.value, s.conversion, s.averageDays])).toEqual([
      [1, 999_000, 1, 1],
      [1, 999_000, 1, null], // skipped: reached, but never stayed
      [1, 999_000, 1, null],
      [1, 999_000, 0, 32], // → Won: 0 of 1
    ]);
    expect(funnel.winRate).toBeNull();
    expect(funnel.otherCurrencyDeals).toBe(9); // S B R W L1 L2 P Q X
  });

  it('funnel reads its period on the wall clock: one day later in New York takes in O2 (Apr 1, 00:30 there)', async () => {
    const funnel = await app.call('deals.funnel', {
      pipelineId: pipeline.id,
      currency: 'USD',
      range: { from: '2026-03-01', to: '2026-04-02' },
    });
    // O2 sits in Lead since 2026-04-01T04:30Z: 10 days 10.5 hours up to d40 = 10.4375 days.
    // Lead: (46 + 10.4375) / 6 = 9.40625 → 9.4
    expect(funnel.steps[0]).toMatchObject({ deals: 9, value: 1_983_333, conversion: 7 / 9, averageDays: 9.4 });
  });

  it('forecast: open deals by expected close month, weighted, with the earlier ones and other currencies apart', async () => {
    const forecast = await app.call('deals.forecast', {
      pipelineId: pipeline.id,
      currency: 'USD',
      fromMonth: '2026-04',
      months: 3,
    });
    // Open USD deals with a date: B 03-25, S 04-30, W 05-01, P 05-31, O2 06-30, O1 07-01 (after the span);
    // Q has no date, T2 is in the Trash, R L1 L2 X … are closed, N is in another pipeline.
    expect(forecast.months).toEqual([
      { month: '2026-04', deals: 1, value: 100_000, weighted: 75_000 }, // S: 100,000 × 75 / 100
      // W at its stage's 50%, P at its own 90%: (400,000×50 + 500,000×90)/100 = 200,000 + 450,000
      { month: '2026-05', deals: 2, value: 900_000, weighted: 650_000 },
      { month: '2026-06', deals: 1, value: 33_333, weighted: 3_333 }, // O2: 33,333 × 10 / 100 = 3,333.3
    ]);
    expect(forecast.overdue).toEqual({ deals: 1, value: 200_000, weighted: 50_000 }); // B: 200,000 × 25 / 100
    expect(forecast.otherCurrencyDeals).toBe(1); // E (June)

    const everyPipeline = await app.call('deals.forecast', {
      pipelineId: null,
      currency: 'USD',
      fromMonth: '2026-04',
      months: 1,
    });
    // April with N (Renewals, Due 60%): 100,000 + 150,000; 75,000 + 150,000 × 60 / 100 = 75,000 + 90,000
    expect(everyPipeline.months).toEqual([{ month: '2026-04', deals: 2, value: 250_000, weighted: 165_000 }]);
  });

  it('revenue: won deals by close month beside the same month a year before', async () => {
    const revenue = await app.call('deals.revenue', {
      pipelineId: pipeline.id,
      currency: 'USD',
      fromMonth: '2026-03',
      months: 3,
    });
    // R's final win counts (its first, reopened, does not; nor W's); T1 is in the Trash; H0 (2025-02-28) is
    // before every month shown or compared.
    expect(revenue.months).toEqual([
      // R | H1b + H1 = 30,000 + 120,000
      { month: '2026-03', value: 300_000, deals: 1, previousValue: 150_000, previousDeals: 2 },
      { month: '2026-04', value: 1_000_000, deals: 1, previousValue: 80_000, previousDeals: 1 }, // O3 | H2
      { month: '2026-05', value: 0, deals: 0, previousValue: 45_000, previousDeals: 1 }, // — | H5
    ]);
    expect(revenue.otherCurrencyDeals).toBe(1); // H3 (April, EUR)
  });

  it('close figures: average size and days to close of the deals won, and why deals were lost', async () => {
    const figures = await app.call('deals.closeFigures', {
      pipelineId: pipeline.id,
      currency: 'USD',
      range: { from: '2026-03-01', to: '2026-04-11' },
    });
    // Won from Mar 1 up to (not including) Apr 11: R (created d2 = Mar 4, won Mar 16: 12 days) and O3 (created
    // Jan 20 in New York, won Apr 10: 11 + 28 + 31 + 10 = 80 days; in UTC it would be Jan 21 and 79).
    expect(figures.wonDeals).toBe(2);
    expect(figures.averageDealSize).toBe(650_000); // (300,000 + 1,000,000) / 2
    expect(figures.averageDaysToClose).toBe(46); // (12 + 80) / 2
    // Lost: L1 price 150,000, L2 competitor 250,000, X no budget 60,000, L3 price 40,000 (L4, Feb 28, is before).
    expect(figures.lostReasons).toEqual([
      { lostReasonId: reasons.price, deals: 2, value: 190_000 }, // 150,000 + 40,000
      { lostReasonId: reasons.competitor, deals: 1, value: 250_000 }, // one each: the larger value first
      { lostReasonId: reasons.noBudget, deals: 1, value: 60_000 },
    ]);
    expect(figures.otherCurrencyDeals).toBe(1); // H3

    const toApr10 = await app.call('deals.closeFigures', {
      pipelineId: pipeline.id,
      currency: 'USD',
      range: { from: '2026-03-01', to: '2026-04-10' },
    });
    // The end is not included: O3 (won Apr 10) drops out.
    expect([toApr10.wonDeals, toApr10.averageDealSize, toApr10.averageDaysToClose]).toEqual([1, 300_000, 12]);
  });

  it('funnel after a stage is removed: its stays and its reach no longer show, the moves it caused do', async () => {
    const open = pipeline.stages.filter((s) => s.kind === 'open');
    // At d40 Qualified is removed; B, the one deal in it, moves to Proposal.
    await app.call('pipelines.update', {
      id: pipeline.id,
      pipeline: {
        name: null,
        stages: [open[0]!, open[2]!, open[3]!].map((s) => ({ id: s.id, name: null, probability: s.probability })),
        wonName: null,
        lostName: null,
        removed: [{ id: stage('qualified'), moveTo: stage('proposal') }],
      },
    });
    at(d(41));
    const funnel = await app.call('deals.funnel', { pipelineId: pipeline.id, currency: 'USD', range: MARCH });
    // Reach now: S Negotiation · B Proposal · R, W all · L1 Lead (its Qualified is gone) · L2 Proposal ·
    // P Proposal · Q Lead · X none. Stays up to d41:
    //   Lead:        S 10, B 2, R 2, L1 2, Q 31                → 47 / 5 = 9.4
    //   Proposal:    B 4, B 1 (d40 → d41), R 2, W 34, L2 11, P 35 → 87 / 6 = 14.5
    //   Negotiation: S 31, R 5                                  → 36 / 2 = 18
    expect(funnel.steps).toEqual([
      { stageId: stage('lead'), deals: 8, value: 1_950_000, conversion: 6 / 8, averageDays: 9.4 },
      { stageId: stage('proposal'), deals: 6, value: 1_750_000, conversion: 3 / 6, averageDays: 14.5 },
      { stageId: stage('negotiation'), deals: 3, value: 800_000, conversion: 1 / 3, averageDays: 18 },
    ]);
    expect(funnel.winRate).toBe(0.25);
  });
});

describe('days to close in Shanghai', () => {
  it('reads the day a deal was created on the wall clock, whatever the seconds of now', async () => {
    // 10:00:45 in Shanghai (UTC+8). With the seconds rounded into the offset (+479 minutes instead of +480), a deal
    // made a few seconds after midnight was dated the day before.
    await openWith('Asia/Shanghai', new Date('2026-11-09T15:59:00Z'));
    const late = await create('2026-11-09T15:59:00Z', 'lead', { amount: 10_000 }); // Nov 9, 23:59 there
    const early = await create('2026-11-09T16:00:20Z', 'lead', { amount: 30_000 }); // Nov 10, 00:00:20 there
    await move('2026-11-20T02:00:00Z', late, 'won', { on: '2026-11-20' });
    await move('2026-11-20T02:00:00Z', early, 'won', { on: '2026-11-20' });
    at('2026-11-22T02:00:45Z');
    const figures = await app.call('deals.closeFigures', {
      pipelineId: null,
      currency: 'USD',
      range: { from: '2026-11-01', to: '2026-12-01' },
    });
    expect(figures.averageDaysToClose).toBe(10.5); // (11 + 10) / 2
    expect(figures.averageDealSize).toBe(20_000); // (10,000 + 30,000) / 2

    // The funnel's period from Nov 10 there holds only the early one (won, so it reached every stage).
    const funnel = await app.call('deals.funnel', {
      pipelineId: pipeline.id,
      currency: 'USD',
      range: { from: '2026-11-10', to: '2026-11-23' },
    });
    expect(funnel.steps.map((s) => s.deals)).toEqual([1, 1, 1, 1]);
    expect(funnel.steps.map((s) => s.averageDays)).toEqual([10.4, null, null, null]); // Nov 9 16:00:20Z → Nov 20 02:00Z: 10 d 9:59:40
    expect(funnel.winRate).toBe(1);
  });
});

describe('indexes', () => {
  it('answers the board, a move and the figures from their indexes, without sorting what is in order', async () => {
    await openWith('UTC', d(0));
    const plan = (q: string) =>
      (app.handle.sqlite.prepare(`explain query plan ${q}`).all() as Array<{ detail: string }>)
        .map((r) => r.detail)
        .join(' | ');
    const live = 'deal.deleted_at is null and deal.pipeline_id = 1';
    // The board's open cards come in column order.
    const open = plan(`select id from deal where ${live} and status = 'open' order by stage_id, position`);
    expect(open).toMatch(/INDEX deal_board \(pipeline_id=\? AND status=\?\)/);
    expect(open).not.toMatch(/TEMP B-TREE/);
    expect(
      plan(`select id from deal where ${live} and status in ('won', 'lost') and closed_on >= '2026-10-01'`),
    ).toMatch(/INDEX deal_closed \(pipeline_id=\? AND status=\? AND closed_on>\?\)/);
    // A card placed at the end of a column.
    expect(plan('select max(position) from deal where stage_id = 1 and deleted_at is null')).toMatch(
      /INDEX deal_column \(stage_id=\?\)/,
    );
    // The funnel's deals of a period, and their changes paired in order.
    expect(
      plan(
        `select id, amount, status, currency from deal where ${live} and created_at >= '2026' and created_at < '2027'`,
      ),
    ).toMatch(/INDEX deal_created \(pipeline_id=\? AND created_at>\? AND created_at<\?\)/);
    const moves = plan(`select to_stage_id, lead(changed_at) over (partition by deal_id order by changed_at, id)
      from deal_stage_history where deal_id in (select value from json_each('[1,2,3]'))`);
    expect(moves).toMatch(/COVERING INDEX deal_stage_history_deal \(deal_id=\?\)/);
    expect(moves).not.toMatch(/TEMP B-TREE/);
    // Revenue and close figures.
    expect(
      plan(`select lost_reason_id, count(*), sum(amount) from deal where ${live} and status = 'lost'
            and closed_on >= '2026-01-01' and closed_on < '2027-01-01' group by lost_reason_id`),
    ).toMatch(/INDEX deal_closed \(pipeline_id=\? AND status=\? AND closed_on>\? AND closed_on<\?\)/);
  });
});
