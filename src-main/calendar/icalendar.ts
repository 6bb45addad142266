// The calendar as iCalendar (RFC 5545) files: exported for Outlook, Google Calendar and Apple Calendar, and
// read back from them. ical.js parses and writes the text (folding, escaping, CRLF); this module maps between
// its components and Rapport's items.
//
// Export: one VEVENT per item (a VTODO for tasks and follow-ups), with its repeat as RRULE, cancelled
// occurrences as EXDATE, moved (or ticked-off) occurrences as their own component with RECURRENCE-ID, and
// reminders as VALARM. Timed items carry their IANA zone as TZID plus a VTIMEZONE worked out from that zone's
// transitions (Outlook reads times by the VTIMEZONE, not by the name). UIDs are "rapport-event-<id>@rapport.local",
// so a file exported twice describes the same items, and importing Rapport's own export again adds nothing.
//
// Import: everything is read, mapped and validated first; then the items are written in ONE transaction (all or
// nothing). A broken file is refused as a whole with the line that is wrong; a bad item is skipped with a
// warning naming it; what Rapport cannot keep (a changed title for one occurrence, extra dates) is said in a
// warning rather than dropped silently. Times land on the wall clock of a zone Rapport knows: the file's IANA
// zone, or the IANA zone for Outlook's Windows zone names, or — converted through the file's own VTIMEZONE, or
// from UTC — the computer's.
import ICAL from 'ical.js';
import type { Kysely, Transaction } from 'kysely';
import { DateTime, IANAZone, type Zone } from 'luxon';
import { RapportError } from '@shared/api/result';
import type { IcsImportSummary, IcsImportWarning } from '@shared/domain/calendar';
import { EVENT_KINDS, type EventKind } from '@shared/domain/calendar';
import { eventInput, MAX_REMINDER_MINUTES, type EventInput } from '@shared/validation/calendar';
import { manyLines, oneLine } from '@shared/validation/fields';
import { validationMessageEn } from '@shared/validation/messages';
import type { AppContext } from '../context';
import { nowIso } from '../context';
import { insertMany, insertManyReturningIds } from '../db/insertMany';
import type { Database } from '../db/schema';
import { decodeBytes, detectEncoding } from '../imports/textDecoding';
import { zoneOf } from '../ports';
import { replanEvents, seriesOf } from '../reminders/reminderPlanner';
import { exceptionsOf, linksOf, remindersOf, type EventRow } from './calendarRepository';
import { ALL_DAY_REMINDER_TIME, rruleProblem, seriesStarts, type Series, type SeriesException } from './recurrence';
import { addDays, addWallMinutes, instantOf, localDateOf, localTimeOf, wallMinutesBetween } from './wallClock';

type Db = Kysely<Database> | Transaction<Database>;

export const ICS_PRODID = '-//Rapport//Rapport CRM//EN';
/** Calendar files are parsed whole into objects several times their size; past this, refuse before reading. */
export const MAX_ICS_BYTES = 50 * 1024 * 1024;

const UID_DOMAIN = 'rapport.local';
const RAPPORT_UID = /^rapport-event-(\d+)@rapport\.local$/i;
export const uidOfEvent = (id: number) => `rapport-event-${id}@${UID_DOMAIN}`;

/** RFC 5545 §3.1: lines of at most 75 octets. ical.js counts 75 without the continuation line's leading space,
 *  so it is told 74 while it writes (a module setting, restored at once: stringify is synchronous). */
const FOLD_OCTETS = 74;

const isDoable = (kind: EventKind) => kind === 'task' || kind === 'follow_up';

/** Rows are read by id in slices: SQLite limits the variables of one statement. */
async function inSlices<T>(ids: number[], read: (slice: number[]) => Promise<T[]>): Promise<T[]> {
  const all: T[] = [];
  for (let i = 0; i < ids.length; i += 500) all.push(...(await read(ids.slice(i, i + 500))));
  return all;
}

// ---------------------------------------------------------------------------------------------------------------
// Export
// ---------------------------------------------------------------------------------------------------------------

export interface IcsExportOptions {
  /** "YYYY-MM-DD" on the computer's calendar: only items with an occurrence on or after this day. */
  from?: string;
  /** "YYYY-MM-DD", inclusive: only items with an occurrence on or before this day. */
  to?: string;
  /** Only these items (one event: "export as .ics" from its dialog). */
  eventIds?: number[];
}

const DATE_ONLY = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

/** A real "YYYY-MM-DD" date (no 31 February). */
export function isIsoDate(value: string): boolean {
  return DATE_ONLY.test(value) && DateTime.fromISO(value).isValid;
}

/** The calendar (or some of it) as the text of an .ics file. */
export async function exportIcs(ctx: AppContext, options: IcsExportOptions = {}): Promise<string> {
  return (await exportCalendar(ctx, options)).text;
}

/** The .ics text and how many items it holds (the CLI says so). */
export async function exportCalendar(
  ctx: AppContext,
  options: IcsExportOptions = {},
): Promise<{ text: string; count: number }> {
  for (const [name, value] of [
    ['from', options.from],
    ['to', options.to],
  ] as const) {
    if (value !== undefined && !isIsoDate(value))
      throw new RapportError('invalid_input', `The ${name} date must be a date like 2026-11-23 (got "${value}").`);
  }
  if (options.from !== undefined && options.to !== undefined && options.to < options.from)
    throw new RapportError('invalid_input', `The range ends (${options.to}) before it starts (${options.from}).`);

  const db = ctx.readDb;
  const here = zoneOf(ctx.clock);
  let query = db.selectFrom('event').selectAll().where('deleted_at', 'is', null);
  if (options.eventIds !== undefined) query = query.where('id', 'in', [...options.eventIds, -1]);
  const allRows = await query.orderBy('id').execute();
  const exceptions = new Map<number, SeriesException[]>();
  for (const [id, list] of await inSlices(
    allRows.map((r) => r.id),
    async (ids) => [...(await exceptionsOf(db, ids))],
  ))
    exceptions.set(id, list);
  const bounds = rangeBounds(options.from, options.to, here);
  const rows = allRows.filter(
    (row) =>
      (options.from === undefined && options.to === undefined) ||
      inRange(row, exceptions.get(row.id) ?? [], bounds(row)),
  );
  const ids = rows.map((r) => r.id);
  const reminders = await inSlices(ids, (slice) => remindersOf(db, slice));
  const links = await inSlices(ids, (slice) => linksOf(db, slice));

  const calendar = new ICAL.Component(['vcalendar', [], []]);
  calendar.addPropertyWithValue('prodid', ICS_PRODID);
  calendar.addPropertyWithValue('version', '2.0');
  calendar.addPropertyWithValue('calscale', 'GREGORIAN');
  calendar.addPropertyWithValue('method', 'PUBLISH');
  calendar.addPropertyWithValue('x-wr-calname', 'Rapport');
  calendar.addPropertyWithValue('x-wr-timezone', here);

  const stamp = ICAL.Time.fromJSDate(ctx.clock.now(), true);
  const nowYear = ctx.clock.now().getUTCFullYear();
  const lastYearWanted = Math.max(nowYear, Number((options.to ?? '0').slice(0, 4)));
  for (const [zone, years] of zoneYears(rows, lastYearWanted)) calendar.addSubcomponent(vtimezone(zone, years));
  const minutesByEvent = groupBy(reminders, (r) => r.minutes_before);
  const namesByEvent = groupBy(links, (l) => l.name);
  for (const row of rows) {
    const parts = {
      exceptions: exceptions.get(row.id) ?? [],
      reminders: minutesByEvent.get(row.id) ?? [],
      names: namesByEvent.get(row.id) ?? [],
      stamp,
    };
    for (const component of itemComponents(row, parts)) calendar.addSubcomponent(component);
  }
  return { text: stringify(calendar), count: rows.length };
}

/** Values per event id, in the order read. */
function groupBy<T extends { event_id: number }, V>(rows: T[], value: (row: T) => V): Map<number, V[]> {
  const grouped = new Map<number, V[]>();
  for (const row of rows) {
    const list = grouped.get(row.event_id);
    if (list) list.push(value(row));
    else grouped.set(row.event_id, [value(row)]);
  }
  return grouped;
}

function stringify(calendar: ICAL.Component): string {
  const settings = ICAL as unknown as { foldLength: number; newLineChar: string };
  const saved = [settings.foldLength, settings.newLineChar] as const;
  settings.foldLength = FOLD_OCTETS;
  settings.newLineChar = '\r\n';
  try {
    const text = ICAL.stringify(calendar.toJSON() as Parameters<typeof ICAL.stringify>[0]);
    return text.endsWith('\r\n') ? text : `${text}\r\n`;
  } finally {
    [settings.foldLength, settings.newLineChar] = saved;
  }
}

