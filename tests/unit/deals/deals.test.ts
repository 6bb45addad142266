// Deals through the contract on a real SQLite file: the default pipeline, creating and moving deals (every
// stage change kept), what closing needs, ordering on the board, editing stages, products, the Trash.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Pipeline } from '@shared/domain/deals';
import type { DealInput } from '@shared/validation/deals';
import { EMPTY_DEAL_FILTER } from '@shared/validation/deals';
import { company, dealInput, person, pipelineInput } from '../../support/fixtures';
import { createTestApp, frozenClock, type TestApp } from '../../support/testApp';

let app: TestApp;
let clock: ReturnType<typeof frozenClock>;
let pipeline: Pipeline;
const stage = (key: string) => pipeline.stages.find((s) => s.defaultKey === key)!.id;

beforeEach(async () => {
  clock = frozenClock(new Date('2026-11-02T09:00:00Z'));
  app = await createTestApp({ clock });
  pipeline = (await app.call('pipelines.list', {}))[0]!;
});
afterEach(async () => {
  await app.cleanup();
});

/** A lead of $1,200 from a referral, expected to close 2026-11-30, unless the test says otherwise. */
const deal = (over: Partial<DealInput> = {}): DealInput =>
  dealInput({
    pipelineId: pipeline.id,
    stageId: stage('lead'),
    title: 'Shelving for the new shop',
    amount: 120_000,
    expectedClose: '2026-11-30',
    source: 'Referral',
    ...over,
  });
const later = (days: number) => clock.set(new Date(clock.now().getTime() + days * 86_400_000));

describe('the default pipeline', () => {
  it('has Lead → Qualified → Proposal → Negotiation, then Won and Lost, with rising probabilities', async () => {
    expect(pipeline.defaultKey).toBe('sales');
    expect(pipeline.stages.map((s) => [s.defaultKey, s.kind, s.probability])).toEqual([
      ['lead', 'open', 10],
      ['qualified', 'open', 25],
      ['proposal', 'open', 50],
      ['negotiation', 'open', 75],
      ['won', 'won', 100],
      ['lost', 'lost', 0],
    ]);
    const reasons = await app.call('lostReasons.list', { includeArchived: false });
    expect(reasons.map((r) => r.defaultKey)).toEqual([
      'price',
      'competitor',
      'noBudget',
      'noDecision',
      'timing',
      'other',
    ]);
  });
});

