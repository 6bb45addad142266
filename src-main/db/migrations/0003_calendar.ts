// 0003: the calendar (appointments, calls, visits, tasks, follow-ups; repeating or not) and its reminders.
// Frozen in time: never import app code here.
//
// Times are wall-clock strings, as the user wrote them, with the zone they were meant in: "2026-11-23T09:00"
// in "Asia/Shanghai". A weekly 9 o'clock meeting stays at 9 o'clock across daylight-saving changes because its
// occurrences are counted on the wall clock and only then turned into instants. All-day items are dates
// ("2026-11-23", end exclusive) and float: they are that day wherever the computer is.
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('event')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind in ('appointment','call','visit','task','follow_up')`))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('all_day', 'integer', (c) => c.notNull().check(sql`all_day in (0, 1)`))
    .addColumn('start_local', 'text', (c) => c.notNull())
    .addColumn('end_local', 'text', (c) => c.notNull())
    .addColumn('time_zone', 'text', (c) => c.notNull())
    .addColumn('location', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('notes', 'text', (c) => c.notNull().defaultTo(''))
    // An RFC 5545 RRULE value ("FREQ=WEEKLY;BYDAY=MO,WE;UNTIL=20270101"), null when the event happens once.
    .addColumn('rrule', 'text')
    // For a one-off task: when it was ticked off (repeating tasks tick off occurrences, in event_exception).
    .addColumn('done_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('deleted_at', 'text')
    .execute();
  // The calendar's range query: one-off items by start (those lasting up to two days are found by a start
  // range two days wider than the view), the longer ones from their own small index, repeating ones all.
  await db.schema
    .createIndex('event_live_start')
    .on('event')
    .columns(['start_local', 'end_local'])
    .where(sql<boolean>`deleted_at is null and rrule is null`)
    .execute();
  await db.schema
    .createIndex('event_live_long')
    .on('event')
    .column('start_local')
    .where(sql<boolean>`deleted_at is null and rrule is null and julianday(end_local) - julianday(start_local) > 2`)
    .execute();
  await db.schema
    .createIndex('event_live_repeating')
    .on('event')
    .column('id')
    .where(sql<boolean>`deleted_at is null and rrule is not null`)
    .execute();

  // Who and what an event concerns (people, companies; deals once the funnel exists).
  await db.schema
    .createTable('event_link')
    .addColumn('event_id', 'integer', (c) => c.notNull().references('event.id').onDelete('cascade'))
    .addColumn('entity_type', 'text', (c) => c.notNull().check(sql`entity_type in ('contact','company')`))
    .addColumn('entity_id', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('event_link_pk', ['event_id', 'entity_type', 'entity_id'])
    .execute();
  await db.schema.createIndex('event_link_entity').on('event_link').columns(['entity_type', 'entity_id']).execute();

  // One occurrence of a repeating event changed: cancelled, moved, or (a task) ticked off.
  await db.schema
    .createTable('event_exception')
    .addColumn('event_id', 'integer', (c) => c.notNull().references('event.id').onDelete('cascade'))
    .addColumn('occurrence_local', 'text', (c) => c.notNull())
    .addColumn('cancelled', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('start_local', 'text')
    .addColumn('end_local', 'text')
    .addColumn('done_at', 'text')
    .addPrimaryKeyConstraint('event_exception_pk', ['event_id', 'occurrence_local'])
    .execute();

  // "Remind me N minutes before": 0 is at the time.
  await db.schema
    .createTable('event_reminder')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('event_id', 'integer', (c) => c.notNull().references('event.id').onDelete('cascade'))
    .addColumn('minutes_before', 'integer', (c) => c.notNull().check(sql`minutes_before >= 0`))
    .execute();
  await db.schema.createIndex('event_reminder_event').on('event_reminder').column('event_id').execute();

  // The next time each reminder is due (its next occurrence not yet delivered): the scheduler reads the
  // earliest with one index lookup, and only that one holds a timer.
  await db.schema
    .createTable('reminder_next')
    .addColumn('reminder_id', 'integer', (c) => c.primaryKey().references('event_reminder.id').onDelete('cascade'))
    .addColumn('occurrence_local', 'text', (c) => c.notNull())
    .addColumn('due_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('reminder_next_due').on('reminder_next').columns(['due_at']).execute();

  // Reminders delivered (or delivered late, as missed): what the reminder centre lists until dismissed. The
  // key makes delivery happen once per reminder and occurrence, whatever restarts in between.
  await db.schema
    .createTable('reminder_alert')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('reminder_id', 'integer', (c) => c.notNull().references('event_reminder.id').onDelete('cascade'))
    .addColumn('occurrence_local', 'text', (c) => c.notNull())
    .addColumn('due_at', 'text', (c) => c.notNull())
    .addColumn('delivered_at', 'text', (c) => c.notNull())
    .addColumn('missed', 'integer', (c) => c.notNull())
    .addColumn('snoozed_until', 'text')
    .addColumn('dismissed_at', 'text')
    .addUniqueConstraint('reminder_alert_once', ['reminder_id', 'occurrence_local'])
    .execute();
  await db.schema
    .createIndex('reminder_alert_open')
    .on('reminder_alert')
    .columns(['snoozed_until'])
    .where(sql.ref('dismissed_at'), 'is', null)
    .execute();
}
