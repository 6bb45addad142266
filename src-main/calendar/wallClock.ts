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

export function isValidTimeZone(zone: string): boolean {
  return zone !== '' && DateTime.local().setZone(zone).isValid;
}

/** The instant a wall-clock time (or a date, meaning its midnight) stands for in `zone`. */
export function instantOf(local: string, zone: string): Date {
  const time = DateTime.fromISO(local, { zone });
  if (!time.isValid) throw new Error(`Not a wall-clock time in ${zone}: ${local} (${time.invalidReason})`);
  // Fall back: luxon gives the later of two instants showing this time; the earlier one is meant.
  for (const minutes of [60, 30]) {
    const earlier = time.minus({ minutes });
    if (earlier.toFormat("yyyy-MM-dd'T'HH:mm") === time.toFormat("yyyy-MM-dd'T'HH:mm")) return earlier.toJSDate();
  }
  return time.toJSDate();
}

/** The wall-clock time an instant shows in `zone`, as "YYYY-MM-DDTHH:mm". */
export function localTimeOf(instant: Date, zone: string): string {
  return DateTime.fromJSDate(instant, { zone }).toFormat("yyyy-MM-dd'T'HH:mm");
}

/** The date an instant falls on in `zone`, as "YYYY-MM-DD". */
export function localDateOf(instant: Date, zone: string): string {
  return DateTime.fromJSDate(instant, { zone }).toFormat('yyyy-MM-dd');
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
