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
import { sql, type Kysely } from 'kysely';
import type { AppContext } from '../context';
import { nowIso } from '../context';
import type { Database } from '../db/schema';
import { zoneOf } from '../ports';
import { localDateOf, localTimeOf } from '../calendar/wallClock';
import { getSettings } from '../settings/settingsService';
import { computeAllValues, computeDirtyValues, type ValueParams } from './customerValueRepository';

/**
 * fullPassAfter: past this many marked customers, one full pass is quicker than recomputing them as a set.
 * smallBase: customers few enough that ranking them all again costs less than a keystroke, so their scores stay
 * exact ranks. (An object so tests can make a small database behave like a large one.)
 */
export const customerValueTuning = { fullPassAfter: 5_000, smallBase: 1_000 };
const KINDS: CustomerKind[] = ['contact', 'company'];

/** The same day `years` earlier, as a bound for comparing dates (29 February stays: it sorts correctly). */
export const yearsBefore = (day: string, years: number) => `${Number(day.slice(0, 4)) - years}${day.slice(4)}`;

async function valueParams(ctx: Pick<AppContext, 'db' | 'clock'>): Promise<ValueParams> {
  const settings = await getSettings(ctx);
  const now = ctx.clock.now();
  const today = localDateOf(now, zoneOf(ctx.clock));
  const offsetMinutes = Math.round((Date.parse(`${localTimeOf(now, zoneOf(ctx.clock))}Z`) - now.getTime()) / 60_000);
  return {
    today,
    offsetMinutes,
    yearAgo: yearsBefore(today, 1),
    twoYearsAgo: yearsBefore(today, 2),
    currency: settings.currency,
    lapsedAfterDays: settings.lapsedAfterDays,
    keepInTouchDays: settings.keepInTouchDays,
  };
}

interface Staleness {
  how: 'none' | 'dirty' | 'full';
  /** The kinds with customers marked (a dirty refresh recomputes only these). */
  kinds: CustomerKind[];
}

/**
 * Whether values are behind: not computed today (or since a setting they depend on changed: a trigger on the
 * setting table removes the run row), or customers marked. One small query, so every read can ask.
 */
async function staleness(db: Kysely<Database>, today: string): Promise<Staleness> {
  const { rows } = await sql<{ computed_on: string | null; contacts: number; companies: number }>`select
      (select computed_on from customer_value_run) as computed_on,
      (select count(*) from customer_value_dirty where kind = 'contact') as contacts,
      (select count(*) from customer_value_dirty where kind = 'company') as companies`.execute(db);
  const row = rows[0]!;
  const kinds = KINDS.filter((kind) => (kind === 'contact' ? row.contacts : row.companies) > 0);
  if (row.computed_on !== today || row.contacts + row.companies > customerValueTuning.fullPassAfter) {
    return { how: 'full', kinds: KINDS };
  }
  return { how: kinds.length === 0 ? 'none' : 'dirty', kinds };
}

/** Kinds with no cuts yet, or few customers, are recomputed whole rather than scored against old cuts. */
async function kindsRankedAnew(db: Kysely<Database>): Promise<Set<CustomerKind>> {
  const ranked = await db
    .selectFrom('customer_value_cut')
    .select(['kind', (eb) => eb.fn.max('ranked').as('ranked')])
    .groupBy('kind')
    .execute();
  const large = new Set(ranked.filter((r) => r.ranked >= customerValueTuning.smallBase).map((r) => r.kind));
  return new Set(KINDS.filter((kind) => !large.has(kind)));
}

const todayOf = (ctx: Pick<AppContext, 'clock'>) => localDateOf(ctx.clock.now(), zoneOf(ctx.clock));

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
  if ((await staleness(readDb, todayOf(ctx))).how === 'none') return 'none';
  const work = ctx.db.transaction().execute(async (trx) => {
    const p = await valueParams({ ...ctx, db: trx });
    const { how, kinds } = await staleness(trx, p.today);
    if (how === 'none') return how;
    const anew = how === 'full' ? new Set(KINDS) : await kindsRankedAnew(trx);
    for (const kind of kinds) await (anew.has(kind) ? computeAllValues : computeDirtyValues)(trx, kind, p);
    await trx.deleteFrom('customer_value_dirty').execute();
    if (how === 'full') {
      await trx
        .insertInto('customer_value_run')
        .values({ id: 1, computed_on: p.today })
        .onConflict((oc) => oc.column('id').doUpdateSet({ computed_on: p.today }))
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
    averageOrder: inCurrency === 0 ? null : Math.round(row.revenue_ever / inCurrency),
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
