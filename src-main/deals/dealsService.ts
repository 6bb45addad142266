// The rules for deals: where they may go (a live stage of their pipeline), what closing them needs (a date, and
// a reason when lost), that their amount follows their lines, and that every stage change is kept in history.
import { RapportError } from '@shared/api/result';
import type { Board, Deal, DealCard, Stage } from '@shared/domain/deals';
import { linesTotal } from '@shared/deals/money';
import type { DealFilter, DealInput, DealMoveInput, DealSort } from '@shared/validation/deals';
import type { AppContext } from '../context';
import { nowIso } from '../context';
import { zoneOf } from '../ports';
import { localDateOf } from '../calendar/wallClock';
import { isLiveCompany } from '../companies/companiesRepository';
import { ensureTagIds } from '../contacts/detailsRepository';
import { getSettings } from '../settings/settingsService';
import { liveStages } from './pipelinesRepository';
import {
  appendToColumn,
  boardColumnCards,
  boardColumnTotals,
  dealContacts,
  dealFacets,
  dealHistory,
  dealLines,
  dealRow,
  listCards,
  loadCards,
  positionBefore,
  prependToColumn,
  recordStageChange,
  refreshDealActivity,
} from './dealsRepository';
import { sql, type Transaction } from 'kysely';
import { validationMessageEn } from '@shared/validation/messages';
import type { Database } from '../db/schema';

/** Today on the computer's wall clock, as deals' dates are. */
export const todayOf = (ctx: Pick<AppContext, 'clock'>) => localDateOf(ctx.clock.now(), zoneOf(ctx.clock));

function invalid(message: string, path: string, key: string): RapportError {
  return new RapportError('invalid_input', message, [{ path, message: key }]);
}

async function liveStage(ctx: AppContext, pipelineId: number, stageId: number, path: string): Promise<Stage> {
  const stages = await liveStages(ctx.db, pipelineId);
  if (stages.length === 0)
    throw invalid(`Pipeline ${pipelineId} does not exist.`, `${path}.pipelineId`, 'validation.required');
  const stage = stages.find((s) => s.id === stageId);
  if (!stage)
    throw invalid(`Stage ${stageId} is not a stage of this pipeline.`, `${path}.stageId`, 'validation.required');
  return stage;
}

/** What closing needs: the day it was won or lost, and (lost) a reason from the list. */
async function closing(
  ctx: AppContext,
  stage: Stage,
  input: { closedOn: string | null; lostReasonId: number | null; lostNote: string },
  path: string,
) {
  if (stage.kind === 'open') return { closed_on: null, lost_reason_id: null, lost_note: '' };
  if (input.closedOn === null)
    throw invalid('Say on which day the deal was won or lost.', `${path}closedOn`, 'validation.closedOnRequired');
  if (stage.kind === 'won') return { closed_on: input.closedOn, lost_reason_id: null, lost_note: '' };
  if (input.lostReasonId === null)
    throw invalid('Say why the deal was lost.', `${path}lostReasonId`, 'validation.lostReasonRequired');
  const reason = await ctx.db
    .selectFrom('lost_reason')
    .select('id')
    .where('id', '=', input.lostReasonId)
    .executeTakeFirst();
  if (!reason)
    throw invalid(
      `Lost reason ${input.lostReasonId} does not exist.`,
      `${path}lostReasonId`,
      'validation.lostReasonRequired',
    );
  return { closed_on: input.closedOn, lost_reason_id: input.lostReasonId, lost_note: input.lostNote };
}

async function checkPeople(ctx: AppContext, input: DealInput) {
  if (input.companyId !== null && !(await isLiveCompany(ctx.db, input.companyId)))
    throw invalid(
      `Company ${input.companyId} does not exist (or is in the Trash).`,
      'deal.companyId',
      'validation.required',
    );
  const contactIds = [...new Set(input.contactIds)];
  if (contactIds.length > 0) {
    const live = await ctx.db
      .selectFrom('contact')
      .select('id')
      .where('id', 'in', contactIds)
      .where('deleted_at', 'is', null)
      .execute();
    const missing = contactIds.find((id) => !live.some((c) => c.id === id));
    if (missing !== undefined)
      throw invalid(
        `Contact ${missing} does not exist (or is in the Trash).`,
        'deal.contactIds',
        'validation.required',
      );
  }
  return contactIds;
}

