// iCalendar (.ics) export and import on real SQLite files: what a user sees after moving a calendar between
// Rapport and Outlook, Google Calendar or Apple Calendar — titles, times on the right wall clock in the right
// zone, repeats with their cancelled and moved occurrences, reminders — and that a broken file says what is wrong
// and changes nothing. The fixtures in tests/fixtures/ics are in the shapes those programs write.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import ICAL from 'ical.js';
import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CalendarEvent } from '@shared/domain/calendar';
import { eventInput, type EventInput } from '@shared/validation/calendar';
import {
  calendarRange,
  cancelOccurrence,
  createEvent,
  getEvent,
  moveOccurrence,
  setOccurrenceDone,
} from '../../../src-main/calendar/calendarService';
import { exportIcs, importIcs, vtimezone } from '../../../src-main/calendar/icalendar';
import { instantOf, localTimeOf } from '../../../src-main/calendar/wallClock';
import { runCli } from '../../../src-main/cli/runCli';
import { openSqlite } from '../../../src-main/db/connection';
import type { Clock } from '../../../src-main/ports';
import { person } from '../../support/fixtures';
import { createTestApp, type TestApp } from '../../support/testApp';

const FIXTURES = resolve(import.meta.dirname, '../../fixtures/ics');
const fixture = (name: string) => new Uint8Array(readFileSync(join(FIXTURES, name)));
const SHANGHAI: Clock = { now: () => new Date('2026-11-22T02:00:00Z'), zone: () => 'Asia/Shanghai' };

const apps: TestApp[] = [];
async function newApp(clock: Clock = SHANGHAI): Promise<TestApp> {
  const app = await createTestApp({ clock });
  apps.push(app);
  return app;
}
let app: TestApp;
beforeEach(async () => {
  app = await newApp();
});
afterEach(async () => {
  for (const a of apps.splice(0)) await a.cleanup().catch(() => undefined);
});

const input = (over: Partial<EventInput>): EventInput =>
  eventInput.parse({
    kind: 'appointment',
    title: 'Meeting',
    allDay: false,
    start: '2026-11-24T09:00',
    end: '2026-11-24T10:00',
    location: '',
    notes: '',
    repeat: null,
    reminders: [],
    contactIds: [],
    companyIds: [],
    dealIds: [],
    ...over,
  });

