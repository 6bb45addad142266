// `npm run bench` (calendar section): 50,000 calendar items over four years (a few hundred repeating) and
// 10,000 future reminders; start-up planning of the next reminder, the week view's query and re-planning after
// an edit, each beside a bare better-sqlite3 query of the same rows in the same run.
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import SQLite from 'better-sqlite3';
import { calendarRange, updateEvent, getEvent } from '../../src-main/calendar/calendarService';
import { insertMany, insertManyReturningIds } from '../../src-main/db/insertMany';
import { openApp } from '../../src-main/openApp';
import { replanAll } from '../../src-main/reminders/reminderPlanner';
import { ReminderScheduler, type Timers } from '../../src-main/reminders/scheduler';
import { seededRandom } from '../../src-main/sample/sampleData';
import { addDays, addWallMinutes } from '../../src-main/calendar/wallClock';
import { ms, timeAsync, timeSync } from './stats';

const NOW = new Date('2026-11-22T02:00:00.000Z');
const ZONE = 'Asia/Shanghai';
const KINDS = ['appointment', 'call', 'visit', 'task', 'follow_up'] as const;
const noTimers: Timers = { set: () => 0, clear: () => undefined };

/** Fills a fresh database: `events` items from two years back to two years ahead, `reminders` of them with a
 *  reminder in the future, one in 200 repeating weekly. */
async function fill(file: string, events: number, reminders: number) {
  const app = await openApp(file, { clock: { now: () => NOW, zone: () => ZONE } });
  const next = seededRandom(4);
  const at = NOW.toISOString();
  await app.ctx.db.transaction().execute(async (trx) => {
    const rows = Array.from({ length: events }, (_, i) => {
      const future = i < reminders;
      const day = future ? Math.floor(next() * 700) + 1 : -Math.floor(next() * 730);
      const start = `${addDays('2026-11-22', day)}T${String(8 + Math.floor(next() * 10)).padStart(2, '0')}:${next() < 0.5 ? '00' : '30'}`;
      return {
        kind: KINDS[i % KINDS.length]!,
        title: `Item ${i}`,
        all_day: 0,
        start_local: start,
        end_local: addWallMinutes(start, 30),
        time_zone: ZONE,
        location: '',
        notes: '',
        rrule: i % 200 === 0 ? 'FREQ=WEEKLY' : null,
        done_at: null,
        created_at: at,
        updated_at: at,
        deleted_at: null,
      };
    });
    const ids = await insertManyReturningIds(trx, 'event', rows);
    await insertMany(
      trx,
      'event_reminder',
      ids.slice(0, reminders).map((event_id, i) => ({ event_id, minutes_before: [0, 15, 60, 1440][i % 4]! })),
    );
    await replanAll(trx, NOW, ZONE);
  });
  app.handle.sqlite.exec('analyze');
  return app;
}

export async function runCalendarBench(events = 50_000, reminders = 10_000) {
  const file = join(import.meta.dirname, '.cache', `calendar-${process.pid}.db`);
  for (const suffix of ['', '-wal', '-shm']) rmSync(`${file}${suffix}`, { force: true });
  const t0 = performance.now();
  const app = await fill(file, events, reminders);
  console.log(
    `\nCalendar: ${events.toLocaleString('en')} items, ${reminders.toLocaleString('en')} future reminders (filled and planned in ${ms(performance.now() - t0)})`,
  );
  const bare = new SQLite(file, { readonly: true });
  try {
    // Start-up: the scheduler's whole first pass (zone check, nothing due to deliver, the one timer set).
    const startUp = await timeAsync(50, async () => {
      const scheduler = new ReminderScheduler(app.ctx.db, app.ctx.clock, { notify: () => undefined }, noTimers);
      await scheduler.start();
      scheduler.stop();
    });
    const bareNext = timeSync(50, () => bare.prepare('select min(due_at) from reminder_next').get());
    console.log(`  start-up planning  p99 ${ms(startUp.p99)}   bare min(due_at): p99 ${ms(bareNext.p99)}`);

    const weeks = Array.from({ length: 20 }, (_, i) => addDays('2026-11-23', 7 * (i - 10)));
    const week = await timeAsync(100, (i) =>
      calendarRange(app.ctx, `${weeks[i % weeks.length]!}T00:00`, `${addDays(weeks[i % weeks.length]!, 7)}T00:00`),
    );
    const bareWeek = timeSync(100, (i) =>
      bare
        .prepare(
          'select * from event where start_local >= ? and start_local < ? and deleted_at is null and rrule is null',
        )
        .all(weeks[i % weeks.length], addDays(weeks[i % weeks.length]!, 7)),
    );
    const sample = await calendarRange(app.ctx, `${weeks[10]!}T00:00`, `${addDays(weeks[10]!, 7)}T00:00`);
    console.log(
      `  week view query    p99 ${ms(week.p99)} (${sample.length} occurrences)   bare select of the week: p99 ${ms(bareWeek.p99)}`,
    );

    // Re-planning after an edit: the whole update (row, links, reminders, re-plan, timer) of an item with a
    // reminder, beside a bare single-row update.
    const edited = await getEvent(app.ctx, 1);
    const input = {
      kind: edited.kind,
      title: edited.title,
      allDay: false,
      start: edited.start,
      end: edited.end,
      location: '',
      notes: '',
      repeat: edited.repeat,
      reminders: edited.reminders,
      contactIds: [],
      companyIds: [],
      dealIds: [],
    };
    const scheduler = new ReminderScheduler(app.ctx.db, app.ctx.clock, { notify: () => undefined }, noTimers);
    app.ctx.reminders = scheduler;
    await scheduler.start();
    const edit = await timeAsync(100, (i) =>
      updateEvent(app.ctx, 1, {
        ...input,
        start: addWallMinutes(edited.start, i % 2 ? 30 : 0),
        end: addWallMinutes(edited.end, i % 2 ? 30 : 0),
      }),
    );
    scheduler.stop();
    const writer = new SQLite(file);
    const bareEdit = timeSync(100, (i) => writer.prepare('update event set title = ? where id = 1').run(`Item ${i}`));
    writer.close();
    console.log(`  edit + re-plan     p99 ${ms(edit.p99)}   bare single-row update: p99 ${ms(bareEdit.p99)}`);
    return { startUp: startUp.p99, week: week.p99, edit: edit.p99 };
  } finally {
    bare.close();
    await app.close();
    for (const suffix of ['', '-wal', '-shm']) rmSync(`${file}${suffix}`, { force: true });
  }
}