async function writeParts(trx: Transaction<Database>, dealId: number, input: DealInput, contactIds: number[]) {
  await trx.deleteFrom('deal_contact').where('deal_id', '=', dealId).execute();
  if (contactIds.length > 0)
    await trx
      .insertInto('deal_contact')
      .values(contactIds.map((contact_id, position) => ({ deal_id: dealId, contact_id, position })))
      .execute();
  await trx.deleteFrom('deal_tag').where('deal_id', '=', dealId).execute();
  const tagIds = await ensureTagIds(trx, input.tags);
  if (tagIds.length > 0)
    await trx
      .insertInto('deal_tag')
      .values(tagIds.map((tag_id) => ({ deal_id: dealId, tag_id })))
      .execute();
  await trx.deleteFrom('deal_line').where('deal_id', '=', dealId).execute();
  if (input.lines.length > 0)
    await trx
      .insertInto('deal_line')
      .values(
        input.lines.map((l, position) => ({
          deal_id: dealId,
          product_id: l.productId,
          name: l.name,
          sku: l.sku,
          unit_price: l.unitPrice,
          quantity: l.quantity,
          discount_percent: l.discountPercent,
          position,
        })),
      )
      .execute();
}

function dealColumns(input: DealInput) {
  return {
    pipeline_id: input.pipelineId,
    stage_id: input.stageId,
    title: input.title,
    company_id: input.companyId,
    amount: input.lines.length > 0 ? linesTotal(input.lines) : input.amount,
    currency: input.currency,
    expected_close: input.expectedClose,
    probability: input.probability,
    source: input.source,
    notes: input.notes,
  };
}

