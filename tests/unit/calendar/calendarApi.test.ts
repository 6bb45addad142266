// The calendar and the reminder centre through the contract, as the renderer calls them: inputs checked in
// main, writes announced, snoozes that end when they should.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ReminderAlert } from '@shared/domain/calendar';
import { instantOf, localTimeOf } from '../../../src-main/calendar/wallClock';
import { notificationTexts, startReminders } from '../../../src-main/reminders/startReminders';
import { snoozeUntil } from '../../../src-main/reminders/remindersService';
import type { ReminderScheduler, Timers } from '../../../src-main/reminders/scheduler';
import { createTestApp, type TestApp } from '../../support/testApp';

const ZONE = 'Europe/Berlin';
let now = instantOf('2026-11-23T08:40', ZONE);
let app: TestApp;
let scheduler: ReminderScheduler;
const noTimers: Timers = { set: () => 0, clear: () => undefined };

beforeEach(async () => {
  now = instantOf('2026-11-23T08:40', ZONE);
  app = await createTestApp({ clock: { now: () => now, zone: () => ZONE } });
  scheduler = await startReminders(app.ctx, () => undefined, noTimers);
});
afterEach(async () => {
  scheduler.stop();
  await app.cleanup();
});

const call = {
  kind: 'call' as const,
  title: 'Call Mr. Wang about the quote',
  allDay: false,
  start: '2026-11-23T09:00',
  end: '2026-11-23T09:15',
  location: '',
  notes: '',
  repeat: null,
  reminders: [15],
  contactIds: [],
  companyIds: [],
  dealIds: [],
};

describe('the calendar over the contract', () => {
  it('creates an item, lists it, and announces the change', async () => {
    const created = await app.call('calendar.create', { event: call });
    expect(app.events.some((e) => e.event === 'data.changed')).toBe(true);
    const week = await app.call('calendar.range', { from: '2026-11-23', to: '2026-11-30' });
    expect(week.map((o) => [o.eventId, o.start])).toEqual([[created.id, '2026-11-23T09:00']]);
  });

  it('refuses a reversed range and an item whose end is before its start, saying which field', async () => {
    await expect(app.call('calendar.range', { from: '2026-11-30', to: '2026-11-23' })).rejects.toThrow(/to/);
    await expect(app.call('calendar.create', { event: { ...call, end: '2026-11-23T08:00' } })).rejects.toThrow(/end/);
  });

  it('delivers a due reminder to the reminder centre and to every window, then snoozes and dismisses it', async () => {
    await app.call('calendar.create', { event: call });
    now = instantOf('2026-11-23T08:45', ZONE);
    await scheduler.wake();
    const due = app.events.filter((e) => e.event === 'reminders.due');
    expect(due).toHaveLength(1);
    const [alert] = await app.call('reminders.open', {});
    expect(alert).toMatchObject({ title: call.title, missed: false, minutesBefore: 15 });
    await app.call('reminders.snooze', { id: alert!.id, for: 'tenMinutes' });
    expect(localTimeOf(scheduler.armedFor!, ZONE)).toBe('2026-11-23T08:55');
    await app.call('reminders.dismiss', { id: alert!.id });
    expect(await app.call('reminders.open', {})).toEqual([]);
    await expect(app.call('reminders.dismiss', { id: alert!.id })).rejects.toThrow(/dismissed/);
  });
});

describe('snoozes and notifications', () => {
  it('snoozes until 9:00 tomorrow on the computer’s clock', () => {
    const late = instantOf('2026-11-23T23:30', 'Asia/Shanghai');
    expect(localTimeOf(snoozeUntil(late, 'Asia/Shanghai', 'tomorrowMorning'), 'Asia/Shanghai')).toBe(
      '2026-11-24T09:00',
    );
    expect(snoozeUntil(late, 'Asia/Shanghai', 'oneHour').getTime() - late.getTime()).toBe(3_600_000);
  });

  it('says who a reminder concerns, and sums up many missed ones in one notification', () => {
    const alert = (n: number, missed: boolean): ReminderAlert => ({
      id: n,
      eventId: n,
      occurrence: '2026-11-23T09:00',
      kind: 'call',
      title: `Call ${n}`,
      allDay: false,
      start: '2026-11-23T09:00',
      timeZone: ZONE,
      location: '',
      minutesBefore: 0,
      dueAt: '2026-11-23T08:00:00.000Z',
      deliveredAt: '2026-11-23T08:00:00.000Z',
      missed,
      snoozedUntil: null,
      links: [{ entityType: 'contact', entityId: 1, name: '王伟' }],
    });
    const texts = notificationTexts(
      [alert(1, false), ...[2, 3, 4, 5].map((n) => alert(n, true))],
      'zh-CN',
      () => '09:00',
    );
    expect(texts.map((t) => [t.title, t.body])).toEqual([
      ['Call 1', '09:00 · 王伟'],
      ['4 个错过的提醒', '在 Rapport 的提醒中心查看。'],
    ]);
    expect(notificationTexts([alert(2, true)], 'en', () => '9:00 AM')[0]!.title).toBe('Missed: Call 2');
  });
});
