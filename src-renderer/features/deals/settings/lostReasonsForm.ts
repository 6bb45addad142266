// The lost-reasons editor's form: the list in order as typed, and how it becomes lostReasonsInput (left-out
// reasons are archived by main), validated by the schema main uses.
import type { LostReason } from '@shared/domain/deals';
import { type LostReasonsInput, lostReasonsInput } from '@shared/validation/deals';
import { z } from 'zod';

export interface LostReasonRow {
  /** null for a reason added here and not saved yet. */
  reasonId: number | null;
  name: string;
  /** Still under its default (translated) name: left empty, it keeps it. */
  usesDefaultName: boolean;
  defaultKey: string | null;
}

export interface LostReasonsFormValues {
  reasons: LostReasonRow[];
}

export const reasonToRow = (r: LostReason): LostReasonRow => ({
  reasonId: r.id,
  name: r.name ?? '',
  usesDefaultName: r.name === null && r.defaultKey !== null,
  defaultKey: r.defaultKey,
});

export const lostReasonsToForm = (reasons: readonly LostReason[]): LostReasonsFormValues => ({
  reasons: reasons.filter((r) => !r.archived).map(reasonToRow),
});

export function formToLostReasonsInput(values: LostReasonsFormValues): LostReasonsInput {
  return {
    reasons: values.reasons.map((r) => ({
      id: r.reasonId,
      name: r.usesDefaultName && r.name.trim() === '' ? null : r.name,
    })),
  };
}

/** Same paths as lostReasonsInput (reasons.N.name), so its messages land on the right inputs. */
export const lostReasonsFormSchema = z
  .custom<LostReasonsFormValues>()
  .transform(formToLostReasonsInput)
  .pipe(lostReasonsInput);
