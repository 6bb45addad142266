// The rules for people: derived columns (display name, sort keys, primary email/phone/city), the search
// document, duplicate warnings and the Trash. Every write is one transaction, index included.
import type { Kysely, Transaction } from 'kysely';
import { RapportError } from '@shared/api/result';
import type { Contact, DuplicateHit } from '@shared/domain/contact';
import { displayNameOf, sortOrderNameParts } from '@shared/domain/names';
import type { ContactInput } from '@shared/validation/contact';
import type { AppContext } from '../context';
import { nowIso } from '../context';
import type { Database } from '../db/schema';
import { buildSearchDocument, type SearchDocument } from '../search/searchDocument';
import { indexDocuments, removeFromIndex } from '../search/searchRepository';
import { sortKeyOfText, sortKeysFor } from '../search/sortKeys';
import { phoneDigits } from '../search/text';
import {
  findContactsByEmailOrPhone,
  insertContactRow,
  isLiveContact,
  loadContacts,
  setContactsDeleted,
  syncCompanySortKeys,
  updateContactRow,
} from './contactsRepository';
import { isLiveCompany } from '../companies/companiesRepository';
import { normalizeEmail, primaryColumns, replaceDetails } from './detailsRepository';

type Db = Kysely<Database> | Transaction<Database>;

/** The columns a person's row derives from what was entered (exported for the bulk loader, which must match). */
export function derivedColumns(input: ContactInput) {
  const keys = sortKeysFor(sortOrderNameParts(input));
  const primary = primaryColumns(input);
  return {
    given_name: input.givenName,
    family_name: input.familyName,
    full_name: input.fullName,
    display_name: displayNameOf(input),
    title: input.title,
    company_id: input.companyId,
    birthday: input.birthday,
    notes: input.notes,
    lifecycle: input.lifecycle,
    sort_en: keys.sortEn,
    sort_zh: keys.sortZh,
    city_sort: sortKeyOfText(primary.city),
    ...primary,
  };
}

/** What a person's search document is built from: a loaded Contact, or (bulk loader) an input about to be
 *  written with its id, display name, company name and stored tag names in tag-name order, as loadContacts
 *  would return them. */
export type ContactSearchFields = Pick<
  Contact,
  | 'id'
  | 'displayName'
  | 'givenName'
  | 'familyName'
  | 'fullName'
  | 'title'
  | 'companyName'
  | 'emails'
  | 'phones'
  | 'addresses'
  | 'tags'
  | 'notes'
>;

export function contactSearchDocument(contact: ContactSearchFields): SearchDocument {
  return buildSearchDocument({
    entityType: 'contact',
    entityId: contact.id,
    title: contact.displayName,
    subtitle:
      [contact.companyName, contact.title].filter(Boolean).join(' · ') ||
      contact.emails[0]?.value ||
      contact.addresses[0]?.city ||
      '',
    names: [contact.displayName, contact.givenName, contact.familyName, contact.fullName],
    companyName: contact.companyName,
    emails: contact.emails.map((e) => e.value),
    phones: contact.phones.map((p) => p.value),
    texts: [contact.title, ...contact.tags, ...contact.addresses.flatMap((a) => [a.city, a.region, a.postalCode])],
    notes: contact.notes,
  });
}

/** Re-reads people and rewrites their search documents (after their company was renamed, say). */
export async function reindexContacts(db: Db, ids: number[]): Promise<void> {
  for (let i = 0; i < ids.length; i += 500) {
    const contacts = await loadContacts(db, ids.slice(i, i + 500));
    await indexDocuments(db, contacts.map(contactSearchDocument));
  }
}

async function assertCompanyExists(db: Db, companyId: number | null): Promise<void> {
  if (companyId === null) return;
  if (!(await isLiveCompany(db, companyId))) {
    throw new RapportError('invalid_input', `Company ${companyId} does not exist (or is in the Trash).`, [
      { path: 'contact.companyId', message: `Company ${companyId} does not exist` },
    ]);
  }
}

