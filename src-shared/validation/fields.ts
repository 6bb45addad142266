// Field-level rules shared by the forms (react-hook-form resolver) and main (contract validation).
import { z } from 'zod';

const MAX_SHORT = 200;
const MAX_LONG = 20_000;

/**
 * How Rapport stores text, everywhere (forms, imports): one-line fields have every run of whitespace (line
 * breaks, no-break spaces) made one space and are trimmed; multi-line fields (notes, streets) keep their line
 * breaks as \n, lose trailing spaces on each line, and are trimmed. Because stored text is already in this
 * form, exporting and importing it again changes nothing.
 */
export function oneLine(value: string): string {
  return value.replace(/\s+/g, ' ').trim();
}
export function manyLines(value: string): string {
  return value
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.replace(/[ \t\u00a0]+$/, ''))
    .join('\n')
    .trim();
}

export const shortText = (max = MAX_SHORT) => z.string().overwrite(oneLine).max(max, { error: 'validation.tooLong' });
export const longText = (max = MAX_LONG) => z.string().overwrite(manyLines).max(max, { error: 'validation.tooLong' });

const PHONE_RE = /^\+?[\d\s\-()./]+((\s*(ext\.?|x|#|转)\s*)\d{1,6})?$/i;

/** True when the text looks like a phone number a person would write, in any common format. */
export function isPlausiblePhone(value: string): boolean {
  const main = value.replace(/(ext\.?|x|#|转)\s*\d{1,6}$/i, '');
  const digits = main.replace(/\D/g, '').length;
  return PHONE_RE.test(value.trim()) && digits >= 3 && digits <= 20;
}

export const phoneValue = z
  .string()
  .trim()
  .min(1, { error: 'validation.required' })
  .max(40, { error: 'validation.tooLong' })
  .refine(isPlausiblePhone, { error: 'validation.phone' });

export const emailValue = z
  .string()
  .trim()
  .min(1, { error: 'validation.required' })
  .max(254, { error: 'validation.tooLong' })
  .pipe(z.email({ error: 'validation.email' }));

/** "YYYY-MM-DD" (a real calendar day) or "--MM-DD" (a birthday without a year). */
export function isValidDateOrMonthDay(value: string): boolean {
  const full = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const noYear = /^--(\d{2})-(\d{2})$/.exec(value);
  const [y, m, d] = full
    ? [Number(full[1]), Number(full[2]), Number(full[3])]
    : noYear
      ? [2000, Number(noYear[1]), Number(noYear[2])] // a leap year, so --02-29 is accepted
      : [NaN, NaN, NaN];
  if (!Number.isInteger(y) || m < 1 || m > 12 || d < 1) return false;
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCMonth() === m - 1 && date.getUTCDate() === d && y >= 1000;
}

export const birthdayValue = z.string().trim().refine(isValidDateOrMonthDay, { error: 'validation.date' });

export const countryCode = z
  .string()
  .trim()
  .transform((v) => v.toUpperCase())
  .refine((v) => v === '' || /^[A-Z]{2}$/.test(v), { error: 'validation.country' });

export const tagValue = z
  .string()
  .trim()
  .min(1, { error: 'validation.required' })
  .max(60, { error: 'validation.tooLong' })
  .refine((v) => !/[;,\n\r]/.test(v), { error: 'validation.tag' });

export const websiteValue = z
  .string()
  .trim()
  .max(300, { error: 'validation.tooLong' })
  .refine((v) => v === '' || /^(https?:\/\/)?[^\s/$.?#]+\.[^\s]+$/i.test(v), { error: 'validation.url' });

export const isoInstant = z.iso.datetime({ offset: true, error: 'validation.date' });

export const id = z.number().int().positive();
