// The pipeline editor's form: what the user edits (names as typed, empty meaning "keep the default name" only
// where a default name is in use), and how it becomes the contract's pipelineInput, validated by the same
// schema main uses.
import type { Pipeline } from '@shared/domain/deals';
import { type PipelineInput, pipelineInput } from '@shared/validation/deals';
import { z } from 'zod';

export interface StageFormRow {
  /** null for a stage added here and not saved yet. */
  stageId: number | null;
  name: string;
  /** The stage still has its default (translated) name: left empty, it keeps it. */
  usesDefaultName: boolean;
  defaultKey: string | null;
  probability: number;
}

export interface RemovedStage {
  id: number;
  /** The kept stage its open deals move to (null when it has none). */
  moveTo: number | null;
  deals: number;
  /** What it was called, to say what happens to it on save. */
  label: string;
}

export interface PipelineFormValues {
  name: string;
  nameIsDefault: boolean;
  stages: StageFormRow[];
  wonName: string;
  wonIsDefault: boolean;
  lostName: string;
  lostIsDefault: boolean;
  removed: RemovedStage[];
}

export function pipelineToForm(pipeline: Pipeline): PipelineFormValues {
  const closed = (kind: 'won' | 'lost') => pipeline.stages.find((s) => s.kind === kind);
  const won = closed('won');
  const lost = closed('lost');
  return {
    name: pipeline.name ?? '',
    nameIsDefault: pipeline.name === null && pipeline.defaultKey !== null,
    stages: pipeline.stages
      .filter((s) => s.kind === 'open')
      .map((s) => ({
        stageId: s.id,
        name: s.name ?? '',
        usesDefaultName: s.name === null && s.defaultKey !== null,
        defaultKey: s.defaultKey,
        probability: s.probability,
      })),
    wonName: won?.name ?? '',
    wonIsDefault: won?.name == null,
    lostName: lost?.name ?? '',
    lostIsDefault: lost?.name == null,
    removed: [],
  };
}

/** Empty where a default name is in use keeps the default (null); elsewhere the typed name, checked. */
function nameOrDefault(name: string, isDefault: boolean): string | null {
  return isDefault && name.trim() === '' ? null : name;
}

export function formToPipelineInput(values: PipelineFormValues): PipelineInput {
  return {
    name: nameOrDefault(values.name, values.nameIsDefault),
    stages: values.stages.map((s) => ({
      id: s.stageId,
      name: nameOrDefault(s.name, s.usesDefaultName),
      probability: s.probability,
    })),
    wonName: nameOrDefault(values.wonName, values.wonIsDefault),
    lostName: nameOrDefault(values.lostName, values.lostIsDefault),
    removed: values.removed.map(({ id, moveTo }) => ({ id, moveTo })),
  };
}

/** The form's resolver schema: same field paths as pipelineInput, so its messages land on the right inputs. */
export const pipelineFormSchema = z.custom<PipelineFormValues>().transform(formToPipelineInput).pipe(pipelineInput);
