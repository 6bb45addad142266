// SQL for calendar items: rows, their links to people and companies, their exceptions and reminders.
import { sql, type Insertable, type Kysely, type Transaction } from 'kysely';
import type { Database, EventTable } from '../db/schema';
import type { SeriesException } from './recurrence';
import { addDays } from './wallClock';

type Db = Kysely<Database> | Transaction<Database>;
export type EventRow = Awaited<ReturnType<typeof loadEventRows>>[number];
export type NewEventRow = Insertable<EventTable>;

export async function insertEventRow(db: Db, row: NewEventRow): Promise<number> {
  return (await db.insertInto('event').values(row).returning('id').executeTakeFirstOrThrow()).id;
}

export async function updateEventRow(db: Db, id: number, row: Partial<NewEventRow>): Promise<void> {
  await db.updateTable('event').set(row).where('id', '=', id).execute();
}

export function loadEventRows(db: Db, ids: number[]) {
  return db.selectFrom('event').selectAll().where('id', 'in', ids).where('deleted_at', 'is', null).execute();
}

/**
 * Live items that may overlap [from, to) (wall-clock strings; the caller widens them by a day for items kept in
 * other zones, and trims exactly): one-off items of up to two days by their start, longer ones from their own
 * index (migration 0003), and every repeating item (they are few). Three queries, each off its own index.
 */
export async function eventRowsNear(db: Db, fromLocal: string, toLocal: string) {
  const short = await db
    .selectFrom('event')
    .selectAll()
    .where(sql<boolean>`deleted_at is null and rrule is null`)
    .where('start_local', '>=', addDays(fromLocal.slice(0, 10), -2))
    .where('start_local', '<', toLocal)
    .where('end_local', '>', fromLocal)
    .execute();
  const long = await db
    .selectFrom('event')
    .selectAll()
    .where(sql<boolean>`deleted_at is null and rrule is null and julianday(end_local) - julianday(start_local) > 2`)
    .where('start_local', '<', toLocal)
    .where('end_local', '>', fromLocal)
    .execute();
  const repeating = await db
    .selectFrom('event')
    .selectAll()
    .where(sql<boolean>`deleted_at is null and rrule is not null`)
    .execute();
  const seen = new Set(short.map((r) => r.id));
  return [...short, ...long.filter((r) => !seen.has(r.id)), ...repeating];
}

/** Live items linked to a person or company. */
export function eventRowsOf(db: Db, entityType: 'contact' | 'company' | 'deal', entityId: number) {
  return db
    .selectFrom('event')
    .innerJoin('event_link', 'event_link.event_id', 'event.id')
    .selectAll('event')
    .where('event_link.entity_type', '=', entityType)
    .where('event_link.entity_id', '=', entityId)
    .where('event.deleted_at', 'is', null)
    .execute();
}

export async function linksOf(db: Db, eventIds: number[]) {
  if (eventIds.length === 0) return [];
  return db
    .selectFrom('event_link')
    .leftJoin('contact', (j) =>
      j.onRef('contact.id', '=', 'event_link.entity_id').on('event_link.entity_type', '=', 'contact'),
    )
    .leftJoin('company', (j) =>
      j.onRef('company.id', '=', 'event_link.entity_id').on('event_link.entity_type', '=', 'company'),
    )
    .leftJoin('deal', (j) => j.onRef('deal.id', '=', 'event_link.entity_id').on('event_link.entity_type', '=', 'deal'))
    .select(['event_link.event_id', 'event_link.entity_type', 'event_link.entity_id'])
    .select((eb) => eb.fn.coalesce('contact.display_name', 'company.name', 'deal.title', eb.val('')).as('name'))
    .where('event_link.event_id', 'in', eventIds)
    .orderBy('event_link.entity_type', 'desc')
    .orderBy('name')
    .execute();
}

export async function replaceLinks(
  db: Db,
  eventId: number,
  links: Array<{ entity_type: 'contact' | 'company' | 'deal'; entity_id: number }>,
): Promise<void> {
  await db.deleteFrom('event_link').where('event_id', '=', eventId).execute();
  if (links.length > 0)
    await db
      .insertInto('event_link')
      .values(links.map((l) => ({ event_id: eventId, ...l })))
      .execute();
}

export async function exceptionsOf(db: Db, eventIds: number[]): Promise<Map<number, SeriesException[]>> {
  const byEvent = new Map<number, SeriesException[]>();
  if (eventIds.length === 0) return byEvent;
  const rows = await db.selectFrom('event_exception').selectAll().where('event_id', 'in', eventIds).execute();
  for (const r of rows) {
    const list = byEvent.get(r.event_id) ?? [];
    list.push({
      occurrenceLocal: r.occurrence_local,
      cancelled: r.cancelled === 1,
      startLocal: r.start_local,
      endLocal: r.end_local,
      doneAt: r.done_at,
    });
    byEvent.set(r.event_id, list);
  }
  return byEvent;
}

/** Writes what is known about one occurrence (merged with what was there). */
export async function upsertException(
  db: Db,
  eventId: number,
  occurrenceLocal: string,
  change: { cancelled?: boolean; startLocal?: string | null; endLocal?: string | null; doneAt?: string | null },
): Promise<void> {
  const existing = await db
    .selectFrom('event_exception')
    .selectAll()
    .where('event_id', '=', eventId)
    .where('occurrence_local', '=', occurrenceLocal)
    .executeTakeFirst();
  const row = {
    event_id: eventId,
    occurrence_local: occurrenceLocal,
    cancelled: change.cancelled === undefined ? (existing?.cancelled ?? 0) : change.cancelled ? 1 : 0,
    start_local: change.startLocal === undefined ? (existing?.start_local ?? null) : change.startLocal,
    end_local: change.endLocal === undefined ? (existing?.end_local ?? null) : change.endLocal,
    done_at: change.doneAt === undefined ? (existing?.done_at ?? null) : change.doneAt,
  };
  await db
    .insertInto('event_exception')
    .values(row)
    .onConflict((oc) =>
      oc.columns(['event_id', 'occurrence_local']).doUpdateSet({
        cancelled: row.cancelled,
        start_local: row.start_local,
        end_local: row.end_local,
        done_at: row.done_at,
      }),
    )
    .execute();
}

export async function clearExceptions(db: Db, eventId: number): Promise<void> {
  await db.deleteFrom('event_exception').where('event_id', '=', eventId).execute();
}

export async function remindersOf(db: Db, eventIds: number[]) {
  if (eventIds.length === 0) return [];
  return db
    .selectFrom('event_reminder')
    .select(['id', 'event_id', 'minutes_before'])
    .where('event_id', 'in', eventIds)
    .orderBy('minutes_before')
    .execute();
}

/**
 * Makes the event's reminders exactly `minutes`, keeping the rows (and so what was already delivered) of the
 * offsets that stay: changing a title must not make a delivered reminder come again.
 */
export async function setReminders(db: Db, eventId: number, minutes: number[]): Promise<void> {
  const existing = await remindersOf(db, [eventId]);
  const gone = existing.filter((r) => !minutes.includes(r.minutes_before)).map((r) => r.id);
  if (gone.length > 0) await db.deleteFrom('event_reminder').where('id', 'in', gone).execute();
  const added = minutes.filter((m) => !existing.some((r) => r.minutes_before === m));
  if (added.length > 0)
    await db
      .insertInto('event_reminder')
      .values(added.map((m) => ({ event_id: eventId, minutes_before: m })))
      .execute();
}