/**
 * The range [from, to] (days on the computer's calendar, `to` inclusive) on an item's wall clock: dates for
 * all-day items (they float), times in the item's zone for timed ones. Worked out once per zone.
 */
function rangeBounds(from: string | undefined, to: string | undefined, here: string) {
  const byZone = new Map<string, { lower?: string; upper?: string }>();
  const end = to === undefined ? undefined : addDays(to, 1);
  return (row: EventRow): { lower?: string; upper?: string } => {
    if (row.all_day === 1) return { lower: from, upper: end };
    let bounds = byZone.get(row.time_zone);
    if (!bounds) {
      const inZone = (date: string | undefined) =>
        date === undefined
          ? undefined
          : row.time_zone === here
            ? `${date}T00:00`
            : localTimeOf(instantOf(`${date}T00:00`, here), row.time_zone);
      bounds = { lower: inZone(from), upper: inZone(end) };
      byZone.set(row.time_zone, bounds);
    }
    return bounds;
  };
}

/** Whether any occurrence of the item (where it is after moves; not cancelled ones) falls in [lower, upper). */
function inRange(
  row: EventRow,
  exceptions: readonly SeriesException[],
  { lower, upper }: { lower?: string; upper?: string },
): boolean {
  const series = seriesOf(row);
  const overlaps = (start: string, end: string) =>
    (upper === undefined || start < upper) && (lower === undefined || end > lower || start >= lower);
  for (const e of exceptions)
    if (!e.cancelled && e.startLocal !== null && e.endLocal !== null && overlaps(e.startLocal, e.endLocal)) return true;
  const byStart = new Map(exceptions.map((e) => [e.occurrenceLocal, e]));
  // Occurrences starting up to the item's length before the range can still reach into it.
  const walkFrom =
    lower === undefined
      ? undefined
      : addDays(lower.slice(0, 10), -Math.ceil(wallMinutesBetween(series.startLocal, series.endLocal) / 1440) - 1);
  for (const start of seriesStarts(series, walkFrom)) {
    if (upper !== undefined && start >= upper) return false;
    const exception = byStart.get(start);
    if (exception?.cancelled || (exception?.startLocal != null && exception.startLocal !== start)) continue;
    if (overlaps(start, endFor(series, start))) return true;
  }
  return false;
}

/** The end of the occurrence starting at `start`: the series' length later. */
function endFor(series: Series, start: string): string {
  const minutes = wallMinutesBetween(series.startLocal, series.endLocal);
  return series.allDay ? addDays(start, Math.round(minutes / 1440)) : addWallMinutes(start, minutes);
}

/** A floating ICAL.Time for a wall-clock time or date (the TZID parameter says the zone). */
function icalTime(local: string): ICAL.Time {
  const isDate = local.length === 10;
  return ICAL.Time.fromData({
    year: Number(local.slice(0, 4)),
    month: Number(local.slice(5, 7)),
    day: Number(local.slice(8, 10)),
    hour: isDate ? 0 : Number(local.slice(11, 13)),
    minute: isDate ? 0 : Number(local.slice(14, 16)),
    second: 0,
    isDate,
  });
}

const utcTime = (instant: Date) => ICAL.Time.fromJSDate(instant, true);

function timeProperty(name: string, local: string, row: EventRow): ICAL.Property {
  const property = new ICAL.Property(name);
  property.setValue(icalTime(local));
  if (row.all_day === 0) property.setParameter('tzid', row.time_zone);
  return property;
}

/**
 * The RRULE as other calendars expect it: RFC 5545 wants UNTIL in UTC when DTSTART has a TZID, and a date when
 * DTSTART is a date. Rapport stores it on the item's wall clock ("UNTIL=20270131T235959"), so it is converted.
 */
function exportedRule(row: EventRow): ICAL.Recur {
  const rule = ICAL.Recur.fromString(row.rrule!);
  const until = rule.until;
  if (until && !until.isDate && until.zone !== ICAL.Timezone.utcTimezone) {
    if (row.all_day === 1) {
      rule.until = ICAL.Time.fromData({ year: until.year, month: until.month, day: until.day, isDate: true });
    } else {
      const pad = (n: number) => String(n).padStart(2, '0');
      const wall = `${until.year}-${pad(until.month)}-${pad(until.day)}T${pad(until.hour)}:${pad(until.minute)}`;
      const instant = new Date(instantOf(wall, row.time_zone).getTime() + until.second * 1000);
      rule.until = utcTime(instant);
    }
  }
  return rule;
}

/** Minutes from midnight to the all-day reminder time (9:00). */
const ALL_DAY_OFFSET_MINUTES =
  Number(ALL_DAY_REMINDER_TIME.slice(1, 3)) * 60 + Number(ALL_DAY_REMINDER_TIME.slice(4, 6));

/** A reminder as VALARM. All-day items remind relative to 9 o'clock on their day; a VALARM counts from midnight. */
function alarm(minutesBefore: number, allDay: boolean, title: string): ICAL.Component {
  const component = new ICAL.Component('valarm');
  component.addPropertyWithValue('action', 'DISPLAY');
  component.addPropertyWithValue('description', title);
  const seconds = -minutesBefore * 60 + (allDay ? ALL_DAY_OFFSET_MINUTES * 60 : 0);
  component.addPropertyWithValue('trigger', ICAL.Duration.fromSeconds(seconds));
  return component;
}

/** The item's components: the master, then one per occurrence moved or ticked off (RECURRENCE-ID). */
function itemComponents(
  row: EventRow,
  parts: { exceptions: SeriesException[]; reminders: number[]; names: string[]; stamp: ICAL.Time },
): ICAL.Component[] {
  const todo = isDoable(row.kind);
  const description = [row.notes, parts.names.length > 0 ? `With: ${parts.names.join(', ')}` : '']
    .filter((s) => s !== '')
    .join('\n\n');

  const base = (start: string, end: string): ICAL.Component => {
    const c = new ICAL.Component(todo ? 'vtodo' : 'vevent');
    c.addPropertyWithValue('uid', uidOfEvent(row.id));
    c.addPropertyWithValue('dtstamp', parts.stamp);
    c.addPropertyWithValue('created', utcTime(new Date(row.created_at)));
    c.addPropertyWithValue('last-modified', utcTime(new Date(row.updated_at)));
    c.addPropertyWithValue('summary', row.title);
    if (row.location !== '') c.addPropertyWithValue('location', row.location);
    if (description !== '') c.addPropertyWithValue('description', description);
    c.addPropertyWithValue('categories', row.kind);
    // A timed task of no length is "due at": DUE alone (RFC 5545 wants DUE after DTSTART when both are given),
    // or DTSTART alone when it repeats (an RRULE needs a DTSTART).
    const instantTask = todo && start === end;
    if (!instantTask || row.rrule !== null) c.addProperty(timeProperty('dtstart', start, row));
    if (!instantTask || row.rrule === null) c.addProperty(timeProperty(todo ? 'due' : 'dtend', end, row));
    return c;
  };
  const done = (c: ICAL.Component, doneAt: string | null) => {
    if (!todo) return;
    c.addPropertyWithValue('status', doneAt === null ? 'NEEDS-ACTION' : 'COMPLETED');
    if (doneAt !== null) {
      c.addPropertyWithValue('completed', utcTime(new Date(doneAt)));
      c.addPropertyWithValue('percent-complete', 100);
    }
  };
  const alarms = (c: ICAL.Component) => {
    for (const m of parts.reminders) c.addSubcomponent(alarm(m, row.all_day === 1, row.title));
  };

  const master = base(row.start_local, row.end_local);
  done(master, row.rrule === null ? row.done_at : null);
  if (row.rrule !== null) {
    master.addPropertyWithValue('rrule', exportedRule(row));
    for (const e of parts.exceptions)
      if (e.cancelled) master.addProperty(timeProperty('exdate', e.occurrenceLocal, row));
  }
  alarms(master);
  const components = [master];
  if (row.rrule === null) return components;

  const series = seriesOf(row);
  for (const e of parts.exceptions) {
    const moved = e.startLocal !== null && (e.startLocal !== e.occurrenceLocal || e.endLocal !== null);
    if (e.cancelled || (!moved && e.doneAt === null)) continue;
    const start = e.startLocal ?? e.occurrenceLocal;
    const override = base(start, e.endLocal ?? endFor(series, start));
    override.addProperty(timeProperty('recurrence-id', e.occurrenceLocal, row));
    done(override, e.doneAt);
    alarms(override);
    components.push(override);
  }
  return components;
}

