// "Customers at a glance": the customer base in figures, computed by SQL from the same purchases as customer value
// (customerValueRepository.ts: a won deal, not in the Trash, not wholly refunded, dated the day it was won; a
// person's share of a deal with several people is equal; a company's deals are its own). People and companies
// are counted apart, never together. Money is the currency of Settings, net of refunds; other currencies count
// as purchases (new, lost, segments) but never as money, and the revenue charts say how many deals they left out.
//
// Definitions (the README says the same in words):
// - By segment: the customers who bought in the period, by the segment they are in today.
// - By lifecycle stage: the people added in the period (on the computer's calendar), by their stage today.
// - New: a customer's first purchase ever falls in the month.
// - Lost: after a purchase, lapsedAfterDays (Settings) went by with no other purchase; the customer is lost on
//   the first day the gap exceeds it (purchase + lapsedAfterDays + 1 — the day their page starts suggesting
//   "lapsed"), once that day has come. Returned: a purchase after such a gap. A customer can be lost, come back
//   and be lost again; each time counts.
// - Top 10 % / 20 %: the customers with revenue above zero in the period, ranked by it; the top 10 % are the
//   first ceil(N / 10) of them, the top 20 % the first ceil(N / 5). Customers tied at the edge have the same
//   revenue, so which of them is inside does not change the sums.
// - New vs existing revenue: a month's revenue from customers whose first purchase ever is in that month is new;
//   the rest is existing. Each customer's and each month's amounts are rounded to whole minor units.
// - Activities: logged with a person (People) or filed under a company (Companies; a person's activities are filed
//   under their company too), not in the Trash, by kind and by week — Monday to Sunday on the computer's calendar.
import { sql, type RawBuilder } from 'kysely';
import { ACTIVITY_KINDS, type ActivityKind } from '@shared/domain/activity';
import { LIFECYCLE_STAGES } from '@shared/domain/contact';
import type { CustomerKind } from '@shared/domain/customers';
import type {
  ActivityWeekFigures,
  LifecycleFigures,
  NewAndLostFigures,
  RevenueByAgeFigures,
  SegmentFigures,
  TopShareFigures,
} from '@shared/domain/customerFigures';
import { SEGMENTS } from '@shared/customers/segments';
import type { AppContext } from '../context';
import { zoneOf } from '../ports';
import { addDays, instantOf, localDateOf } from '../calendar/wallClock';
import { monthsFrom } from '../deals/dealFigures';
import { getSettings } from '../settings/settingsService';
import { purchases } from './customerValueRepository';

type Range = { from: string; to: string };
type MonthRun = { fromMonth: string; months: number };

/** The local days [start, end) a run of months covers. */
function monthBounds(run: MonthRun) {
  const months = monthsFrom(run.fromMonth, run.months + 1);
  return { months: months.slice(0, -1), start: `${months[0]}-01`, end: `${months[months.length - 1]}-01` };
}

const today = (ctx: AppContext) => localDateOf(ctx.clock.now(), zoneOf(ctx.clock));

/** A party's share of a purchase in `currency` (0 for other currencies). */
const moneyOf = (currency: string) => sql`case when p.currency = ${currency} then p.net * 1.0 / p.share else 0 end`;

export async function segmentFigures(
  ctx: AppContext,
  q: { kind: CustomerKind; range: Range },
): Promise<SegmentFigures> {
  const rows = await sql<{ segment: string; customers: number }>`
    select cv.segment, count(*) as customers from customer_value cv
    where cv.kind = ${q.kind} and cv.id in (
      select p.id from (${purchases(q.kind, false)}) p where p.closed_on >= ${q.range.from} and p.closed_on < ${q.range.to})
    group by cv.segment`.execute(ctx.db);
  const by = new Map(rows.rows.map((r) => [r.segment, Number(r.customers)]));
  const segments = SEGMENTS.map((segment) => ({ segment, customers: by.get(segment) ?? 0 }));
  return { kind: q.kind, customers: segments.reduce((n, s) => n + s.customers, 0), segments };
}

