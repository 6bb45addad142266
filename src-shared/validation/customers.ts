// What the keep-in-touch settings and customer calls accept; main checks it again.
import { z } from 'zod';
import { SEGMENTS, type KeepInTouchDays } from '../customers/segments';

/** Days after the last purchase that a customer is suggested as lapsed: a month to five years. */
export const lapsedAfterDaysInput = z.number().int().min(30).max(1826);

const segmentDays = z.number().int().min(1).max(730).nullable();
/** Per segment, days without contact before a customer is due a call (null: never listed). */
export const keepInTouchDaysInput = z.object(
  Object.fromEntries(SEGMENTS.map((s) => [s, segmentDays])) as Record<keyof KeepInTouchDays, typeof segmentDays>,
);

export const segmentList = z.array(z.enum(SEGMENTS)).max(SEGMENTS.length);