/** For each zone of a timed item: the years its VTIMEZONE must describe (repeats reach past the last one). */
function zoneYears(rows: EventRow[], lastYearWanted: number): Map<string, { first: number; last: number }> {
  const years = new Map<string, { first: number; last: number }>();
  for (const row of rows) {
    if (row.all_day === 1) continue;
    const first = Number(row.start_local.slice(0, 4));
    let last = Number(row.end_local.slice(0, 4));
    if (row.rrule !== null) {
      const until = /UNTIL=(\d{4})/i.exec(row.rrule);
      last = Math.max(last, until ? Number(until[1]) : lastYearWanted + 1);
    }
    const known = years.get(row.time_zone);
    years.set(row.time_zone, {
      first: Math.min(first, known?.first ?? first),
      last: Math.min(Math.max(last, known?.last ?? last), first + 200),
    });
  }
  return years;
}

interface Transition {
  /** The instant the new offset starts (ms). */
  at: number;
  /** Offsets in minutes east of UTC, before and after. */
  from: number;
  to: number;
}

const DAY_MS = 86_400_000;

/** The zone's offset changes in [fromMs, toMs]: sampled daily, each change then found to the minute. */
function transitionsOf(zone: Zone, fromMs: number, toMs: number): Transition[] {
  const found: Transition[] = [];
  let before = zone.offset(fromMs);
  for (let t = fromMs + DAY_MS; t <= toMs; t += DAY_MS) {
    const offset = zone.offset(t);
    if (offset === before) continue;
    let lo = (t - DAY_MS) / 60_000;
    let hi = t / 60_000;
    while (hi - lo > 1) {
      const mid = Math.floor((lo + hi) / 2);
      if (zone.offset(mid * 60_000) === before) lo = mid;
      else hi = mid;
    }
    found.push({ at: hi * 60_000, from: before, to: offset });
    before = offset;
  }
  return found;
}

const utcOffset = (minutes: number) => ICAL.UtcOffset.fromSeconds(Math.round(minutes) * 60);
const WEEKDAY_CODES = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'] as const;

/**
 * A VTIMEZONE for an IANA zone over the given years, from the zone's own transitions (luxon reads them from the
 * system's tz database). Each run of yearly changes on the same rule ("last Sunday of March at 2:00") becomes one
 * STANDARD or DAYLIGHT with a yearly RRULE — the shape Outlook writes and reads; the run still in force at the
 * end stays open, so repeats beyond the exported years keep the right offsets. A zone without changes gets one
 * STANDARD, as Outlook writes for China Standard Time.
 */
export function vtimezone(zone: string, years: { first: number; last: number }): ICAL.Component {
  // luxon's zone object: an IANA zone, or a fixed offset ("UTC+8"), which the calendar also accepts.
  const iana = DateTime.fromMillis(0, { zone }).zone;
  const component = new ICAL.Component('vtimezone');
  component.addPropertyWithValue('tzid', zone);
  component.addPropertyWithValue('x-lic-location', zone);
  // A year before the first, so the offset in force on its first day is described by a change.
  const transitions = transitionsOf(iana, Date.UTC(years.first - 1, 0, 1), Date.UTC(years.last + 1, 0, 1));
  if (transitions.length === 0) {
    const offset = iana.offset(Date.UTC(years.first, 0, 1));
    const standard = new ICAL.Component('standard');
    standard.addPropertyWithValue('dtstart', ICAL.Time.fromData({ year: 1970, month: 1, day: 1, hour: 0 }));
    standard.addPropertyWithValue('tzoffsetfrom', utcOffset(offset));
    standard.addPropertyWithValue('tzoffsetto', utcOffset(offset));
    standard.addPropertyWithValue('tzname', shortName(zone, Date.UTC(years.first, 0, 1)));
    component.addSubcomponent(standard);
    return component;
  }

  interface Onset extends Transition {
    /** The wall clock it happens at, in the old offset (RFC 5545: DTSTART of an observance is local time). */
    local: Date;
    daylight: boolean;
    name: string;
    /** Which yearly rule it follows, and the year. */
    rule: string;
    byDay: string;
    year: number;
  }
  const onsets: Onset[] = transitions.map((t) => {
    const local = new Date(t.at + t.from * 60_000);
    const day = local.getUTCDate();
    const month = local.getUTCMonth() + 1;
    const daysInMonth = new Date(Date.UTC(local.getUTCFullYear(), month, 0)).getUTCDate();
    // "Last Sunday" when no later one fits the month, else "second Sunday" and so on.
    const nth = day + 7 > daysInMonth ? -1 : Math.ceil(day / 7);
    const byDay = `${nth}${WEEKDAY_CODES[local.getUTCDay()]}`;
    const at = DateTime.fromMillis(t.at, { zone });
    const name = shortName(zone, t.at);
    return {
      ...t,
      local,
      daylight: at.isInDST,
      name,
      byDay,
      year: local.getUTCFullYear(),
      rule: [at.isInDST, t.from, t.to, name, month, byDay, local.toISOString().slice(11, 19)].join('|'),
    };
  });
  // Consecutive years on the same rule make one run.
  const runs: Onset[][] = [];
  const open = new Map<string, Onset[]>();
  for (const onset of onsets) {
    const run = open.get(onset.rule);
    if (run && run[run.length - 1]!.year === onset.year - 1) run.push(onset);
    else {
      const fresh = [onset];
      runs.push(fresh);
      open.set(onset.rule, fresh);
    }
  }
  const lastYear = onsets[onsets.length - 1]!.year;
  for (const run of runs) {
    const first = run[0]!;
    const last = run[run.length - 1]!;
    const observance = new ICAL.Component(first.daylight ? 'daylight' : 'standard');
    const l = first.local;
    observance.addPropertyWithValue(
      'dtstart',
      ICAL.Time.fromData({
        year: l.getUTCFullYear(),
        month: l.getUTCMonth() + 1,
        day: l.getUTCDate(),
        hour: l.getUTCHours(),
        minute: l.getUTCMinutes(),
        second: l.getUTCSeconds(),
      }),
    );
    observance.addPropertyWithValue('tzoffsetfrom', utcOffset(first.from));
    observance.addPropertyWithValue('tzoffsetto', utcOffset(first.to));
    observance.addPropertyWithValue('tzname', first.name);
    if (run.length > 1) {
      const rule = ICAL.Recur.fromString(`FREQ=YEARLY;BYMONTH=${l.getUTCMonth() + 1};BYDAY=${first.byDay}`);
      // Still in force in the last year described: left open, as the zone's current rule.
      if (last.year < lastYear || last.year < years.last) rule.until = utcTime(new Date(last.at));
      observance.addPropertyWithValue('rrule', rule);
    }
    component.addSubcomponent(observance);
  }
  return component;
}

function shortName(zone: string, at: number): string {
  return DateTime.fromMillis(at, { zone }).offsetNameShort ?? zone;
}

// ---------------------------------------------------------------------------------------------------------------
// Import
// ---------------------------------------------------------------------------------------------------------------

export type { IcsImportSummary, IcsImportWarning } from '@shared/domain/calendar';

