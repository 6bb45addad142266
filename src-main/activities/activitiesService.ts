// The rules for the activity log: an activity with a person is also filed under their company (so the
// company page shows the whole relationship), and "last activity" follows every change.
import { RapportError } from '@shared/api/result';
import type { Activity } from '@shared/domain/activity';
import type { ActivityInput } from '@shared/validation/activity';
import type { AppContext } from '../context';
import { nowIso } from '../context';
import { isLiveCompany } from '../companies/companiesRepository';
import { isLiveContact } from '../contacts/contactsRepository';
import { dealRow, refreshDealActivity } from '../deals/dealsRepository';
import {
  deleteActivityRow,
  findActivity,
  insertActivityRow,
  listActivities,
  refreshLastActivity,
} from './activitiesRepository';

function missing(kind: 'contact' | 'company', id: number): RapportError {
  const noun = kind === 'contact' ? 'Contact' : 'Company';
  return new RapportError('invalid_input', `${noun} ${id} does not exist (or is in the Trash).`, [
    { path: `activity.${kind}Id`, message: `${noun} ${id} does not exist` },
  ]);
}

/** Who an activity is about; one logged with a person is also filed under their company. */
async function resolveSubject(ctx: AppContext, input: ActivityInput) {
  let companyId = input.companyId;
  if (input.contactId !== null) {
    const contact = await isLiveContact(ctx.db, input.contactId);
    if (!contact) throw missing('contact', input.contactId);
    companyId ??= contact.companyId;
  }
  if (companyId !== null && !(await isLiveCompany(ctx.db, companyId))) throw missing('company', companyId);
  if (input.dealId !== null && !(await dealRow(ctx.db, input.dealId))) {
    throw new RapportError('invalid_input', `Deal ${input.dealId} does not exist (or is in the Trash).`, [
      { path: 'activity.dealId', message: `Deal ${input.dealId} does not exist` },
    ]);
  }
  return { contactId: input.contactId, companyId, dealId: input.dealId };
}

const toIso = (instant: string) => new Date(instant).toISOString();

export async function createActivity(ctx: AppContext, input: ActivityInput): Promise<Activity> {
  const subject = await resolveSubject(ctx, input);
  const at = nowIso(ctx);
  const id = await ctx.db.transaction().execute(async (trx) => {
    const newId = await insertActivityRow(trx, {
      kind: input.kind,
      occurred_at: toIso(input.occurredAt),
      summary: input.summary,
      outcome: input.outcome,
      contact_id: subject.contactId,
      company_id: subject.companyId,
      deal_id: subject.dealId,
      created_at: at,
      updated_at: at,
    });
    await refreshLastActivity(trx, [subject.contactId], [subject.companyId]);
    await refreshDealActivity(trx, [subject.dealId]);
    return newId;
  });
  return (await findActivity(ctx.db, id))!;
}

export async function updateActivity(ctx: AppContext, id: number, input: ActivityInput): Promise<Activity> {
  const before = await findActivity(ctx.db, id);
  if (!before) throw new RapportError('not_found', `Activity ${id} was not found.`);
  const subject = await resolveSubject(ctx, input);
  await ctx.db.transaction().execute(async (trx) => {
    await trx
      .updateTable('activity')
      .set({
        kind: input.kind,
        occurred_at: toIso(input.occurredAt),
        summary: input.summary,
        outcome: input.outcome,
        contact_id: subject.contactId,
        company_id: subject.companyId,
        deal_id: subject.dealId,
        updated_at: nowIso(ctx),
      })
      .where('id', '=', id)
      .execute();
    await refreshLastActivity(trx, [before.contactId, subject.contactId], [before.companyId, subject.companyId]);
    await refreshDealActivity(trx, [before.dealId, subject.dealId]);
  });
  return (await findActivity(ctx.db, id))!;
}

export async function deleteActivity(ctx: AppContext, id: number): Promise<{ count: number }> {
  const before = await findActivity(ctx.db, id);
  if (!before) throw new RapportError('not_found', `Activity ${id} was not found.`);
  await ctx.db.transaction().execute(async (trx) => {
    await deleteActivityRow(trx, id);
    await refreshLastActivity(trx, [before.contactId], [before.companyId]);
    await refreshDealActivity(trx, [before.dealId]);
  });
  return { count: 1 };
}

export async function activitiesOf(
  ctx: AppContext,
  subject: { contactId?: number; companyId?: number; dealId?: number },
  limit: number,
) {
  return listActivities(ctx.db, subject, limit);
}
