// `npm run bench` (deals section): one pipeline with 5,000 open deals and 50,000 closed ones over three years,
// each with a few stage changes in its history (some skipping stages, some moving back), companies, people and
// tags on some. Times the board's data, a card moved to another column and back (write + history), and all four
// dashboard figures for typical periods, each through the contract's dispatcher and beside a bare better-sqlite3
// query in the same run.
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import SQLite from 'better-sqlite3';
import { EMPTY_DEAL_FILTER } from '@shared/validation/deals';
import type { MethodInput, MethodName, MethodOutput } from '@shared/api/contract';
import { dispatch } from '../../src-main/api/dispatch';
import type { AppContext } from '../../src-main/context';
import { addDays, localDateOf } from '../../src-main/calendar/wallClock';
import { ensureTagIds } from '../../src-main/contacts/detailsRepository';
import { insertMany, insertManyReturningIds } from '../../src-main/db/insertMany';
import { openApp } from '../../src-main/openApp';
import { generateSampleData, seededRandom } from '../../src-main/sample/sampleData';
import { loadSampleData } from '../../src-main/sample/sampleService';
import { ms, timeAsync, timeSync, type Timing } from './stats';

const NOW = new Date('2026-11-22T02:00:00.000Z');
const ZONE = 'Asia/Shanghai';
const TODAY = localDateOf(NOW, ZONE);
const DAY = 86_400_000;
const TAGS = ['VIP', 'Renewal', 'Referral', 'Trade show', '重点', 'Wholesale'];
const SOURCES = ['Referral', 'Website', 'Trade show', 'Cold call', ''];

async function call<M extends MethodName>(ctx: AppContext, method: M, input: MethodInput<M>) {
  const result = await dispatch(ctx, method, input);
  if (!result.ok) throw new Error(`${method}: ${result.error.message}`);
  return result.value as MethodOutput<M>;
}

/** The stages a deal goes through after the one it was created in: mostly forward, sometimes skipping one,
 *  now and then back one; closed deals end in Won or Lost. */
function pathOf(next: () => number, openStages: number[], end: number | null): number[] {
  let at = next() < 0.8 ? 0 : 1;
  const path = [at];
  const moves = Math.floor(next() * 4);
  for (let i = 0; i < moves; i++) {
    const r = next();
    const to = r < 0.1 ? at - 1 : r < 0.25 ? at + 2 : at + 1;
    if (to < 0 || to >= openStages.length || to === at) continue;
    at = to;
    path.push(at);
  }
  const stages = path.map((i) => openStages[i]!);
  if (end !== null) stages.push(end);
  return stages;
}