/** Outlook and Exchange name zones the Windows way; the IANA zone for each (CLDR windowsZones, territory 001). */
export const WINDOWS_ZONES: Readonly<Record<string, string>> = {
  'Dateline Standard Time': 'Etc/GMT+12',
  'UTC-11': 'Etc/GMT+11',
  'Aleutian Standard Time': 'America/Adak',
  'Hawaiian Standard Time': 'Pacific/Honolulu',
  'Marquesas Standard Time': 'Pacific/Marquesas',
  'Alaskan Standard Time': 'America/Anchorage',
  'UTC-09': 'Etc/GMT+9',
  'Pacific Standard Time (Mexico)': 'America/Tijuana',
  'UTC-08': 'Etc/GMT+8',
  'Pacific Standard Time': 'America/Los_Angeles',
  'US Mountain Standard Time': 'America/Phoenix',
  'Mountain Standard Time (Mexico)': 'America/Mazatlan',
  'Mountain Standard Time': 'America/Denver',
  'Yukon Standard Time': 'America/Whitehorse',
  'Central America Standard Time': 'America/Guatemala',
  'Central Standard Time': 'America/Chicago',
  'Easter Island Standard Time': 'Pacific/Easter',
  'Central Standard Time (Mexico)': 'America/Mexico_City',
  'Canada Central Standard Time': 'America/Regina',
  'SA Pacific Standard Time': 'America/Bogota',
  'Eastern Standard Time (Mexico)': 'America/Cancun',
  'Eastern Standard Time': 'America/New_York',
  'Haiti Standard Time': 'America/Port-au-Prince',
  'Cuba Standard Time': 'America/Havana',
  'US Eastern Standard Time': 'America/Indiana/Indianapolis',
  'Turks And Caicos Standard Time': 'America/Grand_Turk',
  'Paraguay Standard Time': 'America/Asuncion',
  'Atlantic Standard Time': 'America/Halifax',
  'Venezuela Standard Time': 'America/Caracas',
  'Central Brazilian Standard Time': 'America/Cuiaba',
  'SA Western Standard Time': 'America/La_Paz',
  'Pacific SA Standard Time': 'America/Santiago',
  'Newfoundland Standard Time': 'America/St_Johns',
  'Tocantins Standard Time': 'America/Araguaina',
  'E. South America Standard Time': 'America/Sao_Paulo',
  'SA Eastern Standard Time': 'America/Cayenne',
  'Argentina Standard Time': 'America/Argentina/Buenos_Aires',
  'Greenland Standard Time': 'America/Nuuk',
  'Montevideo Standard Time': 'America/Montevideo',
  'Magallanes Standard Time': 'America/Punta_Arenas',
  'Saint Pierre Standard Time': 'America/Miquelon',
  'Bahia Standard Time': 'America/Bahia',
  'UTC-02': 'Etc/GMT+2',
  'Azores Standard Time': 'Atlantic/Azores',
  'Cape Verde Standard Time': 'Atlantic/Cape_Verde',
  UTC: 'Etc/UTC',
  'Coordinated Universal Time': 'Etc/UTC',
  'GMT Standard Time': 'Europe/London',
  'Greenwich Standard Time': 'Atlantic/Reykjavik',
  'Sao Tome Standard Time': 'Africa/Sao_Tome',
  'Morocco Standard Time': 'Africa/Casablanca',
  'W. Europe Standard Time': 'Europe/Berlin',
  'Central Europe Standard Time': 'Europe/Budapest',
  'Romance Standard Time': 'Europe/Paris',
  'Central European Standard Time': 'Europe/Warsaw',
  'W. Central Africa Standard Time': 'Africa/Lagos',
  'Jordan Standard Time': 'Asia/Amman',
  'GTB Standard Time': 'Europe/Bucharest',
  'Middle East Standard Time': 'Asia/Beirut',
  'Egypt Standard Time': 'Africa/Cairo',
  'E. Europe Standard Time': 'Europe/Chisinau',
  'Syria Standard Time': 'Asia/Damascus',
  'West Bank Standard Time': 'Asia/Hebron',
  'South Africa Standard Time': 'Africa/Johannesburg',
  'FLE Standard Time': 'Europe/Kiev',
  'Israel Standard Time': 'Asia/Jerusalem',
  'South Sudan Standard Time': 'Africa/Juba',
  'Kaliningrad Standard Time': 'Europe/Kaliningrad',
  'Sudan Standard Time': 'Africa/Khartoum',
  'Libya Standard Time': 'Africa/Tripoli',
  'Namibia Standard Time': 'Africa/Windhoek',
  'Arabic Standard Time': 'Asia/Baghdad',
  'Turkey Standard Time': 'Europe/Istanbul',
  'Arab Standard Time': 'Asia/Riyadh',
  'Belarus Standard Time': 'Europe/Minsk',
  'Russian Standard Time': 'Europe/Moscow',
  'E. Africa Standard Time': 'Africa/Nairobi',
  'Volgograd Standard Time': 'Europe/Volgograd',
  'Iran Standard Time': 'Asia/Tehran',
  'Arabian Standard Time': 'Asia/Dubai',
  'Astrakhan Standard Time': 'Europe/Astrakhan',
  'Azerbaijan Standard Time': 'Asia/Baku',
  'Russia Time Zone 3': 'Europe/Samara',
  'Mauritius Standard Time': 'Indian/Mauritius',
  'Saratov Standard Time': 'Europe/Saratov',
  'Georgian Standard Time': 'Asia/Tbilisi',
  'Caucasus Standard Time': 'Asia/Yerevan',
  'Afghanistan Standard Time': 'Asia/Kabul',
  'West Asia Standard Time': 'Asia/Tashkent',
  'Ekaterinburg Standard Time': 'Asia/Yekaterinburg',
  'Pakistan Standard Time': 'Asia/Karachi',
  'Qyzylorda Standard Time': 'Asia/Qyzylorda',
  'India Standard Time': 'Asia/Kolkata',
  'Sri Lanka Standard Time': 'Asia/Colombo',
  'Nepal Standard Time': 'Asia/Kathmandu',
  'Central Asia Standard Time': 'Asia/Almaty',
  'Bangladesh Standard Time': 'Asia/Dhaka',
  'Omsk Standard Time': 'Asia/Omsk',
  'Myanmar Standard Time': 'Asia/Yangon',
  'SE Asia Standard Time': 'Asia/Bangkok',
  'Altai Standard Time': 'Asia/Barnaul',
  'W. Mongolia Standard Time': 'Asia/Hovd',
  'North Asia Standard Time': 'Asia/Krasnoyarsk',
  'N. Central Asia Standard Time': 'Asia/Novosibirsk',
  'Tomsk Standard Time': 'Asia/Tomsk',
  'China Standard Time': 'Asia/Shanghai',
  'North Asia East Standard Time': 'Asia/Irkutsk',
  'Singapore Standard Time': 'Asia/Singapore',
  'W. Australia Standard Time': 'Australia/Perth',
  'Taipei Standard Time': 'Asia/Taipei',
  'Ulaanbaatar Standard Time': 'Asia/Ulaanbaatar',
  'Aus Central W. Standard Time': 'Australia/Eucla',
  'Transbaikal Standard Time': 'Asia/Chita',
  'Tokyo Standard Time': 'Asia/Tokyo',
  'North Korea Standard Time': 'Asia/Pyongyang',
  'Korea Standard Time': 'Asia/Seoul',
  'Yakutsk Standard Time': 'Asia/Yakutsk',
  'Cen. Australia Standard Time': 'Australia/Adelaide',
  'AUS Central Standard Time': 'Australia/Darwin',
  'E. Australia Standard Time': 'Australia/Brisbane',
  'AUS Eastern Standard Time': 'Australia/Sydney',
  'West Pacific Standard Time': 'Pacific/Port_Moresby',
  'Tasmania Standard Time': 'Australia/Hobart',
  'Vladivostok Standard Time': 'Asia/Vladivostok',
  'Lord Howe Standard Time': 'Australia/Lord_Howe',
  'Bougainville Standard Time': 'Pacific/Bougainville',
  'Russia Time Zone 10': 'Asia/Srednekolymsk',
  'Magadan Standard Time': 'Asia/Magadan',
  'Norfolk Standard Time': 'Pacific/Norfolk',
  'Sakhalin Standard Time': 'Asia/Sakhalin',
  'Central Pacific Standard Time': 'Pacific/Guadalcanal',
  'Russia Time Zone 11': 'Asia/Kamchatka',
  'New Zealand Standard Time': 'Pacific/Auckland',
  'UTC+12': 'Etc/GMT-12',
  'Fiji Standard Time': 'Pacific/Fiji',
  'Chatham Islands Standard Time': 'Pacific/Chatham',
  'UTC+13': 'Etc/GMT-13',
  'Tonga Standard Time': 'Pacific/Tongatapu',
  'Samoa Standard Time': 'Pacific/Apia',
  'Line Islands Standard Time': 'Pacific/Kiritimati',
};
const WINDOWS_ZONES_LOWER = new Map(Object.entries(WINDOWS_ZONES).map(([name, iana]) => [name.toLowerCase(), iana]));

/** An IANA zone that the system (Intl, so every part of Rapport) knows. */
const isIanaZone = (zone: string) => zone !== '' && IANAZone.isValidZone(zone);

/** The IANA zone a TZID names: itself, an Outlook (Windows) name, or a path ending in one
 *  ("/mozilla.org/20050126_1/Europe/Berlin", "/freeassociation.sourceforge.net/Tzfile/Europe/Berlin"). */
export function ianaZoneOf(tzid: string): string | null {
  const name = tzid.trim().replace(/^"|"$/g, '');
  if (isIanaZone(name)) return name;
  const windows = WINDOWS_ZONES_LOWER.get(name.toLowerCase());
  if (windows) return windows;
  const segments = name.split('/').filter((s) => s !== '');
  for (const n of [3, 2]) {
    const tail = segments.slice(-n).join('/');
    if (segments.length >= n && tail.includes('/') && isIanaZone(tail)) return tail;
  }
  return null;
}

/** A date or time as read from the file, before it is placed on an item's wall clock. */
type Stamp =
  | { type: 'date'; date: string }
  /** A wall-clock time in an IANA zone, or floating (zone null: "wherever you are"). */
  | { type: 'wall'; local: string; zone: string | null; sourceDate: string }
  /** An instant: a UTC time ("Z"), or a time in a zone known only from the file's VTIMEZONE. */
  | { type: 'instant'; at: Date; via: 'utc' | 'vtimezone'; sourceDate: string };

/** A problem with one item: it is skipped, with this message. */
class ItemProblem extends Error {
  constructor(
    message: string,
    readonly property?: string,
  ) {
    super(message);
  }
}

