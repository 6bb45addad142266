// Repeats are counted on the wall clock: a weekly 9 o'clock meeting is at 9 o'clock in summer and in winter, in
// every zone; reminders are due at the right instant across the changes.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { DateTime } from 'luxon';
import {
  nextReminder,
  occurrencesBetween,
  reminderDueAt,
  seriesStarts,
  seriesStartsByWalking,
  type Series,
} from '../../../src-main/calendar/recurrence';
import { addDays, addWallMinutes, instantOf, localTimeOf } from '../../../src-main/calendar/wallClock';

const weeklyMonday: Series = {
  allDay: false,
  startLocal: '2026-10-19T09:00',
  endLocal: '2026-10-19T10:00',
  rrule: 'FREQ=WEEKLY;BYDAY=MO',
};

describe.each(['America/New_York', 'Europe/Berlin', 'Asia/Shanghai'])('on the wall clock in %s', (zone) => {
  it('keeps a weekly meeting at 9:00 across the autumn clock change', () => {
    const found = occurrencesBetween(weeklyMonday, [], '2026-10-19', '2026-11-17');
    expect(found.map((o) => o.startLocal)).toEqual([
      '2026-10-19T09:00',
      '2026-10-26T09:00',
      '2026-11-02T09:00',
      '2026-11-09T09:00',
      '2026-11-16T09:00',
    ]);
    for (const o of found) expect(localTimeOf(instantOf(o.startLocal, zone), zone)).toBe(o.startLocal);
  });

  it('gives a reminder 15 minutes before each occurrence, the next one after a given instant', () => {
    const after = instantOf('2026-10-26T08:50', zone); // 5 minutes after that day's reminder
    const next = nextReminder(weeklyMonday, [], zone, 15, after)!;
    expect(next.occurrenceLocal).toBe('2026-11-02T09:00');
    expect(localTimeOf(next.dueAt, zone)).toBe('2026-11-02T08:45');
  });
});

describe('clock changes', () => {
  it('moves a time in the spring-forward gap forward, and means the first of a repeated hour', () => {
    expect(instantOf('2026-03-08T02:30', 'America/New_York').toISOString()).toBe('2026-03-08T07:30:00.000Z');
    expect(instantOf('2026-11-01T01:30', 'America/New_York').toISOString()).toBe('2026-11-01T05:30:00.000Z');
    expect(instantOf('2026-10-25T02:30', 'Europe/Berlin').toISOString()).toBe('2026-10-25T00:30:00.000Z');
  });

  it('is 23 hours between two 9 o-clock reminders across spring forward in Berlin', () => {
    const daily: Series = {
      ...weeklyMonday,
      startLocal: '2026-03-28T09:00',
      endLocal: '2026-03-28T09:30',
      rrule: 'FREQ=DAILY',
    };
    const first = nextReminder(daily, [], 'Europe/Berlin', 0, new Date('2026-03-28T00:00:00Z'))!;
    const second = nextReminder(daily, [], 'Europe/Berlin', 0, first.dueAt)!;
    expect(second.occurrenceLocal).toBe('2026-03-29T09:00');
    expect((second.dueAt.getTime() - first.dueAt.getTime()) / 3_600_000).toBe(23);
  });
});

describe('repeat rules and exceptions', () => {
  it('counts monthly by weekday, yearly, and stops at COUNT and UNTIL', () => {
    const second = (rrule: string, start = '2026-01-13T10:30') =>
      occurrencesBetween(
        { allDay: false, startLocal: start, endLocal: start.replace('10:30', '11:00'), rrule },
        [],
        '2026-01-01',
        '2028-01-01',
      ).map((o) => o.startLocal.slice(0, 10));
    expect(second('FREQ=MONTHLY;BYDAY=2TU;COUNT=3')).toEqual(['2026-01-13', '2026-02-10', '2026-03-10']);
    expect(second('FREQ=MONTHLY;BYMONTHDAY=13;UNTIL=20260413T235959')).toEqual([
      '2026-01-13',
      '2026-02-13',
      '2026-03-13',
      '2026-04-13',
    ]);
    expect(second('FREQ=YEARLY')).toEqual(['2026-01-13', '2027-01-13']);
  });

  it('leaves out a cancelled occurrence, shows a moved one where it went, and skips ticked-off ones for reminders', () => {
    const exceptions = [
      { occurrenceLocal: '2026-10-26T09:00', cancelled: true, startLocal: null, endLocal: null, doneAt: null },
      {
        occurrenceLocal: '2026-11-02T09:00',
        cancelled: false,
        startLocal: '2026-11-03T14:00',
        endLocal: '2026-11-03T15:00',
        doneAt: null,
      },
      {
        occurrenceLocal: '2026-11-09T09:00',
        cancelled: false,
        startLocal: null,
        endLocal: null,
        doneAt: '2026-11-08T12:00:00.000Z',
      },
    ];
    const found = occurrencesBetween(weeklyMonday, exceptions, '2026-10-19', '2026-11-17');
    expect(found.map((o) => [o.startLocal, o.moved, o.doneAt !== null])).toEqual([
      ['2026-10-19T09:00', false, false],
      ['2026-11-03T14:00', true, false],
      ['2026-11-09T09:00', false, true],
      ['2026-11-16T09:00', false, false],
    ]);
    const zone = 'Asia/Shanghai';
    const afterMoved = instantOf('2026-11-03T14:00', zone);
    expect(nextReminder(weeklyMonday, exceptions, zone, 0, instantOf('2026-10-20T00:00', zone))!.startLocal).toBe(
      '2026-11-03T14:00',
    );
    // The ticked-off occurrence of the 9th gets no reminder: the next is the 16th.
    expect(nextReminder(weeklyMonday, exceptions, zone, 0, afterMoved)!.startLocal).toBe('2026-11-16T09:00');
  });

  it('reminds all-day items relative to 9:00 on their day', () => {
    expect(localTimeOf(reminderDueAt('2026-12-24', 'Europe/Berlin', 1440), 'Europe/Berlin')).toBe('2026-12-23T09:00');
    const allDay: Series = { allDay: true, startLocal: '2026-12-24', endLocal: '2026-12-26', rrule: 'FREQ=YEARLY' };
    expect(occurrencesBetween(allDay, [], '2027-12-25', '2027-12-26').map((o) => [o.startLocal, o.endLocal])).toEqual([
      ['2027-12-24', '2027-12-26'],
    ]);
  });

  it('has nothing more to remind of once a series has ended', () => {
    const done: Series = { ...weeklyMonday, rrule: 'FREQ=WEEKLY;COUNT=2' };
    expect(nextReminder(done, [], 'Europe/Berlin', 0, new Date('2026-10-27T00:00:00Z'))).toBeNull();
  });
});

