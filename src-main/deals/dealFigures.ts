// The dashboard's figures, computed by SQL over deals and their stage history. One currency is summed at a
// time (the user's); deals in other currencies are counted, never converted.
//
// Definitions (the README says the same in words):
// - Funnel: the deals created in the range. A deal reached an open stage when its history shows it in that
//   stage or a later one (skipped stages count as passed; moving backwards does not un-reach), and a won deal
//   reached them all. Conversion of a stage = deals that reached the next step / deals that reached it; the last
//   open stage's next step is Won. Win rate = won / (won + lost) of those deals, as they stand now (a reopened
//   deal counts as open). Average days in a stage: over every stay in it by those deals (a current stay counts
//   up to now).
// - Forecast: open deals by the month of their expected close date, value × probability; "earlier" holds the
//   open deals whose date is before the first month shown.
// - Revenue: won deals by the month of their close date, beside the same month a year before.
// - Close figures: deals won in the range (average size, average days from the day it was created to the day
//   it was won, on the computer's current UTC offset) and deals lost in the range by reason.
import { sql } from 'kysely';
import { RapportError } from '@shared/api/result';
import type { CloseFigures, ForecastFigures, FunnelFigures, RevenueFigures } from '@shared/domain/deals';
import type { AppContext } from '../context';
import { zoneOf } from '../ports';
import { instantOf } from '../calendar/wallClock';
import { liveStages } from './pipelinesRepository';

type Range = { from: string; to: string };

/** "YYYY-MM" months from `fromMonth`, `count` of them. */
export function monthsFrom(fromMonth: string, count: number): string[] {
  const [y, m] = fromMonth.split('-').map(Number) as [number, number];
  return Array.from({ length: count }, (_, i) => new Date(Date.UTC(y, m - 1 + i, 1)).toISOString().slice(0, 7));
}

const nextMonth = (month: string) => monthsFrom(month, 2)[1]!;
const yearBefore = (month: string) => `${Number(month.slice(0, 4)) - 1}${month.slice(4)}`;

/** The instants a range of local dates covers, in the computer's zone. */
function instantRange(ctx: AppContext, range: Range) {
  const zone = zoneOf(ctx.clock);
  return { from: instantOf(range.from, zone).toISOString(), to: instantOf(range.to, zone).toISOString() };
}

const pipelineScope = (pipelineId: number | null) =>
  pipelineId === null ? sql`1` : sql`deal.pipeline_id = ${pipelineId}`;