interface Span {
  begin: number;
  end: number;
}

/** One VEVENT or VTODO with where it is in the file. */
interface Found {
  component: ICAL.Component;
  root: ICAL.Component;
  span: Span | null;
  uid: string | null;
  summary: string;
}

type ExceptionChange = { cancelled?: boolean; startLocal?: string; endLocal?: string; doneAt?: string };

/** An item ready to write: validated input plus what the form does not carry. */
interface PlannedItem {
  found: Found;
  input: EventInput;
  timeZone: string;
  rrule: string | null;
  doneAt: string | null;
  exceptions: Map<string, ExceptionChange>;
  /** CREATED in the file, to recognise an item of Rapport's own export. */
  created: string | null;
}

export interface IcsFile {
  /** Items found (masters and changed occurrences whose series is not in the file). */
  count: number;
  planned: PlannedItem[];
  warnings: IcsImportWarning[];
}

/**
 * Reads an .ics file into Rapport's calendar. Nothing is written until every item has been read and checked,
 * and then all in one transaction; a file that cannot be read at all throws RapportError('invalid_input') and
 * changes nothing. `dryRun` reports what would happen and writes nothing.
 */
export async function importIcs(
  ctx: AppContext,
  fileName: string,
  bytes: Uint8Array,
  options: { dryRun?: boolean } = {},
): Promise<IcsImportSummary> {
  const here = zoneOf(ctx.clock);
  const file = readIcsFile(fileName, bytes, here, ctx.clock.now());
  const summary = (created: number): IcsImportSummary => ({
    fileName,
    items: file.count,
    created,
    skipped: file.count - created,
    warnings: file.warnings,
    dryRun: options.dryRun === true,
  });
  if (options.dryRun) return summary((await withoutDuplicates(ctx.db, file)).length);
  const created = await ctx.db.transaction().execute(async (trx) => writeIcsItems(ctx, trx, file, here));
  if (created > 0) await ctx.reminders?.wake();
  return summary(created);
}

/** Writes the items of a read file (readIcsFile) inside the caller's transaction, skipping those already in
 *  Rapport, and plans their reminders; returns how many were written. The caller wakes the reminder scheduler
 *  after committing. */
export async function writeIcsItems(
  ctx: AppContext,
  trx: Transaction<Database>,
  file: IcsFile,
  here: string,
): Promise<number> {
  const fresh = await withoutDuplicates(trx, file);
  const at = nowIso(ctx);
  // Every row is new: written with statements compiled once (insertMany), not a Kysely query each — a calendar
  // of 20,000 items took 10 s row by row.
  const ids = await insertManyReturningIds(
    trx,
    'event',
    fresh.map(({ input, timeZone, rrule, doneAt }) => ({
      kind: input.kind,
      title: input.title,
      all_day: input.allDay ? 1 : 0,
      start_local: input.start,
      end_local: input.end,
      time_zone: timeZone,
      location: input.location,
      notes: input.notes,
      rrule,
      done_at: doneAt,
      created_at: at,
      updated_at: at,
      deleted_at: null,
    })),
  );
  await insertMany(
    trx,
    'event_reminder',
    fresh.flatMap((item, i) => item.input.reminders.map((m) => ({ event_id: ids[i]!, minutes_before: m }))),
  );
  await insertMany(
    trx,
    'event_exception',
    fresh.flatMap((item, i) =>
      [...item.exceptions].map(([occurrence, change]) => ({
        event_id: ids[i]!,
        occurrence_local: occurrence,
        cancelled: change.cancelled ? 1 : 0,
        start_local: change.startLocal ?? null,
        end_local: change.endLocal ?? null,
        done_at: change.doneAt ?? null,
      })),
    ),
  );
  for (let i = 0; i < ids.length; i += 500) await replanEvents(trx, ids.slice(i, i + 500), ctx.clock.now(), here);
  return ids.length;
}

/**
 * The planned items that are not already in Rapport: an item of an earlier Rapport export whose event still
 * exists, or an item identical (title, times, zone, repeat) to a live one — importing the same file twice adds
 * nothing. Each one skipped gets a warning.
 */
async function withoutDuplicates(db: Db, file: IcsFile): Promise<PlannedItem[]> {
  const live = await db
    .selectFrom('event')
    .select(['id', 'title', 'all_day', 'start_local', 'end_local', 'time_zone', 'rrule', 'created_at'])
    .where('deleted_at', 'is', null)
    .execute();
  const byId = new Map(live.map((r) => [r.id, r]));
  const key = (r: { all_day: number; title: string; start_local: string; end_local: string; time_zone: string }) =>
    [r.title, r.all_day, r.start_local, r.end_local, r.all_day === 1 ? '' : r.time_zone].join('\u0000');
  const keys = new Set(live.map((r) => `${key(r)}\u0000${r.rrule ?? ''}`));
  const fresh: PlannedItem[] = [];
  for (const item of file.planned) {
    const rapportId = RAPPORT_UID.exec(item.found.uid ?? '')?.[1];
    const own = rapportId === undefined ? undefined : byId.get(Number(rapportId));
    if (
      own &&
      (item.created !== null
        ? own.created_at.slice(0, 19) === item.created.slice(0, 19)
        : own.title === item.input.title)
    ) {
      warn(file.warnings, item.found, 'already in Rapport (exported from this calendar); skipped', null);
      continue;
    }
    const itemKey = `${key({
      title: item.input.title,
      all_day: item.input.allDay ? 1 : 0,
      start_local: item.input.start,
      end_local: item.input.end,
      time_zone: item.timeZone,
    })}\u0000${item.rrule ?? ''}`;
    if (keys.has(itemKey)) {
      warn(file.warnings, item.found, 'already in the calendar (same title and times); skipped', null);
      continue;
    }
    keys.add(itemKey);
    fresh.push(item);
  }
  return fresh;
}

function warn(warnings: IcsImportWarning[], found: Found | null, message: string, line: number | null): void {
  warnings.push({
    uid: found?.uid ?? null,
    summary: found?.summary ?? '',
    message: line === null ? message : `line ${line}: ${message}`,
  });
}

const mb = (n: number) => Math.round(n / 1024 / 1024);

/** Decodes, checks and parses the file, and maps every item (no database needed). */
export function readIcsFile(fileName: string, bytes: Uint8Array, here: string, now: Date): IcsFile {
  if (bytes.length > MAX_ICS_BYTES)
    throw new RapportError(
      'invalid_input',
      `${fileName} is ${mb(bytes.length)} MB; Rapport reads calendar files of up to ${mb(MAX_ICS_BYTES)} MB. Export a shorter period from the other calendar and import that. Nothing was imported.`,
    );
  const warnings: IcsImportWarning[] = [];
  const text = decode(fileName, bytes, warnings).replace(/\r\n?/g, '\n');
  const lines = text.split('\n');
  const firstLine = lines.findIndex((l) => l.trim() !== '');
  if (firstLine < 0) throw new RapportError('invalid_input', `${fileName} is empty. Nothing was imported.`);
  if (!/^BEGIN:VCALENDAR$/i.test(lines[firstLine]!.trim()))
    throw new RapportError(
      'invalid_input',
      `${fileName} is not an iCalendar file: it should begin with BEGIN:VCALENDAR (line ${firstLine + 1} is "${clip(lines[firstLine]!.trim())}"). Nothing was imported.`,
    );
  const spans = componentSpans(fileName, lines);
  const roots = parse(fileName, text, lines);

  const found: Found[] = [];
  for (const root of roots)
    for (const component of root.getAllSubcomponents())
      if (component.name === 'vevent' || component.name === 'vtodo')
        found.push({
          component,
          root,
          span: null,
          uid: textOf(component, 'uid').trim() || null,
          summary: oneLine(textOf(component, 'summary')),
        });
  // ical.js keeps the file's order, so the n-th item is the n-th BEGIN:VEVENT/VTODO line.
  if (spans.length === found.length) found.forEach((f, i) => (f.span = spans[i]!));
  if (found.length === 0)
    throw new RapportError(
      'invalid_input',
      `${fileName} has no events or tasks (VEVENT or VTODO components) to import. Nothing was imported.`,
    );

  try {
    return readItems(found, new ItemReader(here, now, lines, warnings), warnings);
  } catch (error) {
    if (error instanceof UnknownZone)
      throw new RapportError('invalid_input', `${fileName}, ${error.message}. Nothing was imported.`);
    throw error;
  }
}

