// What stages, pipelines and lost reasons are called on screen: the user's own name, or the default one in the
// UI language (defaults are stored as keys, see migration 0004).
import type { TFunction } from 'i18next';
import type { LostReason, Pipeline, Stage } from '@shared/domain/deals';

type Named = { name: string | null; defaultKey: string | null };

function label(t: TFunction, group: string, item: Named): string {
  if (item.name !== null) return item.name;
  return item.defaultKey ? t(`board.${group}.${item.defaultKey}`, { defaultValue: item.defaultKey }) : '';
}

export const stageLabel = (t: TFunction, stage: Pick<Stage, 'name' | 'defaultKey'>) => label(t, 'stage', stage);
export const pipelineLabel = (t: TFunction, pipeline: Pick<Pipeline, 'name' | 'defaultKey'>) =>
  label(t, 'defaultPipeline', pipeline);
export const lostReasonLabel = (t: TFunction, reason: Pick<LostReason, 'name' | 'defaultKey'>) =>
  label(t, 'lostReason', reason);
