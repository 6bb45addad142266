// The Today screen's keep-in-touch part: valuable customers gone quiet for longer than usual, most value at risk
// first; their birthdays and customer anniversaries coming up; and lifecycle suggestions waiting for a yes or no.
// All of it reads customer_value (kept current by customerValueService), off its indexes.
import { sql } from 'kysely';
import type {
  CustomerKind,
  CustomerOccasion,
  KeepInTouchData,
  KeepInTouchItem,
  LifecycleSuggestion,
} from '@shared/domain/customers';
import type { LifecycleStage } from '@shared/domain/contact';
import { VALUABLE_SEGMENTS, type Segment } from '@shared/customers/segments';
import type { AppContext } from '../context';
import { zoneOf } from '../ports';
import { addDays, localDateOf } from '../calendar/wallClock';
import { birthdaysOn, daysByMonthDay } from '../calendar/todayService';
import { getSettings } from '../settings/settingsService';
import { yearsBefore } from './customerValueService';
import { MIN_RHYTHM_DAYS } from './customerValueRepository';

/** How far ahead birthdays and anniversaries show. */
export const OCCASION_DAYS = 14;
/** The most valuable customers' occasions shown (a big base has hundreds in two weeks). */
export const OCCASIONS_SHOWN = 30;
const SUGGESTIONS_SHOWN = 20;
const DAY_MS = 86_400_000;

/** Due and not already taken care of: nothing undone on the calendar with them from today on. */
const dueCondition = (today: string) => sql<boolean>`v.due_on is not null and v.due_on <= ${today}
  and not exists (select 1 from event_link l join event e on e.id = l.event_id
    where l.entity_type = v.kind and l.entity_id = v.id and e.deleted_at is null and e.done_at is null
      and (e.rrule is not null or substr(e.start_local, 1, 10) >= ${today}))`;

export async function keepInTouch(ctx: AppContext, limit: number): Promise<KeepInTouchData> {
  const today = localDateOf(ctx.clock.now(), zoneOf(ctx.clock));
  const settings = await getSettings(ctx);
  const [due, dueCount, occasions, suggestions, suggestionCount] = await Promise.all([
    dueCustomers(ctx, today, limit),
    ctx.db
      .selectFrom('customer_value as v')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where(dueCondition(today))
      .executeTakeFirstOrThrow(),
    occasionsOf(ctx, today),
    lifecycleSuggestions(ctx),
    ctx.db
      .selectFrom('customer_value')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('kind', '=', 'contact')
      .where('suggested_lifecycle', 'is not', null)
      .executeTakeFirstOrThrow(),
  ]);
  return {
    date: today,
    currency: settings.currency,
    due,
    dueCount: Number(dueCount.n),
    occasions,
    suggestions,
    suggestionCount: Number(suggestionCount.n),
  };
}

async function dueCustomers(ctx: AppContext, today: string, limit: number): Promise<KeepInTouchItem[]> {
  const rows = await sql<{
    kind: CustomerKind;
    id: number;
    segment: Segment;
    yearly_value: number;
    last_touch_on: string;
    due_on: string;
    rhythm_days: number | null;
    name: string;
    detail: string | null;
    phone: string | null;
  }>`-- Down the customers by value, due ones taken until the list is full: a few thousand index entries at worst,
    -- where the due dates' index would sort every due customer (most of them, on a quiet month) first.
    with due as (
      select * from customer_value v indexed by customer_value_by_value where ${dueCondition(today)}
      order by v.yearly_value desc, v.due_on, v.kind, v.id limit ${limit}
    )
    select v.kind, v.id, v.segment, v.yearly_value, v.last_touch_on, v.due_on, v.rhythm_days,
      coalesce(c.display_name, co.name) as name,
      case when v.kind = 'contact' then cc.name else co.city end as detail,
      coalesce(c.phone, co.phone) as phone
    from due v
    left join contact c on v.kind = 'contact' and c.id = v.id
    left join company cc on cc.id = c.company_id
    left join company co on v.kind = 'company' and co.id = v.id
    order by v.yearly_value desc, v.due_on, v.kind, v.id`.execute(ctx.db);
  return rows.rows.map((r) => ({
    entityType: r.kind,
    id: r.id,
    name: r.name,
    detail: r.detail ?? '',
    phone: r.phone,
    segment: r.segment,
    yearlyValue: r.yearly_value,
    lastTouchOn: r.last_touch_on,
    dueOn: r.due_on,
    daysQuiet: Math.round((Date.parse(today) - Date.parse(r.last_touch_on)) / DAY_MS),
    // As due dates count it: never under a week.
    rhythmDays: r.rhythm_days === null ? null : Math.max(MIN_RHYTHM_DAYS, Math.round(r.rhythm_days)),
  }));
}