describe('deals', () => {
  it('keeps every stage change with its time, and the days spent in each stage', async () => {
    const acme = await app.call('companies.create', { company: company({ name: 'Acme' }) });
    const li = await app.call('contacts.create', { contact: person({ givenName: 'Lei', familyName: 'Li' }) });
    const created = await app.call('deals.create', {
      deal: deal({ companyId: acme.id, contactIds: [li.id], tags: ['Retail'] }),
    });
    expect(created).toMatchObject({
      companyName: 'Acme',
      contactName: 'Lei Li',
      probability: 10,
      status: 'open',
      tags: ['Retail'],
    });
    later(3);
    await app.call('deals.move', {
      id: created.id,
      stageId: stage('proposal'),
      beforeId: null,
      closedOn: null,
      lostReasonId: null,
      lostNote: '',
    });
    later(2);
    await app.call('deals.move', {
      id: created.id,
      stageId: stage('qualified'),
      beforeId: null,
      closedOn: null,
      lostReasonId: null,
      lostNote: '',
    });
    later(1.5);
    const got = await app.call('deals.get', { id: created.id });
    expect(got.history.map((h) => [h.fromStageId, h.toStageId, h.days])).toEqual([
      [null, stage('lead'), 3],
      [stage('lead'), stage('proposal'), 2],
      [stage('proposal'), stage('qualified'), 1.5],
    ]);
    expect(got.probability).toBe(25);
    const ofCompany = await app.call('deals.ofRecord', { entityType: 'company', id: acme.id });
    const ofPerson = await app.call('deals.ofRecord', { entityType: 'contact', id: li.id });
    expect(ofCompany.map((d) => d.id)).toEqual([created.id]);
    expect(ofPerson.map((d) => d.id)).toEqual([created.id]);
  });

  it('needs a date to be won, and a date and a reason to be lost; reopening clears them', async () => {
    const created = await app.call('deals.create', { deal: deal() });
    const move = { id: created.id, beforeId: null, closedOn: null, lostReasonId: null, lostNote: '' };
    await expect(app.call('deals.move', { ...move, stageId: stage('won') })).rejects.toMatchObject({
      issues: [{ path: 'closedOn', message: 'validation.closedOnRequired' }],
    });
    await expect(
      app.call('deals.move', { ...move, stageId: stage('lost'), closedOn: '2026-11-02' }),
    ).rejects.toMatchObject({
      issues: [{ path: 'lostReasonId', message: 'validation.lostReasonRequired' }],
    });
    const [price] = await app.call('lostReasons.list', { includeArchived: false });
    const lost = await app.call('deals.move', {
      ...move,
      stageId: stage('lost'),
      closedOn: '2026-11-01',
      lostReasonId: price!.id,
      lostNote: 'Went with the cheaper quote',
    });
    expect(lost).toMatchObject({ status: 'lost', closedOn: '2026-11-01', probability: 0 });
    const reopened = await app.call('deals.move', { ...move, stageId: stage('negotiation') });
    expect(reopened).toMatchObject({ status: 'open', closedOn: null, probability: 75 });
    expect((await app.call('deals.get', { id: created.id })).lostReasonId).toBeNull();
  });

  it('takes its amount from its lines when it has some', async () => {
    const created = await app.call('deals.create', {
      deal: deal({
        amount: 1,
        lines: [
          { productId: null, name: 'Shelf unit', sku: 'SH-1', unitPrice: 19_999, quantity: 3, discountPercent: 10 },
          { productId: null, name: 'Installation', sku: '', unitPrice: 5_000, quantity: 1.5, discountPercent: 0 },
        ],
      }),
    });
    // 3 × 199.99 less 10% = 539.973 → 539.97; 1.5 × 50.00 = 75.00
    expect(created.amount).toBe(53_997 + 7_500);
    expect(created.lines.map((l) => l.total)).toEqual([53_997, 7_500]);
  });

  it('orders cards in a column: new on top, dropped before a card, or at the end', async () => {
    const a = await app.call('deals.create', { deal: deal({ title: 'A' }) });
    const b = await app.call('deals.create', { deal: deal({ title: 'B' }) });
    const c = await app.call('deals.create', { deal: deal({ title: 'C' }) });
    const column = async () =>
      (await app.call('deals.board', { pipelineId: pipeline.id, filter: EMPTY_DEAL_FILTER })).columns
        .find((col) => col.stageId === stage('lead'))!
        .deals.map((d) => d.title);
    expect(await column()).toEqual(['C', 'B', 'A']);
    const base = { stageId: stage('lead'), closedOn: null, lostReasonId: null, lostNote: '' };
    await app.call('deals.move', { ...base, id: c.id, beforeId: a.id });
    expect(await column()).toEqual(['B', 'C', 'A']);
    await app.call('deals.move', { ...base, id: b.id, beforeId: null });
    expect(await column()).toEqual(['B', 'C', 'A']);
    // Many drops into the same gap still keep the order (the column renumbers when halves run out).
    for (let i = 0; i < 60; i++) {
      await app.call('deals.move', { ...base, id: i % 2 ? a.id : c.id, beforeId: b.id });
    }
    expect(await column()).toEqual(['C', 'A', 'B']);
    // Reordering within a column is not a stage change.
    expect((await app.call('deals.get', { id: c.id })).history).toHaveLength(1);
  });

  it('shows column counts, totals per currency and weighted totals on the board', async () => {
    await app.call('deals.create', { deal: deal({ amount: 100_000 }) });
    await app.call('deals.create', { deal: deal({ amount: 50_000, probability: 50 }) });
    await app.call('deals.create', { deal: deal({ amount: 70_000, currency: 'EUR' }) });
    const board = await app.call('deals.board', { pipelineId: pipeline.id, filter: EMPTY_DEAL_FILTER });
    const lead = board.columns.find((c) => c.stageId === stage('lead'))!;
    expect(lead.count).toBe(3);
    expect(lead.totals).toEqual([
      { currency: 'USD', amount: 150_000, weighted: 10_000 + 25_000 },
      { currency: 'EUR', amount: 70_000, weighted: 7_000 },
    ]);
  });

  it('gives a long column its first cards, counts and totals over all of it, and the card after those shown', async () => {
    for (let i = 0; i < 130; i++) await app.call('deals.create', { deal: deal({ title: `Deal ${i}`, amount: 1_000 }) });
    const board = await app.call('deals.board', { pipelineId: pipeline.id, filter: EMPTY_DEAL_FILTER, perColumn: 50 });
    const lead = board.columns.find((c) => c.stageId === stage('lead'))!;
    // New deals go on top: the newest first.
    expect(lead.deals.map((d) => d.title)).toEqual(Array.from({ length: 50 }, (_, i) => `Deal ${129 - i}`));
    expect(lead.count).toBe(130);
    expect(lead.totals).toEqual([{ currency: 'USD', amount: 130_000, weighted: 13_000 }]);
    const next = (
      await app.call('deals.list', {
        pipelineId: pipeline.id,
        filter: { ...EMPTY_DEAL_FILTER, q: 'Deal 79' },
        status: 'open',
        sort: { field: 'title', direction: 'asc' },
        offset: 0,
        limit: 1,
      })
    ).rows[0]!;
    expect(lead.nextId).toBe(next.id);
    // A card dropped at the end of what the column shows lands before the first card it does not show.
    const moved = lead.deals[0]!;
    await app.call('deals.move', {
      id: moved.id,
      stageId: stage('lead'),
      beforeId: lead.nextId,
      closedOn: null,
      lostReasonId: null,
      lostNote: '',
    });
    const again = await app.call('deals.board', { pipelineId: pipeline.id, filter: EMPTY_DEAL_FILTER, perColumn: 51 });
    expect(
      again.columns
        .find((c) => c.stageId === stage('lead'))!
        .deals.map((d) => d.title)
        .slice(-2),
    ).toEqual(['Deal 129', 'Deal 79']);
  });

  it('filters the board by close period, tag, source and text', async () => {
    await app.call('deals.create', { deal: deal({ title: 'This month', expectedClose: '2026-11-20', tags: ['VIP'] }) });
    await app.call('deals.create', {
      deal: deal({ title: 'Next month', expectedClose: '2026-12-10', source: 'Website' }),
    });
    await app.call('deals.create', { deal: deal({ title: 'Overdue 50% off', expectedClose: '2026-10-10' }) });
    const titles = async (filter: Partial<typeof EMPTY_DEAL_FILTER>) =>
      (await app.call('deals.board', { pipelineId: pipeline.id, filter: { ...EMPTY_DEAL_FILTER, ...filter } })).columns
        .flatMap((c) => c.deals.map((d) => d.title))
        .sort();
    expect(await titles({ closePeriod: 'thisMonth' })).toEqual(['This month']);
    expect(await titles({ closePeriod: 'nextMonth' })).toEqual(['Next month']);
    expect(await titles({ closePeriod: 'overdue' })).toEqual(['Overdue 50% off']);
    expect(await titles({ tag: 'vip' })).toEqual(['This month']);
    expect(await titles({ source: 'Website' })).toEqual(['Next month']);
    expect(await titles({ q: '50%' })).toEqual(['Overdue 50% off']);
    // Won and Lost show the last 30 days unless a period says otherwise.
    const [price] = await app.call('lostReasons.list', { includeArchived: false });
    const lost = { stageId: stage('lost'), lostReasonId: price!.id, expectedClose: null };
    await app.call('deals.create', { deal: deal({ ...lost, title: 'Lost lately', closedOn: '2026-10-20' }) });
    await app.call('deals.create', { deal: deal({ ...lost, title: 'Lost long ago', closedOn: '2026-09-20' }) });
    expect((await titles({})).filter((t) => t.startsWith('Lost'))).toEqual(['Lost lately']);
    expect((await titles({ closePeriod: 'thisYear' })).filter((t) => t.startsWith('Lost'))).toEqual([
      'Lost lately',
      'Lost long ago',
    ]);
    expect((await titles({ closePeriod: 'overdue' })).filter((t) => t.startsWith('Lost'))).toEqual([]);
  });

  it('goes to the Trash and comes back', async () => {
    const created = await app.call('deals.create', { deal: deal({ title: 'Bin me' }) });
    await app.call('deals.delete', { id: created.id });
    await expect(app.call('deals.get', { id: created.id })).rejects.toMatchObject({ code: 'not_found' });
    const trash = await app.call('trash.list', {});
    expect(trash).toEqual([expect.objectContaining({ entityType: 'deal', id: created.id, displayName: 'Bin me' })]);
    await app.call('trash.restore', { items: [{ entityType: 'deal', id: created.id }] });
    expect((await app.call('deals.get', { id: created.id })).title).toBe('Bin me');
    await app.call('deals.delete', { id: created.id });
    await app
      .call('activities.create', {
        activity: {
          kind: 'note',
          occurredAt: '2026-11-02T09:00:00Z',
          summary: 'x',
          outcome: '',
          contactId: null,
          companyId: null,
          dealId: null,
        },
      })
      .catch(() => undefined);
    expect(await app.call('trash.empty', {})).toEqual({ count: 1 });
  });

  it('counts an activity logged with a deal as something happening to it', async () => {
    const created = await app.call('deals.create', { deal: deal() });
    later(20);
    await app.call('activities.create', {
      activity: {
        kind: 'call',
        occurredAt: clock.now().toISOString(),
        summary: 'Chased the quote',
        outcome: '',
        contactId: null,
        companyId: null,
        dealId: created.id,
      },
    });
    const got = await app.call('deals.get', { id: created.id });
    expect(got.lastActivityAt).toBe(clock.now().toISOString());
    const log = await app.call('activities.list', { dealId: created.id, limit: 10 });
    expect(log.map((a) => [a.summary, a.dealTitle])).toEqual([['Chased the quote', 'Shelving for the new shop']]);
  });
});