describe('walking a long series from where it matters', () => {
  it('finds by arithmetic exactly the occurrences ical.js walks to, for any daily or weekly rule', () => {
    const day = fc.integer({ min: 0, max: 2000 }).map((n) => addDays('2022-01-03', n));
    const rule = fc.record({
      freq: fc.constantFrom('DAILY', 'WEEKLY'),
      interval: fc.integer({ min: 1, max: 4 }),
      byDay: fc.subarray(['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'], { minLength: 0, maxLength: 3 }),
      until: fc.option(day, { nil: undefined }),
      wkst: fc.constantFrom('MO', 'SU', 'SA', undefined),
    });
    fc.assert(
      fc.property(rule, day, day, fc.integer({ min: 10, max: 60 }), (r, start, from, span) => {
        const rrule = [
          `FREQ=${r.freq}`,
          `INTERVAL=${r.interval}`,
          ...(r.freq === 'WEEKLY' && r.byDay.length > 0 ? [`BYDAY=${r.byDay.join(',')}`] : []),
          ...(r.until ? [`UNTIL=${r.until.replaceAll('-', '')}T235959`] : []),
          ...(r.wkst ? [`WKST=${r.wkst}`] : []),
        ].join(';');
        const series: Series = { allDay: false, startLocal: `${start}T09:00`, endLocal: `${start}T10:00`, rrule };
        const to = addDays(from, span);
        const slow: string[] = [];
        for (const s of seriesStartsByWalking(series)) {
          if (s >= `${to}T00:00`) break;
          if (s >= `${from}T00:00`) slow.push(s);
        }
        expect(occurrencesBetween(series, [], `${from}T00:00`, `${to}T00:00`).map((o) => o.startLocal)).toEqual(
          slow.filter((s) => addWallMinutes(s, 60) > `${from}T00:00`),
        );
      }),
      { numRuns: 300 },
    );
  });
});

it('walks every other rule with ical.js, from the first start however late the range', () => {
  const monthly: Series = {
    allDay: false,
    startLocal: '2020-01-31T09:00',
    endLocal: '2020-01-31T10:00',
    rrule: 'FREQ=MONTHLY;BYMONTHDAY=-1',
  };
  expect([...seriesStarts(monthly, '2026-11-01')].slice(0, 1)).toEqual(['2020-01-31T09:00']);
  expect(occurrencesBetween(monthly, [], '2026-11-01', '2027-01-01').map((o) => o.startLocal)).toEqual([
    '2026-11-30T09:00',
    '2026-12-31T09:00',
  ]);
});

describe('wall-clock times and instants, against luxon', () => {
  // The reference: luxon's reading, with the earlier of two instants where the clock repeats an hour.
  const byLuxon = (local: string, zone: string) => {
    const time = DateTime.fromISO(local, { zone });
    for (const minutes of [60, 30]) {
      const earlier = time.minus({ minutes });
      if (earlier.toFormat("yyyy-MM-dd'T'HH:mm") === time.toFormat("yyyy-MM-dd'T'HH:mm")) return earlier.toMillis();
    }
    return time.toMillis();
  };
  const zones = [
    'America/New_York',
    'Europe/Berlin',
    'Asia/Shanghai',
    'Australia/Lord_Howe',
    'America/Sao_Paulo',
    'Asia/Kolkata',
    'UTC',
  ];

  it('agrees for any time from 1970 to 2040, clock changes included', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...zones),
        fc.integer({ min: 0, max: 70 * 365 }),
        fc.integer({ min: 0, max: 24 * 4 - 1 }),
        (zone, day, quarter) => {
          const local = addWallMinutes(`${addDays('1970-01-01', day)}T00:00`, quarter * 15);
          expect(instantOf(local, zone).getTime()).toBe(byLuxon(local, zone));
          const instant = new Date(byLuxon(local, zone));
          expect(localTimeOf(instant, zone)).toBe(
            DateTime.fromJSDate(instant, { zone }).toFormat("yyyy-MM-dd'T'HH:mm"),
          );
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('agrees on every quarter-hour of the days the clocks change', () => {
    for (const [zone, day] of [
      ['America/New_York', '2026-03-08'],
      ['America/New_York', '2026-11-01'],
      ['Europe/Berlin', '2026-03-29'],
      ['Europe/Berlin', '2026-10-25'],
      ['Australia/Lord_Howe', '2026-04-05'],
      ['Australia/Lord_Howe', '2026-10-04'],
    ] as const)
      for (let q = 0; q < 96; q++) {
        const local = addWallMinutes(`${day}T00:00`, q * 15);
        expect(instantOf(local, zone).getTime(), `${zone} ${local}`).toBe(byLuxon(local, zone));
      }
  });
});
