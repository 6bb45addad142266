// The Trash: people and companies moved there stay restorable until the user empties it.
import type { TrashItem } from '@shared/domain/trash';
import type { AppContext } from '../context';
import { syncCompanySortKeys } from '../contacts/contactsRepository';
import { reindexContacts, restoreContacts } from '../contacts/contactsService';
import { restoreCompanies } from '../companies/companiesService';

export async function listTrash(ctx: AppContext): Promise<TrashItem[]> {
  const contacts = await ctx.db
    .selectFrom('contact')
    .select(['id', 'display_name', 'deleted_at'])
    .where('deleted_at', 'is not', null)
    .execute();
  const companies = await ctx.db
    .selectFrom('company')
    .select(['id', 'name', 'deleted_at'])
    .where('deleted_at', 'is not', null)
    .execute();
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
  ].sort((a, b) => b.deletedAt.localeCompare(a.deletedAt) || a.displayName.localeCompare(b.displayName));
}

export async function restoreFromTrash(
  ctx: AppContext,
  items: Array<{ entityType: 'contact' | 'company'; id: number }>,
): Promise<{ count: number }> {
  const contactIds = items.filter((i) => i.entityType === 'contact').map((i) => i.id);
  const companyIds = items.filter((i) => i.entityType === 'company').map((i) => i.id);
  const count = await ctx.db.transaction().execute(async (trx) => {
    // Companies first, so restored people come back with their company name in their search document.
    let n = companyIds.length > 0 ? await restoreCompanies(trx, companyIds) : 0;
    if (contactIds.length > 0) n += await restoreContacts(trx, contactIds);
    return n;
  });
  ctx.events.emit('data.changed', { entities: ['contact', 'company'] });
  return { count };
}

/** Permanently deletes everything in the Trash (their phones, addresses, tags and activities go with them). */
export async function emptyTrash(ctx: AppContext): Promise<{ count: number }> {
  const count = await ctx.db.transaction().execute(async (trx) => {
    const trashedCompanies = trx.selectFrom('company').select('id').where('deleted_at', 'is not', null);
    const orphaned = await trx
      .selectFrom('contact')
      .select('id')
      .where('deleted_at', 'is', null)
      .where('company_id', 'in', trashedCompanies)
      .execute();
    const a = await trx.deleteFrom('contact').where('deleted_at', 'is not', null).executeTakeFirst();
    await trx
      .deleteFrom('activity')
      .where('contact_id', 'is', null)
      .where('company_id', 'in', trashedCompanies)
      .execute();
    const b = await trx.deleteFrom('company').where('deleted_at', 'is not', null).executeTakeFirst();
    // Live people of a deleted company lost it (ON DELETE SET NULL): their search documents must follow.
    await syncCompanySortKeys(trx, { contactIds: orphaned.map((r) => r.id) });
    await reindexContacts(
      trx,
      orphaned.map((r) => r.id),
    );
    await trx
      .deleteFrom('tag')
      .where((eb) =>
        eb.and([
          eb.not(
            eb.exists(eb.selectFrom('contact_tag').select('tag_id').whereRef('contact_tag.tag_id', '=', 'tag.id')),
          ),
          eb.not(
            eb.exists(eb.selectFrom('company_tag').select('tag_id').whereRef('company_tag.tag_id', '=', 'tag.id')),
          ),
        ]),
      )
      .execute();
    return Number(a.numDeletedRows) + Number(b.numDeletedRows);
  });
  ctx.events.emit('data.changed', { entities: ['contact', 'company'] });
  return { count };
}