describe('editing a pipeline', () => {
  it('renames, reorders, adds and removes stages; a removed stage’s deals move where the user said, in their history', async () => {
    const d = await app.call('deals.create', { deal: deal({ stageId: stage('qualified') }) });
    const open = pipeline.stages.filter((s) => s.kind === 'open');
    const input = {
      name: null,
      stages: [
        { id: open[0]!.id, name: null, probability: 5 },
        { id: null, name: 'Site visit', probability: 40 },
        { id: open[2]!.id, name: 'Quote sent', probability: 60 },
        { id: open[3]!.id, name: null, probability: 80 },
      ],
      wonName: null,
      lostName: 'Not this time',
      removed: [] as Array<{ id: number; moveTo: number | null }>,
    };
    await expect(app.call('pipelines.update', { id: pipeline.id, pipeline: input })).rejects.toMatchObject({
      code: 'invalid_input',
    });
    const updated = await app.call('pipelines.update', {
      id: pipeline.id,
      pipeline: { ...input, removed: [{ id: open[1]!.id, moveTo: open[2]!.id }] },
    });
    expect(updated.stages.map((s) => [s.name ?? s.defaultKey, s.probability])).toEqual([
      ['lead', 5],
      ['Site visit', 40],
      ['Quote sent', 60],
      ['negotiation', 80],
      ['won', 100],
      ['Not this time', 0],
    ]);
    const moved = await app.call('deals.get', { id: d.id });
    expect(moved.stageId).toBe(open[2]!.id);
    expect(moved.history.map((h) => h.toStageId)).toEqual([open[1]!.id, open[2]!.id]);
  });

  it('keeps at least one pipeline and refuses to delete one with open deals', async () => {
    await expect(app.call('pipelines.delete', { id: pipeline.id })).rejects.toMatchObject({ code: 'conflict' });
    const renewals = await app.call('pipelines.create', {
      pipeline: pipelineInput({ name: 'Renewals', stages: [{ id: null, name: 'Due', probability: 50 }] }),
    });
    expect(renewals.stages.map((s) => s.name ?? s.defaultKey)).toEqual(['Due', 'won', 'lost']);
    await app.call('deals.create', { deal: deal({ pipelineId: renewals.id, stageId: renewals.stages[0]!.id }) });
    await expect(app.call('pipelines.delete', { id: renewals.id })).rejects.toMatchObject({ code: 'conflict' });
  });
});

