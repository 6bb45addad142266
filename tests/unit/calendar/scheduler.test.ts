// The reminder scheduler with a fake clock and fake timers on a real SQLite file: reminders fire at their
// wall-clock time in each zone, across daylight-saving changes, once; those due while the computer slept or
// Rapport was closed come as "missed" at wake or start, once; edits re-plan at once; one timer at a time.
import { afterEach, describe, expect, it } from 'vitest';
import type { ReminderAlert } from '@shared/domain/calendar';
import type { EventInput } from '@shared/validation/calendar';
import { createEvent, deleteEvent, moveOccurrence, updateEvent } from '../../../src-main/calendar/calendarService';
import { instantOf, localTimeOf } from '../../../src-main/calendar/wallClock';
import { dismissAlert, openAlerts, snoozeAlert } from '../../../src-main/reminders/reminderPlanner';
import { ReminderScheduler, type Timers } from '../../../src-main/reminders/scheduler';
import { createTestApp, type TestApp } from '../../support/testApp';

/** A clock the test moves, in a zone the test chooses (and may change, as a traveller's laptop does). */
class FakeClock {
  constructor(
    private at: Date,
    public zoneName: string,
  ) {}
  now = () => this.at;
  zone = () => this.zoneName;
  set(at: Date) {
    this.at = at;
  }
}

/** Timers that fire only when the test says time has passed; counts how many are pending at once. */
class FakeTimers implements Timers {
  pending = new Map<number, { at: number; callback: () => void }>();
  maxPending = 0;
  private nextId = 1;
  constructor(private readonly clock: FakeClock) {}
  set(callback: () => void, ms: number) {
    const id = this.nextId++;
    this.pending.set(id, { at: this.clock.now().getTime() + ms, callback });
    this.maxPending = Math.max(this.maxPending, this.pending.size);
    return id;
  }
  clear(handle: unknown) {
    this.pending.delete(handle as number);
  }
  /** The earliest pending timer's time, if any. */
  next(): number | null {
    const times = [...this.pending.values()].map((t) => t.at);
    return times.length === 0 ? null : Math.min(...times);
  }
}

const apps: TestApp[] = [];
afterEach(async () => {
  for (const app of apps.splice(0)) await app.cleanup();
});

async function setUp(zone: string, startLocal: string, file?: string) {
  const clock = new FakeClock(instantOf(startLocal, zone), zone);
  const app = await createTestApp({ clock, ...(file ? { file } : {}) });
  apps.push(app);
  const timers = new FakeTimers(clock);
  const shown: ReminderAlert[] = [];
  const scheduler = new ReminderScheduler(app.ctx.db, clock, { notify: (alerts) => shown.push(...alerts) }, timers);
  app.ctx.reminders = scheduler;
  await scheduler.start();
  /** Lets time run (awake) until `local`: every timer fires when due, as on a running computer. */
  const runUntil = async (local: string) => {
    const end = instantOf(local, clock.zoneName).getTime();
    for (let next = timers.next(); next !== null && next <= end; next = timers.next()) {
      const [id, timer] = [...timers.pending].find(([, t]) => t.at === next)!;
      timers.pending.delete(id);
      clock.set(new Date(next));
      timer.callback();
      await scheduler.idle();
    }
    clock.set(new Date(end));
  };
  return { app, clock, timers, scheduler, shown, runUntil };
}

const event = (over: Partial<EventInput>): EventInput => ({
  kind: 'call',
  title: 'Call Mrs. Li back',
  allDay: false,
  start: '2026-10-20T09:00',
  end: '2026-10-20T09:30',
  location: '',
  notes: '',
  repeat: null,
  reminders: [15],
  contactIds: [],
  companyIds: [],
  dealIds: [],
  ...over,
});

const daily = { freq: 'daily' as const, interval: 1, weekdays: [], monthlyBy: 'date' as const };

