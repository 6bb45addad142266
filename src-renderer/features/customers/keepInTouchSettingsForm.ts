// Settings → Keep in touch as a form: the contract's ranges (src-shared/validation/customers.ts), with messages
// that say them; a segment's days are typed as text, blank meaning "never list this segment".
import { SEGMENTS, type KeepInTouchDays, type Segment } from '@shared/customers/segments';
import { keepInTouchDaysInput, lapsedAfterDaysInput } from '@shared/validation/customers';
import { z } from 'zod';

const segmentDays = keepInTouchDaysInput.shape.champions;

const segmentDaysText = z
  .string()
  .refine((v) => v.trim() === '' || (/^\d+$/.test(v.trim()) && segmentDays.safeParse(Number(v.trim())).success), {
    error: 'keepInTouch.settings.segmentRange',
  });

export const keepInTouchSettingsForm = z.object({
  lapsedAfterDays: z
    .number({ error: 'keepInTouch.settings.lapsedRange' })
    .refine((n) => lapsedAfterDaysInput.safeParse(n).success, { error: 'keepInTouch.settings.lapsedRange' }),
  days: z.object(
    Object.fromEntries(SEGMENTS.map((s) => [s, segmentDaysText])) as Record<Segment, typeof segmentDaysText>,
  ),
});
export type KeepInTouchSettingsValues = z.infer<typeof keepInTouchSettingsForm>;

export function toFormValues(lapsedAfterDays: number, days: KeepInTouchDays): KeepInTouchSettingsValues {
  return {
    lapsedAfterDays,
    days: Object.fromEntries(SEGMENTS.map((s) => [s, days[s] === null ? '' : String(days[s])])) as Record<
      Segment,
      string
    >,
  };
}

export function fromFormValues(values: KeepInTouchSettingsValues): {
  lapsedAfterDays: number;
  keepInTouchDays: KeepInTouchDays;
} {
  return {
    lapsedAfterDays: values.lapsedAfterDays,
    keepInTouchDays: Object.fromEntries(
      SEGMENTS.map((s) => [s, values.days[s].trim() === '' ? null : Number(values.days[s].trim())]),
    ) as KeepInTouchDays,
  };
}
