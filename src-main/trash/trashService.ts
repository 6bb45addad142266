// The Trash: people and companies moved there stay restorable until the user empties it.
import type { TrashItem } from '@shared/domain/trash';
import type { AppContext } from '../context';
import {
  liveContactIdsOfTrashedCompanies,
  purgeTrashedContacts,
  syncCompanySortKeys,
  trashedContactRows,
} from '../contacts/contactsRepository';
import { deleteUnusedTags } from '../contacts/detailsRepository';
import { purgeTrashedCompanies, trashedCompanyRows } from '../companies/companiesRepository';
import { reindexContacts, restoreContacts } from '../contacts/contactsService';
import { restoreCompanies } from '../companies/companiesService';
import { purgeTrashedDeals, restoreDeals, trashedDealRows } from '../deals/dealsRepository';

export async function listTrash(ctx: AppContext): Promise<TrashItem[]> {
  const contacts = await trashedContactRows(ctx.db);
  const companies = await trashedCompanyRows(ctx.db);
  const deals = await trashedDealRows(ctx.db);
  return [
    ...contacts.map((c) => ({
      entityType: 'contact' as const,
      id: c.id,
      displayName: c.display_name,
      deletedAt: c.deleted_at!,
    })),
    ...companies.map((c) => ({
      entityType: 'company' as const,
      id: c.id,
      displayName: c.name,
      deletedAt: c.deleted_at!,
    })),
    ...deals.map((d) => ({ entityType: 'deal' as const, id: d.id, displayName: d.title, deletedAt: d.deleted_at! })),
  ].sort((a, b) => b.deletedAt.localeCompare(a.deletedAt) || a.displayName.localeCompare(b.displayName));
}

export async function restoreFromTrash(
  ctx: AppContext,
  items: Array<{ entityType: 'contact' | 'company' | 'deal'; id: number }>,
): Promise<{ count: number }> {
  const contactIds = items.filter((i) => i.entityType === 'contact').map((i) => i.id);
  const companyIds = items.filter((i) => i.entityType === 'company').map((i) => i.id);
  const count = await ctx.db.transaction().execute(async (trx) => {
    // Companies first, so restored people come back with their company name in their search document.
    let n = companyIds.length > 0 ? await restoreCompanies(trx, companyIds) : 0;
    if (contactIds.length > 0) n += await restoreContacts(trx, contactIds);
    n += await restoreDeals(
      trx,
      items.filter((i) => i.entityType === 'deal').map((i) => i.id),
    );
    return n;
  });
  return { count };
}

/** Permanently deletes everything in the Trash (their phones, addresses, tags and activities go with them). */
export async function emptyTrash(ctx: AppContext): Promise<{ count: number }> {
  const count = await ctx.db.transaction().execute(async (trx) => {
    const orphaned = await liveContactIdsOfTrashedCompanies(trx);
    const n = (await purgeTrashedDeals(trx)) + (await purgeTrashedContacts(trx)) + (await purgeTrashedCompanies(trx));
    await deleteUnusedTags(trx);
    // Live people of a deleted company lost it (ON DELETE SET NULL): their sort keys and search documents follow.
    await syncCompanySortKeys(trx, { contactIds: orphaned });
    await reindexContacts(trx, orphaned);
    return n;
  });
  return { count };
}