export async function lifecycleFigures(ctx: AppContext, q: { range: Range }): Promise<LifecycleFigures> {
  const zone = zoneOf(ctx.clock);
  const from = instantOf(q.range.from, zone).toISOString();
  const to = instantOf(q.range.to, zone).toISOString();
  const rows = await sql<{ lifecycle: string; people: number }>`
    select lifecycle, count(*) as people from contact
    where deleted_at is null and created_at >= ${from} and created_at < ${to}
    group by lifecycle`.execute(ctx.db);
  const by = new Map(rows.rows.map((r) => [r.lifecycle, Number(r.people)]));
  const stages = LIFECYCLE_STAGES.map((stage) => ({ stage, people: by.get(stage) ?? 0 }));
  return { people: stages.reduce((n, s) => n + s.people, 0), stages };
}

export async function newAndLostFigures(
  ctx: AppContext,
  q: { kind: CustomerKind } & MonthRun,
): Promise<NewAndLostFigures> {
  const { lapsedAfterDays: days } = await getSettings(ctx);
  const { months, start, end } = monthBounds(q);
  // Each day a customer bought, with the days they bought before and after it.
  const rows = await sql<{ what: 'new' | 'returned' | 'lost'; month: string; customers: number }>`
    with days as (select distinct p.id, p.closed_on from (${purchases(q.kind, false)}) p),
    gaps as (
      select id, closed_on,
        lag(closed_on) over (partition by id order by closed_on) as previous,
        lead(closed_on) over (partition by id order by closed_on) as next,
        date(closed_on, ${`+${days + 1} days`}) as lost_on
      from days
    ),
    events as (
      select 'new' as what, closed_on as day from gaps where previous is null
      union all
      select 'returned', closed_on from gaps where julianday(closed_on) - julianday(previous) > ${days}
      union all
      select 'lost', lost_on from gaps
      where (next is null or julianday(next) - julianday(closed_on) > ${days}) and lost_on <= ${today(ctx)}
    )
    select what, substr(day, 1, 7) as month, count(*) as customers from events
    where day >= ${start} and day < ${end}
    group by 1, 2`.execute(ctx.db);
  const count = (what: string, month: string) =>
    Number(rows.rows.find((r) => r.what === what && r.month === month)?.customers ?? 0);
  return {
    kind: q.kind,
    lapsedAfterDays: days,
    months: months.map((month) => ({
      month,
      newCustomers: count('new', month),
      returned: count('returned', month),
      lost: count('lost', month),
    })),
  };
}

export async function topShareFigures(
  ctx: AppContext,
  q: { kind: CustomerKind; range: Range },
): Promise<TopShareFigures> {
  const { currency } = await getSettings(ctx);
  const inRange = sql`p.closed_on >= ${q.range.from} and p.closed_on < ${q.range.to}`;
  // Integer arithmetic for the edges: 0.1 × 30 is 3.0000000000000004 in floating point, whose ceiling is 4.
  const [row] = (
    await sql<{ n: number; total: number | null; top10: number | null; top20: number | null }>`
    with revenue as (
      select p.id, round(sum(${moneyOf(currency)})) as revenue
      from (${purchases(q.kind, false)}) p where ${inRange} group by p.id
    ),
    ranked as (
      select revenue, row_number() over (order by revenue desc) as rank, count(*) over () as n
      from revenue where revenue > 0
    )
    select count(*) as n, sum(revenue) as total,
      sum(case when rank <= (n + 9) / 10 then revenue else 0 end) as top10,
      sum(case when rank <= (n + 4) / 5 then revenue else 0 end) as top20
    from ranked`.execute(ctx.db)
  ).rows;
  const other = await sql<{ deals: number }>`
    select count(distinct p.deal_id) as deals from (${purchases(q.kind, false)}) p
    where ${inRange} and p.currency != ${currency}`.execute(ctx.db);
  const n = Number(row?.n ?? 0);
  const total = Number(row?.total ?? 0);
  const top10 = { customers: Math.ceil(n / 10), revenue: Number(row?.top10 ?? 0) };
  const top20 = { customers: Math.ceil(n / 5), revenue: Number(row?.top20 ?? 0) };
  return {
    kind: q.kind,
    currency,
    all: { customers: n, revenue: total },
    top10,
    top20,
    rest: { customers: n - top20.customers, revenue: total - top20.revenue },
    otherCurrencyDeals: Number(other.rows[0]?.deals ?? 0),
  };
}

