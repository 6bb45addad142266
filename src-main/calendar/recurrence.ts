// The occurrences of a calendar item, counted on the wall clock: ical.js walks the RRULE over floating times
// (no zone), exceptions are applied (cancelled, moved, ticked off), and only callers that need instants turn
// them into instants (wallClock.ts). One-off items are a series of one.
import ICAL from 'ical.js';
import { addDays, addWallMinutes, instantOf, LOCAL_DATE, wallMinutesBetween } from './wallClock';

export interface Series {
  allDay: boolean;
  /** "YYYY-MM-DDTHH:mm", or "YYYY-MM-DD" when all day. */
  startLocal: string;
  /** Exclusive; for all-day items the day after the last day. */
  endLocal: string;
  /** RFC 5545 RRULE value, or null for a one-off item. */
  rrule: string | null;
}

export interface SeriesException {
  /** The start the occurrence had in the series (its identity). */
  occurrenceLocal: string;
  cancelled: boolean;
  /** Where it was moved to, when it was. */
  startLocal: string | null;
  endLocal: string | null;
  doneAt: string | null;
}

export interface Occurrence {
  occurrenceLocal: string;
  startLocal: string;
  endLocal: string;
  doneAt: string | null;
  moved: boolean;
}

/** Past this many steps a walk stops: a rule that yields nothing in 50,000 steps is a broken rule. */
const MAX_STEPS = 50_000;

function icalTime(local: string): ICAL.Time {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}))?$/.exec(local);
  if (!m) throw new Error(`Not a wall-clock time: ${local}`);
  const isDate = m[4] === undefined;
  return ICAL.Time.fromData({
    year: Number(m[1]),
    month: Number(m[2]),
    day: Number(m[3]),
    hour: isDate ? 0 : Number(m[4]),
    minute: isDate ? 0 : Number(m[5]),
    second: 0,
    isDate,
  });
}

function localOf(time: ICAL.Time): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  const date = `${time.year}-${pad(time.month)}-${pad(time.day)}`;
  return time.isDate ? date : `${date}T${pad(time.hour)}:${pad(time.minute)}`;
}

/** Checks that an RRULE value can be walked; returns a message saying what is wrong, or null. */
export function rruleProblem(rrule: string): string | null {
  try {
    const recur = ICAL.Recur.fromString(rrule);
    if (!recur.freq) return 'The repeat rule has no FREQ.';
    return null;
  } catch (error) {
    return `The repeat rule cannot be read: ${error instanceof Error ? error.message : String(error)}`;
  }
}

/** The series' own starts, in order (before exceptions), from the first. */
export function* seriesStarts(series: Series): Generator<string> {
  if (series.rrule === null) {
    yield series.startLocal;
    return;
  }
  const iterator = ICAL.Recur.fromString(series.rrule).iterator(icalTime(series.startLocal));
  for (let step = 0; step < MAX_STEPS; step++) {
    const next = iterator.next();
    if (!next) return;
    yield localOf(next);
  }
}

/** Moves a start by the series' length: the matching end. */
function endFor(series: Series, startLocal: string): string {
  if (series.allDay) {
    const days = Math.round(wallMinutesBetween(series.startLocal, series.endLocal) / 1440);
    return addDays(startLocal, days);
  }
  return addWallMinutes(startLocal, wallMinutesBetween(series.startLocal, series.endLocal));
}

function applied(series: Series, start: string, exception: SeriesException | undefined): Occurrence | null {
  if (exception?.cancelled) return null;
  const startLocal = exception?.startLocal ?? start;
  return {
    occurrenceLocal: start,
    startLocal,
    endLocal: exception?.endLocal ?? endFor(series, startLocal),
    doneAt: exception?.doneAt ?? null,
    moved: exception?.startLocal != null && exception.startLocal !== start,
  };
}

/**
 * The occurrences that overlap [fromLocal, toLocal) on the wall clock (moved ones where they were moved to),
 * sorted by start. Bounds compare as strings, so dates and times mix correctly ("2026-11-23" < "2026-11-23T00:00").
 */
export function occurrencesBetween(
  series: Series,
  exceptions: readonly SeriesException[],
  fromLocal: string,
  toLocal: string,
): Occurrence[] {
  const byStart = new Map(exceptions.map((e) => [e.occurrenceLocal, e]));
  const found: Occurrence[] = [];
  const overlaps = (o: Occurrence) => o.startLocal < toLocal && (o.endLocal > fromLocal || o.startLocal >= fromLocal);
  for (const start of seriesStarts(series)) {
    if (start >= toLocal) break;
    const exception = byStart.get(start);
    if (exception?.startLocal != null && exception.startLocal !== start) continue; // listed where it went
    const occurrence = applied(series, start, exception);
    if (occurrence && overlaps(occurrence)) found.push(occurrence);
  }
  for (const exception of exceptions) {
    if (exception.cancelled || exception.startLocal == null || exception.startLocal === exception.occurrenceLocal)
      continue;
    const occurrence = applied(series, exception.occurrenceLocal, exception);
    if (occurrence && overlaps(occurrence)) found.push(occurrence);
  }
  return found.sort((a, b) => (a.startLocal < b.startLocal ? -1 : a.startLocal > b.startLocal ? 1 : 0));
}

/** All-day items remind relative to 9 o'clock on their day ("1 day before" is 9:00 the day before). */
export const ALL_DAY_REMINDER_TIME = 'T09:00';

/** When a reminder `minutesBefore` an occurrence starting at `startLocal` is due, as an instant. */
export function reminderDueAt(startLocal: string, zone: string, minutesBefore: number): Date {
  const anchor = LOCAL_DATE.test(startLocal) ? `${startLocal}${ALL_DAY_REMINDER_TIME}` : startLocal;
  return new Date(instantOf(anchor, zone).getTime() - minutesBefore * 60_000);
}

export interface NextReminder {
  occurrenceLocal: string;
  startLocal: string;
  dueAt: Date;
}

/**
 * The first occurrence whose reminder falls after `after`, skipping cancelled and ticked-off ones (moved ones
 * count where they were moved to); null when the series has no more.
 */
export function nextReminder(
  series: Series,
  exceptions: readonly SeriesException[],
  zone: string,
  minutesBefore: number,
  after: Date,
): NextReminder | null {
  const byStart = new Map(exceptions.map((e) => [e.occurrenceLocal, e]));
  let best: NextReminder | null = null;
  const consider = (occurrence: Occurrence | null) => {
    if (!occurrence || occurrence.doneAt !== null) return false;
    const dueAt = reminderDueAt(occurrence.startLocal, zone, minutesBefore);
    if (dueAt.getTime() <= after.getTime()) return false;
    if (!best || dueAt.getTime() < best.dueAt.getTime())
      best = { occurrenceLocal: occurrence.occurrenceLocal, startLocal: occurrence.startLocal, dueAt };
    return true;
  };
  for (const exception of exceptions) {
    if (exception.startLocal != null && exception.startLocal !== exception.occurrenceLocal)
      consider(applied(series, exception.occurrenceLocal, exception));
  }
  for (const start of seriesStarts(series)) {
    const exception = byStart.get(start);
    if (exception?.startLocal != null && exception.startLocal !== start) continue;
    // Unmoved occurrences come in order, so the first one due after `after` is the series' next.
    if (consider(applied(series, start, exception))) break;
  }
  return best;
}