/**
 * Valuable customers' birthdays (people) and the anniversaries of their first purchase (a year on, or more): the
 * most valuable OCCASIONS_SHOWN of them, by date.
 */
async function occasionsOf(ctx: AppContext, today: string): Promise<CustomerOccasion[]> {
  const end = addDays(today, OCCASION_DAYS);
  const byMonthDay = daysByMonthDay(today, end);
  const monthDays = sql.join([...byMonthDay.keys()]);
  const valuable = sql.join(VALUABLE_SEGMENTS);
  // The most valuable first, off customer_value's own indexes; names only for those kept.
  const [born, since] = await Promise.all([
    sql<{ id: number; display_name: string; birthday: string; segment: Segment; yearly_value: number }>`
      with top as (
        select v.id, v.segment, v.yearly_value from customer_value v
        where v.birthday_md in (${monthDays}) and v.kind = 'contact' and v.segment in (${valuable})
        order by v.yearly_value desc, v.id limit ${OCCASIONS_SHOWN}
      )
      select top.*, c.display_name, c.birthday from top join contact c on c.id = top.id`.execute(ctx.db),
    sql<{
      kind: CustomerKind;
      id: number;
      segment: Segment;
      first_purchase_on: string;
      name: string;
      yearly_value: number;
    }>`
      with top as (
        select v.kind, v.id, v.segment, v.first_purchase_on, v.yearly_value from customer_value v
        where substr(v.first_purchase_on, 6) in (${monthDays}) and v.segment in (${valuable})
          and v.first_purchase_on <= ${yearsBefore(end, 1)}
        order by v.yearly_value desc, v.kind, v.id limit ${OCCASIONS_SHOWN}
      )
      select top.*, coalesce(c.display_name, co.name) as name from top
      left join contact c on top.kind = 'contact' and c.id = top.id
      left join company co on top.kind = 'company' and co.id = top.id`.execute(ctx.db),
  ]);
  const found: Array<CustomerOccasion & { value: number }> = birthdaysOn(byMonthDay, born.rows).map((b) => ({
    kind: 'birthday',
    entityType: 'contact',
    id: b.contactId,
    name: b.name,
    segment: b.row.segment,
    date: b.date,
    years: b.turns,
    value: b.row.yearly_value,
  }));
  for (const r of since.rows) {
    for (const date of byMonthDay.get(r.first_purchase_on.slice(5)) ?? []) {
      const years = Number(date.slice(0, 4)) - Number(r.first_purchase_on.slice(0, 4));
      if (years >= 1) {
        const occasion = {
          kind: 'anniversary',
          entityType: r.kind,
          id: r.id,
          name: r.name,
          segment: r.segment,
        } as const;
        found.push({ ...occasion, date, years, value: r.yearly_value });
      }
    }
  }
  return found
    .sort((a, b) => b.value - a.value)
    .slice(0, OCCASIONS_SHOWN)
    .map(({ value: _value, ...occasion }) => occasion)
    .sort((a, b) => a.date.localeCompare(b.date) || a.name.localeCompare(b.name));
}

async function lifecycleSuggestions(ctx: AppContext): Promise<LifecycleSuggestion[]> {
  const rows = await ctx.db
    .selectFrom('customer_value as v')
    .innerJoin('contact as c', 'c.id', 'v.id')
    .select(['v.id', 'c.display_name', 'c.lifecycle', 'v.suggested_lifecycle', 'v.orders_ever', 'v.last_purchase_on'])
    .where('v.kind', '=', 'contact')
    .where('v.suggested_lifecycle', 'is not', null)
    .orderBy('v.yearly_value', 'desc')
    .orderBy('v.id')
    .limit(SUGGESTIONS_SHOWN)
    .execute();
  return rows.map((r) => ({
    contactId: r.id,
    name: r.display_name,
    current: r.lifecycle as LifecycleStage,
    suggested: r.suggested_lifecycle as LifecycleStage,
    ordersEver: r.orders_ever,
    lastPurchaseOn: r.last_purchase_on,
  }));
}
