// SQL for deals: the board's and list's cards, one deal with its people, lines, tags and stage history, and the
// small writes the service composes (placing a card in a column, recording a stage change).
import { sql, type Kysely, type Transaction } from 'kysely';
import type { DealCard, DealLine, StageChange } from '@shared/domain/deals';
import { lineTotal } from '@shared/deals/money';
import type { DealFilter, DealSort } from '@shared/validation/deals';
import type { Database } from '../db/schema';

type Db = Kysely<Database> | Transaction<Database>;

/** Live deals with their stage and (live) company: what filters and cards are read from. */
const dealsBase = (db: Db) =>
  db
    .selectFrom('deal')
    .innerJoin('stage', 'stage.id', 'deal.stage_id')
    .leftJoin('company', (j) => j.onRef('company.id', '=', 'deal.company_id').on('company.deleted_at', 'is', null))
    .where('deal.deleted_at', 'is', null);
type DealsBase = ReturnType<typeof dealsBase>;

/** The cards' columns: the deal, its stage's probability, its company and its first live person. */
const cardColumns = (q: DealsBase) =>
  q.select((eb) => [
    'deal.id',
    'deal.title',
    'deal.stage_id',
    'deal.status',
    'deal.company_id',
    'company.name as company_name',
    eb
      .selectFrom('deal_contact')
      .innerJoin('contact', 'contact.id', 'deal_contact.contact_id')
      .select('contact.display_name')
      .whereRef('deal_contact.deal_id', '=', 'deal.id')
      .where('contact.deleted_at', 'is', null)
      .orderBy('deal_contact.position')
      .limit(1)
      .as('contact_name'),
    'deal.amount',
    'deal.currency',
    'deal.expected_close',
    eb.fn.coalesce('deal.probability', 'stage.probability').as('probability'),
    'deal.closed_on',
    'deal.last_activity_at',
    'deal.source',
  ]);
const cardQuery = (db: Db) => cardColumns(dealsBase(db));

type CardRow = Awaited<ReturnType<ReturnType<typeof cardQuery>['executeTakeFirstOrThrow']>>;

function toCard(r: CardRow, tags: Map<number, string[]>): DealCard {
  return {
    id: r.id,
    title: r.title,
    stageId: r.stage_id,
    status: r.status,
    companyId: r.company_name === null ? null : r.company_id,
    companyName: r.company_name,
    contactName: r.contact_name,
    amount: r.amount,
    currency: r.currency,
    expectedClose: r.expected_close,
    probability: Number(r.probability),
    closedOn: r.closed_on,
    lastActivityAt: r.last_activity_at,
    tags: tags.get(r.id) ?? [],
    source: r.source,
  };
}

/** Tags of many deals in one statement (ids passed as one JSON array, so any number fits). */
async function tagsOfDeals(db: Db, ids: number[]): Promise<Map<number, string[]>> {
  const result = new Map<number, string[]>();
  if (ids.length === 0) return result;
  const rows = await db
    .selectFrom('deal_tag')
    .innerJoin('tag', 'tag.id', 'deal_tag.tag_id')
    .select(['deal_tag.deal_id', 'tag.name'])
    .where('deal_tag.deal_id', 'in', sql<number>`(select value from json_each(${JSON.stringify(ids)}))`)
    .orderBy('tag.name')
    .execute();
  for (const r of rows) {
    const list = result.get(r.deal_id) ?? [];
    list.push(r.name);
    result.set(r.deal_id, list);
  }
  return result;
}

/** The day span a filter's close period covers, [from, to), around today (a local date). */
export function closePeriodRange(
  period: DealFilter['closePeriod'],
  today: string,
): { from: string; to: string } | null {
  const [y, m] = today.split('-').map(Number) as [number, number];
  const month = (year: number, monthIndex: number) => {
    const d = new Date(Date.UTC(year, monthIndex, 1));
    return d.toISOString().slice(0, 10);
  };
  const quarter = Math.floor((m - 1) / 3) * 3;
  switch (period) {
    case 'any':
    case 'overdue':
      return null;
    case 'thisMonth':
      return { from: month(y, m - 1), to: month(y, m) };
    case 'nextMonth':
      return { from: month(y, m), to: month(y, m + 1) };
    case 'thisQuarter':
      return { from: month(y, quarter), to: month(y, quarter + 3) };
    case 'nextQuarter':
      return { from: month(y, quarter + 3), to: month(y, quarter + 6) };
    case 'thisYear':
      return { from: month(y, 0), to: month(y + 1, 0) };
  }
}

