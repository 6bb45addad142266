// What a calendar item must be before main stores it (the form shows the same rules as you type).
import { z } from 'zod';
import { EVENT_KINDS, WEEKDAYS } from '../domain/calendar';
import { id, longText, shortText } from './fields';

const LOCAL_TIME = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])T([01]\d|2[0-3]):[0-5]\d$/;
const LOCAL_DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

/** A real calendar date (no 31 February). */
function realDate(local: string): boolean {
  const [y, m, d] = local.slice(0, 10).split('-').map(Number);
  const date = new Date(Date.UTC(y!, m! - 1, d!));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m! - 1 && date.getUTCDate() === d;
}

const wallTime = z.string().refine((v) => (LOCAL_TIME.test(v) || LOCAL_DATE.test(v)) && realDate(v), {
  error: 'validation.dateTime',
});

/** Up to a year before: "1 week before" is 10080. */
export const MAX_REMINDER_MINUTES = 525_600;

const repeatEnd = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('never') }),
  z.object({ kind: z.literal('until'), date: z.string().regex(LOCAL_DATE, { error: 'validation.date' }) }),
  z.object({ kind: z.literal('count'), count: z.number().int().min(1).max(999) }),
]);

export const repeatInput = z.union([
  z.object({
    freq: z.enum(['daily', 'weekly', 'monthly', 'yearly']),
    interval: z.number().int().min(1).max(99),
    weekdays: z.array(z.enum(WEEKDAYS)).max(7),
    monthlyBy: z.enum(['date', 'weekday']),
    end: repeatEnd,
  }),
  z.object({ freq: z.literal('custom'), rrule: z.string().min(1).max(500) }),
]);

const minutes = (a: string, b: string) =>
  (Date.parse(`${b.length === 10 ? `${b}T00:00` : b}Z`) - Date.parse(`${a.length === 10 ? `${a}T00:00` : a}Z`)) /
  60_000;

export const eventInput = z
  .object({
    kind: z.enum(EVENT_KINDS),
    title: shortText(200).min(1, { error: 'validation.required' }),
    allDay: z.boolean(),
    start: wallTime,
    end: wallTime,
    /** IANA zone; main uses the computer's when absent. */
    timeZone: z.string().max(64).optional(),
    location: shortText(300),
    notes: longText(),
    repeat: repeatInput.nullable(),
    reminders: z
      .array(z.number().int().min(0).max(MAX_REMINDER_MINUTES))
      .max(5)
      .refine((r) => new Set(r).size === r.length, { error: 'validation.duplicateReminder' }),
    contactIds: z.array(id).max(50),
    companyIds: z.array(id).max(50),
    dealIds: z.array(id).max(50).default([]),
  })
  .superRefine((e, ctx) => {
    const dates = e.start.length === 10 && e.end.length === 10;
    const times = e.start.length === 16 && e.end.length === 16;
    if (e.allDay ? !dates : !times) {
      ctx.addIssue({ code: 'custom', path: ['end'], message: 'validation.dateTime' });
      return;
    }
    const length = minutes(e.start, e.end);
    if (length <= 0 && !(length === 0 && e.kind === 'task')) {
      ctx.addIssue({ code: 'custom', path: ['end'], message: 'validation.endBeforeStart' });
    } else if (length > 366 * 1440) {
      ctx.addIssue({ code: 'custom', path: ['end'], message: 'validation.tooLongEvent' });
    }
    if (e.repeat?.freq !== undefined && e.repeat.freq !== 'custom' && e.repeat.end.kind === 'until') {
      if (e.repeat.end.date < e.start.slice(0, 10))
        ctx.addIssue({ code: 'custom', path: ['repeat', 'end'], message: 'validation.repeatEndsBeforeStart' });
    }
  });
export type EventInput = z.infer<typeof eventInput>;