/** Fills a fresh database: sample companies and people, then the deals, their history, people and tags. */
export async function fillDealsDatabase(file: string, open: number, closed: number) {
  const app = await openApp(file, { clock: { now: () => NOW, zone: () => ZONE } });
  await loadSampleData(app.ctx, generateSampleData({ contacts: 2_000, seed: 11, now: NOW, activitiesPerContact: 0 }));
  const db = app.ctx.db;
  const pipeline = (await call(app.ctx, 'pipelines.list', {}))[0]!;
  const openStages = pipeline.stages.filter((s) => s.kind === 'open').map((s) => s.id);
  const won = pipeline.stages.find((s) => s.kind === 'won')!.id;
  const lost = pipeline.stages.find((s) => s.kind === 'lost')!.id;
  const reasons = (await call(app.ctx, 'lostReasons.list', { includeArchived: false })).map((r) => r.id);
  const companies = (await db.selectFrom('company').select('id').execute()).map((r) => r.id);
  const contacts = (await db.selectFrom('contact').select('id').execute()).map((r) => r.id);
  const next = seededRandom(55);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;

  await db.transaction().execute(async (trx) => {
    const tagIds = await ensureTagIds(trx, TAGS);
    const deals = [];
    const histories: Array<Array<{ stage: number; at: number }>> = [];
    const positions = new Map<number, number>();
    for (let i = 0; i < open + closed; i++) {
      const isOpen = i < open;
      // Open deals are recent (made in the last year); closed ones were closed over the last three years, 3 to
      // 150 days after they were made.
      const closedAt = isOpen ? null : NOW.getTime() - Math.floor(next() * 3 * 365 * DAY) - DAY;
      const created =
        closedAt === null
          ? NOW.getTime() - Math.floor(next() * 365 * DAY) - 3 * DAY
          : closedAt - (3 + Math.floor(next() * 147)) * DAY;
      const end = isOpen ? null : next() < 0.35 ? won : lost;
      const stages = pathOf(next, openStages, end);
      const last = closedAt ?? NOW.getTime() - Math.floor(next() * 2 * DAY);
      const history = stages.map((stage, k) => ({
        stage,
        at: k === 0 ? created : created + Math.floor(((last - created) * k) / stages.length),
      }));
      if (closedAt !== null) history[history.length - 1]!.at = closedAt;
      histories.push(history);
      const stage = stages[stages.length - 1]!;
      const position = positions.get(stage) ?? 0;
      positions.set(stage, position + 1);
      const lastAt = new Date(history[history.length - 1]!.at).toISOString();
      deals.push({
        pipeline_id: pipeline.id,
        stage_id: stage,
        status: isOpen ? ('open' as const) : stage === won ? ('won' as const) : ('lost' as const),
        title: `Deal ${i}`,
        company_id: next() < 0.6 ? pick(companies) : null,
        amount: 10_000 + Math.floor(next() * 5_000) * 1_000,
        currency: next() < 0.95 ? 'USD' : 'EUR',
        expected_close: isOpen ? addDays(TODAY, Math.floor(next() * 240) - 60) : localDateOf(new Date(closedAt!), ZONE),
        probability: next() < 0.1 ? Math.floor(next() * 10) * 10 : null,
        source: pick(SOURCES),
        notes: '',
        closed_on: closedAt === null ? null : localDateOf(new Date(closedAt), ZONE),
        lost_reason_id: stage === lost ? pick(reasons) : null,
        lost_note: '',
        position,
        last_activity_at: lastAt,
        created_at: new Date(created).toISOString(),
        updated_at: lastAt,
        deleted_at: next() < 0.01 ? lastAt : null,
      });
    }
    const ids = await insertManyReturningIds(trx, 'deal', deals);
    await insertMany(
      trx,
      'deal_stage_history',
      ids.flatMap((deal_id, i) =>
        histories[i]!.map((h, k, all) => ({
          deal_id,
          from_stage_id: k === 0 ? null : all[k - 1]!.stage,
          to_stage_id: h.stage,
          changed_at: new Date(h.at).toISOString(),
          left_at: k + 1 < all.length ? new Date(all[k + 1]!.at).toISOString() : null,
          days: k + 1 < all.length ? (all[k + 1]!.at - h.at) / 86_400_000 : null,
        })),
      ),
    );
    const people = ids.flatMap((deal_id) => {
      if (next() >= 0.5) return [];
      const first = pick(contacts);
      const second = pick(contacts);
      return second !== first && next() < 0.3
        ? [
            { deal_id, contact_id: first, position: 0 },
            { deal_id, contact_id: second, position: 1 },
          ]
        : [{ deal_id, contact_id: first, position: 0 }];
    });
    await insertMany(trx, 'deal_contact', people);
    const tags = ids.flatMap((deal_id) => {
      if (next() >= 0.2) return [];
      const a = pick(tagIds);
      const b = pick(tagIds);
      return a === b
        ? [{ deal_id, tag_id: a }]
        : [
            { deal_id, tag_id: a },
            { deal_id, tag_id: b },
          ];
    });
    await insertMany(trx, 'deal_tag', tags);
  });
  app.handle.sqlite.exec('analyze');
  return { app, pipelineId: pipeline.id, openStages };
}

const ratio = (t: Timing, base: Timing) => `×${(t.p99 / Math.max(base.p99, 0.001)).toFixed(1)}`;
const line = (label: string, t: Timing, baseLabel: string, base: Timing) =>
  console.log(
    `  ${label.padEnd(34)} p50 ${ms(t.p50).padStart(9)}  p99 ${ms(t.p99).padStart(9)}   ${baseLabel}: p99 ${ms(base.p99)} (${ratio(t, base)})`,
  );