/** Won and Lost columns show deals closed in the last 30 days unless a period says otherwise. */
export const RECENTLY_CLOSED_DAYS = 30;

function applyFilter<Q extends DealsBase>(
  q: Q,
  filter: DealFilter,
  today: string,
  status: 'open' | 'won' | 'lost' | 'all' | 'board',
): Q {
  let out = q;
  const range = closePeriodRange(filter.closePeriod, today);
  if (filter.q !== '') {
    const like = `%${filter.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    out = out.where((eb) =>
      eb.or([
        eb('deal.title', 'like', sql<string>`${like} escape '\\'`),
        eb('company.name', 'like', sql<string>`${like} escape '\\'`),
      ]),
    ) as Q;
  }
  if (filter.source !== null) out = out.where('deal.source', '=', filter.source) as Q;
  if (filter.tag !== null) {
    const tag = filter.tag;
    out = out.where((eb) =>
      eb.exists(
        eb
          .selectFrom('deal_tag')
          .innerJoin('tag', 'tag.id', 'deal_tag.tag_id')
          .whereRef('deal_tag.deal_id', '=', 'deal.id')
          .where(sql<boolean>`lower(tag.name) = lower(${tag})`)
          .select('deal_tag.tag_id'),
      ),
    ) as Q;
  }
  if (status !== 'all' && status !== 'board') out = out.where('deal.status', '=', status) as Q;
  // The board's closed columns are bounded further, by the day they start from (columnDeals).
  out = out.where((eb) => {
    const open =
      filter.closePeriod === 'overdue'
        ? eb.and([eb('deal.status', '=', 'open'), eb('deal.expected_close', '<', today)])
        : range
          ? eb.and([
              eb('deal.status', '=', 'open'),
              eb('deal.expected_close', '>=', range.from),
              eb('deal.expected_close', '<', range.to),
            ])
          : eb('deal.status', '=', 'open');
    const closed =
      filter.closePeriod === 'overdue'
        ? sql<boolean>`0`
        : range
          ? eb.and([
              eb('deal.status', '!=', 'open'),
              eb('deal.closed_on', '>=', range.from),
              eb('deal.closed_on', '<', range.to),
            ])
          : eb('deal.status', '!=', 'open');
    return eb.or([open, closed]);
  }) as Q;
  return out;
}

/** The first day of closed deals the board shows (null: none, under the "overdue" filter). */
function closedSince(filter: DealFilter, today: string): string | null {
  if (filter.closePeriod === 'overdue') return null;
  return (
    closePeriodRange(filter.closePeriod, today)?.from ??
    new Date(Date.parse(`${today}T00:00:00Z`) - RECENTLY_CLOSED_DAYS * 86_400_000).toISOString().slice(0, 10)
  );
}

/** The board's deals of one column under the filter (closed ones bounded by date, so the index finds them). */
function columnDeals(
  db: Db,
  pipelineId: number,
  stage: { id: number; kind: string },
  filter: DealFilter,
  today: string,
) {
  let q = applyFilter(dealsBase(db).where('deal.pipeline_id', '=', pipelineId), filter, today, 'board').where(
    'deal.stage_id',
    '=',
    stage.id,
  );
  const since = closedSince(filter, today);
  if (stage.kind !== 'open') q = since === null ? q.where(sql<boolean>`0`) : q.where('deal.closed_on', '>=', since);
  return q;
}

/**
 * The first `perColumn` cards of each column, in column order, and the id of the card after them (the board
 * drops a card "before" it when dropped at the end of what it shows). Each column is one short read off the
 * deal_board index, whatever the number of deals; the board asks for more as a column is scrolled.
 */
export async function boardColumnCards(
  db: Db,
  pipelineId: number,
  stages: Array<{ id: number; kind: string }>,
  filter: DealFilter,
  today: string,
  perColumn: number,
): Promise<Map<number, { cards: DealCard[]; nextId: number | null }>> {
  const pages = await Promise.all(
    stages.map((stage) =>
      cardColumns(columnDeals(db, pipelineId, stage, filter, today))
        .orderBy('deal.position')
        .orderBy('deal.id')
        .limit(perColumn + 1)
        .execute(),
    ),
  );
  const shown = pages.flatMap((rows) => rows.slice(0, perColumn));
  const tags = await tagsOfDeals(
    db,
    shown.map((r) => r.id),
  );
  return new Map(
    stages.map((stage, i) => {
      const rows = pages[i]!;
      return [
        stage.id,
        { cards: rows.slice(0, perColumn).map((r) => toCard(r, tags)), nextId: rows[perColumn]?.id ?? null },
      ];
    }),
  );
}

/** Each column's count and totals per currency (value, and value × probability), over all its deals. */
export async function boardColumnTotals(
  db: Db,
  pipelineId: number,
  stages: Array<{ id: number; kind: string }>,
  filter: DealFilter,
  today: string,
) {
  const rows = await Promise.all(
    stages.map((stage) =>
      columnDeals(db, pipelineId, stage, filter, today)
        .select((eb) => [
          'deal.currency',
          eb.fn.countAll<number>().as('n'),
          eb.fn.sum<number>('deal.amount').as('amount'),
          sql<number>`sum(deal.amount * coalesce(deal.probability, stage.probability)) / 100.0`.as('weighted'),
        ])
        .groupBy('deal.currency')
        .execute(),
    ),
  );
  return new Map(
    stages.map((stage, i) => [
      stage.id,
      rows[i]!.map((r) => ({
        currency: r.currency,
        count: Number(r.n),
        amount: Number(r.amount),
        weighted: Math.round(Number(r.weighted)),
      })),
    ]),
  );
}

const SORT_COLUMNS = {
  title: sql`deal.title collate nocase`,
  company: sql`coalesce(company.name, '\uffff') collate nocase`,
  stage: sql`stage.kind != 'open', stage.position`,
  amount: sql`deal.amount`,
  probability: sql`coalesce(deal.probability, stage.probability)`,
  expectedClose: sql`coalesce(deal.expected_close, '9999')`,
  closedOn: sql`coalesce(deal.closed_on, '0000')`,
  lastActivity: sql`deal.last_activity_at`,
  created: sql`deal.created_at`,
} as const;

/** A page of the list view. */
export async function listCards(
  db: Db,
  q: {
    pipelineId: number;
    filter: DealFilter;
    status: 'open' | 'won' | 'lost' | 'all';
    sort: DealSort;
    offset: number;
    limit: number;
  },
  today: string,
): Promise<{ total: number; rows: DealCard[] }> {
  const base = applyFilter(cardQuery(db).where('deal.pipeline_id', '=', q.pipelineId), q.filter, today, q.status);
  const total = await db
    .selectFrom(base.as('f'))
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  const direction = q.sort.direction === 'asc' ? sql`asc` : sql`desc`;
  const column = SORT_COLUMNS[q.sort.field];
  // "stage" sorts on two expressions; both take the direction.
  const orderBy =
    q.sort.field === 'stage'
      ? sql`stage.kind != 'open' ${direction}, stage.position ${direction}, deal.position`
      : sql`${column} ${direction}, deal.id`;
  const rows = await base.orderBy(orderBy).offset(q.offset).limit(q.limit).execute();
  const tags = await tagsOfDeals(
    db,
    rows.map((r) => r.id),
  );
  return { total: Number(total.n), rows: rows.map((r) => toCard(r, tags)) };
}

export async function loadCards(db: Db, where: { ids?: number[]; contactId?: number; companyId?: number }) {
  let q = cardQuery(db);
  if (where.ids) q = q.where('deal.id', 'in', where.ids.length ? where.ids : [0]);
  if (where.companyId !== undefined) q = q.where('deal.company_id', '=', where.companyId);
  if (where.contactId !== undefined) {
    const contactId = where.contactId;
    q = q.where((eb) =>
      eb.exists(
        eb
          .selectFrom('deal_contact')
          .select('deal_contact.deal_id')
          .whereRef('deal_contact.deal_id', '=', 'deal.id')
          .where('deal_contact.contact_id', '=', contactId),
      ),
    );
  }
  const rows = await q
    .orderBy(sql`deal.status != 'open'`)
    .orderBy(sql`coalesce(deal.closed_on, deal.expected_close, '9999')`, 'desc')
    .orderBy('deal.id', 'desc')
    .execute();
  const tags = await tagsOfDeals(
    db,
    rows.map((r) => r.id),
  );
  return rows.map((r) => toCard(r, tags));
}

export async function dealRow(db: Db, id: number) {
  return db.selectFrom('deal').selectAll().where('id', '=', id).where('deleted_at', 'is', null).executeTakeFirst();
}

export async function dealContacts(db: Db, id: number) {
  return db
    .selectFrom('deal_contact')
    .innerJoin('contact', 'contact.id', 'deal_contact.contact_id')
    .select(['contact.id', 'contact.display_name as name'])
    .where('deal_contact.deal_id', '=', id)
    .where('contact.deleted_at', 'is', null)
    .orderBy('deal_contact.position')
    .execute();
}

export async function dealLines(db: Db, id: number): Promise<DealLine[]> {
  const rows = await db.selectFrom('deal_line').selectAll().where('deal_id', '=', id).orderBy('position').execute();
  return rows.map((r) => {
    const line = {
      productId: r.product_id,
      name: r.name,
      sku: r.sku,
      unitPrice: r.unit_price,
      quantity: r.quantity,
      discountPercent: r.discount_percent,
    };
    return { ...line, total: lineTotal(line) };
  });
}

/** The stages a deal went through, oldest first, with the days it spent in each. */
export async function dealHistory(db: Db, id: number, now: Date, closed: boolean): Promise<StageChange[]> {
  const rows = await db
    .selectFrom('deal_stage_history')
    .select(['from_stage_id', 'to_stage_id', 'changed_at'])
    .where('deal_id', '=', id)
    .orderBy('changed_at')
    .orderBy('id')
    .execute();
  return rows.map((r, i) => {
    const next = rows[i + 1];
    const until = next ? Date.parse(next.changed_at) : closed ? null : now.getTime();
    return {
      fromStageId: r.from_stage_id,
      toStageId: r.to_stage_id,
      at: r.changed_at,
      days:
        until === null ? null : Math.max(0, Math.round(((until - Date.parse(r.changed_at)) / 86_400_000) * 10) / 10),
    };
  });
}

/** A deal entered a stage: the stay it was in ends now, and a new one starts. */
export async function recordStageChange(
  db: Db,
  change: { dealId: number; from: number | null; to: number; at: string },
) {
  await db
    .updateTable('deal_stage_history')
    .set({ left_at: change.at, days: sql<number>`julianday(${change.at}) - julianday(changed_at)` })
    .where('deal_id', '=', change.dealId)
    .where('left_at', 'is', null)
    .execute();
  await db
    .insertInto('deal_stage_history')
    .values({ deal_id: change.dealId, from_stage_id: change.from, to_stage_id: change.to, changed_at: change.at })
    .execute();
}

/** A position after every card of the column. */
export async function appendToColumn(db: Db, stageId: number): Promise<number> {
  const r = await db
    .selectFrom('deal')
    .select((eb) => eb.fn.max('position').as('p'))
    .where('stage_id', '=', stageId)
    .where('deleted_at', 'is', null)
    .executeTakeFirst();
  return r?.p === null || r?.p === undefined ? 0 : Number(r.p) + 1;
}

/** A position before every card of the column (new deals go on top). */
export async function prependToColumn(db: Db, stageId: number): Promise<number> {
  const r = await db
    .selectFrom('deal')
    .select((eb) => eb.fn.min('position').as('p'))
    .where('stage_id', '=', stageId)
    .where('deleted_at', 'is', null)
    .executeTakeFirst();
  return r?.p === null || r?.p === undefined ? 0 : Number(r.p) - 1;
}

/**
 * A position just before `beforeId` in the column: halfway to the card above it. When the halves run out of
 * precision (after ~50 drops into the same gap) the column is renumbered, once.
 */
export async function positionBefore(db: Db, stageId: number, beforeId: number, movingId: number): Promise<number> {
  const before = await db
    .selectFrom('deal')
    .select('position')
    .where('id', '=', beforeId)
    .where('stage_id', '=', stageId)
    .where('deleted_at', 'is', null)
    .executeTakeFirst();
  if (!before) return appendToColumn(db, stageId);
  const above = await db
    .selectFrom('deal')
    .select('position')
    .where('stage_id', '=', stageId)
    .where('deleted_at', 'is', null)
    .where('position', '<', before.position)
    .where('id', '!=', movingId)
    .orderBy('position', 'desc')
    .limit(1)
    .executeTakeFirst();
  const low = above ? above.position : before.position - 2;
  const mid = (low + before.position) / 2;
  if (mid > low && mid < before.position) return mid;
  await sql`update deal set position = (select count(*) from deal d2 where d2.stage_id = deal.stage_id and d2.deleted_at is null and (d2.position < deal.position or (d2.position = deal.position and d2.id < deal.id))) * 2
            where stage_id = ${stageId} and deleted_at is null`.execute(db);
  return positionBefore(db, stageId, beforeId, movingId);
}

/** last_activity_at: the latest of creation, stage changes and activities logged with the deal. */
export async function refreshDealActivity(db: Db, ids: Array<number | null>): Promise<void> {
  for (const id of new Set(ids.filter((x): x is number => x !== null))) {
    await sql`update deal set last_activity_at = max(
                created_at,
                coalesce((select max(changed_at) from deal_stage_history where deal_id = ${id}), created_at),
                coalesce((select max(occurred_at) from activity where deal_id = ${id}), created_at))
              where id = ${id}`.execute(db);
  }
}

export async function dealFacets(db: Db): Promise<{ tags: string[]; sources: string[] }> {
  const [tags, sources] = await Promise.all([
    db
      .selectFrom('tag')
      .select('name')
      .where((eb) => eb.exists(eb.selectFrom('deal_tag').select('deal_id').whereRef('deal_tag.tag_id', '=', 'tag.id')))
      .orderBy(sql`name collate nocase`)
      .execute(),
    db
      .selectFrom('deal')
      .select('source')
      .distinct()
      .where('source', '!=', '')
      .where('deleted_at', 'is', null)
      .orderBy(sql`source collate nocase`)
      .execute(),
  ]);
  return { tags: tags.map((t) => t.name), sources: sources.map((s) => s.source) };
}

export function trashedDealRows(db: Db) {
  return db.selectFrom('deal').select(['id', 'title', 'deleted_at']).where('deleted_at', 'is not', null).execute();
}

export async function restoreDeals(db: Db, ids: number[]): Promise<number> {
  if (ids.length === 0) return 0;
  const result = await db.updateTable('deal').set({ deleted_at: null }).where('id', 'in', ids).executeTakeFirst();
  return Number(result.numUpdatedRows);
}

/** Deletes trashed deals for good, with what belongs to them alone (activities logged only with the deal,
 *  calendar links); activities also filed under a person or company stay there. */
export async function purgeTrashedDeals(db: Db): Promise<number> {
  const trashed = db.selectFrom('deal').select('id').where('deleted_at', 'is not', null);
  await db
    .deleteFrom('activity')
    .where('contact_id', 'is', null)
    .where('company_id', 'is', null)
    .where('deal_id', 'in', trashed)
    .execute();
  await db.deleteFrom('event_link').where('entity_type', '=', 'deal').where('entity_id', 'in', trashed).execute();
  const result = await db.deleteFrom('deal').where('deleted_at', 'is not', null).executeTakeFirst();
  return Number(result.numDeletedRows);
}
