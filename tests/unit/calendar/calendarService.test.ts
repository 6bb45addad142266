// Calendar items through the service on a real SQLite file: what the week view reads, repeats and their
// exceptions, links to people and companies, validation that names the field.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { WEEKDAYS, type Repeat } from '@shared/domain/calendar';
import { repeatToRrule, rruleToRepeat, weekdayOrdinalOf } from '@shared/domain/repeat';
import { eventInput, type EventInput } from '@shared/validation/calendar';
import {
  calendarRange,
  cancelOccurrence,
  createEvent,
  getEvent,
  moveOccurrence,
  setOccurrenceDone,
  updateEvent,
} from '../../../src-main/calendar/calendarService';
import { person } from '../../support/fixtures';
import { createTestApp, type TestApp } from '../../support/testApp';

let app: TestApp;
beforeEach(async () => {
  app = await createTestApp({ clock: { now: () => new Date('2026-11-22T02:00:00Z'), zone: () => 'Asia/Shanghai' } });
});
afterEach(async () => {
  await app.cleanup();
});

const input = (over: Partial<EventInput>): EventInput =>
  eventInput.parse({
    kind: 'appointment',
    title: 'Visit Mr. Wang',
    allDay: false,
    start: '2026-11-23T10:00',
    end: '2026-11-23T11:00',
    location: '浦东新区世纪大道1号',
    notes: '',
    repeat: null,
    reminders: [30],
    contactIds: [],
    companyIds: [],
    dealIds: [],
    ...over,
  });

