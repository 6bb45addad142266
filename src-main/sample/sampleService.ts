// Loads the sample customers in one transaction (all or nothing).
import type { AppContext } from '../context';
import { nowIso } from '../context';
import { insertActivityRow, refreshLastActivity } from '../activities/activitiesRepository';
import { insertCompany } from '../companies/companiesService';
import { insertContact } from '../contacts/contactsService';
import { getSettings } from '../settings/settingsService';
import { generateSampleData, type SampleData } from './sampleData';
import { insertSampleDeals } from './sampleDeals';

export async function loadSampleData(ctx: AppContext, data?: SampleData) {
  const sample = data ?? generateSampleData({ contacts: 300, seed: 20261122, now: ctx.clock.now() });
  const at = nowIso(ctx);
  const result = await ctx.db.transaction().execute(async (trx) => {
    const companyIds: number[] = [];
    for (const company of sample.companies) companyIds.push(await insertCompany(trx, company, at));
    const contactIds: number[] = [];
    const companyOf: Array<number | null> = [];
    for (const { companyIndex, ...contact } of sample.contacts) {
      const companyId = companyIndex === null ? null : companyIds[companyIndex]!;
      companyOf.push(companyId);
      contactIds.push(await insertContact(trx, { ...contact, companyId }, at));
    }
    for (const a of sample.activities) {
      await insertActivityRow(trx, {
        kind: a.kind,
        occurred_at: a.occurredAt,
        summary: a.summary,
        outcome: a.outcome,
        contact_id: contactIds[a.contactIndex]!,
        company_id: companyOf[a.contactIndex]!,
        created_at: at,
        updated_at: at,
      });
    }
    await refreshLastActivity(trx, contactIds, companyIds);
    const contactsOfCompany = new Map<number, number[]>();
    companyOf.forEach((companyId, i) => {
      if (companyId !== null)
        contactsOfCompany.set(companyId, [...(contactsOfCompany.get(companyId) ?? []), contactIds[i]!]);
    });
    const deals = await insertSampleDeals(trx, {
      now: ctx.clock.now(),
      companyIds,
      contactsOfCompany,
      currency: (await getSettings({ db: trx })).currency,
    });
    return {
      contacts: contactIds.length,
      companies: companyIds.length,
      activities: sample.activities.length,
      deals,
    };
  });
  return result;
}