export async function runDealsBench(open = 5_000, closed = 50_000) {
  const file = join(import.meta.dirname, '.cache', `deals-${process.pid}.db`);
  for (const suffix of ['', '-wal', '-shm']) rmSync(`${file}${suffix}`, { force: true });
  const t0 = performance.now();
  const { app, pipelineId, openStages } = await fillDealsDatabase(file, open, closed);
  const ctx = app.ctx;
  const bare = new SQLite(file, { readonly: true });
  const rows = bare
    .prepare('select (select count(*) from deal) deals, (select count(*) from deal_stage_history) history')
    .get() as { deals: number; history: number };
  console.log(
    `\nDeals: ${open.toLocaleString('en')} open, ${closed.toLocaleString('en')} closed over three years, ${rows.history.toLocaleString('en')} stage changes (filled in ${ms(performance.now() - t0)})`,
  );
  try {
    // (a) The board: each column's first cards (what a screen shows; more load as a column is scrolled), with
    // every column's count and totals, over all its deals. Also the whole board at once, for reference.
    const board = await timeAsync(100, () => call(ctx, 'deals.board', { pipelineId, filter: EMPTY_DEAL_FILTER }));
    const cards = (await call(ctx, 'deals.board', { pipelineId, filter: EMPTY_DEAL_FILTER })).columns.reduce(
      (n, c) => n + c.deals.length,
      0,
    );
    const bareColumn = bare.prepare(
      'select * from deal where pipeline_id = ? and stage_id = ? and deleted_at is null order by position limit 101',
    );
    const bareBoard = timeSync(100, () => {
      for (const stageId of openStages) bareColumn.all(pipelineId, stageId);
    });
    line(`board's data (${cards.toLocaleString('en')} cards)`, board, 'bare select of the same columns', bareBoard);
    const whole = await timeAsync(10, () =>
      call(ctx, 'deals.board', { pipelineId, filter: EMPTY_DEAL_FILTER, perColumn: 10_000 }),
    );
    console.log(`    the whole board at once (every card): p50 ${ms(whole.p50)}, p99 ${ms(whole.p99)}`);

    // (b) A card dropped on the next column and back: the row, its place in the column and its history.
    const card = bare
      .prepare("select id, stage_id from deal where stage_id = ? and status = 'open' and deleted_at is null limit 1")
      .get(openStages[1]) as { id: number; stage_id: number };
    const move = await timeAsync(200, (i) =>
      call(ctx, 'deals.move', {
        id: card.id,
        stageId: i % 2 === 0 ? openStages[2]! : openStages[1]!,
        beforeId: null,
        closedOn: null,
        lostReasonId: null,
        lostNote: '',
      }),
    );
    const writer = new SQLite(file);
    const update = writer.prepare('update deal set stage_id = ? where id = ?');
    const bareMove = timeSync(200, (i) => update.run(i % 2 === 0 ? openStages[2]! : openStages[1]!, card.id));
    update.run(card.stage_id, card.id);
    writer.close();
    line('moving a card (write + history)', move, 'bare single-row update', bareMove);

    // (c) The dashboard: the four figures for their usual periods, one after the other.
    const month = TODAY.slice(0, 7);
    const yearAgo = `${Number(TODAY.slice(0, 4)) - 1}${TODAY.slice(4)}`;
    const lastYear = { from: addDays(yearAgo, 1), to: addDays(TODAY, 1) };
    const monthsBack = (n: number) => {
      const [y, m] = month.split('-').map(Number) as [number, number];
      return new Date(Date.UTC(y, m - 1 - n, 1)).toISOString().slice(0, 7);
    };
    const figureCalls = {
      funnel: () => call(ctx, 'deals.funnel', { pipelineId, currency: 'USD', range: lastYear }),
      forecast: () => call(ctx, 'deals.forecast', { pipelineId, currency: 'USD', fromMonth: month, months: 6 }),
      revenue: () => call(ctx, 'deals.revenue', { pipelineId, currency: 'USD', fromMonth: monthsBack(11), months: 12 }),
      closeFigures: () => call(ctx, 'deals.closeFigures', { pipelineId, currency: 'USD', range: lastYear }),
    };
    const each = [] as string[];
    for (const [name, fn] of Object.entries(figureCalls)) each.push(`${name} ${ms((await timeAsync(30, fn)).p50)}`);
    const figures = await timeAsync(50, async () => {
      for (const fn of Object.values(figureCalls)) await fn();
    });
    const bareFigures = timeSync(50, () =>
      bare
        .prepare(
          'select stage_id, count(*), sum(amount) from deal where pipeline_id = ? and deleted_at is null group by stage_id',
        )
        .all(pipelineId),
    );
    line('all four dashboard figures', figures, 'bare count(*) by stage', bareFigures);
    console.log(`    p50 each: ${each.join(', ')}`);
    return { board: board.p99, move: move.p99, figures: figures.p99 };
  } finally {
    bare.close();
    await app.close();
    for (const suffix of ['', '-wal', '-shm']) rmSync(`${file}${suffix}`, { force: true });
  }
}