describe('the calendar', () => {
  it('lists the week: one-off items, every occurrence of a repeat, and items made in another zone where they fall here', async () => {
    const wang = await app.call('contacts.create', { contact: person({ givenName: '伟', familyName: '王' }) });
    await createEvent(app.ctx, input({ contactIds: [wang.id] }));
    const weekly: Repeat = {
      freq: 'weekly',
      interval: 1,
      weekdays: ['MO', 'TH'],
      monthlyBy: 'date',
      end: { kind: 'never' },
    };
    await createEvent(
      app.ctx,
      input({ kind: 'call', title: 'Sales call', start: '2026-11-02T09:00', end: '2026-11-02T09:30', repeat: weekly }),
    );
    await createEvent(
      app.ctx,
      input({
        title: 'Call from New York',
        start: '2026-11-25T20:00',
        end: '2026-11-25T20:30',
        timeZone: 'America/New_York',
      }),
    );
    await createEvent(app.ctx, input({ title: 'Last week', start: '2026-11-16T10:00', end: '2026-11-16T11:00' }));
    const week = await calendarRange(app.ctx, '2026-11-23T00:00', '2026-11-30T00:00');
    expect(week.map((o) => [o.title, o.start])).toEqual([
      ['Sales call', '2026-11-23T09:00'],
      ['Visit Mr. Wang', '2026-11-23T10:00'],
      ['Sales call', '2026-11-26T09:00'],
      ['Call from New York', '2026-11-26T09:00'], // 20:00 EST is 09:00 the next day in Shanghai
    ]);
    expect(week[1]!.links).toEqual([{ entityType: 'contact', entityId: wang.id, name: '王伟' }]);
  });

  it('moves, cancels and ticks off single occurrences without touching the rest of the series', async () => {
    const daily: Repeat = {
      freq: 'daily',
      interval: 1,
      weekdays: [],
      monthlyBy: 'date',
      end: { kind: 'count', count: 5 },
    };
    const task = await createEvent(
      app.ctx,
      input({ kind: 'task', title: 'Check orders', start: '2026-11-23T08:00', end: '2026-11-23T08:15', repeat: daily }),
    );
    await moveOccurrence(app.ctx, task.id, '2026-11-24T08:00', { start: '2026-11-24T15:00', end: '2026-11-24T15:15' });
    await cancelOccurrence(app.ctx, task.id, '2026-11-25T08:00');
    await setOccurrenceDone(app.ctx, task.id, '2026-11-26T08:00', true);
    const week = await calendarRange(app.ctx, '2026-11-23T00:00', '2026-11-30T00:00');
    expect(week.map((o) => [o.start, o.moved, o.doneAt !== null])).toEqual([
      ['2026-11-23T08:00', false, false],
      ['2026-11-24T15:00', true, false],
      ['2026-11-26T08:00', false, true],
      ['2026-11-27T08:00', false, false],
    ]);
    await expect(
      moveOccurrence(app.ctx, task.id, '2026-11-23T09:00', { start: '2026-11-23T10:00', end: '2026-11-23T10:15' }),
    ).rejects.toThrow(/no occurrence at 2026-11-23T09:00/);
    // Changing the series' start starts it afresh: the per-occurrence changes go.
    await updateEvent(
      app.ctx,
      task.id,
      input({ kind: 'task', title: 'Check orders', start: '2026-11-23T07:30', end: '2026-11-23T07:45', repeat: daily }),
    );
    expect(
      (await calendarRange(app.ctx, '2026-11-23T00:00', '2026-11-30T00:00')).map((o) => o.start.slice(11)),
    ).toEqual(['07:30', '07:30', '07:30', '07:30', '07:30']);
  });

  it('refuses a person who does not exist, an unknown zone, and an end before the start, naming the field', async () => {
    await expect(createEvent(app.ctx, input({ contactIds: [999] }))).rejects.toMatchObject({
      issues: [{ path: 'event.contactIds' }],
    });
    await expect(createEvent(app.ctx, input({ timeZone: 'Mars/Olympus_Mons' }))).rejects.toMatchObject({
      issues: [{ path: 'event.timeZone' }],
    });
    const parsed = eventInput.safeParse({ ...input({}), end: '2026-11-23T09:00' });
    expect(parsed.success).toBe(false);
    expect(parsed.error!.issues[0]).toMatchObject({ path: ['end'], message: 'validation.endBeforeStart' });
    expect(eventInput.safeParse({ ...input({}), start: '2026-02-30T10:00' }).success).toBe(false);
  });

  it('reads back what was written, with the repeat in the form the form shows', async () => {
    const monthly: Repeat = {
      freq: 'monthly',
      interval: 1,
      weekdays: [],
      monthlyBy: 'weekday',
      end: { kind: 'until', date: '2027-06-30' },
    };
    const created = await createEvent(
      app.ctx,
      input({ start: '2026-11-24T10:00', end: '2026-11-24T11:00', repeat: monthly, reminders: [1440, 15] }),
    );
    expect(await getEvent(app.ctx, created.id)).toMatchObject({
      repeat: monthly,
      reminders: [15, 1440],
      timeZone: 'Asia/Shanghai',
    });
  });
});

describe('repeat rules', () => {
  it('round-trips every form the form offers through RRULE', () => {
    const start = '2026-11-24T10:00'; // the fourth Tuesday, and the last one of November
    const forms: Repeat[] = [
      { freq: 'daily', interval: 2, weekdays: [], monthlyBy: 'date', end: { kind: 'never' } },
      {
        freq: 'weekly',
        interval: 1,
        weekdays: ['MO', 'WE', 'FR'],
        monthlyBy: 'date',
        end: { kind: 'count', count: 10 },
      },
      { freq: 'monthly', interval: 1, weekdays: [], monthlyBy: 'date', end: { kind: 'until', date: '2027-01-31' } },
      { freq: 'monthly', interval: 3, weekdays: [], monthlyBy: 'weekday', end: { kind: 'never' } },
      { freq: 'yearly', interval: 1, weekdays: [], monthlyBy: 'date', end: { kind: 'never' } },
    ];
    for (const form of forms) expect(rruleToRepeat(repeatToRrule(form, start), start)).toEqual(form);
    expect(repeatToRrule(forms[3]!, start)).toBe('FREQ=MONTHLY;INTERVAL=3;BYDAY=-1TU');
    expect(weekdayOrdinalOf('2026-11-10')).toBe(2);
  });

  it('keeps a rule the form cannot show as a custom rule, exactly', () => {
    const rrule = 'FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1';
    expect(rruleToRepeat(rrule, '2026-11-30T09:00')).toEqual({ freq: 'custom', rrule });
    expect(WEEKDAYS).toHaveLength(7);
  });
});

