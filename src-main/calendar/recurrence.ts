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

const parsedRules = new Map<string, ICAL.Recur>();

/** Rules parsed once: a calendar full of "every week" items shares one (an iterator never changes its rule). */
function parsedRule(rrule: string): ICAL.Recur {
  let rule = parsedRules.get(rrule);
  if (!rule) {
    rule = ICAL.Recur.fromString(rrule);
    if (parsedRules.size > 1000) parsedRules.clear();
    parsedRules.set(rrule, rule);
  }
  return rule;
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

const WEEKDAY_CODES = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'];
const dayNumber = (local: string) =>
  Date.UTC(+local.slice(0, 4), +local.slice(5, 7) - 1, +local.slice(8, 10)) / 86_400_000;
const dayString = (day: number) => new Date(day * 86_400_000).toISOString().slice(0, 10);

/** A daily or weekly rule made only of FREQ, INTERVAL, BYDAY, WKST and a floating UNTIL: the rules the form
 *  writes most, and whose occurrences can be found by arithmetic on day numbers instead of a walk. */
interface PeriodicRule {
  weekly: boolean;
  interval: number;
  /** Weekdays (0 = Sunday); for a weekly rule without BYDAY, the start's. */
  days: Set<number>;
  weekStart: number;
  /** Inclusive last moment, as a wall-clock string with seconds ("2027-01-31T23:59:59"); null for none. */
  until: string | null;
}

function periodicRule(series: Series): PeriodicRule | null {
  const parts = new Map<string, string>();
  for (const part of series.rrule!.toUpperCase().split(';')) {
    const [key, value] = part.split('=');
    if (!key || value === undefined || parts.has(key)) return null;
    parts.set(key, value);
  }
  const freq = parts.get('FREQ');
  if (freq !== 'DAILY' && freq !== 'WEEKLY') return null;
  if (![...parts.keys()].every((k) => ['FREQ', 'INTERVAL', 'BYDAY', 'WKST', 'UNTIL'].includes(k))) return null;
  if (freq === 'DAILY' && parts.has('BYDAY')) return null;
  const interval = Number(parts.get('INTERVAL') ?? '1');
  if (!Number.isInteger(interval) || interval < 1) return null;
  const byDay = parts
    .get('BYDAY')
    ?.split(',')
    .map((d) => WEEKDAY_CODES.indexOf(d));
  const weekStart = WEEKDAY_CODES.indexOf(parts.get('WKST') ?? 'MO');
  if (byDay?.some((d) => d < 0) || weekStart < 0) return null;
  let until: string | null = null;
  const rawUntil = parts.get('UNTIL');
  if (rawUntil !== undefined) {
    // Only a floating UNTIL (what Rapport writes); UTC or date-only ones are left to ical.js's reading.
    const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})$/.exec(rawUntil);
    if (!m || series.allDay) return null;
    until = `${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6]}`;
  }
  const days = new Set(byDay ?? [new Date(dayNumber(series.startLocal) * 86_400_000).getUTCDay()]);
  return { weekly: freq === 'WEEKLY', interval, days, weekStart, until };
}

/** The starts of a periodic rule from day `fromDay` on: every day the rule matches, at the first start's time
 *  (a first start off the rule's days is not an occurrence: ical.js reads RFC 5545 so, and so does Rapport). */
function* periodicStarts(series: Series, rule: PeriodicRule, fromDay: number): Generator<string> {
  const first = dayNumber(series.startLocal);
  const time = series.startLocal.slice(10); // "" or "T09:00"
  // Day 0 (1970-01-01) was a Thursday: weekday = (day + 4) % 7; a week starts on rule.weekStart.
  const weekOf = (day: number) => Math.floor((day - ((((day + 4 - rule.weekStart) % 7) + 7) % 7)) / 7);
  const firstWeek = weekOf(first);
  const untilDay = rule.until === null ? Infinity : dayNumber(rule.until);
  for (let day = Math.max(first, fromDay), steps = 0; steps < MAX_STEPS * 7; day++, steps++) {
    if (day > untilDay) return;
    // Numbers first: the strings are made only for the days that are occurrences.
    const matches = rule.weekly
      ? rule.days.has((((day + 4) % 7) + 7) % 7) && (weekOf(day) - firstWeek) % rule.interval === 0
      : (day - first) % rule.interval === 0;
    if (!matches) continue;
    const local = `${dayString(day)}${time}`;
    if (rule.until !== null && `${local}:00` > rule.until) return;
    yield local;
  }
}

/** The series' starts as ical.js walks them, from the first: the reference the shortcuts are tested against. */
export function* seriesStartsByWalking(series: Series): Generator<string> {
  if (series.rrule === null) {
    yield series.startLocal;
    return;
  }
  const iterator = parsedRule(series.rrule).iterator(icalTime(series.startLocal));
  for (let step = 0; step < MAX_STEPS; step++) {
    const next = iterator.next();
    if (!next) return;
    yield localOf(next);
  }
}

/**
 * The series' own starts, in order (before exceptions), from the first — or, when `fromLocal` is given, from
 * at least the occurrences starting on or after that day (earlier ones may be skipped). Daily and weekly
 * rules are worked out by arithmetic (a week view of 250 weekly items took 14 ms walking with ical.js); the
 * rest are walked.
 */
const periodicRules = new Map<string, PeriodicRule | null>();

/** periodicRule, remembered: a week view asks it for the same few hundred series on every refetch. */
function cachedPeriodicRule(series: Series): PeriodicRule | null {
  const key = `${series.rrule}|${series.startLocal}|${series.allDay}`;
  let rule = periodicRules.get(key);
  if (rule === undefined) {
    rule = periodicRule(series);
    if (periodicRules.size > 10_000) periodicRules.clear();
    periodicRules.set(key, rule);
  }
  return rule;
}

export function* seriesStarts(series: Series, fromLocal?: string): Generator<string> {
  const rule = series.rrule === null ? null : cachedPeriodicRule(series);
  if (rule) yield* periodicStarts(series, rule, fromLocal === undefined ? -Infinity : dayNumber(fromLocal));
  else yield* seriesStartsByWalking(series);
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
  // Occurrences starting up to the item's length before `fromLocal` can still overlap it.
  const walkFrom = addDays(
    fromLocal.slice(0, 10),
    -Math.ceil(wallMinutesBetween(series.startLocal, series.endLocal) / 1440) - 1,
  );
  for (const start of seriesStarts(series, walkFrom)) {
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
  // Occurrences whose reminder is due after `after` start after it (in any zone: a day of slack) plus the offset.
  const walkFrom = addDays(after.toISOString().slice(0, 10), Math.floor(minutesBefore / 1440) - 2);
  for (const start of seriesStarts(series, walkFrom)) {
    const exception = byStart.get(start);
    if (exception?.startLocal != null && exception.startLocal !== start) continue;
    // Unmoved occurrences come in order, so the first one due after `after` is the series' next.
    if (consider(applied(series, start, exception))) break;
  }
  return best;
}