export async function funnelFigures(
  ctx: AppContext,
  q: { pipelineId: number; currency: string; range: Range },
): Promise<FunnelFigures> {
  const stages = await liveStages(ctx.db, q.pipelineId);
  if (stages.length === 0) throw new RapportError('not_found', `Pipeline ${q.pipelineId} was not found.`);
  const open = stages.filter((s) => s.kind === 'open');
  const { from, to } = instantRange(ctx, q.range);
  const now = ctx.clock.now().toISOString();
  const cohort = sql`select deal.id, deal.amount, deal.status, deal.currency from deal
    where deal.pipeline_id = ${q.pipelineId} and deal.deleted_at is null
      and deal.created_at >= ${from} and deal.created_at < ${to}`;

  const reached = await sql<{ stage_id: number; deals: number; value: number | null }>`
    with cohort as materialized (${cohort}),
    reach as materialized (
      select c.id, c.amount,
        case when c.status = 'won' then 1e9 else coalesce((
          select max(s.position) from deal_stage_history h join stage s on s.id = h.to_stage_id
          where h.deal_id = c.id and s.kind = 'open' and s.removed_at is null), -1) end as reached
      from cohort c where c.currency = ${q.currency})
    select s.id as stage_id, count(r.id) as deals, sum(r.amount) as value
    from stage s left join reach r on r.reached >= s.position
    where s.pipeline_id = ${q.pipelineId} and s.kind = 'open' and s.removed_at is null
    group by s.id`.execute(ctx.db);

  const closed = await sql<{ status: string; deals: number; value: number | null; other: number }>`
    select status, count(*) as deals, sum(amount) as value, 0 as other from (${cohort}) c
    where c.currency = ${q.currency} and c.status != 'open' group by status
    union all
    select 'other', 0, 0, count(*) from (${cohort}) c where c.currency != ${q.currency}`.execute(ctx.db);

  const stays = await sql<{ stage_id: number; days: number | null }>`
    select to_stage_id as stage_id, avg(julianday(until) - julianday(changed_at)) as days from (
      select h.to_stage_id, h.changed_at,
        coalesce(lead(h.changed_at) over (partition by h.deal_id order by h.changed_at, h.id),
                 case when c.status = 'open' then ${now} end) as until
      from (${cohort}) c join deal_stage_history h on h.deal_id = c.id
      where c.currency = ${q.currency})
    where until is not null group by to_stage_id`.execute(ctx.db);

  const byStage = new Map(reached.rows.map((r) => [r.stage_id, r]));
  const daysBy = new Map(stays.rows.map((r) => [r.stage_id, r.days]));
  const won = closed.rows.find((r) => r.status === 'won');
  const lost = closed.rows.find((r) => r.status === 'lost');
  const wonDeals = Number(won?.deals ?? 0);
  const lostDeals = Number(lost?.deals ?? 0);
  const steps = open.map((stage, i) => {
    const here = Number(byStage.get(stage.id)?.deals ?? 0);
    const next = i + 1 < open.length ? Number(byStage.get(open[i + 1]!.id)?.deals ?? 0) : wonDeals;
    const days = daysBy.get(stage.id);
    return {
      stageId: stage.id,
      deals: here,
      value: Number(byStage.get(stage.id)?.value ?? 0),
      conversion: here === 0 ? null : next / here,
      averageDays: days === undefined || days === null ? null : Math.round(days * 10) / 10,
    };
  });
  return {
    steps,
    won: { deals: wonDeals, value: Number(won?.value ?? 0) },
    lost: { deals: lostDeals, value: Number(lost?.value ?? 0) },
    winRate: wonDeals + lostDeals === 0 ? null : wonDeals / (wonDeals + lostDeals),
    otherCurrencyDeals: Number(closed.rows.find((r) => r.status === 'other')?.other ?? 0),
  };
}

export async function forecastFigures(
  ctx: AppContext,
  q: { pipelineId: number | null; currency: string; fromMonth: string; months: number },
): Promise<ForecastFigures> {
  const months = monthsFrom(q.fromMonth, q.months);
  const start = `${months[0]}-01`;
  const end = `${nextMonth(months[months.length - 1]!)}-01`;
  const rows = await sql<{ month: string; deals: number; value: number; weighted: number; other: number }>`
    select case when deal.expected_close < ${start} then 'earlier' else substr(deal.expected_close, 1, 7) end as month,
      sum(deal.currency = ${q.currency}) as deals,
      sum(case when deal.currency = ${q.currency} then deal.amount else 0 end) as value,
      sum(case when deal.currency = ${q.currency} then deal.amount * coalesce(deal.probability, stage.probability) else 0 end) / 100.0 as weighted,
      sum(deal.currency != ${q.currency}) as other
    from deal join stage on stage.id = deal.stage_id
    where ${pipelineScope(q.pipelineId)} and deal.status = 'open' and deal.deleted_at is null
      and deal.expected_close is not null and deal.expected_close < ${end}
    group by 1`.execute(ctx.db);
  const by = new Map(rows.rows.map((r) => [r.month, r]));
  const earlier = by.get('earlier');
  return {
    months: months.map((month) => {
      const r = by.get(month);
      return {
        month,
        deals: Number(r?.deals ?? 0),
        value: Number(r?.value ?? 0),
        weighted: Math.round(Number(r?.weighted ?? 0)),
      };
    }),
    overdue: {
      deals: Number(earlier?.deals ?? 0),
      value: Number(earlier?.value ?? 0),
      weighted: Math.round(Number(earlier?.weighted ?? 0)),
    },
    otherCurrencyDeals: rows.rows.reduce((n, r) => n + Number(r.other), 0),
  };
}