describe('the Today screen', () => {
  it('lists today’s agenda, tasks left undone earlier, and the week’s birthdays with the age they turn', async () => {
    // The clock: 2026-11-22 10:00 in Shanghai.
    const today = (over: Partial<EventInput>) => createEvent(app.ctx, input(over));
    await today({ title: 'Morning call', kind: 'call', start: '2026-11-22T09:00', end: '2026-11-22T09:30' });
    await today({ title: 'Tomorrow', start: '2026-11-23T09:00', end: '2026-11-23T10:00' });
    const late = await today({
      title: 'Send the quote',
      kind: 'task',
      start: '2026-11-20T09:00',
      end: '2026-11-20T09:00',
    });
    const doneTask = await today({
      title: 'Done already',
      kind: 'task',
      start: '2026-11-19T09:00',
      end: '2026-11-19T09:00',
    });
    await setOccurrenceDone(app.ctx, doneTask.id, '2026-11-19T09:00', true);
    await today({ title: 'Old visit', kind: 'visit', start: '2026-11-18T09:00', end: '2026-11-18T10:00' });
    const born = async (givenName: string, birthday: string) =>
      app.call('contacts.create', { contact: person({ givenName, familyName: 'Test', birthday }) });
    await born('Ada', '1990-11-24');
    await born('Bo', '--11-22');
    await born('Cy', '1980-11-29'); // eight days away: not this week
    const data = await app.call('calendar.today', {});
    expect(data.date).toBe('2026-11-22');
    expect(data.agenda.map((o) => o.title)).toEqual(['Morning call']);
    expect(data.overdue.map((o) => [o.eventId, o.title])).toEqual([[late.id, 'Send the quote']]);
    expect(data.birthdays.map((b) => [b.name, b.date, b.turns])).toEqual([
      ['Bo Test', '2026-11-22', null],
      ['Ada Test', '2026-11-24', 36],
    ]);
  });
});

describe('birthdays on the calendar', () => {
  it('shows each birthday in the range, 29 February on the 28th in other years, and not for people in the Trash', async () => {
    const born = async (givenName: string, birthday: string) =>
      app.call('contacts.create', { contact: person({ givenName, familyName: 'Test', birthday }) });
    await born('Leap', '2000-02-29');
    await born('Mo', '--03-01');
    const gone = await born('Gone', '1999-02-28');
    await app.call('contacts.delete', { ids: [gone.id] });
    const feb2027 = await app.call('calendar.birthdays', { from: '2027-02-20', to: '2027-03-05' });
    expect(feb2027.map((b) => [b.name, b.date, b.turns])).toEqual([
      ['Leap Test', '2027-02-28', 27],
      ['Mo Test', '2027-03-01', null],
    ]);
    const feb2028 = await app.call('calendar.birthdays', { from: '2028-02-27', to: '2028-03-02' });
    expect(feb2028.map((b) => [b.name, b.date])).toEqual([
      ['Leap Test', '2028-02-29'],
      ['Mo Test', '2028-03-01'],
    ]);
  });

  it('are shown by default, and the tray is on by default only on Windows', async () => {
    const settings = await app.call('settings.get', {});
    expect(settings.showBirthdays).toBe(true);
    expect(settings.keepRunningInTray).toBe(process.platform === 'win32');
    expect((await app.call('settings.update', { keepRunningInTray: true, startAtLogin: true })).startAtLogin).toBe(
      true,
    );
  });
});