describe.each(['America/New_York', 'Europe/Berlin', 'Asia/Shanghai'])('reminders in %s', (zone) => {
  it('fires at its wall-clock time, once, not before', async () => {
    const s = await setUp(zone, '2026-10-19T17:00');
    await createEvent(s.app.ctx, event({}));
    await s.runUntil('2026-10-20T08:44');
    expect(s.shown).toEqual([]);
    await s.runUntil('2026-10-20T12:00');
    expect(s.shown.map((a) => [a.title, a.missed, localTimeOf(new Date(a.dueAt), zone)])).toEqual([
      ['Call Mrs. Li back', false, '2026-10-20T08:45'],
    ]);
    await s.scheduler.wake();
    expect(s.shown).toHaveLength(1);
    expect(s.timers.maxPending).toBe(1);
  });

  it('keeps a daily 9:00 reminder at 9:00 across the autumn clock change', async () => {
    const s = await setUp(zone, '2026-10-22T12:00');
    await createEvent(
      s.app.ctx,
      event({
        start: '2026-10-23T09:00',
        end: '2026-10-23T09:15',
        repeat: { ...daily, end: { kind: 'count', count: 12 } },
        reminders: [0],
      }),
    );
    await s.runUntil('2026-11-06T12:00');
    expect(s.shown.map((a) => localTimeOf(new Date(a.deliveredAt), zone))).toEqual(
      Array.from(
        { length: 12 },
        (_, i) => `2026-${i < 9 ? '10' : '11'}-${String(i < 9 ? 23 + i : i - 8).padStart(2, '0')}T09:00`,
      ),
    );
    expect(s.shown.every((a) => !a.missed)).toBe(true);
    expect(s.timers.maxPending).toBe(1);
  });

  it('delivers what came due during a sleep of several days as missed, each once, at wake', async () => {
    const s = await setUp(zone, '2026-10-22T12:00');
    await createEvent(
      s.app.ctx,
      event({
        start: '2026-10-23T09:00',
        end: '2026-10-23T09:15',
        repeat: { ...daily, end: { kind: 'never' } },
        reminders: [0],
      }),
    );
    await s.runUntil('2026-10-23T10:00');
    expect(s.shown).toHaveLength(1);
    // The lid closes; the clock moves on four days without any timer firing; the lid opens.
    s.clock.set(instantOf('2026-10-27T08:00', zone));
    await s.scheduler.wake();
    expect(s.shown.slice(1).map((a) => [a.occurrence, a.missed])).toEqual([
      ['2026-10-24T09:00', true],
      ['2026-10-25T09:00', true],
      ['2026-10-26T09:00', true],
    ]);
    await s.scheduler.wake();
    expect(s.shown).toHaveLength(4);
    await s.runUntil('2026-10-27T09:30');
    expect(s.shown.at(-1)).toMatchObject({ occurrence: '2026-10-27T09:00', missed: false });
  });

  it('delivers what came due while Rapport was closed at the next start, once, across a restart mid-way', async () => {
    const first = await setUp(zone, '2026-10-22T12:00');
    const file = first.app.file;
    await createEvent(
      first.app.ctx,
      event({
        start: '2026-10-23T09:00',
        end: '2026-10-23T09:15',
        repeat: { ...daily, end: { kind: 'never' } },
        reminders: [0],
      }),
    );
    await first.runUntil('2026-10-23T09:30');
    first.scheduler.stop();
    await first.app.close();
    apps.splice(apps.indexOf(first.app), 1);

    const second = await setUp(zone, '2026-10-25T20:00', file);
    expect(second.shown.map((a) => [a.occurrence, a.missed])).toEqual([
      ['2026-10-24T09:00', true],
      ['2026-10-25T09:00', true],
    ]);
    second.scheduler.stop();
    await second.app.close();
    apps.splice(apps.indexOf(second.app), 1);

    const third = await setUp(zone, '2026-10-25T20:05', file);
    expect(third.shown).toEqual([]);
    expect((await openAlerts(third.app.ctx.db)).map((a) => a.occurrence)).toEqual([
      '2026-10-23T09:00',
      '2026-10-24T09:00',
      '2026-10-25T09:00',
    ]);
  });

  it('re-plans at once when an item is edited, moved or deleted', async () => {
    const s = await setUp(zone, '2026-10-19T17:00');
    const created = await createEvent(s.app.ctx, event({ start: '2026-10-19T18:00', end: '2026-10-19T18:30' }));
    expect(localTimeOf(s.scheduler.armedFor!, zone)).toBe('2026-10-19T17:45');
    await updateEvent(s.app.ctx, created.id, event({ start: '2026-10-19T17:20', end: '2026-10-19T17:50' }));
    expect(localTimeOf(s.scheduler.armedFor!, zone)).toBe('2026-10-19T17:05');
    await moveOccurrence(s.app.ctx, created.id, '2026-10-19T17:20', {
      start: '2026-10-19T17:40',
      end: '2026-10-19T18:00',
    });
    expect(localTimeOf(s.scheduler.armedFor!, zone)).toBe('2026-10-19T17:25');
    await deleteEvent(s.app.ctx, created.id);
    await s.runUntil('2026-10-20T12:00');
    expect(s.shown).toEqual([]);
    expect(s.timers.maxPending).toBe(1);
  });
});

describe('the reminder centre', () => {
  it('brings a snoozed reminder back when the snooze ends, and forgets a dismissed one', async () => {
    const s = await setUp('Asia/Shanghai', '2026-10-20T08:00');
    await createEvent(s.app.ctx, event({}));
    await s.runUntil('2026-10-20T08:50');
    const [alert] = s.shown;
    await snoozeAlert(s.app.ctx.db, alert!.id, instantOf('2026-10-20T09:00', 'Asia/Shanghai'));
    await s.scheduler.wake();
    await s.runUntil('2026-10-20T08:59');
    expect(s.shown).toHaveLength(1);
    await s.runUntil('2026-10-20T09:01');
    expect(s.shown.map((a) => a.id)).toEqual([alert!.id, alert!.id]);
    await dismissAlert(s.app.ctx.db, alert!.id, s.clock.now());
    expect(await openAlerts(s.app.ctx.db)).toEqual([]);
  });

  it('moves all-day reminders with the computer when its time zone changes', async () => {
    const s = await setUp('Europe/Berlin', '2026-12-01T12:00');
    await createEvent(
      s.app.ctx,
      event({
        kind: 'task',
        title: 'Quote expires',
        allDay: true,
        start: '2026-12-04',
        end: '2026-12-05',
        reminders: [0],
      }),
    );
    // Flying to Shanghai: 9:00 on the day is now 9:00 Shanghai time, seven hours earlier.
    s.clock.zoneName = 'Asia/Shanghai';
    await s.scheduler.wake();
    await s.runUntil('2026-12-04T09:30');
    expect(s.shown.map((a) => [a.title, localTimeOf(new Date(a.deliveredAt), 'Asia/Shanghai'), a.missed])).toEqual([
      ['Quote expires', '2026-12-04T09:00', false],
    ]);
  });
});
