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

/** A wall-clock time or date moved by whole days (calendar days: 23 or 25 hours across a change). */
export function addDays(local: string, days: number): string {
  const time = DateTime.fromISO(local, { zone: 'UTC' }).plus({ days });
  return LOCAL_DATE.test(local) ? time.toFormat('yyyy-MM-dd') : time.toFormat("yyyy-MM-dd'T'HH:mm");
}

/** Minutes from one wall-clock time to another, counted on the wall clock (a 9:00–10:00 meeting is 60). */
export function wallMinutesBetween(from: string, to: string): number {
  return DateTime.fromISO(to, { zone: 'UTC' }).diff(DateTime.fromISO(from, { zone: 'UTC' }), 'minutes').minutes;
}

/** A wall-clock time moved by minutes on the wall clock. */
export function addWallMinutes(local: string, minutes: number): string {
  return DateTime.fromISO(local, { zone: 'UTC' }).plus({ minutes }).toFormat("yyyy-MM-dd'T'HH:mm");
}