function readItems(found: Found[], reader: ItemReader, warnings: IcsImportWarning[]) {
  const masters = new Map<string, PlannedItem | null>();
  const overrides: Found[] = [];
  const planned: PlannedItem[] = [];
  let count = 0;
  for (const f of found) {
    if (f.component.hasProperty('recurrence-id')) {
      overrides.push(f);
      continue;
    }
    count++;
    if (f.uid !== null && masters.has(f.uid)) {
      warn(warnings, f, `the UID ${f.uid} appears twice in the file; the second was skipped`, f.span?.begin ?? null);
      continue;
    }
    const item = reader.item(f);
    if (f.uid !== null) masters.set(f.uid, item);
    if (item) planned.push(item);
  }
  for (const f of overrides) {
    const master = f.uid === null ? undefined : masters.get(f.uid);
    if (master === null) continue; // its series was skipped, with a warning already
    if (master === undefined) {
      // A changed occurrence without its series (an invitation to one meeting of a series): an item of its own.
      count++;
      const item = reader.item(f);
      if (item) {
        warn(
          warnings,
          f,
          'one occurrence of a series that is not in the file; imported on its own',
          f.span?.begin ?? null,
        );
        planned.push(item);
      }
      continue;
    }
    reader.override(master, f);
  }
  return { count, planned, warnings };
}

function decode(fileName: string, bytes: Uint8Array, warnings: IcsImportWarning[]): string {
  const detected = detectEncoding(bytes);
  if (detected.encoding === 'utf-8') return new TextDecoder('utf-8').decode(bytes); // drops a BOM
  if (!detected.bom)
    warn(
      warnings,
      null,
      `${fileName} is not UTF-8 (as iCalendar files should be); it was read as ${detected.encoding}. Check names and notes with non-English letters.`,
      null,
    );
  return decodeBytes(bytes, detected.encoding);
}

const clip = (s: string, n = 60) => (s.length > n ? `${s.slice(0, n)}…` : s);

/**
 * Where each VEVENT and VTODO begins and ends, and a check that every BEGIN has its END: ical.js reads a
 * mismatched END without complaint, and says only "component began but did not end" for a cut-off file.
 */
function componentSpans(fileName: string, lines: string[]): Span[] {
  const open: Array<{ name: string; line: number }> = [];
  const spans: Span[] = [];
  lines.forEach((raw, i) => {
    if (raw.startsWith(' ') || raw.startsWith('\t')) return; // a folded line's continuation
    const m = /^(BEGIN|END):([A-Za-z0-9-]+)\s*$/i.exec(raw);
    if (!m) return;
    const name = m[2]!.toUpperCase();
    if (m[1]!.toUpperCase() === 'BEGIN') {
      open.push({ name, line: i + 1 });
      return;
    }
    const top = open.pop();
    if (!top)
      throw new RapportError(
        'invalid_input',
        `${fileName} is damaged: line ${i + 1} ends a ${name} that was never begun. Nothing was imported.`,
      );
    if (top.name !== name)
      throw new RapportError(
        'invalid_input',
        `${fileName} is damaged: line ${i + 1} (END:${name}) should end the ${top.name} begun on line ${top.line}. Nothing was imported.`,
      );
    if (name === 'VEVENT' || name === 'VTODO') spans.push({ begin: top.line, end: i + 1 });
  });
  const unclosed = open[open.length - 1];
  if (unclosed)
    throw new RapportError(
      'invalid_input',
      `${fileName} is cut short: the ${unclosed.name} begun on line ${unclosed.line} never ends (END:${unclosed.name} is missing). Nothing was imported.`,
    );
  return spans.sort((a, b) => a.begin - b.begin);
}

/** ical.js's parse, its errors turned into a message with the line where the quoted text is. */
function parse(fileName: string, text: string, lines: string[]): ICAL.Component[] {
  let parsed: unknown;
  try {
    parsed = ICAL.parse(text);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    // ical.js quotes the text it choked on, and sometimes what it wanted instead: the line is where a quote is
    // found (the start of a line first, as a whole unfolded line starts there).
    const quotes = [...message.matchAll(/"([^"]+)"/g)].map((m) => m[1]!.slice(0, 40)).filter((q) => q.length >= 3);
    let lineIndex = -1;
    for (const quote of quotes)
      lineIndex = lineIndex >= 0 ? lineIndex : lines.findIndex((l) => l.trim().startsWith(quote));
    for (const quote of quotes) lineIndex = lineIndex >= 0 ? lineIndex : lines.findIndex((l) => l.includes(quote));
    throw new RapportError(
      'invalid_input',
      `${fileName} could not be read${lineIndex >= 0 ? ` at line ${lineIndex + 1}` : ''}: ${message}${
        lineIndex >= 0 ? ` (the line is "${clip(lines[lineIndex]!.trim())}")` : ''
      }. Nothing was imported.`,
    );
  }
  // Several VCALENDARs one after another (files joined together) come as an array of them.
  const list = (Array.isArray(parsed) && Array.isArray(parsed[0]) ? parsed : [parsed]) as unknown[];
  return list.map((jcal) => new ICAL.Component(jcal as ConstructorParameters<typeof ICAL.Component>[0]));
}

function textOf(component: ICAL.Component, name: string): string {
  const value: unknown = component.getFirstPropertyValue(name);
  return typeof value === 'string' ? value : value === null || value === undefined ? '' : String(value);
}

const RAW_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const RAW_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(Z?)$/;

/** The raw values of a property as ical.js read them ("2026-11-23T09:00:00Z"), before it turns them into times —
 *  which would quietly make 31 February into 3 March. */
function rawValues(property: ICAL.Property): string[] {
  return (property.toJSON() as unknown[]).slice(3).map((v) => String(v));
}

/** A TZID that is neither an IANA or Windows zone nor defined in the file: the whole file is refused. */
class UnknownZone extends Error {}

/** Reads VEVENTs and VTODOs into planned items: one reader per file (it caches the file's zones). */
class ItemReader {
  private zones = new Map<string, { iana: string } | { vtimezone: ICAL.Timezone } | null>();

  constructor(
    private readonly here: string,
    private readonly now: Date,
    private readonly lines: string[],
    private readonly warnings: IcsImportWarning[],
  ) {}

  /** The line of a property within an item (the item's first line when not found). */
  private lineOf(found: Found, property?: string): number | null {
    if (!found.span) return null;
    if (property) {
      const pattern = new RegExp(`^${property}[;:]`, 'i');
      for (let i = found.span.begin; i < found.span.end; i++) if (pattern.test(this.lines[i - 1]!)) return i;
    }
    return found.span.begin;
  }

  private warn(found: Found, message: string, property?: string): void {
    warn(this.warnings, found, message, this.lineOf(found, property));
  }

  /** The zone a TZID stands for: an IANA zone, else the file's VTIMEZONE for it, else null (unknown). */
  private zoneOf(tzid: string, root: ICAL.Component) {
    const cacheKey = tzid;
    if (this.zones.has(cacheKey)) return this.zones.get(cacheKey)!;
    let zone: { iana: string } | { vtimezone: ICAL.Timezone } | null = null;
    const iana = ianaZoneOf(tzid);
    if (iana) zone = { iana };
    else {
      const definition = root
        .getAllSubcomponents('vtimezone')
        .find((c) => textOf(c, 'tzid') === tzid || textOf(c, 'tzid') === tzid.replace(/^"|"$/g, ''));
      if (definition) {
        // Thunderbird and libical name the IANA zone they mean.
        const location = ianaZoneOf(textOf(definition, 'x-lic-location'));
        zone = location ? { iana: location } : { vtimezone: new ICAL.Timezone({ component: definition, tzid }) };
      }
    }
    this.zones.set(cacheKey, zone);
    return zone;
  }

  /** Reads one date or date-time value of a property. */
  private stamp(found: Found, property: ICAL.Property, raw: string): Stamp {
    const name = property.name.toUpperCase();
    const date = RAW_DATE.exec(raw);
    const dateTime = RAW_DATE_TIME.exec(raw);
    const m = date ?? dateTime;
    const [y, mo, d, h, mi, s] = (m ?? []).slice(1, 7).map(Number);
    const real =
      m !== null &&
      DateTime.fromObject({ year: y, month: mo, day: d }).isValid &&
      (date !== null || (h! <= 23 && mi! <= 59 && s! <= 60));
    if (!real) throw new ItemProblem(`${name} is not a real date or time ("${raw}")`, name);
    const day = `${m[1]}-${m[2]}-${m[3]}`;
    if (date) return { type: 'date', date: day };
    const local = `${day}T${m[4]}:${m[5]}`;
    if (dateTime![7] === 'Z')
      return {
        type: 'instant',
        at: new Date(Date.UTC(y!, mo! - 1, d!, h, mi, Math.min(s!, 59))),
        via: 'utc',
        sourceDate: day,
      };
    const tzidParameter: unknown = property.getParameter('tzid');
    const tzid = Array.isArray(tzidParameter) ? String(tzidParameter[0]) : (tzidParameter as string | undefined);
    if (tzid === undefined || tzid === '') return { type: 'wall', local, zone: null, sourceDate: day };
    const zone = this.zoneOf(tzid, found.root);
    if (zone === null) {
      // Guessing would put every time of the item hours off without anyone noticing: the file is refused.
      const line = this.lineOf(found, name);
      throw new UnknownZone(
        `${line === null ? '' : `line ${line}: `}the time zone "${tzid}"${found.summary ? ` (of “${found.summary}”)` : ''} is not one Rapport knows, and the file does not define it (no VTIMEZONE for it)`,
      );
    }
    if ('iana' in zone) return { type: 'wall', local, zone: zone.iana, sourceDate: day };
    const time = ICAL.Time.fromData(
      { year: y!, month: mo!, day: d!, hour: h!, minute: mi!, second: s! },
      zone.vtimezone,
    );
    return { type: 'instant', at: new Date(time.toUnixTime() * 1000), via: 'vtimezone', sourceDate: day };
  }

