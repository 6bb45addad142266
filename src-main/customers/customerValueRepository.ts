// Customer value computed by SQL, set-based: every customer of a kind at once (a full pass), or only those the
// triggers of migration 0006 marked as changed (customer_value_dirty). One statement path serves both, so a
// customer recomputed alone gets exactly what a full pass would give them — scored against the cuts of the last
// full pass (customer_value_cut), which is also how ties share a score.
//
// Definitions (the README says the same in words):
// - A purchase is a won deal, not in the Trash, not wholly refunded; its date is the day it was won. A person's
//   purchases are the deals they are on; a company's, the deals of that company.
// - Revenue counts purchases in the currency of Settings, net of refunds; a deal with several people is shared
//   equally among them (so people's revenue adds up to the deals'). Other currencies count as purchases, not money.
// - "12 months": won after the same day a year ago.
// - Rhythm: the median of the gaps between days with an activity over the last two years (three such days at
//   least). Last touch: the later of the last activity and the last purchase.
import { sql, type RawBuilder, type Transaction } from 'kysely';
import { SEGMENT_RULES, NEW_CUSTOMER_DAYS, type KeepInTouchDays } from '@shared/customers/segments';
import type { CustomerValueTable, Database } from '../db/schema';

type Kind = CustomerValueTable['kind'];
type Trx = Transaction<Database>;

export interface ValueParams {
  /** Local "YYYY-MM-DD". */
  today: string;
  yearAgo: string;
  twoYearsAgo: string;
  currency: string;
  /** The computer's offset from UTC now, in minutes: activity instants are counted on local days. */
  offsetMinutes: number;
  lapsedAfterDays: number;
  keepInTouchDays: KeepInTouchDays;
}

/** Days of contact a rhythm never goes below: someone called daily is not due again the next day. */
export const MIN_RHYTHM_DAYS = 7;

const OWNER = {
  contact: { table: 'contact', activityColumn: 'activity.contact_id' },
  company: { table: 'company', activityColumn: 'activity.company_id' },
} as const;

/**
 * Each purchase of each party (restricted to the marked ones), with the share of it that is theirs: rows of
 * (id, deal_id, closed_on, currency, net, share). The charts of customerFigures.ts read the same rows. Restricted,
 * the marks lead the join (a cross join fixes the order), so a handful of customers reads a handful of index entries.
 * Who is in the Trash is looked up as a set (it is small), not by reading every buyer's record.
 */
export function purchases(kind: Kind, onlyDirty: boolean): RawBuilder<unknown> {
  const won = sql`deal.status = 'won' and deal.deleted_at is null and (deal.amount = 0 or deal.refunded < deal.amount)`;
  const marked = onlyDirty ? sql`customer_value_dirty x cross join` : sql``;
  const markedKind = onlyDirty ? sql`and x.kind = ${kind}` : sql``;
  return kind === 'contact'
    ? sql`select dc.contact_id as id, deal.id as deal_id, deal.closed_on, deal.currency,
          deal.amount - deal.refunded as net, (select count(*) from deal_contact s where s.deal_id = deal.id) as share
        from ${marked} deal_contact dc ${onlyDirty ? sql`on dc.contact_id = x.id` : sql``}
        cross join deal on deal.id = dc.deal_id
        where ${won} ${markedKind} and dc.contact_id not in (select id from contact where deleted_at is not null)`
    : sql`select deal.company_id as id, deal.id as deal_id, deal.closed_on, deal.currency,
          deal.amount - deal.refunded as net, 1 as share
        from ${marked} deal ${onlyDirty ? sql`on deal.company_id = x.id` : sql``}
        where ${won} ${markedKind} and deal.company_id is not null
          and deal.company_id not in (select id from company where deleted_at is not null)`;
}