describe('products and lost reasons', () => {
  it('adds, edits and archives products; an SKU is unique among live products', async () => {
    const shelf = await app.call('products.create', {
      product: { name: 'Shelf unit', sku: 'SH-1', unitPrice: 19_999, currency: 'USD' },
    });
    await expect(
      app.call('products.create', { product: { name: 'Other', sku: 'sh-1', unitPrice: 1, currency: 'USD' } }),
    ).rejects.toMatchObject({ issues: [{ path: 'product.sku', message: 'validation.skuTaken' }] });
    await app.call('products.setArchived', { id: shelf.id, archived: true });
    expect(await app.call('products.list', { includeArchived: false })).toEqual([]);
    expect((await app.call('products.list', { includeArchived: true }))[0]).toMatchObject({
      archived: true,
      name: 'Shelf unit',
    });
  });

  it('saves the lost-reason list: renamed, added, left out = archived', async () => {
    const reasons = await app.call('lostReasons.list', { includeArchived: false });
    const saved = await app.call('lostReasons.save', {
      reasons: [
        { id: reasons[1]!.id, name: 'Chose a competitor' },
        { id: reasons[0]!.id, name: null },
        { id: null, name: 'Moved away' },
      ],
    });
    expect(saved.map((r) => r.name ?? r.defaultKey)).toEqual(['Chose a competitor', 'price', 'Moved away']);
    expect((await app.call('lostReasons.list', { includeArchived: true })).filter((r) => r.archived)).toHaveLength(4);
  });
});
