// The rules for pipelines and their stages: open stages can be renamed, reordered, added and removed (a removed
// stage's deals move to a stage the user picks, and the move is kept in their history); Won and Lost are always
// there, last. Also the editable list of reasons deals are lost.
import { RapportError } from '@shared/api/result';
import type { LostReason, Pipeline } from '@shared/domain/deals';
import type { LostReasonsInput, PipelineInput } from '@shared/validation/deals';
import type { AppContext } from '../context';
import { nowIso } from '../context';
import { listLostReasons, listPipelines, liveStages } from './pipelinesRepository';
import { appendToColumn, recordStageChange } from './dealsRepository';

export async function pipelines(ctx: Pick<AppContext, 'db'>): Promise<Pipeline[]> {
  return listPipelines(ctx.db);
}

async function pipelineById(ctx: AppContext, id: number): Promise<Pipeline> {
  const found = (await listPipelines(ctx.db)).find((p) => p.id === id);
  if (!found) throw new RapportError('not_found', `Pipeline ${id} was not found.`);
  return found;
}

function invalid(message: string, path: string, key: string): RapportError {
  return new RapportError('invalid_input', message, [{ path, message: key }]);
}

export async function createPipeline(ctx: AppContext, input: PipelineInput): Promise<Pipeline> {
  if (input.name === null) throw invalid('A new pipeline needs a name.', 'pipeline.name', 'validation.required');
  const id = await ctx.db.transaction().execute(async (trx) => {
    const last = await trx
      .selectFrom('pipeline')
      .select((eb) => eb.fn.max('position').as('p'))
      .executeTakeFirst();
    const pipeline = await trx
      .insertInto('pipeline')
      .values({
        name: input.name,
        default_key: null,
        position: Number(last?.p ?? -1) + 1,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const open = input.stages.map((s, position) => ({
      pipeline_id: pipeline.id,
      name: s.name,
      default_key: null,
      kind: 'open' as const,
      probability: s.probability,
      position,
    }));
    await trx
      .insertInto('stage')
      .values([
        ...open,
        {
          pipeline_id: pipeline.id,
          name: input.wonName,
          default_key: 'won',
          kind: 'won',
          probability: 100,
          position: open.length,
        },
        {
          pipeline_id: pipeline.id,
          name: input.lostName,
          default_key: 'lost',
          kind: 'lost',
          probability: 0,
          position: open.length + 1,
        },
      ])
      .execute();
    return pipeline.id;
  });
  return pipelineById(ctx, id);
}

export async function updatePipeline(ctx: AppContext, id: number, input: PipelineInput): Promise<Pipeline> {
  const before = await pipelineById(ctx, id);
  const openBefore = before.stages.filter((s) => s.kind === 'open');
  const kept = new Set<number>();
  input.stages.forEach((s, i) => {
    if (s.id === null) return;
    if (!openBefore.some((o) => o.id === s.id))
      throw invalid(
        `Stage ${s.id} is not an open stage of this pipeline.`,
        `pipeline.stages.${i}.id`,
        'validation.required',
      );
    kept.add(s.id);
  });
  const removed = openBefore.filter((s) => !kept.has(s.id));
  const openCounts = new Map(
    (
      await ctx.db
        .selectFrom('deal')
        .select(['stage_id', (eb) => eb.fn.countAll<number>().as('n')])
        .where('pipeline_id', '=', id)
        .where('deleted_at', 'is', null)
        .groupBy('stage_id')
        .execute()
    ).map((r) => [r.stage_id, Number(r.n)]),
  );
  const moves = removed.map((stage) => {
    const i = input.removed.findIndex((r) => r.id === stage.id);
    const moveTo = input.removed[i]?.moveTo ?? null;
    if ((openCounts.get(stage.id) ?? 0) > 0 && (moveTo === null || !kept.has(moveTo))) {
      throw invalid(
        `The stage being removed still has ${openCounts.get(stage.id)} deals: say which remaining stage they move to.`,
        `pipeline.removed.${Math.max(i, 0)}.moveTo`,
        'validation.required',
      );
    }
    return { stageId: stage.id, moveTo };
  });

  const at = nowIso(ctx);
  await ctx.db.transaction().execute(async (trx) => {
    if (input.name !== null) await trx.updateTable('pipeline').set({ name: input.name }).where('id', '=', id).execute();
    // Deals leave removed stages first, each move kept in the deal's history.
    for (const { stageId, moveTo } of moves) {
      if (moveTo === null) continue;
      const deals = await trx
        .selectFrom('deal')
        .select('id')
        .where('stage_id', '=', stageId)
        .where('deleted_at', 'is', null)
        .orderBy('position')
        .execute();
      for (const deal of deals) {
        await trx
          .updateTable('deal')
          .set({ stage_id: moveTo, position: await appendToColumn(trx, moveTo), updated_at: at })
          .where('id', '=', deal.id)
          .execute();
        await recordStageChange(trx, { dealId: deal.id, from: stageId, to: moveTo, at });
      }
    }
    if (moves.length > 0)
      await trx
        .updateTable('stage')
        .set({ removed_at: at })
        .where(
          'id',
          'in',
          moves.map((m) => m.stageId),
        )
        .execute();
    let position = 0;
    for (const s of input.stages) {
      if (s.id === null) {
        await trx
          .insertInto('stage')
          .values({
            pipeline_id: id,
            name: s.name,
            default_key: null,
            kind: 'open',
            probability: s.probability,
            position,
          })
          .execute();
      } else {
        await trx
          .updateTable('stage')
          .set({ probability: s.probability, position, ...(s.name !== null ? { name: s.name } : {}) })
          .where('id', '=', s.id)
          .execute();
      }
      position += 1;
    }
    for (const [kind, name] of [
      ['won', input.wonName],
      ['lost', input.lostName],
    ] as const) {
      await trx
        .updateTable('stage')
        .set({ position: kind === 'won' ? position : position + 1, ...(name !== null ? { name } : {}) })
        .where('pipeline_id', '=', id)
        .where('kind', '=', kind)
        .where('removed_at', 'is', null)
        .execute();
    }
  });
  return pipelineById(ctx, id);
}

export async function deletePipeline(ctx: AppContext, id: number): Promise<{ count: number }> {
  const all = await listPipelines(ctx.db);
  const pipeline = all.find((p) => p.id === id);
  if (!pipeline) throw new RapportError('not_found', `Pipeline ${id} was not found.`);
  if (all.length === 1) throw new RapportError('conflict', 'The last pipeline cannot be deleted.');
  if (pipeline.openDeals > 0)
    throw new RapportError(
      'conflict',
      `This pipeline still has ${pipeline.openDeals} open deals: move them to another pipeline, or close them, first.`,
    );
  await ctx.db
    .updateTable('pipeline')
    .set({ deleted_at: nowIso(ctx) })
    .where('id', '=', id)
    .execute();
  return { count: 1 };
}

/** The live stages of a pipeline, or a clear error. */
export async function stagesOfPipeline(ctx: Pick<AppContext, 'db'>, pipelineId: number) {
  const stages = await liveStages(ctx.db, pipelineId);
  if (stages.length === 0) throw new RapportError('not_found', `Pipeline ${pipelineId} was not found.`);
  return stages;
}

export async function lostReasons(ctx: Pick<AppContext, 'db'>, includeArchived: boolean): Promise<LostReason[]> {
  return listLostReasons(ctx.db, includeArchived);
}

export async function saveLostReasons(ctx: AppContext, input: LostReasonsInput): Promise<LostReason[]> {
  const existing = await listLostReasons(ctx.db, true);
  input.reasons.forEach((r, i) => {
    if (r.id !== null && !existing.some((e) => e.id === r.id))
      throw invalid(`Lost reason ${r.id} does not exist.`, `reasons.${i}.id`, 'validation.required');
    if (r.id === null && r.name === null)
      throw invalid('A new reason needs a name.', `reasons.${i}.name`, 'validation.required');
  });
  const at = nowIso(ctx);
  await ctx.db.transaction().execute(async (trx) => {
    const listed = new Set(input.reasons.flatMap((r) => (r.id === null ? [] : [r.id])));
    const archive = existing.filter((e) => !listed.has(e.id) && !e.archived).map((e) => e.id);
    if (archive.length > 0)
      await trx.updateTable('lost_reason').set({ archived_at: at }).where('id', 'in', archive).execute();
    for (const [position, r] of input.reasons.entries()) {
      if (r.id === null) {
        await trx.insertInto('lost_reason').values({ name: r.name, default_key: null, position }).execute();
      } else {
        await trx
          .updateTable('lost_reason')
          .set({ position, archived_at: null, ...(r.name !== null ? { name: r.name } : {}) })
          .where('id', '=', r.id)
          .execute();
      }
    }
  });
  return listLostReasons(ctx.db, false);
}
