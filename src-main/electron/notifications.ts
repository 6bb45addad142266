// Reminders as OS notifications (Windows toasts, macOS Notification Center); clicking one brings the window
// forward on the calendar with that item open.
import { BrowserWindow, Notification } from 'electron';
import type { ReminderAlert } from '@shared/domain/calendar';
import type { EventSink } from '../ports';
import { notificationTexts } from '../reminders/startReminders';

export function showReminderNotifications(
  alerts: ReminderAlert[],
  options: { language: 'en' | 'zh-CN'; events: EventSink; focus: () => BrowserWindow | null },
): void {
  if (!Notification.isSupported()) return;
  const time = new Intl.DateTimeFormat(options.language, { dateStyle: 'medium', timeStyle: 'short' });
  const day = new Intl.DateTimeFormat(options.language, { dateStyle: 'medium' });
  const format = (a: ReminderAlert) =>
    a.allDay
      ? day.format(new Date(`${a.start}T12:00:00`))
      : time.format(new Date(a.dueAt).getTime() + a.minutesBefore * 60_000);
  for (const text of notificationTexts(alerts, options.language, format)) {
    const notification = new Notification({ title: text.title, body: text.body });
    notification.on('click', () => {
      options.focus();
      const path = text.alert ? `/calendar?event=${text.alert.eventId}` : '/reminders';
      options.events.emit('app.navigate', { path });
    });
    notification.show();
  }
}
