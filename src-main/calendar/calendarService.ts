// The rules for calendar items: who they concern must exist, times are wall-clock in the item's zone (the
// computer's when made), repeats are stored as RRULEs, one occurrence can be moved, cancelled or ticked off
// on its own, and every write plans the item's reminders again in the same transaction (then wakes the
// scheduler, whose next timer may now be sooner).
import { RapportError } from '@shared/api/result';
import type { CalendarEvent, CalendarOccurrence, EventLinkRef } from '@shared/domain/calendar';
import { repeatToRrule, rruleToRepeat } from '@shared/domain/repeat';
import type { EventInput } from '@shared/validation/calendar';
import type { AppContext } from '../context';
import { nowIso } from '../context';
import { isLiveCompany } from '../companies/companiesRepository';
import { isLiveContact } from '../contacts/contactsRepository';
import { zoneOf } from '../ports';
import { replanEvents, seriesOf } from '../reminders/reminderPlanner';
import {
  clearExceptions,
  eventRowsNear,
  eventRowsOf,
  exceptionsOf,
  insertEventRow,
  linksOf,
  loadEventRows,
  remindersOf,
  replaceLinks,
  setReminders,
  updateEventRow,
  upsertException,
  type EventRow,
} from './calendarRepository';
import { occurrencesBetween, rruleProblem, seriesStarts } from './recurrence';
import { addDays, instantOf, isValidTimeZone, localTimeOf } from './wallClock';
import { dealRow } from '../deals/dealsRepository';

function invalid(path: string, message: string): RapportError {
  return new RapportError('invalid_input', message, [{ path, message }]);
}

async function checkedInput(ctx: AppContext, input: EventInput) {
  const timeZone = input.timeZone ?? zoneOf(ctx.clock);
  if (!isValidTimeZone(timeZone)) throw invalid('event.timeZone', `Unknown time zone: ${timeZone}`);
  const rrule = input.repeat ? repeatToRrule(input.repeat, input.start) : null;
  const problem = rrule ? rruleProblem(rrule) : null;
  if (problem) throw invalid('event.repeat', problem);
  for (const id of input.contactIds)
    if (!(await isLiveContact(ctx.db, id))) throw invalid('event.contactIds', `Contact ${id} does not exist.`);
  for (const id of input.companyIds)
    if (!(await isLiveCompany(ctx.db, id))) throw invalid('event.companyIds', `Company ${id} does not exist.`);
  for (const id of input.dealIds)
    if (!(await dealRow(ctx.db, id))) throw invalid('event.dealIds', `Deal ${id} does not exist.`);
  return { timeZone, rrule };
}

function rowOf(input: EventInput, checked: { timeZone: string; rrule: string | null }) {
  return {
    kind: input.kind,
    title: input.title,
    all_day: input.allDay ? 1 : 0,
    start_local: input.start,
    end_local: input.end,
    time_zone: checked.timeZone,
    location: input.location,
    notes: input.notes,
    rrule: checked.rrule,
  };
}

const linkRows = (input: EventInput) => [
  ...input.contactIds.map((entity_id) => ({ entity_type: 'contact' as const, entity_id })),
  ...input.companyIds.map((entity_id) => ({ entity_type: 'company' as const, entity_id })),
  ...input.dealIds.map((entity_id) => ({ entity_type: 'deal' as const, entity_id })),
];

async function afterWrite(ctx: AppContext): Promise<void> {
  await ctx.reminders?.wake();
}

export async function createEvent(ctx: AppContext, input: EventInput): Promise<CalendarEvent> {
  const checked = await checkedInput(ctx, input);
  const at = nowIso(ctx);
  const id = await ctx.db.transaction().execute(async (trx) => {
    const newId = await insertEventRow(trx, {
      ...rowOf(input, checked),
      done_at: null,
      created_at: at,
      updated_at: at,
      deleted_at: null,
    });
    await replaceLinks(trx, newId, linkRows(input));
    await setReminders(trx, newId, input.reminders);
    await replanEvents(trx, [newId], ctx.clock.now(), zoneOf(ctx.clock));
    return newId;
  });
  await afterWrite(ctx);
  return getEvent(ctx, id);
}

