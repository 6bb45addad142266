// The Today screen's data, the first screen of the day: today's agenda, tasks and follow-ups left undone from
// earlier days, and whose birthday falls in the coming week (read from people's records, never copied into
// the calendar).
import { sql } from 'kysely';
import type { TodayData } from '@shared/domain/calendar';
import type { AppContext } from '../context';
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
  const days = Array.from({ length: BIRTHDAY_DAYS }, (_, i) => addDays(today, i));
  const monthDays = days.map((d) => d.slice(5));
  const rows = await ctx.readDb
    .selectFrom('contact')
    .select(['id', 'display_name', 'birthday'])
    .where('deleted_at', 'is', null)
    .where('birthday', 'is not', null)
    .where(sql<string>`substr(birthday, -5)`, 'in', monthDays)
    .execute();
  const birthdays = rows
    .map((r) => {
      const date = days[monthDays.indexOf(r.birthday!.slice(-5))]!;
      const born = r.birthday!.startsWith('--') ? null : Number(r.birthday!.slice(0, 4));
      return {
        contactId: r.id,
        name: r.display_name,
        date,
        turns: born === null ? null : Number(date.slice(0, 4)) - born,
      };
    })
    .sort((a, b) => a.date.localeCompare(b.date) || a.name.localeCompare(b.name));
  return { date: today, agenda, overdue, birthdays };
}