/** Raw measures per party into the temp table cv_measures. */
async function measure(trx: Trx, kind: Kind, p: ValueParams, onlyDirty: boolean) {
  // Created once per connection: DDL, even "if not exists", would make SQLite prepare every statement again.
  const made = await sql`select 1 from temp.sqlite_master where name = 'cv_measures'`.execute(trx);
  if (made.rows.length === 0) {
    await sql`create temp table cv_measures (id integer primary key, first text, last text,
      orders_ever integer, orders_12m integer, revenue_ever integer, revenue_12m integer, rhythm real)`.execute(trx);
  }
  await sql`delete from cv_measures`.execute(trx);
  const mine = (extra: RawBuilder<unknown>) =>
    sql`case when currency = ${p.currency} ${extra} then net * 1.0 / share else 0 end`;
  await sql`insert into cv_measures (id, first, last, orders_ever, orders_12m, revenue_ever, revenue_12m)
    select id, min(closed_on), max(closed_on), count(*), sum(closed_on > ${p.yearAgo}),
      round(sum(${mine(sql``)})), round(sum(${mine(sql`and closed_on > ${p.yearAgo}`)}))
    from (${purchases(kind, onlyDirty)}) group by id`.execute(trx);
  // The median gap between days with an activity: the middle one, or the mean of the middle two. Days are
  // counted as whole local days (the Julian day number of the local date: no date text to format and parse).
  await sql`with days as (
      select distinct m.id,
        cast(julianday(activity.occurred_at) + ${p.offsetMinutes / 1440 + 0.5} as integer) as day
      from cv_measures m cross join activity on ${sql.ref(OWNER[kind].activityColumn)} = m.id
      where activity.occurred_at >= ${p.twoYearsAgo}
    ), gaps as (
      select id, day - lag(day) over (partition by id order by day) as gap from days
    ), ranked as (
      select id, gap, row_number() over (partition by id order by gap) as rn, count(*) over (partition by id) as n
      from gaps where gap is not null
    ), median as (
      select id, avg(gap) as rhythm from ranked where n >= 2 and rn in ((n + 1) / 2, (n + 2) / 2) group by id
    )
    update cv_measures set rhythm = median.rhythm from median where cv_measures.id = median.id`.execute(trx);
}

/** What each measure ranks by (higher is better). */
const MEASURES = {
  r: sql`julianday(last)`,
  f: sql`orders_ever`,
  m: sql`revenue_ever`,
} as const;

/** The lowest value earning each score, from everyone measured (a full pass): ties share a score. */
async function cut(trx: Trx, kind: Kind) {
  await sql`delete from customer_value_cut where kind = ${kind}`.execute(trx);
  for (const [name, value] of Object.entries(MEASURES)) {
    const share = sql`cume_dist() over (order by ${value}) * 5 - 1e-9`;
    await sql`insert into customer_value_cut (kind, measure, score, min_value, ranked)
      select ${kind}, ${name}, score, min(v), (select count(*) from cv_measures) from (
        select ${value} as v, min(5, max(1, cast(x as integer) + (x > cast(x as integer)))) as score
        from (select *, ${share} as x from cv_measures)
      ) group by score`.execute(trx);
  }
}

/** The cuts of the last full pass as one CASE per measure (a handful of bound numbers, no lookups per row). */
async function scoreCases(trx: Trx, kind: Kind): Promise<Record<keyof typeof MEASURES, RawBuilder<number>>> {
  const cuts = await trx
    .selectFrom('customer_value_cut')
    .select(['measure', 'score', 'min_value'])
    .where('kind', '=', kind)
    .orderBy('score', 'desc')
    .execute();
  const caseOf = (name: keyof typeof MEASURES) => {
    const whens = cuts
      .filter((c) => c.measure === name)
      .map((c) => sql`when ${MEASURES[name]} >= ${c.min_value} then ${c.score}`);
    // Integers, whatever the driver binds the scores as: FM's halves are rounded by integer division.
    return whens.length === 0
      ? sql<number>`1`
      : sql<number>`cast(case ${sql.join(whens, sql` `)} else 1 end as integer)`;
  };
  return { r: caseOf('r'), f: caseOf('f'), m: caseOf('m') };
}

/** SEGMENT_RULES as one CASE over r, fm, orders_ever and days_as_customer. */
function segmentCase(): RawBuilder<string> {
  const rules = SEGMENT_RULES.map(
    (x) => sql`when r between ${x.r[0]} and ${x.r[1]} and fm between ${x.fm[0]} and ${x.fm[1]} then ${x.segment}`,
  );
  return sql<string>`case when orders_ever = 1 and days_as_customer <= ${NEW_CUSTOMER_DAYS} then 'new'
    ${sql.join(rules, sql` `)} else 'hibernating' end`;
}

