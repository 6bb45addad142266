// SQL for the activity log, mapped to src-shared/domain/activity.
import type { Kysely, Transaction } from 'kysely';
import type { Activity, ActivityKind } from '@shared/domain/activity';
import type { Insertable } from 'kysely';
import type { ActivityTable, Database } from '../db/schema';

type Db = Kysely<Database> | Transaction<Database>;

const baseQuery = (db: Db) =>
  db
    .selectFrom('activity')
    .leftJoin('contact', 'contact.id', 'activity.contact_id')
    .leftJoin('company', 'company.id', 'activity.company_id')
    .leftJoin('deal', 'deal.id', 'activity.deal_id')
    .selectAll('activity')
    .select(['contact.display_name as contact_name', 'company.name as company_name', 'deal.title as deal_title']);

type JoinedRow = Awaited<ReturnType<ReturnType<typeof baseQuery>['executeTakeFirstOrThrow']>>;

function toActivity(r: JoinedRow): Activity {
  return {
    id: r.id,
    kind: r.kind as ActivityKind,
    occurredAt: r.occurred_at,
    summary: r.summary,
    outcome: r.outcome,
    contactId: r.contact_id,
    contactName: r.contact_name,
    companyId: r.company_id,
    companyName: r.company_name,
    dealId: r.deal_id,
    dealTitle: r.deal_title,
    createdAt: r.created_at,
  };
}

export async function findActivity(db: Db, id: number): Promise<Activity | undefined> {
  const row = await baseQuery(db).where('activity.id', '=', id).executeTakeFirst();
  return row ? toActivity(row) : undefined;
}

/** Newest first. A company's history includes what was logged with its people while they worked there. */
export async function listActivities(
  db: Db,
  subject: { contactId?: number; companyId?: number; dealId?: number },
  limit: number,
): Promise<Activity[]> {
  let q = baseQuery(db);
  if (subject.contactId !== undefined) q = q.where('activity.contact_id', '=', subject.contactId);
  if (subject.companyId !== undefined) q = q.where('activity.company_id', '=', subject.companyId);
  if (subject.dealId !== undefined) q = q.where('activity.deal_id', '=', subject.dealId);
  const rows = await q.orderBy('activity.occurred_at', 'desc').orderBy('activity.id', 'desc').limit(limit).execute();
  return rows.map(toActivity);
}

export async function insertActivityRow(db: Db, row: Insertable<ActivityTable>): Promise<number> {
  return (await db.insertInto('activity').values(row).returning('id').executeTakeFirstOrThrow()).id;
}

/** Recomputes last_activity_at of a person and a company from their logs. */
export async function refreshLastActivity(db: Db, contactIds: Array<number | null>, companyIds: Array<number | null>) {
  for (const id of new Set(contactIds.filter((x): x is number => x !== null))) {
    const r = await db
      .selectFrom('activity')
      .select((eb) => eb.fn.max('occurred_at').as('last'))
      .where('contact_id', '=', id)
      .executeTakeFirst();
    await db
      .updateTable('contact')
      .set({ last_activity_at: (r?.last as string | null) ?? null })
      .where('id', '=', id)
      .execute();
  }
  for (const id of new Set(companyIds.filter((x): x is number => x !== null))) {
    const r = await db
      .selectFrom('activity')
      .select((eb) => eb.fn.max('occurred_at').as('last'))
      .where('company_id', '=', id)
      .executeTakeFirst();
    await db
      .updateTable('company')
      .set({ last_activity_at: (r?.last as string | null) ?? null })
      .where('id', '=', id)
      .execute();
  }
}

export async function deleteActivityRow(db: Db, id: number): Promise<void> {
  await db.deleteFrom('activity').where('id', '=', id).execute();
}