/** Rows in every calendar table: a failed import must leave all of them as they were. */
async function rowCounts(a: TestApp) {
  const count = async (table: 'event' | 'event_reminder' | 'event_exception' | 'reminder_next' | 'event_link') =>
    Number(
      (
        await a.ctx.db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );
  return {
    event: await count('event'),
    reminder: await count('event_reminder'),
    exception: await count('event_exception'),
    next: await count('reminder_next'),
    link: await count('event_link'),
  };
}

async function allEvents(a: TestApp): Promise<CalendarEvent[]> {
  const ids = await a.ctx.db.selectFrom('event').select('id').where('deleted_at', 'is', null).orderBy('id').execute();
  return Promise.all(ids.map((r) => getEvent(a.ctx, r.id)));
}
const byTitle = async (a: TestApp, title: string) => (await allEvents(a)).find((e) => e.title === title)!;

/** What the calendar shows: title, start and end on the computer's wall clock, moved, ticked off. */
async function shown(a: TestApp, from = '2026-11-01T00:00', to = '2027-01-01T00:00') {
  return (await calendarRange(a.ctx, from, to)).map((o) => [o.title, o.start, o.end, o.moved, o.doneAt !== null]);
}

/** A calendar with one of everything Rapport can express. */
async function fillCalendar(a: TestApp) {
  const wang = await a.call('contacts.create', { contact: person({ givenName: '伟', familyName: '王' }) });
  const weekly = await createEvent(
    a.ctx,
    input({
      kind: 'call',
      title: 'Sales call',
      start: '2026-11-23T09:00',
      end: '2026-11-23T09:30',
      location: '会议室 3',
      notes: 'Agenda:\n- prices, discounts; delivery\n- samples',
      repeat: {
        freq: 'weekly',
        interval: 1,
        weekdays: ['MO', 'TH'],
        monthlyBy: 'date',
        end: { kind: 'until', date: '2027-01-31' },
      },
      reminders: [15, 60],
    }),
  );
  await cancelOccurrence(a.ctx, weekly.id, '2026-11-26T09:00');
  await moveOccurrence(a.ctx, weekly.id, '2026-11-30T09:00', { start: '2026-12-01T14:00', end: '2026-12-01T14:30' });
  await createEvent(
    a.ctx,
    input({ title: 'Canton fair', allDay: true, start: '2026-12-01', end: '2026-12-04', reminders: [1440] }),
  );
  const daily = await createEvent(
    a.ctx,
    input({
      kind: 'task',
      title: 'Check orders',
      start: '2026-11-23T08:00',
      end: '2026-11-23T08:15',
      repeat: { freq: 'daily', interval: 1, weekdays: [], monthlyBy: 'date', end: { kind: 'count', count: 5 } },
      reminders: [0],
    }),
  );
  await setOccurrenceDone(a.ctx, daily.id, '2026-11-24T08:00', true);
  const quote = await createEvent(
    a.ctx,
    input({ kind: 'task', title: 'Send quotation', start: '2026-11-25T17:00', end: '2026-11-25T17:00' }),
  );
  await setOccurrenceDone(a.ctx, quote.id, '2026-11-25T17:00', true);
  await createEvent(
    a.ctx,
    input({
      kind: 'call',
      title: 'Call New York',
      start: '2026-11-25T20:00',
      end: '2026-11-25T20:30',
      timeZone: 'America/New_York',
      reminders: [10],
    }),
  );
  await createEvent(
    a.ctx,
    input({
      title: 'Board meeting',
      start: '2026-12-08T10:00',
      end: '2026-12-08T12:00',
      repeat: { freq: 'custom', rrule: 'FREQ=MONTHLY;BYDAY=TU;BYSETPOS=2' },
      notes: '长'.repeat(120),
    }),
  );
  await createEvent(
    a.ctx,
    input({ kind: 'follow_up', title: 'Ask about samples', allDay: true, start: '2026-11-27', end: '2026-11-28' }),
  );
  await createEvent(
    a.ctx,
    input({
      kind: 'visit',
      title: 'Visit Mr. Wang',
      start: '2026-11-27T15:00',
      end: '2026-11-27T16:00',
      contactIds: [wang.id],
    }),
  );
}

const comparable = (e: CalendarEvent) => ({
  kind: e.kind,
  title: e.title,
  allDay: e.allDay,
  start: e.start,
  end: e.end,
  timeZone: e.timeZone,
  location: e.location,
  notes: e.notes,
  repeat: e.repeat,
  reminders: e.reminders,
  doneAt: e.doneAt,
});

describe('export, then import into a fresh database', () => {
  it('reproduces titles, times, zones, repeats, exceptions, ticked-off tasks and reminders', async () => {
    await fillCalendar(app);
    const text = await exportIcs(app.ctx);
    const fresh = await newApp();
    const summary = await importIcs(fresh.ctx, 'rapport.ics', new TextEncoder().encode(text));
    expect(summary).toMatchObject({ items: 8, created: 8, skipped: 0, warnings: [], dryRun: false });

    const before = (await allEvents(app)).map(comparable);
    const after = (await allEvents(fresh)).map(comparable);
    // People cannot come along to another database: who the visit was with is kept in its notes.
    const visit = before.find((e) => e.title === 'Visit Mr. Wang')!;
    visit.notes = 'With: 王伟';
    expect(after).toEqual(before);
    expect(after.find((e) => e.title === 'Board meeting')!.repeat).toEqual({
      freq: 'custom',
      rrule: 'FREQ=MONTHLY;BYDAY=TU;BYSETPOS=2',
    });

    // The same occurrences on the same days (cancelled, moved, ticked off), and the same reminders planned.
    expect(await shown(fresh)).toEqual(await shown(app));
    expect(await shown(fresh, '2026-11-26T00:00', '2026-12-02T00:00')).toEqual([
      ['Check orders', '2026-11-26T08:00', '2026-11-26T08:15', false, false],
      ['Call New York', '2026-11-26T09:00', '2026-11-26T09:30', false, false], // 20:00 the day before in New York
      // Sales call on Thursday 26 November: cancelled.
      ['Ask about samples', '2026-11-27', '2026-11-28', false, false],
      ['Check orders', '2026-11-27T08:00', '2026-11-27T08:15', false, false],
      ['Visit Mr. Wang', '2026-11-27T15:00', '2026-11-27T16:00', false, false],
      ['Canton fair', '2026-12-01', '2026-12-04', false, false],
      ['Sales call', '2026-12-01T14:00', '2026-12-01T14:30', true, false], // moved from Monday 30 November
    ]);
    expect((await shown(fresh, '2026-11-24T00:00', '2026-11-25T00:00')).filter((o) => o[0] === 'Check orders')).toEqual(
      [['Check orders', '2026-11-24T08:00', '2026-11-24T08:15', false, true]],
    );
    const due = async (a: TestApp) =>
      (
        await a.ctx.db.selectFrom('reminder_next').select(['due_at', 'occurrence_local']).orderBy('due_at').execute()
      ).map((r) => `${r.due_at} ${r.occurrence_local}`);
    expect(await due(fresh)).toEqual(await due(app));
    expect((await due(fresh)).length).toBe(5);
  });

  it('writes a file other calendars read: CRLF lines of at most 75 octets, VTIMEZONEs, VEVENT/VTODO, EXDATE, RECURRENCE-ID, VALARM', async () => {
    await fillCalendar(app);
    const text = await exportIcs(app.ctx);
    expect(text.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(text.endsWith('\r\n\r\n')).toBe(false);
    const lines = text.slice(0, -2).split('\r\n');
    expect(lines.every((l) => !l.includes('\n') && !l.includes('\r'))).toBe(true);
    expect(Math.max(...lines.map((l) => Buffer.byteLength(l)))).toBeLessThanOrEqual(75);
    expect(lines.some((l) => l.startsWith(' '))).toBe(true); // the long notes were folded
    for (const line of ['PRODID:-//Rapport//Rapport CRM//EN', 'VERSION:2.0', 'CALSCALE:GREGORIAN'])
      expect(lines).toContain(line);

    const calendar = new ICAL.Component(ICAL.parse(text));
    expect(calendar.getAllSubcomponents('vtimezone').map((z) => z.getFirstPropertyValue('tzid'))).toEqual([
      'Asia/Shanghai',
      'America/New_York',
    ]);
    const items = calendar.getAllSubcomponents().filter((c) => c.name === 'vevent' || c.name === 'vtodo');
    const named = (title: string) => items.filter((c) => c.getFirstPropertyValue('summary') === title);
    const [call, moved] = named('Sales call');
    expect(call!.name).toBe('vevent');
    expect(call!.getFirstPropertyValue('uid')).toMatch(/^rapport-event-\d+@rapport\.local$/);
    expect(call!.getFirstPropertyValue('categories')).toBe('call');
    expect(lines).toContain('DTSTART;TZID=Asia/Shanghai:20261123T090000');
    expect(String(call!.getFirstPropertyValue('rrule'))).toBe('FREQ=WEEKLY;BYDAY=MO,TH;UNTIL=20270131T155959Z');
    expect(lines).toContain('EXDATE;TZID=Asia/Shanghai:20261126T090000');
    expect(moved!.getFirstPropertyValue('uid')).toBe(call!.getFirstPropertyValue('uid'));
    expect(moved!.getFirstProperty('recurrence-id')!.toICALString()).toBe(
      'RECURRENCE-ID;TZID=Asia/Shanghai:20261130T090000',
    );
    expect(
      call!
        .getAllSubcomponents('valarm')
        .map((v) => [v.getFirstPropertyValue('action'), String(v.getFirstPropertyValue('trigger'))]),
    ).toEqual([
      ['DISPLAY', '-PT15M'],
      ['DISPLAY', '-PT1H'],
    ]);
    const fair = named('Canton fair')[0]!;
    expect(fair.getFirstProperty('dtstart')!.toICALString()).toBe('DTSTART;VALUE=DATE:20261201');
    expect(fair.getFirstProperty('dtend')!.toICALString()).toBe('DTEND;VALUE=DATE:20261204');
    // 1 day before an all-day item is 9:00 the day before: 15 hours before its midnight.
    expect(String(fair.getFirstSubcomponent('valarm')!.getFirstPropertyValue('trigger'))).toBe('-PT15H');
    const quote = named('Send quotation')[0]!;
    expect(quote.name).toBe('vtodo');
    expect(quote.getFirstPropertyValue('status')).toBe('COMPLETED');
    expect(quote.getFirstProperty('due')!.toICALString()).toBe('DUE;TZID=Asia/Shanghai:20261125T170000');
    const [orders, ordersDone] = named('Check orders');
    expect(orders!.name).toBe('vtodo');
    expect(ordersDone!.getFirstProperty('recurrence-id')!.toICALString()).toContain('20261124T080000');
    expect(ordersDone!.getFirstPropertyValue('status')).toBe('COMPLETED');
    expect(named('Visit Mr. Wang')[0]!.getFirstPropertyValue('description')).toBe('With: 王伟');
    expect(lines).toContain('DTSTART;TZID=America/New_York:20261125T200000');

    // Stable: the same calendar exports to the same text (the same UIDs: other calendars update, not duplicate).
    expect(await exportIcs(app.ctx)).toBe(text);
  });

  it('importing Rapport’s own export again adds nothing', async () => {
    await fillCalendar(app);
    const before = await rowCounts(app);
    const summary = await importIcs(app.ctx, 'rapport.ics', new TextEncoder().encode(await exportIcs(app.ctx)));
    expect(summary).toMatchObject({ items: 8, created: 0, skipped: 8 });
    expect(summary.warnings.every((w) => /already in Rapport/.test(w.message))).toBe(true);
    expect(await rowCounts(app)).toEqual(before);
  });

  it('exports one event, or the items with an occurrence between two dates', async () => {
    const november = await createEvent(
      app.ctx,
      input({ title: 'November', start: '2026-11-24T09:00', end: '2026-11-24T10:00' }),
    );
    await createEvent(app.ctx, input({ title: 'March', start: '2027-03-01T09:00', end: '2027-03-01T10:00' }));
    await createEvent(
      app.ctx,
      input({
        title: 'Weekly until Christmas',
        start: '2026-11-02T09:00',
        end: '2026-11-02T10:00',
        repeat: {
          freq: 'weekly',
          interval: 1,
          weekdays: [],
          monthlyBy: 'date',
          end: { kind: 'until', date: '2026-12-21' },
        },
      }),
    );
    await createEvent(
      app.ctx,
      input({
        title: 'Every Monday',
        start: '2026-01-05T09:00',
        end: '2026-01-05T10:00',
        repeat: { freq: 'weekly', interval: 1, weekdays: [], monthlyBy: 'date', end: { kind: 'never' } },
      }),
    );
    // 23:30 in New York on 31 December is 12:30 on 1 January in Shanghai: in a range starting 1 January.
    await createEvent(
      app.ctx,
      input({
        title: 'New Year call',
        start: '2026-12-31T23:30',
        end: '2027-01-01T00:00',
        timeZone: 'America/New_York',
      }),
    );
    const titles = (text: string) =>
      new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent').map((c) => c.getFirstPropertyValue('summary'));
    expect(titles(await exportIcs(app.ctx, { from: '2027-01-01', to: '2027-12-31' }))).toEqual([
      'March',
      'Every Monday',
      'New Year call',
    ]);
    expect(titles(await exportIcs(app.ctx, { to: '2026-11-30' }))).toEqual([
      'November',
      'Weekly until Christmas',
      'Every Monday',
    ]);
    // A Tuesday: the weekly items are on Mondays.
    expect(titles(await exportIcs(app.ctx, { from: '2026-11-24', to: '2026-11-24' }))).toEqual(['November']);
    expect(titles(await exportIcs(app.ctx, { from: '2026-11-23', to: '2026-11-23' }))).toEqual([
      'Weekly until Christmas',
      'Every Monday',
    ]);
    expect(titles(await exportIcs(app.ctx, { eventIds: [november.id] }))).toEqual(['November']);
    await expect(exportIcs(app.ctx, { from: '2026-02-30' })).rejects.toThrow(/date like 2026-11-23/);
  });
});

describe('VTIMEZONE', () => {
  it.each([
    ['America/New_York', 2025, 2028],
    ['Europe/Berlin', 2025, 2028],
    ['Australia/Sydney', 2025, 2028],
    ['Asia/Shanghai', 2026, 2026],
    // Brazil stopped changing its clocks in 2019: the old rule must not run on.
    ['America/Sao_Paulo', 2017, 2022],
  ])('for %s puts every wall-clock time at the instant the tz database does', (zone, first, last) => {
    const calendar = new ICAL.Component(['vcalendar', [], []]);
    calendar.addSubcomponent(vtimezone(zone, { first, last }));
    const parsed = new ICAL.Component(ICAL.parse(ICAL.stringify(calendar.toJSON())));
    const tz = new ICAL.Timezone({ component: parsed.getFirstSubcomponent('vtimezone')!, tzid: zone });
    const wrong: string[] = [];
    let checked = 0;
    for (let day = Date.UTC(first, 0, 1); day < Date.UTC(last + 1, 0, 1); day += 86_400_000) {
      const d = new Date(day);
      // The hours around every zone's changes (00:00–04:00 local), and midday.
      for (const [hour, minute] of [
        [0, 30],
        [1, 30],
        [2, 30],
        [3, 30],
        [12, 0],
        [23, 30],
      ] as const) {
        const local = `${d.toISOString().slice(0, 10)}T${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
        const instant = instantOf(local, zone);
        // Times the clock skips, or shows twice, have no one answer: left out.
        const skipped = localTimeOf(instant, zone) !== local;
        const twice = localTimeOf(new Date(instant.getTime() + 3_600_000), zone) === local;
        if (skipped || twice) continue;
        const time = ICAL.Time.fromData(
          { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate(), hour, minute },
          tz,
        );
        checked++;
        if (time.toUnixTime() * 1000 !== instant.getTime()) wrong.push(local);
      }
    }
    expect(checked).toBeGreaterThan(365 * 5 * (last - first + 1) - 10);
    expect(wrong).toEqual([]);
  });

  it('follows the zone’s changes of rule: Brazil’s last change was in February 2019', () => {
    const text = ICAL.stringify(vtimezone('America/Sao_Paulo', { first: 2017, last: 2022 }).toJSON());
    expect(text).toContain('RRULE:FREQ=YEARLY;BYMONTH=2;BYDAY=3SU;UNTIL=20190217T020000Z');
    // No rule runs on after that: each ends (UNTIL), and the last change stands alone.
    expect(text.match(/RRULE:.*/g)!.every((rule) => rule.includes('UNTIL='))).toBe(true);
    const newYork = ICAL.stringify(vtimezone('America/New_York', { first: 2026, last: 2026 }).toJSON());
    // Outlook's shape: one DAYLIGHT and one STANDARD, each with the rule still in force (no UNTIL).
    expect(newYork.match(/RRULE:.*/g)).toEqual([
      'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU',
      'RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU',
    ]);
  });
});

describe('importing what other calendars export', () => {
  it('Outlook: Windows zone names become IANA zones ("China Standard Time" at its 09:00 in Asia/Shanghai)', async () => {
    const summary = await importIcs(app.ctx, 'outlook.ics', fixture('outlook-windows-zones.ics'));
    expect(summary).toMatchObject({ items: 4, created: 4, skipped: 0, warnings: [] });
    expect(comparable(await byTitle(app, '与王经理的价格评审'))).toEqual({
      kind: 'appointment',
      title: '与王经理的价格评审',
      allDay: false,
      start: '2026-11-24T09:00',
      end: '2026-11-24T10:00',
      timeZone: 'Asia/Shanghai',
      location: '上海市浦东新区世纪大道100号 15F',
      notes: 'Quarterly pricing review with Mr. Wang.',
      repeat: null,
      reminders: [15],
      doneAt: null,
    });
    const berlin = await byTitle(app, 'Team call (Berlin office)');
    expect([berlin.start, berlin.timeZone, berlin.reminders]).toEqual(['2026-11-02T10:00', 'Europe/Berlin', [60]]);
    // UNTIL was 09:00 UTC on 21 December: 10:00 in Berlin, so the occurrence that day is the last one.
    expect(berlin.repeat).toEqual({
      freq: 'weekly',
      interval: 1,
      weekdays: ['MO'],
      monthlyBy: 'date',
      end: { kind: 'until', date: '2026-12-21' },
    });
    // A zone Outlook calls "Customized Time Zone" is read through its VTIMEZONE: 09:00 New York is 22:00 here.
    const custom = await byTitle(app, 'Supplier visit (New York time)');
    expect([custom.start, custom.end, custom.timeZone]).toEqual([
      '2026-12-03T22:00',
      '2026-12-03T23:00',
      'Asia/Shanghai',
    ]);
    const closed = await byTitle(app, 'Office closed');
    expect([closed.allDay, closed.start, closed.end]).toEqual([true, '2026-12-25', '2026-12-26']);
    // 10:00 in Berlin (winter) is 17:00 in Shanghai; 16 November was excluded.
    expect((await shown(app)).filter((o) => o[0] === 'Team call (Berlin office)').map((o) => o[1])).toEqual([
      '2026-11-02T17:00',
      '2026-11-09T17:00',
      '2026-11-23T17:00',
      '2026-11-30T17:00',
      '2026-12-07T17:00',
      '2026-12-14T17:00',
      '2026-12-21T17:00',
    ]);
  });

  it('Google: UTC times land on the computer’s wall clock; a repeat keeps its EXDATE, moved and cancelled occurrences', async () => {
    const summary = await importIcs(app.ctx, 'google.ics', fixture('google-calendar.ics'));
    expect(summary).toMatchObject({ items: 3, created: 3, skipped: 0, warnings: [] });
    const call = await byTitle(app, 'Call with Li Na');
    // 01:00 UTC is 09:00 in Shanghai.
    expect([call.start, call.end, call.timeZone, call.reminders, call.notes]).toEqual([
      '2026-11-25T09:00',
      '2026-11-25T09:30',
      'Asia/Shanghai',
      [10],
      'Dial-in: +86 21 5555 0100, PIN 4321',
    ]);
    const review = await byTitle(app, 'Weekly pipeline review');
    expect([review.start, review.timeZone, review.reminders]).toEqual(['2026-11-02T10:00', 'America/New_York', [30]]);
    expect(review.repeat).toMatchObject({
      freq: 'weekly',
      weekdays: ['MO'],
      end: { kind: 'until', date: '2026-12-21' },
    });
    // 10:00 in New York is 23:00 in Shanghai. 16 Nov excluded (EXDATE); 23 Nov moved to Tuesday 14:00 New York
    // time (03:00 Wednesday here); 30 Nov cancelled (STATUS:CANCELLED override).
    expect((await shown(app)).filter((o) => o[0] === 'Weekly pipeline review')).toEqual([
      ['Weekly pipeline review', '2026-11-02T23:00', '2026-11-03T00:00', false, false],
      ['Weekly pipeline review', '2026-11-09T23:00', '2026-11-10T00:00', false, false],
      ['Weekly pipeline review', '2026-11-25T03:00', '2026-11-25T04:00', true, false],
      ['Weekly pipeline review', '2026-12-07T23:00', '2026-12-08T00:00', false, false],
      ['Weekly pipeline review', '2026-12-14T23:00', '2026-12-15T00:00', false, false],
      ['Weekly pipeline review', '2026-12-21T23:00', '2026-12-22T00:00', false, false],
    ]);
    const fair = await byTitle(app, 'Trade fair (Canton)');
    expect([fair.allDay, fair.start, fair.end, fair.location]).toEqual([true, '2026-12-01', '2026-12-03', 'Guangzhou']);
  });

  it('Google, on a computer in Berlin: the same UTC call is at 02:00 there', async () => {
    const berlin = await newApp({ now: SHANGHAI.now, zone: () => 'Europe/Berlin' });
    await importIcs(berlin.ctx, 'google.ics', fixture('google-calendar.ics'));
    const call = await byTitle(berlin, 'Call with Li Na');
    expect([call.start, call.timeZone]).toEqual(['2026-11-25T02:00', 'Europe/Berlin']);
  });

  it('Apple: TZID=Asia/Shanghai, alerts (not the "none" placeholder), all-day birthdays, completed reminders', async () => {
    const summary = await importIcs(app.ctx, 'apple.ics', fixture('apple-calendar.ics'));
    expect(summary).toMatchObject({ items: 4, created: 4, skipped: 0, warnings: [] });
    const visit = await byTitle(app, '拜访华强公司');
    expect([visit.start, visit.end, visit.timeZone, visit.reminders, visit.location]).toEqual([
      '2026-11-26T14:00',
      '2026-11-26T15:30',
      'Asia/Shanghai',
      [30],
      '深圳市南山区科技园',
    ]);
    const birthday = await byTitle(app, '王总生日');
    // An alert 15 hours before an all-day item's midnight is 9:00 the day before: "1 day before".
    expect([birthday.allDay, birthday.start, birthday.reminders, birthday.repeat?.freq]).toEqual([
      true,
      '2026-11-28',
      [1440],
      'yearly',
    ]);
    const quotation = await byTitle(app, 'Send the quotation to Huaqiang');
    expect([quotation.kind, quotation.start, quotation.end, quotation.doneAt]).toEqual([
      'task',
      '2026-11-25T17:00',
      '2026-11-25T17:00',
      '2026-11-24T08:00:00.000Z',
    ]);
    const samples = await byTitle(app, 'Ask about the samples');
    expect([samples.kind, samples.allDay, samples.start, samples.end, samples.doneAt]).toEqual([
      'follow_up',
      true,
      '2026-11-27',
      '2026-11-28',
      null,
    ]);
  });

  it('importing the same file twice adds nothing the second time', async () => {
    await importIcs(app.ctx, 'google.ics', fixture('google-calendar.ics'));
    const before = await rowCounts(app);
    const again = await importIcs(app.ctx, 'google.ics', fixture('google-calendar.ics'));
    expect(again).toMatchObject({ items: 3, created: 0, skipped: 3 });
    expect(again.warnings.map((w) => w.message)).toEqual(
      Array(3).fill('already in the calendar (same title and times); skipped'),
    );
    expect(await rowCounts(app)).toEqual(before);
  });

  it('a dry run reports and writes nothing', async () => {
    const summary = await importIcs(app.ctx, 'outlook.ics', fixture('outlook-windows-zones.ics'), { dryRun: true });
    expect(summary).toMatchObject({ items: 4, created: 4, skipped: 0, dryRun: true });
    expect((await rowCounts(app)).event).toBe(0);
  });
});

describe('bad input', () => {
  let before: Awaited<ReturnType<typeof rowCounts>>;
  beforeEach(async () => {
    // Something already in the calendar, so "unchanged" is not just "empty".
    await createEvent(app.ctx, input({ title: 'Existing', reminders: [15] }));
    before = await rowCounts(app);
  });

  it.each([
    ['broken-line.ics', /broken-line\.ics could not be read at line 8: .*"SUMMARY Lunch with the Chens"/],
    ['cut-short.ics', /cut-short\.ics is cut short: the VEVENT begun on line 11 never ends/],
    ['no-events.ics', /no-events\.ics has no events or tasks/],
  ])('%s is refused with the line, and the database is unchanged', async (name, message) => {
    await expect(importIcs(app.ctx, name, fixture(name))).rejects.toMatchObject({ code: 'invalid_input', message });
    expect(await rowCounts(app)).toEqual(before);
  });

  it('refuses a file that is not iCalendar, and a mismatched END, saying where', async () => {
    const vcard = new Uint8Array(readFileSync(resolve(import.meta.dirname, '../../fixtures/vcard/google-3.0.vcf')));
    await expect(importIcs(app.ctx, 'contacts.ics', vcard)).rejects.toThrow(
      /contacts\.ics is not an iCalendar file: it should begin with BEGIN:VCALENDAR \(line 1 is "BEGIN:VCARD"\)/,
    );
    const mismatched = 'BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDTSTART:20261124T090000Z\r\nEND:VTODO\r\nEND:VCALENDAR\r\n';
    await expect(importIcs(app.ctx, 'x.ics', new TextEncoder().encode(mismatched))).rejects.toThrow(
      /line 4 \(END:VTODO\) should end the VEVENT begun on line 2/,
    );
    const badRule =
      'BEGIN:VCALENDAR\nBEGIN:VEVENT\nDTSTART:20261124T090000Z\nRRULE:FREQ=FORTNIGHTLY\nEND:VEVENT\nEND:VCALENDAR\n';
    await expect(importIcs(app.ctx, 'x.ics', new TextEncoder().encode(badRule))).rejects.toThrow(
      /at line 4: invalid frequency "FORTNIGHTLY"/,
    );
    await expect(importIcs(app.ctx, 'empty.ics', new Uint8Array(0))).rejects.toThrow(/empty\.ics is empty/);
    expect(await rowCounts(app)).toEqual(before);
  });

  it('refuses a file over 50 MB before reading it', async () => {
    const huge = new Uint8Array(51 * 1024 * 1024);
    huge.set(new TextEncoder().encode('BEGIN:VCALENDAR\r\n'));
    await expect(importIcs(app.ctx, 'huge.ics', huge)).rejects.toMatchObject({
      code: 'invalid_input',
      message: expect.stringMatching(/^huge\.ics is 51 MB; Rapport reads calendar files of up to 50 MB/),
    });
    expect(await rowCounts(app)).toEqual(before);
  });

  it('refuses a file with a time zone it cannot know, naming the zone, the item and the line', async () => {
    for (const dryRun of [true, false])
      await expect(importIcs(app.ctx, 'mars.ics', fixture('unknown-zone.ics'), { dryRun })).rejects.toMatchObject({
        code: 'invalid_input',
        message:
          'mars.ics, line 7: the time zone "Mars/Olympus_Mons" (of “Briefing in a zone nobody knows”) is not one Rapport knows, and the file does not define it (no VTIMEZONE for it). Nothing was imported.',
      });
    expect(await rowCounts(app)).toEqual(before);
  });

  it('skips bad items with a warning naming them and their line, and imports the rest', async () => {
    const summary = await importIcs(app.ctx, 'some-bad.ics', fixture('bad-items.ics'));
    expect(summary).toMatchObject({ items: 5, created: 2, skipped: 3 });
    expect(summary.warnings).toEqual([
      {
        uid: 'bad-date@example.com',
        summary: 'Meeting on the 45th of the 13th month',
        message: 'line 14: DTSTART is not a real date or time ("2026-13-45T09:00:00"); skipped',
      },
      {
        uid: 'backwards@example.com',
        summary: 'Ends before it starts',
        message: 'line 22: it ends before it starts; it was given one hour',
      },
      {
        uid: 'good-1@example.com',
        summary: 'A good meeting',
        message: 'line 25: the UID good-1@example.com appears twice in the file; the second was skipped',
      },
      {
        uid: 'no-start@example.com',
        summary: 'No start at all',
        message: 'line 32: the event has no DTSTART; skipped',
      },
    ]);
    expect((await allEvents(app)).map((e) => [e.title, e.start, e.end])).toEqual([
      ['Existing', '2026-11-24T09:00', '2026-11-24T10:00'],
      ['A good meeting', '2026-11-24T09:00', '2026-11-24T10:00'],
      ['Ends before it starts', '2026-11-26T15:00', '2026-11-26T16:00'],
    ]);
  });

  it('is all or nothing: a failure while writing leaves the database as it was', async () => {
    // The database itself refuses the third item half-way through the import.
    await sql`create trigger refuse_boom before insert on event when new.title = 'Boom' begin select raise(abort, 'boom'); end`.execute(
      app.ctx.db,
    );
    const events = ['First', 'Second', 'Boom', 'Fourth']
      .map(
        (title, i) =>
          `BEGIN:VEVENT\r\nUID:${i}@example.com\r\nDTSTART:2026112${i}T010000Z\r\nSUMMARY:${title}\r\nBEGIN:VALARM\r\nACTION:DISPLAY\r\nTRIGGER:-PT5M\r\nEND:VALARM\r\nEND:VEVENT\r\n`,
      )
      .join('');
    const file = new TextEncoder().encode(`BEGIN:VCALENDAR\r\nVERSION:2.0\r\n${events}END:VCALENDAR\r\n`);
    await expect(importIcs(app.ctx, 'boom.ics', file)).rejects.toThrow(/boom/);
    expect(await rowCounts(app)).toEqual(before);
  });
});

describe('rapport calendar import / export', () => {
  async function cli(args: string[]) {
    let out = '';
    let err = '';
    const code = await runCli(args, { out: (s) => (out += s), err: (s) => (err += s), env: {} });
    return { code, out, err };
  }
  const countIn = (file: string) => {
    const sqlite = openSqlite(file, { readonly: true });
    try {
      return (sqlite.prepare('select count(*) n from event').get() as { n: number }).n;
    } finally {
      sqlite.close();
    }
  };
  beforeEach(async () => {
    await app.close(); // the CLI opens the file itself
  });

  it('imports with exit 0, a summary, --json and --dry-run', async () => {
    const file = join(FIXTURES, 'google-calendar.ics');
    const dry = await cli(['--db', app.file, 'calendar', 'import', file, '--dry-run', '--json']);
    expect(dry.code).toBe(0);
    expect(JSON.parse(dry.out)).toMatchObject({ fileName: 'google-calendar.ics', items: 3, created: 3, dryRun: true });
    expect(countIn(app.file)).toBe(0);

    const real = await cli(['--db', app.file, 'calendar', 'import', file]);
    expect(real).toMatchObject({ code: 0, err: '' });
    expect(real.out).toBe('google-calendar.ics\nItems read: 3\nCreated:    3\nSkipped:    0\n');
    expect(countIn(app.file)).toBe(3);

    const again = await cli(['--db', app.file, 'calendar', 'import', file, '--json']);
    const summary = JSON.parse(again.out) as { created: number; skipped: number; warnings: Array<{ uid: string }> };
    expect([again.code, summary.created, summary.skipped]).toEqual([0, 0, 3]);
    expect(summary.warnings[0]!.uid).toBe('7kq3b1v0h2c9r8s6t5u4m3n2p1@google.com');
    const text = await cli(['--db', app.file, 'calendar', 'import', join(FIXTURES, 'bad-items.ics')]);
    expect(text.out).toContain(
      'Warnings:\n  “Meeting on the 45th of the 13th month” (UID bad-date@example.com): line 14:',
    );
  });

  it('exits 1 with the reason when the file cannot be imported, and changes nothing', async () => {
    const broken = await cli(['--db', app.file, 'calendar', 'import', join(FIXTURES, 'broken-line.ics')]);
    expect(broken.code).toBe(1);
    expect(broken.err).toMatch(/^rapport: broken-line\.ics could not be read at line 8/);
    expect(broken.out).toBe('');
    const missing = await cli(['--db', app.file, 'calendar', 'import', join(app.dir, 'nope.ics')]);
    expect(missing).toMatchObject({ code: 1, err: expect.stringContaining('no such file') });
    const huge = join(app.dir, 'huge.ics');
    writeFileSync(huge, Buffer.alloc(51 * 1024 * 1024, 0x20));
    const big = await cli(['--db', app.file, 'calendar', 'import', huge]);
    expect(big).toMatchObject({
      code: 1,
      err: expect.stringContaining('huge.ics is 51 MB; Rapport reads calendar files'),
    });
    expect(countIn(app.file)).toBe(0);
  });

  it('exports with exit 0 to the file named (never a half-written one), --from and --to', async () => {
    await cli(['--db', app.file, 'calendar', 'import', join(FIXTURES, 'outlook-windows-zones.ics')]);
    const target = join(app.dir, 'out.ics');
    const all = await cli(['--db', app.file, 'calendar', 'export', target]);
    expect(all).toMatchObject({ code: 0, out: `Exported 4 calendar items to ${target}\n`, err: '' });
    const text = readFileSync(target, 'utf8');
    expect(text.startsWith('BEGIN:VCALENDAR\r\nPRODID:-//Rapport//Rapport CRM//EN\r\n')).toBe(true);
    expect(text).toContain('DTSTART;TZID=Asia/Shanghai:20261124T090000');
    expect(readdirSync(app.dir).filter((f) => f.endsWith('.partial'))).toEqual([]);
    const december = await cli([
      '--db',
      app.file,
      'calendar',
      'export',
      target,
      '--from',
      '2026-12-22',
      '--to',
      '2026-12-31',
    ]);
    expect(december.out).toBe(`Exported 1 calendar item to ${target}\n`);
    expect(readFileSync(target, 'utf8')).toContain('SUMMARY:Office closed');

    const noDb = await cli(['--db', join(app.dir, 'none.db'), 'calendar', 'export', target]);
    expect(noDb).toMatchObject({ code: 1, err: expect.stringContaining('no database at') });
    expect(existsSync(join(app.dir, 'none.db'))).toBe(false);
    const noDir = await cli(['--db', app.file, 'calendar', 'export', join(app.dir, 'missing', 'x.ics')]);
    expect(noDir).toMatchObject({ code: 1, err: expect.stringContaining('Cannot write') });
  });

  it('exits 2 with the usage for bad usage', async () => {
    for (const args of [
      ['calendar'],
      ['calendar', 'import'],
      ['calendar', 'export'],
      ['calendar', 'sync', 'x.ics'],
      ['calendar', 'import', 'a.ics', 'b.ics'],
      ['calendar', 'export', 'x.ics', '--from', '2026-13-01'],
      ['calendar', 'export', 'x.ics', '--from', '2026-12-01', '--to', '2026-11-01'],
      ['calendar', 'export', 'x.ics', '--from'],
    ]) {
      const r = await cli(['--db', app.file, ...args]);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.err).toContain('Usage: rapport');
      expect(r.out).toBe('');
    }
    expect((await cli(['--help'])).out).toContain('calendar import FILE.ics');
  });
});