  private stampOf(found: Found, name: string): Stamp | null {
    const property = found.component.getFirstProperty(name);
    if (!property) return null;
    const raw = rawValues(property)[0];
    if (raw === undefined || raw === '') throw new ItemProblem(`${name.toUpperCase()} is empty`, name.toUpperCase());
    return this.stamp(found, property, raw);
  }

  /** A stamp on an item's wall clock: a date for all-day items, "YYYY-MM-DDTHH:mm" in `zone` for timed ones. */
  private placed(stamp: Stamp, zone: string, allDay: boolean): string {
    if (allDay) {
      if (stamp.type === 'date') return stamp.date;
      if (stamp.type === 'wall') return stamp.local.slice(0, 10);
      return localDateOf(stamp.at, zone);
    }
    if (stamp.type === 'date') return `${stamp.date}T00:00`;
    if (stamp.type === 'wall')
      return stamp.zone === null || stamp.zone === zone
        ? stamp.local
        : localTimeOf(instantOf(stamp.local, stamp.zone), zone);
    return localTimeOf(stamp.at, zone);
  }

  private duration(found: Found): number | null {
    const value: unknown = found.component.getFirstPropertyValue('duration');
    if (!(value instanceof ICAL.Duration)) return null;
    const seconds = value.toSeconds();
    return seconds > 0 ? seconds : null;
  }

  /** A master VEVENT or VTODO (or a lone changed occurrence) as a planned item; null (with a warning) if bad. */
  item(found: Found): PlannedItem | null {
    try {
      return this.read(found);
    } catch (error) {
      if (!(error instanceof ItemProblem)) throw error;
      this.warn(found, `${error.message}; skipped`, error.property);
      return null;
    }
  }

  private read(found: Found): PlannedItem {
    const { component } = found;
    const todo = component.name === 'vtodo';
    if (textOf(component, 'status').toUpperCase() === 'CANCELLED')
      throw new ItemProblem('cancelled in the calendar it came from', 'STATUS');

    const kind = kindOf(component, todo);
    const startStamp = this.stampOf(found, 'dtstart');
    const dueStamp = todo ? this.stampOf(found, 'due') : null;
    const first = startStamp ?? dueStamp;
    if (!first)
      throw new ItemProblem(
        todo ? 'the task has no date (DTSTART or DUE), and the calendar needs one' : 'the event has no DTSTART',
      );
    const repeatProperty = found.component.hasProperty('recurrence-id')
      ? null
      : found.component.getFirstProperty('rrule');
    const allDay = first.type === 'date';
    // Where the item's wall clock is: its own IANA zone; UTC for a series counted in UTC (so every occurrence
    // keeps its instant); else (UTC or the file's own zone definition, floating, all-day) the computer's zone.
    let timeZone = this.here;
    if (first.type === 'wall' && first.zone !== null) timeZone = first.zone;
    else if (first.type === 'instant' && first.via === 'utc' && repeatProperty) timeZone = 'UTC';
    const start = this.placed(first, timeZone, allDay);

    // The end: DTEND, DUE, or DURATION; otherwise an hour (a day when all day), or no length for a task.
    const endStamp = todo ? (startStamp ? dueStamp : null) : this.stampOf(found, 'dtend');
    const seconds = this.duration(found);
    let end: string;
    const defaultEnd = allDay ? addDays(start, 1) : addWallMinutes(start, 60);
    if (endStamp) end = this.placed(endStamp, timeZone, allDay);
    else if (seconds !== null)
      end = allDay
        ? addDays(start, Math.max(1, Math.round(seconds / 86_400)))
        : addWallMinutes(start, Math.round(seconds / 60));
    else end = kind === 'task' && !allDay ? start : defaultEnd;
    if (end < start || (end === start && !(kind === 'task' && !allDay))) {
      if (end < start)
        this.warn(
          found,
          `it ends before it starts; it was given ${allDay ? 'one day' : 'one hour'}`,
          todo ? 'DUE' : 'DTEND',
        );
      end = defaultEnd;
    }

    let rrule: string | null = null;
    if (repeatProperty) rrule = this.rule(found, repeatProperty, first, timeZone, allDay, start);
    if (component.getAllProperties('rrule').length > 1)
      this.warn(found, 'it has more than one repeat rule; only the first was kept', 'RRULE');
    if (component.hasProperty('rdate'))
      this.warn(found, 'extra dates added to the series (RDATE) are not kept', 'RDATE');

    const title = oneLine(textOf(component, 'summary'));
    const location = oneLine(textOf(component, 'location'));
    const notes = manyLines(textOf(component, 'description'));
    if (title.length > 200) this.warn(found, 'the title was shortened to 200 characters', 'SUMMARY');
    if (location.length > 300) this.warn(found, 'the location was shortened to 300 characters', 'LOCATION');
    if (notes.length > 20_000) this.warn(found, 'the notes were shortened to 20,000 characters', 'DESCRIPTION');

    const candidate = {
      kind,
      title: title === '' ? '(no title)' : title.slice(0, 200),
      allDay,
      start,
      end,
      timeZone,
      location: location.slice(0, 300),
      notes: notes.slice(0, 20_000),
      repeat: rrule === null ? null : { freq: 'custom' as const, rrule },
      reminders: this.reminders(found, start, end, timeZone, allDay),
      contactIds: [],
      companyIds: [],
      dealIds: [],
    };
    const checked = eventInput.safeParse(candidate);
    if (!checked.success) {
      const issue = checked.error.issues[0]!;
      throw new ItemProblem(
        `${validationMessageEn(issue.message)} (${issue.path.join('.') || 'item'}: start ${start}, end ${end})`,
      );
    }

    // A one-off task ticked off where it came from.
    const completed = todo ? this.completion(found) : null;
    const created = found.component.getFirstProperty('created');
    return {
      found,
      input: checked.data,
      timeZone,
      rrule,
      doneAt: rrule === null ? completed : null,
      exceptions:
        rrule === null ? new Map() : this.exdates(found, { allDay, startLocal: start, endLocal: end, rrule }, timeZone),
      created: created ? (rawValues(created)[0] ?? null) : null,
    };
  }

  /** The repeat rule, if Rapport can walk it, with a UTC UNTIL moved onto the item's wall clock (Rapport counts
   *  occurrences on the wall clock, so a UTC UNTIL would cut the last one off or keep one too many). */
  private rule(
    found: Found,
    property: ICAL.Property,
    first: Stamp,
    timeZone: string,
    allDay: boolean,
    start: string,
  ): string | null {
    const value: unknown = property.getFirstValue();
    if (!(value instanceof ICAL.Recur)) return null;
    const rule = value.clone();
    const until = rule.until;
    if (until && !until.isDate && until.zone === ICAL.Timezone.utcTimezone) {
      const instant = new Date(until.toUnixTime() * 1000);
      if (allDay) {
        const [y, m, d] = localDateOf(instant, this.here).split('-').map(Number);
        rule.until = ICAL.Time.fromData({ year: y!, month: m!, day: d!, isDate: true });
      } else {
        const wall = DateTime.fromJSDate(instant, { zone: timeZone });
        rule.until = ICAL.Time.fromData({
          year: wall.year,
          month: wall.month,
          day: wall.day,
          hour: wall.hour,
          minute: wall.minute,
          second: wall.second,
        });
      }
    }
    const rrule = rule.toString();
    const problem = rruleProblem(rrule);
    if (problem || rrule.length > 500) {
      this.warn(found, `${problem ?? 'the repeat rule is too long'}; it was imported as a single item`, 'RRULE');
      return null;
    }
    // Converted from the file's own zone to the computer's, a rule by weekday or date may now fall a day off.
    if (
      first.type === 'instant' &&
      first.via === 'vtimezone' &&
      first.sourceDate !== start.slice(0, 10) &&
      /BY(DAY|MONTHDAY|YEARDAY|WEEKNO)=/i.test(rrule)
    )
      this.warn(
        found,
        `it repeats on days counted in its own time zone, where it starts on ${first.sourceDate}; in ${timeZone} it starts on ${start.slice(0, 10)}: check its days`,
        'RRULE',
      );
    return rrule;
  }

