// What the calls of "Customers at a glance" accept: whose figures (people or companies) and over which span.
import { z } from 'zod';
import { dateValue } from './deals';

export const customerKind = z.enum(['contact', 'company']);

/** The Monday a run of weeks starts on (weeks start on Monday, on the computer's calendar). */
export const weekStart = dateValue.refine((day) => new Date(`${day}T00:00:00Z`).getUTCDay() === 1, {
  error: 'validation.date',
});

/** A run of whole weeks: up to two years and a bit. */
export const weekSpan = { fromWeek: weekStart, weeks: z.number().int().min(1).max(106) };
