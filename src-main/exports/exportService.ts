// Exports people — everyone, a saved view, or chosen ids — as CSV or vCard bytes.
import { RapportError } from '@shared/api/result';
import type { Contact } from '@shared/domain/contact';
import type { ContactFilter, ContactSort } from '@shared/validation/filters';
import type { AppContext } from '../context';
import { loadContacts } from '../contacts/contactsRepository';
import { contactIdsFor } from '../contacts/listService';
import { listViews } from '../views/viewsService';
import { contactsToCsv, type CsvExportDelimiter, type CsvExportEncoding } from './csvExport';
import { writeVCards } from './vcardWriter';

export interface ExportRequest {
  format: 'csv' | 'vcard';
  encoding?: CsvExportEncoding;
  delimiter?: CsvExportDelimiter;
  /** A saved view's name or id; none = everyone (not in the Trash). */
  viewName?: string;
  viewId?: number;
  /** An unsaved filter (the list as the user is looking at it). */
  filter?: ContactFilter;
  sort?: ContactSort;
  ids?: number[];
}

type ContactSelection = Pick<ExportRequest, 'ids' | 'viewId' | 'viewName' | 'filter' | 'sort'>;

/** The people a request names — chosen ids, a saved view, a filter, or everyone — in the list's order. */
export async function selectContacts(ctx: AppContext, request: ContactSelection): Promise<Contact[]> {
  const ids = await selectedContactIds(ctx, request);
  const contacts: Contact[] = [];
  for (let i = 0; i < ids.length; i += 1000) contacts.push(...(await loadContacts(ctx.db, ids.slice(i, i + 1000))));
  return contacts;
}

/** The ids of the people a request names, in the list's order (everyone: those not in the Trash, by name). */
export async function selectedContactIds(ctx: AppContext, request: ContactSelection): Promise<number[]> {
  let ids = request.ids;
  if (!ids) {
    let filter: ContactFilter = request.filter ?? {};
    let sort: ContactSort = request.sort ?? { field: 'name', direction: 'asc' };
    if (request.viewName !== undefined || request.viewId !== undefined) {
      const views = await listViews(ctx, 'contact');
      const view = views.find((v) =>
        request.viewId !== undefined
          ? v.id === request.viewId
          : v.name.toLowerCase() === request.viewName!.toLowerCase(),
      );
      if (!view || view.entity !== 'contact') {
        const names = views.map((v) => `“${v.name}”`).join(', ');
        throw new RapportError(
          'not_found',
          `There is no saved view named “${request.viewName ?? request.viewId}”${names ? ` (saved views: ${names})` : ''}.`,
        );
      }
      filter = view.filter;
      sort = view.sort;
    }
    ids = await contactIdsFor(ctx, { filter, sort, locale: 'en' });
  }
  return ids;
}

export async function exportContacts(
  ctx: AppContext,
  request: ExportRequest,
): Promise<{ bytes: Buffer; count: number }> {
  const contacts = await selectContacts(ctx, request);
  const bytes =
    request.format === 'vcard'
      ? Buffer.from(writeVCards(contacts), 'utf8')
      : contactsToCsv(contacts, { encoding: request.encoding, delimiter: request.delimiter });
  return { bytes, count: contacts.length };
}