export async function createDeal(ctx: AppContext, input: DealInput): Promise<Deal> {
  const stage = await liveStage(ctx, input.pipelineId, input.stageId, 'deal');
  const close = await closing(ctx, stage, input, 'deal.');
  const contactIds = await checkPeople(ctx, input);
  const at = nowIso(ctx);
  const id = await ctx.db.transaction().execute(async (trx) => {
    const row = await trx
      .insertInto('deal')
      .values({
        ...dealColumns(input),
        ...close,
        status: stage.kind,
        position: await prependToColumn(trx, stage.id),
        last_activity_at: at,
        created_at: at,
        updated_at: at,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await writeParts(trx, row.id, input, contactIds);
    await recordStageChange(trx, { dealId: row.id, from: null, to: stage.id, at });
    return row.id;
  });
  return getDeal(ctx, id);
}

export async function updateDeal(ctx: AppContext, id: number, input: DealInput): Promise<Deal> {
  const before = await dealRow(ctx.db, id);
  if (!before) throw new RapportError('not_found', `Deal ${id} was not found.`);
  const stage = await liveStage(ctx, input.pipelineId, input.stageId, 'deal');
  const close = await closing(ctx, stage, input, 'deal.');
  const contactIds = await checkPeople(ctx, input);
  const at = nowIso(ctx);
  await ctx.db.transaction().execute(async (trx) => {
    const moved = before.stage_id !== stage.id;
    await trx
      .updateTable('deal')
      .set({
        ...dealColumns(input),
        ...close,
        status: stage.kind,
        ...(moved ? { position: await prependToColumn(trx, stage.id) } : {}),
        // A refund never exceeds what the deal is now worth.
        refunded: sql<number>`min(refunded, ${dealColumns(input).amount})`,
        updated_at: at,
      })
      .where('id', '=', id)
      .execute();
    await writeParts(trx, id, input, contactIds);
    if (moved) {
      await recordStageChange(trx, { dealId: id, from: before.stage_id, to: stage.id, at });
      await refreshDealActivity(trx, [id]);
    }
  });
  return getDeal(ctx, id);
}

/** A card dropped on a column (and a place in it). Moving within a column changes no history. */
export async function moveDeal(ctx: AppContext, input: DealMoveInput): Promise<DealCard> {
  const before = await dealRow(ctx.db, input.id);
  if (!before) throw new RapportError('not_found', `Deal ${input.id} was not found.`);
  const stage = await liveStage(ctx, before.pipeline_id, input.stageId, 'move');
  const moved = before.stage_id !== stage.id;
  // Reordering within Won or Lost keeps the closing details already given.
  const close = moved || stage.kind === 'open' ? await closing(ctx, stage, input, '') : null;
  const at = nowIso(ctx);
  await ctx.db.transaction().execute(async (trx) => {
    const position =
      input.beforeId === null || input.beforeId === input.id
        ? moved
          ? await appendToColumn(trx, stage.id)
          : before.position
        : await positionBefore(trx, stage.id, input.beforeId, input.id);
    await trx
      .updateTable('deal')
      .set({ stage_id: stage.id, status: stage.kind, position, ...(close ?? {}), updated_at: at })
      .where('id', '=', input.id)
      .execute();
    if (moved) {
      await recordStageChange(trx, { dealId: input.id, from: before.stage_id, to: stage.id, at });
      await trx.updateTable('deal').set({ last_activity_at: at }).where('id', '=', input.id).execute();
    }
  });
  return (await loadCards(ctx.db, { ids: [input.id] }))[0]!;
}

export async function getDeal(ctx: AppContext, id: number): Promise<Deal> {
  const row = await dealRow(ctx.db, id);
  if (!row) throw new RapportError('not_found', `Deal ${id} was not found.`);
  const [card, contacts, lines, history] = await Promise.all([
    loadCards(ctx.db, { ids: [id] }),
    dealContacts(ctx.db, id),
    dealLines(ctx.db, id),
    dealHistory(ctx.db, id, ctx.clock.now(), row.status !== 'open'),
  ]);
  return {
    ...card[0]!,
    pipelineId: row.pipeline_id,
    contacts,
    probabilityOverride: row.probability,
    notes: row.notes,
    lines,
    lostReasonId: row.lost_reason_id,
    lostNote: row.lost_note,
    refunded: row.refunded,
    history,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** Records what was given back on a won deal (its whole refund so far). */
export async function refundDeal(ctx: AppContext, id: number, refunded: number): Promise<Deal> {
  const row = await dealRow(ctx.db, id);
  if (!row) throw new RapportError('not_found', `Deal ${id} was not found.`);
  const problem =
    row.status !== 'won' ? 'validation.refundNotWon' : refunded > row.amount ? 'validation.refundTooLarge' : null;
  if (problem) {
    throw new RapportError('invalid_input', `Deal ${id}: ${validationMessageEn(problem)}.`, [
      { path: 'refunded', message: problem },
    ]);
  }
  await ctx.db
    .updateTable('deal')
    .set({ refunded, updated_at: nowIso(ctx) })
    .where('id', '=', id)
    .execute();
  return getDeal(ctx, id);
}

/** Moves a deal to the Trash (restorable until the Trash is emptied). */
export async function trashDeal(ctx: AppContext, id: number): Promise<{ count: number }> {
  const result = await ctx.db
    .updateTable('deal')
    .set({ deleted_at: nowIso(ctx) })
    .where('id', '=', id)
    .where('deleted_at', 'is', null)
    .executeTakeFirst();
  if (Number(result.numUpdatedRows) === 0) throw new RapportError('not_found', `Deal ${id} was not found.`);
  return { count: 1 };
}

/** Cards a board column shows at first; scrolling a column asks for more. */
export const BOARD_PAGE = 100;

export async function dealBoard(
  ctx: AppContext,
  pipelineId: number,
  filter: DealFilter,
  perColumn = BOARD_PAGE,
): Promise<Board> {
  const [stages, settings] = await Promise.all([liveStages(ctx.db, pipelineId), getSettings(ctx)]);
  if (stages.length === 0) throw new RapportError('not_found', `Pipeline ${pipelineId} was not found.`);
  const today = todayOf(ctx);
  const [cards, totals] = await Promise.all([
    boardColumnCards(ctx.db, pipelineId, stages, filter, today, perColumn),
    boardColumnTotals(ctx.db, pipelineId, stages, filter, today),
  ]);
  const mineFirst = (a: { currency: string; amount: number }, b: { currency: string; amount: number }) =>
    Number(b.currency === settings.currency) - Number(a.currency === settings.currency) || b.amount - a.amount;
  return {
    pipelineId,
    columns: stages.map((stage) => {
      const byCurrency = totals.get(stage.id) ?? [];
      const page = cards.get(stage.id) ?? { cards: [], nextId: null };
      return {
        stageId: stage.id,
        count: byCurrency.reduce((n, t) => n + t.count, 0),
        totals: byCurrency.map(({ currency, amount, weighted }) => ({ currency, amount, weighted })).sort(mineFirst),
        deals: page.cards,
        nextId: page.nextId,
      };
    }),
  };
}

export async function dealList(
  ctx: AppContext,
  q: {
    pipelineId: number;
    filter: DealFilter;
    status: 'open' | 'won' | 'lost' | 'all';
    sort: DealSort;
    offset: number;
    limit: number;
  },
) {
  return listCards(ctx.readDb, q, todayOf(ctx));
}

export async function dealsOfRecord(ctx: AppContext, entityType: 'contact' | 'company', id: number) {
  return loadCards(ctx.readDb, entityType === 'contact' ? { contactId: id } : { companyId: id });
}

export async function dealsFacets(ctx: AppContext) {
  return dealFacets(ctx.readDb);
}