/** Inserts a person inside an existing transaction (used by the service and by bulk loaders). */
export async function insertContact(trx: Db, input: ContactInput, at: string): Promise<number> {
  const id = await insertContactRow(trx, {
    ...derivedColumns(input),
    created_at: at,
    updated_at: at,
    last_activity_at: null,
    deleted_at: null,
  });
  await replaceDetails(trx, { kind: 'contact', id }, input);
  await syncCompanySortKeys(trx, { contactIds: [id] });
  await reindexContacts(trx, [id]);
  return id;
}

export async function getContact(ctx: AppContext, id: number): Promise<Contact> {
  const [contact] = (await isLiveContact(ctx.db, id)) ? await loadContacts(ctx.db, [id]) : [];
  if (!contact) throw new RapportError('not_found', `Contact ${id} was not found (it may be in the Trash).`);
  return contact;
}

export async function createContact(ctx: AppContext, input: ContactInput): Promise<Contact> {
  const id = await ctx.db.transaction().execute(async (trx) => {
    await assertCompanyExists(trx, input.companyId);
    return insertContact(trx, input, nowIso(ctx));
  });
  return getContact(ctx, id);
}

export async function updateContact(ctx: AppContext, id: number, input: ContactInput): Promise<Contact> {
  await ctx.db.transaction().execute(async (trx) => {
    if (!(await isLiveContact(trx, id)))
      throw new RapportError('not_found', `Contact ${id} was not found (it may be in the Trash).`);
    await assertCompanyExists(trx, input.companyId);
    await rewriteContact(trx, id, input, nowIso(ctx));
  });
  return getContact(ctx, id);
}

/** Replaces a person's fields inside an existing transaction (used by the service, imports and undo). */
export async function rewriteContact(trx: Db, id: number, input: ContactInput, at: string): Promise<void> {
  await updateContactRow(trx, id, { ...derivedColumns(input), updated_at: at });
  await replaceDetails(trx, { kind: 'contact', id }, input);
  await syncCompanySortKeys(trx, { contactIds: [id] });
  await reindexContacts(trx, [id]);
}

/** The editable part of a person, as a form or an import would write it. */
export function contactToInput(contact: Contact): ContactInput {
  return {
    givenName: contact.givenName,
    familyName: contact.familyName,
    fullName: contact.fullName,
    title: contact.title,
    companyId: contact.companyId,
    phones: contact.phones,
    emails: contact.emails,
    addresses: contact.addresses,
    birthday: contact.birthday,
    notes: contact.notes,
    tags: contact.tags,
    lifecycle: contact.lifecycle,
  };
}

/** Moves people to the Trash: hidden everywhere, out of search, restorable. */
export async function trashContacts(ctx: AppContext, ids: number[]): Promise<{ count: number }> {
  const count = await ctx.db.transaction().execute(async (trx) => {
    const n = await setContactsDeleted(trx, ids, nowIso(ctx));
    await removeFromIndex(trx, 'contact', ids);
    return n;
  });
  return { count };
}

export async function restoreContacts(trx: Db, ids: number[]): Promise<number> {
  const n = await setContactsDeleted(trx, ids, null);
  await reindexContacts(trx, ids); // ids that do not exist are skipped by loadContacts
  return n;
}

export async function findContactDuplicates(
  ctx: AppContext,
  query: { emails: string[]; phones: string[]; excludeId: number | null },
): Promise<DuplicateHit[]> {
  const emails = query.emails.map(normalizeEmail).filter((e) => e.includes('@'));
  const phones = query.phones.map(phoneDigits).filter((d) => d.length >= 7);
  const rows = await findContactsByEmailOrPhone(ctx.db, emails, phones, query.excludeId);
  const seen = new Set<string>();
  return rows.flatMap((r) => {
    const key = `${r.id}:${r.kind}`;
    if (seen.has(key)) return [];
    seen.add(key);
    return [{ entityType: 'contact' as const, id: r.id, displayName: r.display_name, reason: r.kind, value: r.value }];
  });
}
