// Keeps customer_value current and answers from it: a person's or company's value, and lifecycle suggestions
// accepted or set aside.
//
// When it is recomputed: after every write that went through the contract (dispatch.ts), and before a read when
// the triggers left customers marked (an import, the CLI) — only those customers, unless many are marked; and in
// full once a day (12 months and recency move with the calendar) or when its settings change.
import { RapportError } from '@shared/api/result';
import type { CustomerKind, CustomerValue } from '@shared/domain/customers';
import type { LifecycleStage } from '@shared/domain/contact';
import type { Segment } from '@shared/customers/segments';
import type { Kysely } from 'kysely';
import type { AppContext } from '../context';
import { nowIso } from '../context';
import type { Database } from '../db/schema';
import { zoneOf } from '../ports';
import { localDateOf } from '../calendar/wallClock';
import { getSettings } from '../settings/settingsService';
import { computeAllValues, computeDirtyValues, type ValueParams } from './customerValueRepository';

/** Past this many marked customers, one full pass is quicker than recomputing them one set at a time. */
const FULL_PASS_AFTER = 5_000;
const KINDS: CustomerKind[] = ['contact', 'company'];

const yearsBefore = (day: string, years: number) => `${Number(day.slice(0, 4)) - years}${day.slice(4)}`;

async function valueParams(ctx: Pick<AppContext, 'db' | 'clock'>): Promise<ValueParams> {
  const settings = await getSettings(ctx);
  const today = localDateOf(ctx.clock.now(), zoneOf(ctx.clock));
  return {
    today,
    yearAgo: yearsBefore(today, 1),
    twoYearsAgo: yearsBefore(today, 2),
    currency: settings.currency,
    lapsedAfterDays: settings.lapsedAfterDays,
    keepInTouchDays: settings.keepInTouchDays,
  };
}

/** What a full pass depends on besides the data: a change means everyone is recomputed. */
const paramsKey = (p: ValueParams) =>
  JSON.stringify({ currency: p.currency, lapsed: p.lapsedAfterDays, days: p.keepInTouchDays });

async function staleness(db: Kysely<Database>, p: ValueParams): Promise<'none' | 'dirty' | 'full'> {
  const run = await db.selectFrom('customer_value_run').select(['computed_on', 'params']).executeTakeFirst();
  if (!run || run.computed_on !== p.today || run.params !== paramsKey(p)) return 'full';
  const marked = await db
    .selectFrom('customer_value_dirty')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  const n = Number(marked.n);
  return n === 0 ? 'none' : n > FULL_PASS_AFTER ? 'full' : 'dirty';
}

/** Customers few enough that ranking them all again costs less than a keystroke: scores stay exact ranks. */
const SMALL_BASE = 1_000;

/** A kind with no cuts yet, or few customers, is recomputed whole rather than scored against old cuts. */
async function rankedAnew(db: Kysely<Database>, kind: CustomerKind): Promise<boolean> {
  const [cuts, rows] = await Promise.all([
    db.selectFrom('customer_value_cut').select('score').where('kind', '=', kind).limit(1).execute(),
    db.selectFrom('customer_value').select('id').where('kind', '=', kind).offset(SMALL_BASE).limit(1).execute(),
  ]);
  return cuts.length === 0 || rows.length === 0;
}

// One refresh at a time per database: calls arriving meanwhile wait for it and then look again.
const running = new WeakMap<object, Promise<unknown>>();

/**
 * Brings customer_value up to date. `readDb` is where to look first (a read call's connection, so a long write
 * holding the main one does not stall screens that find nothing to do).
 */
export async function refreshCustomerValues(
  ctx: Pick<AppContext, 'db' | 'clock'>,
  readDb: Kysely<Database> = ctx.db,
): Promise<'none' | 'dirty' | 'full'> {
  const previous = running.get(ctx.db);
  if (previous) await previous.catch(() => undefined);
  const p = await valueParams(ctx);
  if ((await staleness(readDb, p)) === 'none') return 'none';
  const work = ctx.db.transaction().execute(async (trx) => {
    const how = await staleness(trx, p);
    if (how === 'none') return how;
    for (const kind of KINDS) {
      const whole = how === 'full' || (await rankedAnew(trx, kind));
      await (whole ? computeAllValues : computeDirtyValues)(trx, kind, p);
    }
    await trx.deleteFrom('customer_value_dirty').execute();
    if (how === 'full') {
      await trx
        .insertInto('customer_value_run')
        .values({ id: 1, computed_on: p.today, params: paramsKey(p) })
        .onConflict((oc) => oc.column('id').doUpdateSet({ computed_on: p.today, params: paramsKey(p) }))
        .execute();
    }
    return how;
  });
  running.set(ctx.db, work);
  try {
    return await work;
  } finally {
    if (running.get(ctx.db) === work) running.delete(ctx.db);
  }
}