function segmentDaysCase(days: KeepInTouchDays): RawBuilder<number | null> {
  const known = Object.entries(days).filter(([, n]) => n !== null);
  if (known.length === 0) return sql<null>`null`;
  return sql<number | null>`case segment ${sql.join(
    known.map(([segment, n]) => sql`when ${segment} then ${n}`),
    sql` `,
  )} else null end`;
}

/** The lifecycle a person's purchases suggest (null: theirs fits), unless they set that suggestion aside. */
function suggestionCase(kind: Kind, p: ValueParams): RawBuilder<string | null> {
  if (kind === 'company') return sql<null>`null`;
  return sql<string | null>`(select case when s is null or exists (select 1 from lifecycle_dismissal d
      where d.contact_id = v.id and d.suggestion = s) then null else s end
    from (select case
      when julianday(${p.today}) - julianday(v.last) > ${p.lapsedAfterDays}
        then case when v.lifecycle = 'lapsed' then null else 'lapsed' end
      when v.orders_ever >= 2 then case when v.lifecycle = 'repeat' then null else 'repeat' end
      when v.lifecycle in ('lead', 'prospect', 'lapsed') then 'customer'
      else null end as s))`;
}

/** Writes customer_value rows of everyone measured (and removes those measured no more). */
async function store(trx: Trx, kind: Kind, p: ValueParams, onlyDirty: boolean) {
  const { table } = OWNER[kind];
  await (
    onlyDirty
      ? sql`delete from customer_value where kind = ${kind} and id in (select id from customer_value_dirty where kind = ${kind})`
      : sql`delete from customer_value where kind = ${kind}`
  ).execute(trx);
  const scores = await scoreCases(trx, kind);
  const lifecycle = kind === 'contact' ? sql`o.lifecycle` : sql`null`;
  const birthday = kind === 'contact' ? sql`substr(o.birthday, -5)` : sql`null`;
  // Scores first, once per customer (materialized: the segment's CASE reads them several times); the measures
  // table leads the join (a cross join keeps SQLite from scanning every record for a handful of customers).
  await sql`insert into customer_value (kind, id, first_purchase_on, last_purchase_on, orders_12m, orders_ever,
      revenue_12m, revenue_ever, yearly_value, r, f, m, segment, rhythm_days, last_touch_on, due_on, suggested_lifecycle,
      birthday_md)
    with scored as materialized (
      select m.*, ${scores.r} as r, ${scores.f} as f, ${scores.m} as m,
        julianday(${p.today}) - julianday(m.first) as days_as_customer,
        max(m.last, coalesce(date(o.last_activity_at, ${`${p.offsetMinutes} minutes`}), '')) as last_touch,
        ${lifecycle} as lifecycle, ${birthday} as birthday_md
      from cv_measures m cross join ${sql.table(table)} o on o.id = m.id
    ), segmented as materialized (
      select q.*, ${segmentCase()} as segment from (select scored.*, (f + m + 1) / 2 as fm from scored) q
    )
    select ${kind}, v.id, v.first, v.last, v.orders_12m, v.orders_ever, v.revenue_12m, v.revenue_ever,
      cast(round(v.revenue_ever * 365.0 / max(365, v.days_as_customer)) as integer), v.r, v.f, v.m, v.segment, v.rhythm,
      v.last_touch,
      case when v.segment_days is null then null
        else date(v.last_touch, '+' || cast(round(coalesce(max(v.rhythm, ${MIN_RHYTHM_DAYS}), v.segment_days)) as integer)
          || ' days') end,
      ${suggestionCase(kind, p)},
      v.birthday_md
    from (select segmented.*, ${segmentDaysCase(p.keepInTouchDays)} as segment_days from segmented) v`.execute(trx);
}

/** Recomputes every customer of `kind`: measures, cuts, scores, segments, due dates, suggestions. */
export async function computeAllValues(trx: Trx, kind: Kind, p: ValueParams) {
  await measure(trx, kind, p, false);
  await cut(trx, kind);
  await store(trx, kind, p, false);
}

/** Recomputes only the customers marked dirty, against the cuts of the last full pass. */
export async function computeDirtyValues(trx: Trx, kind: Kind, p: ValueParams) {
  await measure(trx, kind, p, true);
  await store(trx, kind, p, true);
}
