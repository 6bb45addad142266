// Which reminder is due next, and delivering the ones that are due: the part of the scheduler that touches the
// database. Each reminder's next due occurrence is kept in reminder_next (one row per reminder), so the
// earliest is one index lookup however many there are; delivering writes reminder_alert, whose key makes each
// reminder of each occurrence come once, whatever restarts happen in between.
import type { Kysely, Transaction } from 'kysely';
import type { ReminderAlert } from '@shared/domain/calendar';
import type { Database } from '../db/schema';
import { exceptionsOf, linksOf, loadEventRows, type EventRow } from '../calendar/calendarRepository';
import { nextReminder, type NextReminder, type Series, type SeriesException } from '../calendar/recurrence';

type Db = Kysely<Database> | Transaction<Database>;

/** Due this long ago or more when delivered: "missed" (the computer was off or asleep). */
export const MISSED_AFTER_MS = 60_000;
/** A daily reminder missed for months gives at most this many alerts (the latest ones). */
export const MAX_MISSED_PER_REMINDER = 20;

export const seriesOf = (row: EventRow): Series => ({
  allDay: row.all_day === 1,
  startLocal: row.start_local,
  endLocal: row.end_local,
  rrule: row.rrule,
});

/** All-day items float with the computer's zone; timed ones keep the zone they were made in. */
export const zoneOfEvent = (row: Pick<EventRow, 'all_day' | 'time_zone'>, currentZone: string) =>
  row.all_day === 1 ? currentZone : row.time_zone;

/** Live items by id, with their per-occurrence exceptions. */
async function liveSeries(db: Db, eventIds: number[]) {
  const rows = new Map((await loadEventRows(db, [...new Set(eventIds)])).map((r) => [r.id, r]));
  return { rows, exceptions: await exceptionsOf(db, [...rows.keys()]) };
}

async function deliveredOccurrences(db: Db, reminderIds: number[]): Promise<Set<string>> {
  if (reminderIds.length === 0) return new Set();
  const rows = await db
    .selectFrom('reminder_alert')
    .select(['reminder_id', 'occurrence_local'])
    .where('reminder_id', 'in', reminderIds)
    .execute();
  return new Set(rows.map((r) => `${r.reminder_id}|${r.occurrence_local}`));
}

/** The next occurrence due after `after` that has not been delivered yet. */
function nextUndelivered(
  row: EventRow,
  exceptions: SeriesException[],
  reminder: { id: number; minutes_before: number },
  zone: string,
  after: Date,
  delivered: Set<string>,
): NextReminder | null {
  // A one-off task ticked off needs no reminder.
  if (row.kind === 'task' && row.rrule === null && row.done_at !== null) return null;
  let from = after;
  for (let guard = 0; guard < 1000; guard++) {
    const next = nextReminder(seriesOf(row), exceptions, zone, reminder.minutes_before, from);
    if (!next || !delivered.has(`${reminder.id}|${next.occurrenceLocal}`)) return next;
    from = next.dueAt;
  }
  return null;
}

/**
 * Works out again when each reminder of these events is next due (after an edit, a move, a tick-off, a delete).
 * A reminder already due but not yet delivered (the computer was asleep) keeps its row: it is delivered, late,
 * by the next tick rather than lost.
 */
export async function replanEvents(db: Db, eventIds: number[], now: Date, currentZone: string): Promise<void> {
  if (eventIds.length === 0) return;
  const reminders = await db
    .selectFrom('event_reminder')
    .innerJoin('event', 'event.id', 'event_reminder.event_id')
    .leftJoin('reminder_next', 'reminder_next.reminder_id', 'event_reminder.id')
    .select(['event_reminder.id', 'event_reminder.event_id', 'event_reminder.minutes_before'])
    .select(['reminder_next.due_at as planned_due_at', 'event.deleted_at'])
    .where('event_reminder.event_id', 'in', eventIds)
    .execute();
  const live = reminders.filter((r) => r.deleted_at === null);
  await db
    .deleteFrom('reminder_next')
    .where(
      'reminder_id',
      'in',
      reminders
        .filter((r) => r.deleted_at !== null)
        .map((r) => r.id)
        .concat([-1]),
    )
    .execute();
  if (live.length === 0) return;
  const { rows, exceptions } = await liveSeries(
    db,
    live.map((r) => r.event_id),
  );
  const delivered = await deliveredOccurrences(
    db,
    live.map((r) => r.id),
  );
  for (const reminder of live) {
    if (reminder.planned_due_at !== null && reminder.planned_due_at <= now.toISOString()) continue;
    const row = rows.get(reminder.event_id)!;
    const next = nextUndelivered(
      row,
      exceptions.get(row.id) ?? [],
      reminder,
      zoneOfEvent(row, currentZone),
      now,
      delivered,
    );
    await writeNext(db, reminder.id, next);
  }
}