export async function revenueFigures(
  ctx: AppContext,
  q: { pipelineId: number | null; currency: string; fromMonth: string; months: number },
): Promise<RevenueFigures> {
  const months = monthsFrom(q.fromMonth, q.months);
  const end = `${nextMonth(months[months.length - 1]!)}-01`;
  const rows = await sql<{ month: string; deals: number; value: number; other: number }>`
    select substr(deal.closed_on, 1, 7) as month,
      sum(deal.currency = ${q.currency}) as deals,
      sum(case when deal.currency = ${q.currency} then deal.amount else 0 end) as value,
      sum(deal.currency != ${q.currency}) as other
    from deal
    where ${pipelineScope(q.pipelineId)} and deal.status = 'won' and deal.deleted_at is null
      and deal.closed_on >= ${`${yearBefore(months[0]!)}-01`} and deal.closed_on < ${end}
    group by 1`.execute(ctx.db);
  const by = new Map(rows.rows.map((r) => [r.month, r]));
  return {
    months: months.map((month) => {
      const r = by.get(month);
      const p = by.get(yearBefore(month));
      return {
        month,
        value: Number(r?.value ?? 0),
        deals: Number(r?.deals ?? 0),
        previousValue: Number(p?.value ?? 0),
        previousDeals: Number(p?.deals ?? 0),
      };
    }),
    otherCurrencyDeals: months.reduce((n, m) => n + Number(by.get(m)?.other ?? 0), 0),
  };
}

/** The computer's UTC offset now, as an SQLite date modifier ("+480 minutes"). */
function offsetModifier(ctx: AppContext): string {
  const now = ctx.clock.now();
  const zone = zoneOf(ctx.clock);
  const local = instantOf(
    new Intl.DateTimeFormat('sv-SE', {
      timeZone: zone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    })
      .format(now)
      .replace(' ', 'T'),
    'UTC',
  );
  const minutes = Math.round((local.getTime() - now.getTime()) / 60_000);
  return `${minutes >= 0 ? '+' : ''}${minutes} minutes`;
}

export async function closeFigures(
  ctx: AppContext,
  q: { pipelineId: number | null; currency: string; range: Range },
): Promise<CloseFigures> {
  const won = await sql<{ deals: number; average: number | null; days: number | null; other: number }>`
    select sum(deal.currency = ${q.currency}) as deals,
      avg(case when deal.currency = ${q.currency} then deal.amount end) as average,
      avg(case when deal.currency = ${q.currency}
               then julianday(deal.closed_on) - julianday(date(deal.created_at, ${offsetModifier(ctx)})) end) as days,
      sum(deal.currency != ${q.currency}) as other
    from deal
    where ${pipelineScope(q.pipelineId)} and deal.status = 'won' and deal.deleted_at is null
      and deal.closed_on >= ${q.range.from} and deal.closed_on < ${q.range.to}`.execute(ctx.db);
  const lost = await sql<{ lost_reason_id: number | null; deals: number; value: number; other: number }>`
    select deal.lost_reason_id,
      sum(deal.currency = ${q.currency}) as deals,
      sum(case when deal.currency = ${q.currency} then deal.amount else 0 end) as value,
      sum(deal.currency != ${q.currency}) as other
    from deal
    where ${pipelineScope(q.pipelineId)} and deal.status = 'lost' and deal.deleted_at is null
      and deal.closed_on >= ${q.range.from} and deal.closed_on < ${q.range.to}
    group by deal.lost_reason_id`.execute(ctx.db);
  const w = won.rows[0];
  return {
    wonDeals: Number(w?.deals ?? 0),
    averageDealSize: w?.average === null || w?.average === undefined ? null : Math.round(w.average),
    averageDaysToClose: w?.days === null || w?.days === undefined ? null : Math.round(w.days * 10) / 10,
    lostReasons: lost.rows
      .filter((r) => Number(r.deals) > 0)
      .map((r) => ({ lostReasonId: r.lost_reason_id, deals: Number(r.deals), value: Number(r.value) }))
      .sort((a, b) => b.deals - a.deals || b.value - a.value),
    otherCurrencyDeals: Number(w?.other ?? 0) + lost.rows.reduce((n, r) => n + Number(r.other), 0),
  };
}
