// SQL for pipelines, their stages and the lost-reason list, mapped to src-shared/domain/deals.
import type { Kysely, Transaction } from 'kysely';
import type { LostReason, Pipeline, Stage } from '@shared/domain/deals';
import type { Database, StageTable } from '../db/schema';
import type { Selectable } from 'kysely';

type Db = Kysely<Database> | Transaction<Database>;

export function toStage(r: Selectable<StageTable>): Stage {
  return {
    id: r.id,
    pipelineId: r.pipeline_id,
    name: r.name,
    defaultKey: r.default_key,
    kind: r.kind,
    probability: r.probability,
    position: r.position,
  };
}

/** Live stages of live pipelines (or of one), in board order: open stages by position, then Won, then Lost. */
export async function liveStages(db: Db, pipelineId?: number): Promise<Stage[]> {
  let q = db
    .selectFrom('stage')
    .innerJoin('pipeline', 'pipeline.id', 'stage.pipeline_id')
    .selectAll('stage')
    .where('stage.removed_at', 'is', null)
    .where('pipeline.deleted_at', 'is', null);
  if (pipelineId !== undefined) q = q.where('stage.pipeline_id', '=', pipelineId);
  const rows = await q.orderBy('stage.pipeline_id').orderBy('stage.position').execute();
  const order = { open: 0, won: 1, lost: 2 } as const;
  return rows
    .map(toStage)
    .sort((a, b) => a.pipelineId - b.pipelineId || order[a.kind] - order[b.kind] || a.position - b.position);
}

/** Any stage, removed or not (history names stages that were removed since). */
export async function findStage(db: Db, id: number): Promise<Stage | undefined> {
  const row = await db.selectFrom('stage').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? toStage(row) : undefined;
}

export async function listPipelines(db: Db): Promise<Pipeline[]> {
  const [pipelines, stages, open] = await Promise.all([
    db.selectFrom('pipeline').selectAll().where('deleted_at', 'is', null).orderBy('position').orderBy('id').execute(),
    liveStages(db),
    db
      .selectFrom('deal')
      .select(['pipeline_id', (eb) => eb.fn.countAll<number>().as('n')])
      .where('status', '=', 'open')
      .where('deleted_at', 'is', null)
      .groupBy('pipeline_id')
      .execute(),
  ]);
  const openBy = new Map(open.map((r) => [r.pipeline_id, Number(r.n)]));
  return pipelines.map((p) => ({
    id: p.id,
    name: p.name,
    defaultKey: p.default_key,
    position: p.position,
    stages: stages.filter((s) => s.pipelineId === p.id),
    openDeals: openBy.get(p.id) ?? 0,
  }));
}

export async function listLostReasons(db: Db, includeArchived: boolean): Promise<LostReason[]> {
  let q = db.selectFrom('lost_reason').selectAll();
  if (!includeArchived) q = q.where('archived_at', 'is', null);
  const rows = await q.orderBy('position').orderBy('id').execute();
  return rows.map((r) => ({ id: r.id, name: r.name, defaultKey: r.default_key, archived: r.archived_at !== null }));
}