/** Changes the whole series (or the one-off item). A changed start or repeat drops per-occurrence changes. */
export async function updateEvent(ctx: AppContext, id: number, input: EventInput): Promise<CalendarEvent> {
  const [before] = await loadEventRows(ctx.db, [id]);
  if (!before) throw new RapportError('not_found', `Calendar item ${id} was not found.`);
  const checked = await checkedInput(ctx, input);
  await ctx.db.transaction().execute(async (trx) => {
    const row = rowOf(input, checked);
    await updateEventRow(trx, id, { ...row, updated_at: nowIso(ctx) });
    if (row.start_local !== before.start_local || row.rrule !== before.rrule || row.all_day !== before.all_day)
      await clearExceptions(trx, id);
    await replaceLinks(trx, id, linkRows(input));
    await setReminders(trx, id, input.reminders);
    await replanEvents(trx, [id], ctx.clock.now(), zoneOf(ctx.clock));
  });
  await afterWrite(ctx);
  return getEvent(ctx, id);
}

export async function deleteEvent(ctx: AppContext, id: number): Promise<void> {
  const [row] = await loadEventRows(ctx.db, [id]);
  if (!row) throw new RapportError('not_found', `Calendar item ${id} was not found.`);
  await ctx.db.transaction().execute(async (trx) => {
    await updateEventRow(trx, id, { deleted_at: nowIso(ctx), updated_at: nowIso(ctx) });
    await replanEvents(trx, [id], ctx.clock.now(), zoneOf(ctx.clock));
  });
  await afterWrite(ctx);
}

async function occurrenceOf(ctx: AppContext, id: number, occurrence: string): Promise<EventRow> {
  const [row] = await loadEventRows(ctx.db, [id]);
  if (!row) throw new RapportError('not_found', `Calendar item ${id} was not found.`);
  if (row.rrule === null) {
    if (occurrence !== row.start_local)
      throw new RapportError('not_found', `Calendar item ${id} has no occurrence at ${occurrence}.`);
    return row;
  }
  for (const start of seriesStarts(seriesOf(row), occurrence)) {
    if (start === occurrence) return row;
    if (start > occurrence) break;
  }
  throw new RapportError('not_found', `Calendar item ${id} has no occurrence at ${occurrence}.`);
}

/** Moves one occurrence (dragged on the calendar); a one-off item simply moves. */
export async function moveOccurrence(
  ctx: AppContext,
  id: number,
  occurrence: string,
  to: { start: string; end: string },
): Promise<void> {
  const row = await occurrenceOf(ctx, id, occurrence);
  if ((to.start.length === 10) !== (row.all_day === 1) || to.end <= to.start)
    throw invalid('event.end', 'The new times do not fit the item (end before start, or all-day and timed mixed).');
  await ctx.db.transaction().execute(async (trx) => {
    if (row.rrule === null)
      await updateEventRow(trx, id, { start_local: to.start, end_local: to.end, updated_at: nowIso(ctx) });
    else await upsertException(trx, id, occurrence, { startLocal: to.start, endLocal: to.end });
    await replanEvents(trx, [id], ctx.clock.now(), zoneOf(ctx.clock));
  });
  await afterWrite(ctx);
}

/** Deletes one occurrence of a series (a one-off item is deleted). */
export async function cancelOccurrence(ctx: AppContext, id: number, occurrence: string): Promise<void> {
  const row = await occurrenceOf(ctx, id, occurrence);
  if (row.rrule === null) return deleteEvent(ctx, id);
  await ctx.db.transaction().execute(async (trx) => {
    await upsertException(trx, id, occurrence, { cancelled: true });
    await replanEvents(trx, [id], ctx.clock.now(), zoneOf(ctx.clock));
  });
  await afterWrite(ctx);
}

/** Ticks a task (or one occurrence of a repeating one) off, or back on. */
export async function setOccurrenceDone(ctx: AppContext, id: number, occurrence: string, done: boolean): Promise<void> {
  const row = await occurrenceOf(ctx, id, occurrence);
  if (row.kind !== 'task' && row.kind !== 'follow_up')
    throw invalid('event.kind', 'Only tasks and follow-ups can be ticked off.');
  const doneAt = done ? nowIso(ctx) : null;
  await ctx.db.transaction().execute(async (trx) => {
    if (row.rrule === null) await updateEventRow(trx, id, { done_at: doneAt, updated_at: nowIso(ctx) });
    else await upsertException(trx, id, occurrence, { doneAt });
    await replanEvents(trx, [id], ctx.clock.now(), zoneOf(ctx.clock));
  });
  await afterWrite(ctx);
}