export async function revenueByAgeFigures(
  ctx: AppContext,
  q: { kind: CustomerKind } & MonthRun,
): Promise<RevenueByAgeFigures> {
  const { currency } = await getSettings(ctx);
  const { months, start, end } = monthBounds(q);
  const rows = await sql<{
    month: string;
    total: number;
    from_new: number;
    new_customers: number;
    existing_customers: number;
    other: number;
  }>`
    with p as materialized (${purchases(q.kind, false)}),
    firsts as (select id, substr(min(closed_on), 1, 7) as first_month from p group by id),
    mine as (
      select p.*, substr(p.closed_on, 1, 7) as month, f.first_month = substr(p.closed_on, 1, 7) as is_new
      from p join firsts f on f.id = p.id
      where p.closed_on >= ${start} and p.closed_on < ${end}
    )
    select month,
      round(sum(${moneyOf(currency)})) as total,
      round(sum(case when is_new then ${moneyOf(currency)} else 0 end)) as from_new,
      count(distinct case when is_new and p.currency = ${currency} then p.id end) as new_customers,
      count(distinct case when not is_new and p.currency = ${currency} then p.id end) as existing_customers,
      count(distinct case when p.currency != ${currency} then p.deal_id end) as other
    from mine p group by month`.execute(ctx.db);
  const by = new Map(rows.rows.map((r) => [r.month, r]));
  return {
    kind: q.kind,
    currency,
    // The month's total is rounded once and the new part taken from it, so the two always add up.
    months: months.map((month) => {
      const r = by.get(month);
      const total = Number(r?.total ?? 0);
      const fromNew = Number(r?.from_new ?? 0);
      return {
        month,
        fromNew,
        fromExisting: total - fromNew,
        newCustomers: Number(r?.new_customers ?? 0),
        existingCustomers: Number(r?.existing_customers ?? 0),
      };
    }),
    otherCurrencyDeals: rows.rows.reduce((n, r) => n + Number(r.other), 0),
  };
}

// Whose activities count: filed with someone not in the Trash. The Trash is small, so it is looked up as a set
// rather than each activity's person being read (tens of thousands of rows in a quarter of a big base).
const OWNER = {
  contact: sql`a.contact_id is not null and a.contact_id not in (select id from contact where deleted_at is not null)`,
  company: sql`a.company_id is not null and a.company_id not in (select id from company where deleted_at is not null)`,
} as const;

export async function activityWeekFigures(
  ctx: AppContext,
  q: { kind: CustomerKind; fromWeek: string; weeks: number },
): Promise<ActivityWeekFigures> {
  const zone = zoneOf(ctx.clock);
  const mondays = Array.from({ length: q.weeks + 1 }, (_, i) => addDays(q.fromWeek, i * 7));
  // Each Monday's midnight as an instant in the computer's zone (a week across a clock change is an hour short or
  // long); an activity belongs to the last Monday before it.
  const edges = mondays.map((day) => instantOf(day, zone).toISOString());
  const inner = edges.slice(1, -1);
  const weekOf: RawBuilder<number> =
    inner.length === 0
      ? sql<number>`0`
      : sql<number>`case ${sql.join(
          inner.map((edge, i) => sql`when a.occurred_at < ${edge} then ${i}`),
          sql` `,
        )} else ${q.weeks - 1} end`;
  const rows = await sql<{ week: number; kind: string; activities: number }>`
    select ${weekOf} as week, a.kind, count(*) as activities
    from activity a
    where a.occurred_at >= ${edges[0]!} and a.occurred_at < ${edges[edges.length - 1]!} and ${OWNER[q.kind]}
    group by 1, 2`.execute(ctx.db);
  const weeks = mondays.slice(0, -1).map((week) => ({
    week,
    counts: Object.fromEntries(ACTIVITY_KINDS.map((k) => [k, 0])) as Record<ActivityKind, number>,
    total: 0,
  }));
  for (const r of rows.rows) {
    const week = weeks[Number(r.week)];
    if (!week || !(ACTIVITY_KINDS as readonly string[]).includes(r.kind)) continue;
    week.counts[r.kind as ActivityKind] += Number(r.activities);
    week.total += Number(r.activities);
  }
  return { kind: q.kind, weeks };
}
