// Pages of the contact and company lists (sorted, filtered), for screens and for later features that select
// "who" (labels, export).
import type { CompanyListRow, ContactListRow, Page } from '@shared/domain/contact';
import type { Language } from '@shared/domain/settings';
import type { CompanyFilter, CompanySort, ContactFilter, ContactSort } from '@shared/validation/filters';
import type { AppContext } from '../context';
import { loadCompanyListRows, orderedCompanyIds } from '../companies/companiesRepository';
import { loadContactListRows, orderedContactIds } from './contactsRepository';
import { cachedOrderedIds } from './orderedIds';

interface Window {
  offset: number;
  limit: number;
}

/** "No activity in N days" depends on the time, so such a list is recomputed at least every minute. */
const timeBucket = (ctx: AppContext, filter: { inactiveDays?: number }) =>
  filter.inactiveDays === undefined ? 0 : Math.floor(ctx.clock.now().getTime() / 60_000);

export async function contactIdsFor(
  ctx: AppContext,
  q: { filter: ContactFilter; sort: ContactSort; locale: Language },
): Promise<number[]> {
  const key = JSON.stringify(['contact', q.filter, q.sort, q.locale, timeBucket(ctx, q.filter)]);
  return cachedOrderedIds(ctx.db, key, () => orderedContactIds(ctx.db, q, ctx.clock.now()));
}

export async function pageOfContacts(
  ctx: AppContext,
  q: { filter: ContactFilter; sort: ContactSort; locale: Language } & Window,
): Promise<Page<ContactListRow>> {
  const ids = await contactIdsFor(ctx, q);
  return { total: ids.length, rows: await loadContactListRows(ctx.db, ids.slice(q.offset, q.offset + q.limit)) };
}

export async function pageOfCompanies(
  ctx: AppContext,
  q: { filter: CompanyFilter; sort: CompanySort; locale: Language } & Window,
): Promise<Page<CompanyListRow>> {
  const key = JSON.stringify(['company', q.filter, q.sort, q.locale, timeBucket(ctx, q.filter)]);
  const ids = await cachedOrderedIds(ctx.db, key, () => orderedCompanyIds(ctx.db, q, ctx.clock.now()));
  return { total: ids.length, rows: await loadCompanyListRows(ctx.db, ids.slice(q.offset, q.offset + q.limit)) };
}