function linkRefs(links: Awaited<ReturnType<typeof linksOf>>, eventId: number): EventLinkRef[] {
  return links
    .filter((l) => l.event_id === eventId)
    .map((l) => ({ entityType: l.entity_type, entityId: l.entity_id, name: l.name }));
}

export async function getEvent(ctx: AppContext, id: number): Promise<CalendarEvent> {
  const [row] = await loadEventRows(ctx.db, [id]);
  if (!row) throw new RapportError('not_found', `Calendar item ${id} was not found.`);
  const links = await linksOf(ctx.db, [id]);
  const reminders = await remindersOf(ctx.db, [id]);
  return {
    id: row.id,
    kind: row.kind,
    title: row.title,
    allDay: row.all_day === 1,
    start: row.start_local,
    end: row.end_local,
    timeZone: row.time_zone,
    location: row.location,
    notes: row.notes,
    repeat: row.rrule === null ? null : rruleToRepeat(row.rrule, row.start_local),
    reminders: reminders.map((r) => r.minutes_before),
    links: linkRefs(links, id),
    doneAt: row.done_at,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/**
 * The occurrences of these items overlapping [from, to) — wall-clock bounds in the computer's zone — with start
 * and end on the computer's wall clock (a call booked in New York shows at its time here), sorted by start.
 */
async function occurrencesOfRows(
  ctx: AppContext,
  rows: EventRow[],
  from: string,
  to: string,
): Promise<CalendarOccurrence[]> {
  const here = zoneOf(ctx.clock);
  const exceptions = await exceptionsOf(
    ctx.readDb,
    rows.filter((r) => r.rrule !== null).map((r) => r.id),
  );
  const links = await linksOf(
    ctx.readDb,
    rows.map((r) => r.id),
  );
  const found: CalendarOccurrence[] = [];
  for (const row of rows) {
    const moves = row.all_day === 0 && row.time_zone !== here;
    const shown = (local: string) => (moves ? localTimeOf(instantOf(local, row.time_zone), here) : local);
    // Items keep their own zone's wall clock: a day of slack on each side catches any zone; trimmed exactly below.
    const slackFrom = moves ? addDays(from, -1) : from;
    const slackTo = moves ? addDays(to, 1) : to;
    for (const o of occurrencesBetween(seriesOf(row), exceptions.get(row.id) ?? [], slackFrom, slackTo)) {
      const start = shown(o.startLocal);
      const end = shown(o.endLocal);
      if (!(start < to && (end > from || start >= from))) continue;
      found.push({
        eventId: row.id,
        occurrence: o.occurrenceLocal,
        kind: row.kind,
        title: row.title,
        allDay: row.all_day === 1,
        start,
        end,
        timeZone: row.time_zone,
        location: row.location,
        repeating: row.rrule !== null,
        moved: o.moved,
        doneAt: row.rrule === null ? row.done_at : o.doneAt,
        links: linkRefs(links, row.id),
      });
    }
  }
  return found.sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : a.eventId - b.eventId));
}

/**
 * A person's or company's calendar: what is coming (the next year; tasks and follow-ups not done yet, however
 * overdue, first) and what was done (ticked-off tasks and follow-ups, and items that took place, of the last 90
 * days), each newest-relevant first.
 */
export async function itemsOfEntity(
  ctx: AppContext,
  entityType: 'contact' | 'company' | 'deal',
  entityId: number,
): Promise<{ upcoming: CalendarOccurrence[]; past: CalendarOccurrence[] }> {
  const now = localTimeOf(ctx.clock.now(), zoneOf(ctx.clock));
  const rows = await eventRowsOf(ctx.readDb, entityType, entityId);
  const all = await occurrencesOfRows(ctx, rows, addDays(now.slice(0, 10), -90), addDays(now.slice(0, 10), 366));
  const isTodo = (o: CalendarOccurrence) => o.kind === 'task' || o.kind === 'follow_up';
  const isPast = (o: CalendarOccurrence) => (isTodo(o) ? o.doneAt !== null : o.end <= now);
  return {
    upcoming: all.filter((o) => !isPast(o)).slice(0, 50),
    past: all.filter(isPast).reverse().slice(0, 50),
  };
}

/** Every occurrence overlapping [from, to) on the computer's wall clock (see occurrencesOfRows). */
export async function calendarRange(ctx: AppContext, from: string, to: string): Promise<CalendarOccurrence[]> {
  return occurrencesOfRows(ctx, await eventRowsNear(ctx.readDb, addDays(from, -1), addDays(to, 1)), from, to);
}