  /** VALARMs as minutes before the start (at most five, none after it: an alarm after the start is "at the time"). */
  private reminders(found: Found, start: string, end: string, zone: string, allDay: boolean): number[] {
    const minutes = new Set<number>();
    const lengthMinutes = wallMinutesBetween(start, end);
    for (const alarm of found.component.getAllSubcomponents('valarm')) {
      // Apple writes ACTION:NONE for "no alert" (its placeholder for a default alert).
      if (textOf(alarm, 'action').toUpperCase() === 'NONE') continue;
      const trigger = alarm.getFirstProperty('trigger');
      if (!trigger) continue;
      const value: unknown = trigger.getFirstValue();
      let before: number; // minutes before the start (all-day: before midnight)
      if (value instanceof ICAL.Duration) {
        const offset = value.toSeconds() / 60;
        const related = String(trigger.getParameter('related') ?? 'START').toUpperCase();
        before = -(related === 'END' ? offset + lengthMinutes : offset);
      } else if (value instanceof ICAL.Time) {
        const anchor = instantOf(allDay ? `${start}T00:00` : start, allDay ? this.here : zone);
        before = (anchor.getTime() - value.toUnixTime() * 1000) / 60_000;
      } else continue;
      // Rapport's all-day reminders count from 9:00 on the day, a VALARM's from midnight.
      let m = Math.round(before + (allDay ? ALL_DAY_OFFSET_MINUTES : 0));
      if (m < 0) m = 0;
      if (m > MAX_REMINDER_MINUTES) {
        this.warn(found, 'a reminder more than a year before was left out', 'TRIGGER');
        continue;
      }
      minutes.add(m);
    }
    const sorted = [...minutes].sort((a, b) => a - b);
    if (sorted.length > 5) this.warn(found, `it has ${sorted.length} reminders; the five nearest the start were kept`);
    return sorted.slice(0, 5);
  }

  /** When a VTODO was done (COMPLETED, or STATUS:COMPLETED without a time: now), else null. */
  private completion(found: Found): string | null {
    const property = found.component.getFirstProperty('completed');
    if (property) {
      try {
        const stamp = this.stamp(found, property, rawValues(property)[0] ?? '');
        if (stamp.type === 'instant') return stamp.at.toISOString();
        if (stamp.type === 'wall') return instantOf(stamp.local, stamp.zone ?? this.here).toISOString();
        return instantOf(`${stamp.date}T00:00`, this.here).toISOString();
      } catch {
        // an unreadable COMPLETED still means done
      }
    }
    const status = textOf(found.component, 'status').toUpperCase();
    const percent = Number(textOf(found.component, 'percent-complete'));
    return property || status === 'COMPLETED' || percent === 100 ? this.now.toISOString() : null;
  }

  /** EXDATEs as cancelled occurrences (those that are occurrences of the series). */
  private exdates(found: Found, series: Series, zone: string): Map<string, ExceptionChange> {
    const changes = new Map<string, ExceptionChange>();
    for (const property of found.component.getAllProperties('exdate')) {
      for (const raw of rawValues(property)) {
        let stamp: Stamp;
        try {
          stamp = this.stamp(found, property, raw);
        } catch (error) {
          if (!(error instanceof ItemProblem)) throw error;
          this.warn(found, `${error.message}; that exception was left out`, 'EXDATE');
          continue;
        }
        // A date for a timed series (some calendars write that) means every occurrence that day.
        const occurrences =
          stamp.type === 'date' && !series.allDay
            ? occurrencesOn(series, stamp.date)
            : [this.placed(stamp, zone, series.allDay)].filter((o) => isOccurrence(series, o));
        if (occurrences.length === 0)
          this.warn(found, `the excluded date ${raw} is not an occurrence of the series; ignored`, 'EXDATE');
        for (const o of occurrences) changes.set(o, { cancelled: true });
      }
    }
    return changes;
  }

  /** A component with RECURRENCE-ID: one occurrence of `master` moved, cancelled or ticked off. */
  override(master: PlannedItem, found: Found): void {
    try {
      this.readOverride(master, found);
    } catch (error) {
      if (!(error instanceof ItemProblem)) throw error;
      this.warn(found, `${error.message}; this change to one occurrence was left out`, error.property);
    }
  }

  private readOverride(master: PlannedItem, found: Found): void {
    const { input } = master;
    if (master.rrule === null)
      throw new ItemProblem('the series it belongs to does not repeat in Rapport', 'RECURRENCE-ID');
    const series: Series = { allDay: input.allDay, startLocal: input.start, endLocal: input.end, rrule: master.rrule };
    const recurrenceId = this.stampOf(found, 'recurrence-id')!;
    const occurrence = this.placed(recurrenceId, master.timeZone, input.allDay);
    if (!isOccurrence(series, occurrence))
      throw new ItemProblem(`${occurrence} is not an occurrence of the series`, 'RECURRENCE-ID');
    const rangeParameter: unknown = found.component.getFirstProperty('recurrence-id')!.getParameter('range');
    if (String(rangeParameter ?? '').toUpperCase() === 'THISANDFUTURE')
      this.warn(found, `only the occurrence on ${occurrence} was changed, not those after it`, 'RECURRENCE-ID');
    if (textOf(found.component, 'status').toUpperCase() === 'CANCELLED') {
      master.exceptions.set(occurrence, { cancelled: true });
      return;
    }
    const todo = found.component.name === 'vtodo';
    const dtstart = this.stampOf(found, 'dtstart');
    const due = todo ? this.stampOf(found, 'due') : null;
    const startStamp = dtstart ?? due;
    if (startStamp && (startStamp.type === 'date') !== input.allDay)
      throw new ItemProblem('it changes an all-day occurrence into a timed one or back, which Rapport cannot keep');
    const start = startStamp ? this.placed(startStamp, master.timeZone, input.allDay) : occurrence;
    const endStamp = todo ? (dtstart ? due : null) : this.stampOf(found, 'dtend');
    const seconds = this.duration(found);
    let end = endFor(series, start);
    if (endStamp) end = this.placed(endStamp, master.timeZone, input.allDay);
    else if (seconds !== null)
      end = input.allDay
        ? addDays(start, Math.max(1, Math.round(seconds / 86_400)))
        : addWallMinutes(start, Math.round(seconds / 60));
    if (end < start || (end === start && !(input.kind === 'task' && !input.allDay))) end = endFor(series, start);

    const change: ExceptionChange = {};
    if (start !== occurrence || end !== endFor(series, occurrence)) {
      change.startLocal = start;
      change.endLocal = end;
    }
    const done = todo ? this.completion(found) : null;
    if (done !== null) change.doneAt = done;
    const differs = (name: string, own: string) => {
      const theirs =
        name === 'description' ? manyLines(textOf(found.component, name)) : oneLine(textOf(found.component, name));
      return found.component.hasProperty(name) && theirs !== own && !(name === 'summary' && theirs === '');
    };
    const changed = [
      differs('summary', input.title) ? 'title' : '',
      differs('location', input.location) ? 'location' : '',
      differs('description', input.notes) ? 'notes' : '',
    ].filter((s) => s !== '');
    if (changed.length > 0)
      this.warn(
        found,
        `the occurrence on ${occurrence} has its own ${changed.join(' and ')}, which Rapport keeps for the whole series only; ${
          Object.keys(change).length > 0 ? 'its time was kept' : 'left as the series is'
        }`,
      );
    if (Object.keys(change).length > 0)
      master.exceptions.set(occurrence, { ...master.exceptions.get(occurrence), ...change });
  }
}

/** The kind a CATEGORIES value names ("call", "Follow-up"), else appointment for events and task for to-dos. */
function kindOf(component: ICAL.Component, todo: boolean): EventKind {
  for (const property of component.getAllProperties('categories'))
    for (const value of property.getValues()) {
      const name = String(value)
        .trim()
        .toLowerCase()
        .replace(/[\s-]+/g, '_');
      if ((EVENT_KINDS as readonly string[]).includes(name)) return name as EventKind;
    }
  return todo ? 'task' : 'appointment';
}

function isOccurrence(series: Series, local: string): boolean {
  for (const start of seriesStarts(series, local.slice(0, 10))) {
    if (start === local) return true;
    if (start > local) return false;
  }
  return false;
}

function occurrencesOn(series: Series, date: string): string[] {
  const found: string[] = [];
  for (const start of seriesStarts(series, date)) {
    if (start.slice(0, 10) > date) break;
    if (start.startsWith(date)) found.push(start);
  }
  return found;
}
