// Creating many people at once (an import's new rows): the same database state as insertContact called for
// each in turn — rows, phones, emails, addresses, tags, company sort keys and search documents — written with a
// handful of multi-row statements per chunk instead of some twenty statements per person. Everything written
// is derived in JS from the inputs at hand; the database is only read for existing tags and the companies'
// names and sort keys.
import type { Kysely, Transaction } from 'kysely';
import { displayNameOf } from '@shared/domain/names';
import type { ContactInput } from '@shared/validation/contact';
import type { Database } from '../db/schema';
import { insertNewDocuments } from '../search/searchRepository';
import { BLANK_SORT_KEY } from '../search/sortKeys';
import { phoneDigits } from '../search/text';
import { companyNamesAndSortKeys, insertContactRows } from './contactsRepository';
import { contactSearchDocument, derivedColumns } from './contactsService';
import { sqliteLowerKey } from '../db/lowerKey';
import {
  findTagsByLowerName,
  insertAddresses,
  insertContactPoints,
  insertContactTags,
  insertTags,
  normalizeEmail,
  type NewAddress,
  type NewContactPoint,
} from './detailsRepository';

type Db = Kysely<Database> | Transaction<Database>;

export interface BulkContact {
  input: ContactInput;
  /** The stored name of input.companyId's company (null without one): it goes into the search document. */
  companyName: string | null;
}

/** People per chunk: the unit between two chances for the app's other calls to be answered. */
export const BULK_CHUNK = 500;
/** SQLite's BINARY collation (UTF-8 bytes, i.e. code points), the order loadTags reads tag names in; JS's
 *  default sort compares UTF-16 units, which puts astral characters before U+E000–U+FFFF. */
function byCodePoint(a: string, b: string): number {
  return Buffer.compare(Buffer.from(a, 'utf8'), Buffer.from(b, 'utf8'));
}

/** A person's distinct tags as ensureTagIds sees them: keyed by lower case, in first-seen order, spelled as
 *  last written. */
function distinctTags(names: string[]): Map<string, string> {
  return new Map(names.map((n) => [sqliteLowerKey(n), n]));
}

/**
 * Inserts people inside the caller's transaction; returns their new ids in the order of `items`. Callers that
 * must stay responsive call it once per chunk of BULK_CHUNK and yield in between.
 */
export async function insertContactsBulk(trx: Db, items: BulkContact[], at: string): Promise<number[]> {
  const ids: number[] = [];
  // Tags are resolved once per distinct name across the whole call (key: lower case, as ensureTagIds).
  const tags = new Map<string, { id: number; name: string }>();
  for (let start = 0; start < items.length; start += BULK_CHUNK) {
    ids.push(...(await insertChunk(trx, items.slice(start, start + BULK_CHUNK), at, tags)));
  }
  return ids;
}

async function insertChunk(
  trx: Db,
  items: BulkContact[],
  at: string,
  tags: Map<string, { id: number; name: string }>,
): Promise<number[]> {
  const companyIds = [...new Set(items.flatMap((i) => (i.input.companyId === null ? [] : [i.input.companyId])))];
  const companies = await companyNamesAndSortKeys(trx, companyIds);
  const companyOf = (item: BulkContact) => {
    const id = item.input.companyId;
    const company = id === null ? undefined : companies.get(id);
    if (id !== null && !company) throw new Error(`Company ${id} does not exist`);
    // The search document must say what loadContacts would read back; a caller passing another name is a bug.
    if ((company?.name ?? null) !== item.companyName) {
      throw new Error(
        `insertContactsBulk: company ${id} is named ${company?.name ?? 'nothing'}, not ${item.companyName}`,
      );
    }
    return company;
  };

  const contactIds = await insertContactRows(
    trx,
    items.map((item) => {
      const company = companyOf(item);
      return {
        ...derivedColumns(item.input),
        // What syncCompanySortKeys would copy from the company afterwards.
        company_sort_en: company?.sortEn ?? BLANK_SORT_KEY,
        company_sort_zh: company?.sortZh ?? BLANK_SORT_KEY,
        created_at: at,
        updated_at: at,
        last_activity_at: null,
        deleted_at: null,
      };
    }),
  );

  // Phones then emails, person by person: the order (and so the ids) replaceDetails would give them.
  const points: NewContactPoint[] = [];
  const addresses: NewAddress[] = [];
  items.forEach(({ input }, i) => {
    const contact_id = contactIds[i]!;
    for (const kind of ['phone', 'email'] as const) {
      (kind === 'phone' ? input.phones : input.emails).forEach((v, position) =>
        points.push({
          contact_id,
          company_id: null,
          kind,
          label: v.label,
          value: v.value,
          normalized: kind === 'phone' ? phoneDigits(v.value) : normalizeEmail(v.value),
          position,
        }),
      );
    }
    input.addresses.forEach((a, position) =>
      addresses.push({
        contact_id,
        company_id: null,
        label: a.label,
        street: a.street,
        city: a.city,
        region: a.region,
        postal_code: a.postalCode,
        country: a.country,
        position,
      }),
    );
  });
  await insertContactPoints(trx, points);
  await insertAddresses(trx, addresses);

  // Tags: look up the ones not seen yet in one query, create the missing ones in first-seen order.
  const perPerson = items.map(({ input }) => distinctTags(input.tags));
  const unseen = [...new Set(perPerson.flatMap((m) => [...m.keys()]))].filter((key) => !tags.has(key));
  for (const found of await findTagsByLowerName(trx, unseen)) tags.set(found.key, { id: found.id, name: found.name });
  const toCreate = new Map<string, string>();
  for (const person of perPerson)
    for (const [key, name] of person) if (!tags.has(key) && !toCreate.has(key)) toCreate.set(key, name);
  const created = await insertTags(trx, [...toCreate.values()]);
  for (const [key, name] of toCreate) tags.set(key, { id: created.get(name)!, name });
  const contactTags = perPerson.flatMap((person, i) =>
    [...person.keys()].map((key) => ({ contact_id: contactIds[i]!, tag_id: tags.get(key)!.id })),
  );
  await insertContactTags(trx, contactTags);

  const docs = items.map((item, i) => {
    const { input } = item;
    return contactSearchDocument({
      id: contactIds[i]!,
      displayName: displayNameOf(input),
      givenName: input.givenName,
      familyName: input.familyName,
      fullName: input.fullName,
      title: input.title,
      companyName: companyOf(item)?.name ?? null,
      emails: input.emails,
      phones: input.phones,
      addresses: input.addresses,
      tags: [...perPerson[i]!.keys()].map((key) => tags.get(key)!.name).sort(byCodePoint),
      notes: input.notes,
    });
  });
  await insertNewDocuments(trx, docs);
  return contactIds;
}