const DAY_MS = 86_400_000;
const daysBetween = (from: string, to: string) => Math.round((Date.parse(to) - Date.parse(from)) / DAY_MS);

export async function customerValue(ctx: AppContext, kind: CustomerKind, id: number): Promise<CustomerValue | null> {
  const [row, settings] = await Promise.all([
    ctx.db.selectFrom('customer_value').selectAll().where('kind', '=', kind).where('id', '=', id).executeTakeFirst(),
    getSettings(ctx),
  ]);
  if (!row) return null;
  const owner = await ctx.db.selectFrom(kind).select('last_activity_at').where('id', '=', id).executeTakeFirst();
  const today = localDateOf(ctx.clock.now(), zoneOf(ctx.clock));
  const inCurrency = await ordersInCurrency(ctx.db, kind, id, settings.currency);
  return {
    entityType: kind,
    id,
    currency: settings.currency,
    firstPurchaseOn: row.first_purchase_on,
    lastPurchaseOn: row.last_purchase_on,
    daysSinceLastPurchase: daysBetween(row.last_purchase_on, today),
    lastActivityAt: owner?.last_activity_at ?? null,
    orders12m: row.orders_12m,
    ordersEver: row.orders_ever,
    revenue12m: row.revenue_12m,
    revenueEver: row.revenue_ever,
    averageOrder: inCurrency === 0 ? 0 : Math.round(row.revenue_ever / inCurrency),
    yearlyValue: row.yearly_value,
    scores: { r: row.r, f: row.f, m: row.m },
    segment: row.segment as Segment,
    rhythmDays: row.rhythm_days === null ? null : Math.round(row.rhythm_days),
    dueOn: row.due_on,
    suggestion: row.suggested_lifecycle as LifecycleStage | null,
  };
}

/** Purchases in the currency of Settings (the average order divides their revenue by these alone). */
async function ordersInCurrency(db: Kysely<Database>, kind: CustomerKind, id: number, currency: string) {
  let query = db
    .selectFrom('deal')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('deal.status', '=', 'won')
    .where('deal.deleted_at', 'is', null)
    .where('deal.currency', '=', currency)
    .where((eb) => eb.or([eb('deal.amount', '=', 0), eb('deal.refunded', '<', eb.ref('deal.amount'))]));
  query =
    kind === 'company'
      ? query.where('deal.company_id', '=', id)
      : query.where('deal.id', 'in', (eb) =>
          eb.selectFrom('deal_contact').select('deal_id').where('contact_id', '=', id),
        );
  return Number((await query.executeTakeFirstOrThrow()).n);
}

async function pendingSuggestion(ctx: AppContext, contactId: number): Promise<LifecycleStage> {
  const row = await ctx.db
    .selectFrom('customer_value')
    .select('suggested_lifecycle')
    .where('kind', '=', 'contact')
    .where('id', '=', contactId)
    .executeTakeFirst();
  if (!row?.suggested_lifecycle) {
    throw new RapportError('not_found', `Contact ${contactId} has no lifecycle suggestion to act on.`);
  }
  return row.suggested_lifecycle as LifecycleStage;
}

/** The person's lifecycle becomes the suggested one (the record's own update, so history and search follow). */
export async function acceptSuggestion(ctx: AppContext, contactId: number): Promise<{ count: number }> {
  const suggested = await pendingSuggestion(ctx, contactId);
  await ctx.db
    .updateTable('contact')
    .set({ lifecycle: suggested, updated_at: nowIso(ctx) })
    .where('id', '=', contactId)
    .where('deleted_at', 'is', null)
    .execute();
  await refreshCustomerValues(ctx);
  return { count: 1 };
}

export async function ignoreSuggestion(ctx: AppContext, contactId: number): Promise<{ count: number }> {
  const suggested = await pendingSuggestion(ctx, contactId);
  await ctx.db.transaction().execute(async (trx) => {
    await trx
      .insertInto('lifecycle_dismissal')
      .values({ contact_id: contactId, suggestion: suggested, dismissed_at: nowIso(ctx) })
      .onConflict((oc) => oc.doNothing())
      .execute();
    await trx
      .insertInto('customer_value_dirty')
      .values({ kind: 'contact', id: contactId })
      .onConflict((oc) => oc.doNothing())
      .execute();
  });
  await refreshCustomerValues(ctx);
  return { count: 1 };
}
