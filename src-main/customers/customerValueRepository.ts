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
  lapsedAfterDays: number;
  keepInTouchDays: KeepInTouchDays;
}

/** Days of contact a rhythm never goes below: someone called daily is not due again the next day. */
export const MIN_RHYTHM_DAYS = 7;

const OWNER = {
  contact: { table: 'contact', activityColumn: 'activity.contact_id' },
  company: { table: 'company', activityColumn: 'activity.company_id' },
} as const;

/** Each purchase of each party (restricted to the dirty ones), with the share of it that is theirs. */
function purchases(kind: Kind, onlyDirty: boolean): RawBuilder<unknown> {
  const dirty = (column: string) =>
    onlyDirty ? sql`and ${sql.ref(column)} in (select id from customer_value_dirty where kind = ${kind})` : sql``;
  const won = sql`deal.status = 'won' and deal.deleted_at is null and (deal.amount = 0 or deal.refunded < deal.amount)`;
  return kind === 'contact'
    ? sql`select dc.contact_id as id, deal.closed_on, deal.currency, deal.amount - deal.refunded as net,
          (select count(*) from deal_contact x where x.deal_id = deal.id) as share
        from deal_contact dc join deal on deal.id = dc.deal_id
        join contact on contact.id = dc.contact_id and contact.deleted_at is null
        where ${won} ${dirty('dc.contact_id')}`
    : sql`select deal.company_id as id, deal.closed_on, deal.currency, deal.amount - deal.refunded as net, 1 as share
        from deal join company on company.id = deal.company_id and company.deleted_at is null
        where ${won} ${dirty('deal.company_id')}`;
}

/** Raw measures per party into the temp table cv_measures. */
async function measure(trx: Trx, kind: Kind, p: ValueParams, onlyDirty: boolean) {
  await sql`create temp table if not exists cv_measures (id integer primary key, first text, last text,
    orders_ever integer, orders_12m integer, revenue_ever integer, revenue_12m integer, rhythm real)`.execute(trx);
  await sql`delete from cv_measures`.execute(trx);
  const mine = (extra: RawBuilder<unknown>) =>
    sql`case when currency = ${p.currency} ${extra} then net * 1.0 / share else 0 end`;
  await sql`insert into cv_measures (id, first, last, orders_ever, orders_12m, revenue_ever, revenue_12m)
    select id, min(closed_on), max(closed_on), count(*), sum(closed_on > ${p.yearAgo}),
      round(sum(${mine(sql``)})), round(sum(${mine(sql`and closed_on > ${p.yearAgo}`)}))
    from (${purchases(kind, onlyDirty)}) group by id`.execute(trx);
  // The median gap between days with an activity: the middle one, or the mean of the middle two.
  await sql`with days as (
      select distinct m.id, substr(activity.occurred_at, 1, 10) as day
      from cv_measures m join activity on ${sql.ref(OWNER[kind].activityColumn)} = m.id
      where activity.occurred_at >= ${p.twoYearsAgo}
    ), gaps as (
      select id, julianday(day) - julianday(lag(day) over (partition by id order by day)) as gap from days
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
    await sql`insert into customer_value_cut (kind, measure, score, min_value)
      select ${kind}, ${name}, score, min(v) from (
        select ${value} as v, min(5, max(1, cast(x as integer) + (x > cast(x as integer)))) as score
        from (select *, ${share} as x from cv_measures)
      ) group by score`.execute(trx);
  }
}

const scoreOf = (kind: Kind, name: keyof typeof MEASURES) =>
  sql`coalesce((select max(score) from customer_value_cut c
    where c.kind = ${kind} and c.measure = ${name} and c.min_value <= ${MEASURES[name]}), 1)`;

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
  const lifecycle = kind === 'contact' ? sql`o.lifecycle` : sql`null`;
  await sql`insert into customer_value (kind, id, first_purchase_on, last_purchase_on, orders_12m, orders_ever,
      revenue_12m, revenue_ever, yearly_value, r, f, m, segment, rhythm_days, last_touch_on, due_on, suggested_lifecycle)
    select ${kind}, v.id, v.first, v.last, v.orders_12m, v.orders_ever, v.revenue_12m, v.revenue_ever,
      cast(round(v.revenue_ever * 365.0 / max(365, v.days_as_customer)) as integer), v.r, v.f, v.m, v.segment, v.rhythm,
      v.last_touch,
      case when v.segment_days is null then null
        else date(v.last_touch, '+' || cast(round(coalesce(max(v.rhythm, ${MIN_RHYTHM_DAYS}), v.segment_days)) as integer)
          || ' days') end,
      ${suggestionCase(kind, p)}
    from (
      select s.*, ${segmentDaysCase(p.keepInTouchDays)} as segment_days from (
        select q.*, ${segmentCase()} as segment from (
          select m.*, ${scoreOf(kind, 'r')} as r, ${scoreOf(kind, 'f')} as f, ${scoreOf(kind, 'm')} as m,
            (${scoreOf(kind, 'f')} + ${scoreOf(kind, 'm')} + 1) / 2 as fm,
            julianday(${p.today}) - julianday(m.first) as days_as_customer,
            max(m.last, coalesce(substr(o.last_activity_at, 1, 10), '')) as last_touch,
            ${lifecycle} as lifecycle
          from cv_measures m join ${sql.table(table)} o on o.id = m.id
        ) q
      ) s
    ) v`.execute(trx);
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