async function writeNext(db: Db, reminderId: number, next: NextReminder | null): Promise<void> {
  if (!next) {
    await db.deleteFrom('reminder_next').where('reminder_id', '=', reminderId).execute();
    return;
  }
  const row = { reminder_id: reminderId, occurrence_local: next.occurrenceLocal, due_at: next.dueAt.toISOString() };
  await db
    .insertInto('reminder_next')
    .values(row)
    .onConflict((oc) =>
      oc.column('reminder_id').doUpdateSet({ occurrence_local: row.occurrence_local, due_at: row.due_at }),
    )
    .execute();
}

/** Every live event with reminders, planned afresh (after the computer's time zone changed). */
export async function replanAll(db: Db, now: Date, currentZone: string): Promise<void> {
  const ids = await db
    .selectFrom('event')
    .select('id')
    .where('deleted_at', 'is', null)
    .where((eb) => eb.exists(eb.selectFrom('event_reminder').select('id').whereRef('event_id', '=', 'event.id')))
    .execute();
  for (let i = 0; i < ids.length; i += 500)
    await replanEvents(
      db,
      ids.slice(i, i + 500).map((r) => r.id),
      now,
      currentZone,
    );
}

/** When the scheduler must next wake: the earliest due reminder or end of a snooze; null when nothing is planned. */
export async function nextWakeUp(db: Db): Promise<Date | null> {
  const due = await db.selectFrom('reminder_next').select('due_at').orderBy('due_at').limit(1).executeTakeFirst();
  const snooze = await db
    .selectFrom('reminder_alert')
    .select('snoozed_until')
    .where('dismissed_at', 'is', null)
    .where('snoozed_until', 'is not', null)
    .orderBy('snoozed_until')
    .limit(1)
    .executeTakeFirst();
  const times = [due?.due_at, snooze?.snoozed_until].filter((t): t is string => typeof t === 'string');
  return times.length === 0 ? null : new Date(times.sort()[0]!);
}

/**
 * Delivers, in one transaction, every reminder due at `now` (late ones marked missed, each occurrence once) and
 * every snooze that has ended; moves each reminder on to its next occurrence. Returns the alerts to show.
 */
export async function deliverDue(db: Kysely<Database>, now: Date, currentZone: string): Promise<ReminderAlert[]> {
  const nowIso = now.toISOString();
  const alertIds = await db.transaction().execute(async (trx) => {
    const ids: number[] = [];
    const due = await trx
      .selectFrom('reminder_next')
      .innerJoin('event_reminder', 'event_reminder.id', 'reminder_next.reminder_id')
      .select(['reminder_next.reminder_id', 'reminder_next.occurrence_local', 'reminder_next.due_at'])
      .select(['event_reminder.event_id', 'event_reminder.minutes_before'])
      .where('reminder_next.due_at', '<=', nowIso)
      .execute();
    if (due.length > 0) {
      // Items deleted since are not among them: their reminders are dropped, not delivered.
      const { rows, exceptions } = await liveSeries(
        trx,
        due.map((d) => d.event_id),
      );
      const delivered = await deliveredOccurrences(
        trx,
        due.map((d) => d.reminder_id),
      );
      for (const d of due) {
        const row = rows.get(d.event_id);
        const zone = row ? zoneOfEvent(row, currentZone) : currentZone;
        // This reminder's occurrences due by now, oldest first (the latest few when many were missed).
        const pending: NextReminder[] = [
          { occurrenceLocal: d.occurrence_local, startLocal: '', dueAt: new Date(d.due_at) },
        ];
        let next: NextReminder | null = null;
        if (row) {
          const reminder = { id: d.reminder_id, minutes_before: d.minutes_before };
          const list = exceptions.get(row.id) ?? [];
          for (let from = new Date(d.due_at), steps = 0; ; steps++) {
            next = nextUndelivered(row, list, reminder, zone, from, delivered);
            if (!next || next.dueAt.getTime() > now.getTime()) break;
            // A reminder every few minutes, missed for weeks: the latest ones are shown, the rest skipped.
            if (steps >= 10 * MAX_MISSED_PER_REMINDER) {
              next = nextUndelivered(row, list, reminder, zone, now, delivered);
              break;
            }
            pending.push(next);
            from = next.dueAt;
          }
        } else pending.length = 0;
        for (const p of pending.slice(-MAX_MISSED_PER_REMINDER)) {
          const inserted = await trx
            .insertInto('reminder_alert')
            .values({
              reminder_id: d.reminder_id,
              occurrence_local: p.occurrenceLocal,
              due_at: p.dueAt.toISOString(),
              delivered_at: nowIso,
              missed: now.getTime() - p.dueAt.getTime() >= MISSED_AFTER_MS ? 1 : 0,
              snoozed_until: null,
              dismissed_at: null,
            })
            .onConflict((oc) => oc.columns(['reminder_id', 'occurrence_local']).doNothing())
            .returning('id')
            .executeTakeFirst();
          if (inserted) ids.push(inserted.id);
        }
        await writeNext(trx, d.reminder_id, next);
      }
    }
    // Snoozes that have run out come back (as open alerts, shown again).
    const woken = await trx
      .updateTable('reminder_alert')
      .set({ snoozed_until: null })
      .where('dismissed_at', 'is', null)
      .where('snoozed_until', '<=', nowIso)
      .returning('id')
      .execute();
    ids.push(...woken.map((w) => w.id));
    return ids;
  });
  return loadAlerts(db, alertIds);
}

