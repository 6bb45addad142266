// Starts the reminder scheduler for a running app (the desktop app, the web host): reminders that come due
// are pushed to every window (the reminder centre updates) and shown by `show` (an OS notification).
import type { ReminderAlert } from '@shared/domain/calendar';
import type { AppContext } from '../context';
import { ReminderScheduler, realTimers, type Timers } from './scheduler';
import { realClockWatchPorts, watchClock } from './clockWatch';
import { zoneOf } from '../ports';

export async function startReminders(
  ctx: AppContext,
  show: (alerts: ReminderAlert[]) => void,
  timers: Timers = realTimers,
): Promise<ReminderScheduler> {
  const scheduler = new ReminderScheduler(
    ctx.db,
    ctx.clock,
    {
      notify(alerts) {
        ctx.events.emit('reminders.due', { alerts });
        ctx.events.emit('data.changed', { entities: ['reminder'] });
        show(alerts);
      },
    },
    timers,
  );
  ctx.reminders = scheduler;
  await scheduler.start();
  // A clock set or a zone changed: look again at once (the scheduler's timer would only notice within the hour).
  const watch = watchClock(
    () => void scheduler.wake(),
    realClockWatchPorts(() => zoneOf(ctx.clock)),
  );
  scheduler.onStop(() => watch.stop());

  return scheduler;
}

/** What a notification says: the item, when, and who it concerns; several missed ones become one summary. */
export function notificationTexts(
  alerts: ReminderAlert[],
  language: 'en' | 'zh-CN',
  formatTime: (alert: ReminderAlert) => string,
): Array<{ title: string; body: string; alert: ReminderAlert | null }> {
  const zh = language === 'zh-CN';
  const missed = alerts.filter((a) => a.missed);
  const onTime = alerts.filter((a) => !a.missed);
  const one = (a: ReminderAlert): { title: string; body: string; alert: ReminderAlert | null } => ({
    title: a.missed ? (zh ? `错过的提醒：${a.title}` : `Missed: ${a.title}`) : a.title,
    body: [formatTime(a), a.links.map((l) => l.name).join(zh ? '、' : ', '), a.location].filter(Boolean).join(' · '),
    alert: a,
  });
  const texts = onTime.map(one);
  if (missed.length > 3) {
    texts.push({
      title: zh ? `${missed.length} 个错过的提醒` : `${missed.length} missed reminders`,
      body: zh ? '在 Rapport 的提醒中心查看。' : 'See them in Rapport’s reminder centre.',
      alert: null,
    });
  } else texts.push(...missed.map(one));
  return texts;
}
