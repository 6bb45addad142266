// The rules for companies: derived columns, search documents (theirs and their people's, which carry the
// company name), duplicate warnings by name, and the Trash.
import type { Kysely, Transaction } from 'kysely';
import { RapportError } from '@shared/api/result';
import type { Company, ContactListRow, DuplicateHit } from '@shared/domain/contact';
import { emptyCompanyInput, type CompanyInput } from '@shared/validation/contact';
import type { AppContext } from '../context';
import { nowIso } from '../context';
import type { Database } from '../db/schema';
import { liveContactIdsOfCompany, syncCompanySortKeys } from '../contacts/contactsRepository';
import { pageOfContacts } from '../contacts/listService';
import { reindexContacts } from '../contacts/contactsService';
import { primaryColumns, replaceDetails } from '../contacts/detailsRepository';
import { buildSearchDocument, type SearchDocument } from '../search/searchDocument';
import { indexDocuments, insertNewDocuments, removeFromIndex } from '../search/searchRepository';
import { BULK_CHUNK } from '../contacts/bulkInsert';
import { sortKeyOfText, sortKeysFor } from '../search/sortKeys';
import {
  findCompaniesByName,
  insertCompanyRow,
  insertCompanyRows,
  isLiveCompany,
  loadCompanies,
  setCompaniesDeleted,
  updateCompanyRow,
} from './companiesRepository';

type Db = Kysely<Database> | Transaction<Database>;

function derivedColumns(input: CompanyInput) {
  const keys = sortKeysFor([input.name]);
  const primary = primaryColumns(input);
  return {
    name: input.name,
    website: input.website,
    industry: input.industry,
    notes: input.notes,
    sort_en: keys.sortEn,
    sort_zh: keys.sortZh,
    city_sort: sortKeyOfText(primary.city),
    city: primary.city,
    country: primary.country,
    phone: primary.phone,
  };
}

type CompanySearchFields = Pick<
  Company,
  'id' | 'name' | 'industry' | 'website' | 'tags' | 'addresses' | 'phones' | 'notes'
>;

function companySearchDocument(c: CompanySearchFields): SearchDocument {
  return buildSearchDocument({
    entityType: 'company',
    entityId: c.id,
    title: c.name,
    subtitle: [c.industry, c.addresses[0]?.city].filter(Boolean).join(' · '),
    names: [c.name],
    companyName: null,
    emails: [],
    phones: c.phones.map((p) => p.value),
    texts: [c.industry, c.website, ...c.tags, ...c.addresses.flatMap((a) => [a.city, a.region, a.postalCode])],
    notes: c.notes,
  });
}

async function reindexCompanies(db: Db, ids: number[]): Promise<void> {
  await indexDocuments(db, (await loadCompanies(db, ids)).map(companySearchDocument));
}

/**
 * Companies known only by their name (the new companies of an import), many at once: the same rows and search
 * documents insertCompany writes for such a company, in a few statements per 500.
 */
export async function insertNamedCompaniesBulk(trx: Db, names: string[], at: string): Promise<number[]> {
  const ids: number[] = [];
  for (let i = 0; i < names.length; i += BULK_CHUNK) {
    const chunk = names.slice(i, i + BULK_CHUNK).map((name) => ({ ...emptyCompanyInput(), name }));
    const chunkIds = await insertCompanyRows(
      trx,
      chunk.map((input) => ({
        ...derivedColumns(input),
        created_at: at,
        updated_at: at,
        last_activity_at: null,
        deleted_at: null,
      })),
    );
    await insertNewDocuments(
      trx,
      chunk.map((input, k) => companySearchDocument({ ...input, id: chunkIds[k]! })),
    );
    ids.push(...chunkIds);
  }
  return ids;
}

export async function insertCompany(trx: Db, input: CompanyInput, at: string): Promise<number> {
  const id = await insertCompanyRow(trx, {
    ...derivedColumns(input),
    created_at: at,
    updated_at: at,
    last_activity_at: null,
    deleted_at: null,
  });
  await replaceDetails(trx, { kind: 'company', id }, input);
  await reindexCompanies(trx, [id]);
  return id;
}

export async function getCompany(ctx: AppContext, id: number): Promise<Company> {
  const [company] = (await isLiveCompany(ctx.db, id)) ? await loadCompanies(ctx.db, [id]) : [];
  if (!company) throw new RapportError('not_found', `Company ${id} was not found (it may be in the Trash).`);
  return company;
}

export async function createCompany(ctx: AppContext, input: CompanyInput): Promise<Company> {
  const id = await ctx.db.transaction().execute((trx) => insertCompany(trx, input, nowIso(ctx)));
  return getCompany(ctx, id);
}

export async function updateCompany(ctx: AppContext, id: number, input: CompanyInput): Promise<Company> {
  await ctx.db.transaction().execute(async (trx) => {
    if (!(await isLiveCompany(trx, id)))
      throw new RapportError('not_found', `Company ${id} was not found (it may be in the Trash).`);
    await updateCompanyRow(trx, id, { ...derivedColumns(input), updated_at: nowIso(ctx) });
    await replaceDetails(trx, { kind: 'company', id }, input);
    await reindexCompanies(trx, [id]);
    // Its people are found and sorted by the company's name, so their documents and keys follow a rename.
    await syncCompanySortKeys(trx, { companyId: id });
    await reindexContacts(trx, await liveContactIdsOfCompany(trx, id));
  });
  return getCompany(ctx, id);
}

export async function trashCompanies(ctx: AppContext, ids: number[]): Promise<{ count: number }> {
  const count = await ctx.db.transaction().execute(async (trx) => {
    const n = await setCompaniesDeleted(trx, ids, nowIso(ctx));
    await removeFromIndex(trx, 'company', ids);
    return n;
  });
  return { count };
}

export async function restoreCompanies(trx: Db, ids: number[]): Promise<number> {
  const n = await setCompaniesDeleted(trx, ids, null);
  await reindexCompanies(trx, ids); // ids that do not exist are skipped by loadCompanies
  return n;
}

export async function findCompanyDuplicates(
  ctx: AppContext,
  name: string,
  excludeId: number | null,
): Promise<DuplicateHit[]> {
  if (name.trim() === '') return [];
  const rows = await findCompaniesByName(ctx.db, name, excludeId);
  return rows.map((r) => ({ entityType: 'company', id: r.id, displayName: r.name, reason: 'name', value: r.name }));
}

export async function companyPeople(ctx: AppContext, id: number): Promise<ContactListRow[]> {
  await getCompany(ctx, id);
  const page = await pageOfContacts(ctx, {
    filter: { companyId: id },
    sort: { field: 'name', direction: 'asc' },
    locale: 'en',
    offset: 0,
    limit: 500,
  });
  return page.rows;
}
