// The Today screen's data, the first screen of the day: today's agenda, tasks and follow-ups left undone from
// earlier days, and whose birthday falls in the coming week (read from people's records, never copied into
// the calendar).
import type { BirthdaySoon, TodayData } from '@shared/domain/calendar';
import type { AppContext } from '../context';
import { liveContactsBornOn } from '../contacts/contactsRepository';
import { zoneOf } from '../ports';
import { calendarRange } from './calendarService';
import { addDays, localDateOf } from './wallClock';

const BIRTHDAY_DAYS = 7;
const OVERDUE_LOOKBACK_DAYS = 90;

export async function todayData(ctx: AppContext): Promise<TodayData> {
  const today = localDateOf(ctx.clock.now(), zoneOf(ctx.clock));
  const tomorrow = addDays(today, 1);
  const agenda = await calendarRange(ctx, `${today}T00:00`, `${tomorrow}T00:00`);
  const earlier = await calendarRange(ctx, `${addDays(today, -OVERDUE_LOOKBACK_DAYS)}T00:00`, `${today}T00:00`);
  const overdue = earlier
    .filter((o) => (o.kind === 'task' || o.kind === 'follow_up') && o.doneAt === null && o.start < today)
    // Still open today (started earlier and not ended) shows in the agenda already.
    .filter((o) => !agenda.some((a) => a.eventId === o.eventId && a.occurrence === o.occurrence))
    .sort((a, b) => a.start.localeCompare(b.start));
  const birthdays = await birthdaysBetween(ctx, today, addDays(today, BIRTHDAY_DAYS));
  return { date: today, agenda, overdue, birthdays };
}

/**
 * The days [from, to) ("YYYY-MM-DD") by their month and day ("MM-DD"), for yearly dates (birthdays,
 * anniversaries): in a year without 29 February, 28 February also stands for the 29th.
 */
export function daysByMonthDay(from: string, to: string): Map<string, string[]> {
  const byMonthDay = new Map<string, string[]>();
  let count = 0;
  for (let day = from; day < to && count <= 400; day = addDays(day, 1), count++) {
    const monthDay = day.slice(5);
    byMonthDay.set(monthDay, [...(byMonthDay.get(monthDay) ?? []), day]);
    if (monthDay === '02-28' && addDays(day, 1).slice(5) === '03-01')
      byMonthDay.set('02-29', [...(byMonthDay.get('02-29') ?? []), day]);
  }
  return byMonthDay;
}

/**
 * Birthdays falling on the days [from, to) ("YYYY-MM-DD"), from people's records (live ones), with the age
 * they turn when the year is known. A 29 February birthday shows on 28 February in other years.
 */
export async function birthdaysBetween(ctx: AppContext, from: string, to: string): Promise<BirthdaySoon[]> {
  const byMonthDay = daysByMonthDay(from, to);
  if (byMonthDay.size === 0) return [];
  const found = birthdaysOn(byMonthDay, await liveContactsBornOn(ctx.readDb, [...byMonthDay.keys()]));
  return found.map(({ contactId, name, date, turns }) => ({ contactId, name, date, turns }));
}

/** People's birthdays on the days of `byMonthDay` (see daysByMonthDay), by date then name. */
export function birthdaysOn<R extends { id: number; display_name: string; birthday: string | null }>(
  byMonthDay: Map<string, string[]>,
  rows: R[],
): Array<BirthdaySoon & { row: R }> {
  return rows
    .flatMap((r) =>
      (byMonthDay.get(r.birthday!.slice(-5)) ?? []).map((date) => {
        const born = r.birthday!.startsWith('--') ? null : Number(r.birthday!.slice(0, 4));
        return {
          contactId: r.id,
          name: r.display_name,
          date,
          turns: born === null ? null : Number(date.slice(0, 4)) - born,
          row: r,
        };
      }),
    )
    .sort((a, b) => a.date.localeCompare(b.date) || a.name.localeCompare(b.name));
}
