// The reminder centre's actions: list what came due, snooze (10 minutes, an hour, tomorrow at 9), dismiss.
// A snooze changes when the scheduler must next wake, so it is woken after each.
import { RapportError } from '@shared/api/result';
import type { ReminderAlert } from '@shared/domain/calendar';
import type { AppContext } from '../context';
import { zoneOf } from '../ports';
import { addDays, instantOf, localDateOf } from '../calendar/wallClock';
import { dismissAlert, openAlerts, snoozeAlert } from './reminderPlanner';

export type SnoozeChoice = 'tenMinutes' | 'oneHour' | 'tomorrowMorning';

/** The instant a snooze ends: "tomorrow morning" is 9:00 tomorrow on the computer's clock. */
export function snoozeUntil(now: Date, zone: string, choice: SnoozeChoice): Date {
  if (choice === 'tenMinutes') return new Date(now.getTime() + 10 * 60_000);
  if (choice === 'oneHour') return new Date(now.getTime() + 60 * 60_000);
  return instantOf(`${addDays(localDateOf(now, zone), 1)}T09:00`, zone);
}

export function openReminders(ctx: AppContext): Promise<ReminderAlert[]> {
  return openAlerts(ctx.db);
}

export async function snoozeReminder(ctx: AppContext, id: number, choice: SnoozeChoice): Promise<{ count: number }> {
  const until = snoozeUntil(ctx.clock.now(), zoneOf(ctx.clock), choice);
  if (!(await snoozeAlert(ctx.db, id, until)))
    throw new RapportError('not_found', `Reminder ${id} was not found (or was dismissed).`);
  await ctx.reminders?.wake();
  return { count: 1 };
}

export async function dismissReminder(ctx: AppContext, id: number): Promise<{ count: number }> {
  if (!(await dismissAlert(ctx.db, id, ctx.clock.now())))
    throw new RapportError('not_found', `Reminder ${id} was not found (or was dismissed already).`);
  await ctx.reminders?.wake();
  return { count: 1 };
}