/** Alerts by id, with what the notification and the reminder centre show about their item. */
export async function loadAlerts(db: Db, ids: number[]): Promise<ReminderAlert[]> {
  if (ids.length === 0) return [];
  const rows = await db
    .selectFrom('reminder_alert')
    .innerJoin('event_reminder', 'event_reminder.id', 'reminder_alert.reminder_id')
    .innerJoin('event', 'event.id', 'event_reminder.event_id')
    .select([
      'reminder_alert.id',
      'reminder_alert.occurrence_local',
      'reminder_alert.due_at',
      'reminder_alert.delivered_at',
      'reminder_alert.missed',
      'reminder_alert.snoozed_until',
      'event_reminder.minutes_before',
      'event.id as event_id',
    ])
    .select(['event.kind', 'event.title', 'event.all_day', 'event.time_zone', 'event.location'])
    .where('reminder_alert.id', 'in', ids)
    .orderBy('reminder_alert.due_at')
    .orderBy('reminder_alert.id')
    .execute();
  const links = await linksOf(db, [...new Set(rows.map((r) => r.event_id))]);
  const exceptions = await exceptionsOf(db, [...new Set(rows.map((r) => r.event_id))]);
  return rows.map((r) => {
    const moved = exceptions.get(r.event_id)?.find((e) => e.occurrenceLocal === r.occurrence_local)?.startLocal;
    return {
      id: r.id,
      eventId: r.event_id,
      occurrence: r.occurrence_local,
      kind: r.kind,
      title: r.title,
      allDay: r.all_day === 1,
      start: moved ?? r.occurrence_local,
      timeZone: r.time_zone,
      location: r.location,
      minutesBefore: r.minutes_before,
      dueAt: r.due_at,
      deliveredAt: r.delivered_at,
      missed: r.missed === 1,
      snoozedUntil: r.snoozed_until,
      links: links
        .filter((l) => l.event_id === r.event_id)
        .map((l) => ({ entityType: l.entity_type, entityId: l.entity_id, name: l.name })),
    };
  });
}

/** The reminder centre: every alert not dismissed, oldest due first (snoozed ones say until when). */
export async function openAlerts(db: Db): Promise<ReminderAlert[]> {
  const ids = await db.selectFrom('reminder_alert').select('id').where('dismissed_at', 'is', null).execute();
  return loadAlerts(
    db,
    ids.map((r) => r.id),
  );
}

export async function snoozeAlert(db: Db, id: number, until: Date): Promise<boolean> {
  const r = await db
    .updateTable('reminder_alert')
    .set({ snoozed_until: until.toISOString() })
    .where('id', '=', id)
    .where('dismissed_at', 'is', null)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

export async function dismissAlert(db: Db, id: number, at: Date): Promise<boolean> {
  const r = await db
    .updateTable('reminder_alert')
    .set({ dismissed_at: at.toISOString(), snoozed_until: null })
    .where('id', '=', id)
    .where('dismissed_at', 'is', null)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}
