// Wall-clock times ("2026-11-23T09:00" in "Europe/Berlin") to instants and back. The calendar counts repeats on
// the wall clock, so a weekly 9 o'clock meeting stays at 9 o'clock after the clocks change; only then is each
// occurrence turned into an instant, here. Where the clock skips an hour (spring forward) a time in the gap
// moves forward by the gap, as every calendar does; where it repeats an hour (fall back) the first of the two
// is meant (RFC 5545 §3.3.5).
import { DateTime } from 'luxon';

/** "YYYY-MM-DDTHH:mm" — how timed events store their start and end. */
export const LOCAL_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/;
/** "YYYY-MM-DD" — how all-day events store theirs (the end is the day after the last day). */
export const LOCAL_DATE = /^\d{4}-\d{2}-\d{2}$/;

const knownZones = new Map<string, boolean>();

export function isValidTimeZone(zone: string): boolean {
  let known = knownZones.get(zone);
  if (known === undefined) {
    known = zone !== '' && DateTime.local().setZone(zone).isValid;
    knownZones.set(zone, known);
  }
  return known;
}

// A zone's offset from UTC at an instant, read from the platform's time-zone data (Intl) once per zone and
// quarter-hour (offsets only ever change on quarter-hours): re-planning thousands of reminders asks for the same
// few offsets again and again, and luxon objects made for each were most of an .ics import's time.
const formatters = new Map<string, Intl.DateTimeFormat>();
const offsets = new Map<string, number>();
const QUARTER_HOUR = 15 * 60_000;

function formatterFor(zone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(zone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(zone, formatter);
  }
  return formatter;
}

/** Milliseconds to add to a UTC instant to get `zone`'s wall clock at that instant. */
function offsetAt(zone: string, instant: number): number {
  const bucket = Math.floor(instant / QUARTER_HOUR);
  const key = `${zone}|${bucket}`;
  let offset = offsets.get(key);
  if (offset === undefined) {
    const at = bucket * QUARTER_HOUR;
    const fields: Record<string, number> = {};
    for (const part of formatterFor(zone).formatToParts(at)) fields[part.type] = Number(part.value);
    offset = Date.UTC(fields.year!, fields.month! - 1, fields.day, fields.hour, fields.minute, fields.second) - at;
    if (offsets.size > 100_000) offsets.clear();
    offsets.set(key, offset);
  }
  return offset;
}

/** The instant a wall-clock time (or a date, meaning its midnight) stands for in `zone`. */
export function instantOf(local: string, zone: string): Date {
  if (!(LOCAL_TIME.test(local) || LOCAL_DATE.test(local)) || !isValidTimeZone(zone))
    throw new Error(`Not a wall-clock time in ${zone}: ${local}`);
  const wall = wallMinutes(local) * 60_000;
  // The offsets in force a day either side cover any change near this time; each fits if the instant it gives
  // shows this very wall-clock time.
  const before = offsetAt(zone, wall - 86_400_000);
  const fitting = [before, offsetAt(zone, wall), offsetAt(zone, wall + 86_400_000)]
    .map((offset) => wall - offset)
    .filter((instant) => instant + offsetAt(zone, instant) === wall);
  // Fall back: two instants show it; the first is meant. Spring forward: none does; the time moves on by the
  // gap, i.e. it is read with the offset in force before the change.
  return new Date(fitting.length > 0 ? Math.min(...fitting) : wall - before);
}

/** The wall-clock time an instant shows in `zone`, as "YYYY-MM-DDTHH:mm". */
export function localTimeOf(instant: Date, zone: string): string {
  const t = instant.getTime();
  return new Date(t + offsetAt(zone, t)).toISOString().slice(0, 16);
}

/** The date an instant falls on in `zone`, as "YYYY-MM-DD". */
export function localDateOf(instant: Date, zone: string): string {
  return localTimeOf(instant, zone).slice(0, 10);
}

// Arithmetic on the wall clock involves no zone: the fields are counted as if in UTC, with plain numbers (the
// calendar does this for every occurrence it shows; luxon objects were most of a week view's time).

/** Minutes since 1970-01-01T00:00 of a wall-clock time or date, counted on the wall clock. */
function wallMinutes(local: string): number {
  const year = Number(local.slice(0, 4));
  const month = Number(local.slice(5, 7));
  const day = Number(local.slice(8, 10));
  const hour = local.length > 10 ? Number(local.slice(11, 13)) : 0;
  const minute = local.length > 10 ? Number(local.slice(14, 16)) : 0;
  return Date.UTC(year, month - 1, day, hour, minute) / 60_000;
}

function wallString(minutes: number, dateOnly: boolean): string {
  const iso = new Date(minutes * 60_000).toISOString();
  return dateOnly ? iso.slice(0, 10) : iso.slice(0, 16);
}

/** A wall-clock time or date moved by whole days (calendar days: 23 or 25 hours across a change). */
export function addDays(local: string, days: number): string {
  return wallString(wallMinutes(local) + days * 1440, local.length === 10);
}

/** Minutes from one wall-clock time to another, counted on the wall clock (a 9:00–10:00 meeting is 60). */
export function wallMinutesBetween(from: string, to: string): number {
  return wallMinutes(to) - wallMinutes(from);
}

/** A wall-clock time moved by minutes on the wall clock. */
export function addWallMinutes(local: string, minutes: number): string {
  return wallString(wallMinutes(local) + minutes, false);
}
