// SQL for companies, mapped to the DTOs of src-shared/domain/contact.
import { sql, type ExpressionBuilder, type Kysely, type Transaction } from 'kysely';
import { insertManyReturningIds } from '../db/insertMany';
import type { Company, CompanyListRow } from '@shared/domain/contact';
import type { Segment } from '@shared/customers/segments';
import type { Language } from '@shared/domain/settings';
import type { CompanyFilter, CompanySort } from '@shared/validation/filters';
import type { Database, NewCompanyRow } from '../db/schema';
import { loadDetails, loadTags } from '../contacts/detailsRepository';
import { companyFilterConditions } from '../contacts/listQuery';
import { sqliteLowerKey } from '../db/lowerKey';
import { inIdOrder } from '../db/inIdOrder';

type Db = Kysely<Database> | Transaction<Database>;

const peopleCount = (eb: ExpressionBuilder<Database, 'company'>) =>
  eb
    .selectFrom('contact')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .whereRef('contact.company_id', '=', 'company.id')
    .where('contact.deleted_at', 'is', null);

export async function insertCompanyRow(db: Db, row: NewCompanyRow): Promise<number> {
  return (await db.insertInto('company').values(row).returning('id').executeTakeFirstOrThrow()).id;
}

export async function updateCompanyRow(db: Db, id: number, row: Partial<NewCompanyRow>): Promise<void> {
  await db.updateTable('company').set(row).where('id', '=', id).execute();
}

export async function isLiveCompany(db: Db, id: number): Promise<boolean> {
  return !!(await db
    .selectFrom('company')
    .select('id')
    .where('id', '=', id)
    .where('deleted_at', 'is', null)
    .executeTakeFirst());
}

export async function loadCompanies(db: Db, ids: number[]): Promise<Company[]> {
  if (ids.length === 0) return [];
  const rows = await db
    .selectFrom('company')
    .selectAll()
    .select((eb) => peopleCount(eb).as('people_count'))
    .where('id', 'in', ids)
    .execute();
  const details = await loadDetails(db, 'company', ids);
  return inIdOrder(ids, rows, (r) => {
    const d = details.get(r.id)!;
    return {
      id: r.id,
      name: r.name,
      website: r.website,
      industry: r.industry,
      phones: d.phones,
      addresses: d.addresses,
      notes: r.notes,
      tags: d.tags,
      lastActivityAt: r.last_activity_at,
      peopleCount: Number(r.people_count ?? 0),
      createdAt: r.created_at,
      updatedAt: r.updated_at,
    };
  });
}

/** Every matching company's id, in list order (see contacts/orderedIds.ts). */
export async function orderedCompanyIds(
  db: Db,
  query: { filter: CompanyFilter; sort: CompanySort; locale: Language },
  now: Date,
): Promise<number[]> {
  const { filter, sort } = query;
  const nameKey = query.locale === 'zh-CN' ? 'company.sort_zh' : 'company.sort_en';
  const dir = sort.direction;
  let q = db
    .selectFrom('company')
    .select('company.id')
    .where((eb) => companyFilterConditions(eb, filter, now));
  switch (sort.field) {
    case 'name':
      q = q.orderBy(nameKey, dir);
      break;
    case 'city':
      q = q.orderBy('company.city_sort', dir).orderBy(nameKey, dir);
      break;
    case 'people':
      q = q.orderBy((eb) => peopleCount(eb), dir);
      break;
    case 'lastActivity':
      q = q.orderBy('company.last_activity_at', dir);
      break;
    case 'createdAt':
      q = q.orderBy('company.created_at', dir);
      break;
  }
  return (await q.orderBy('company.id', dir).execute()).map((r) => r.id);
}

/** The list rows for these ids, in the given order. */
export async function loadCompanyListRows(db: Db, ids: number[]): Promise<CompanyListRow[]> {
  if (ids.length === 0) return [];
  const rows = await db
    .selectFrom('company')
    .select(['id', 'name', 'industry', 'website', 'phone', 'city', 'country', 'last_activity_at'])
    .select((eb) => peopleCount(eb).as('people_count'))
    .select((eb) =>
      eb
        .selectFrom('customer_value')
        .select('customer_value.segment')
        .whereRef('customer_value.id', '=', 'company.id')
        .where('customer_value.kind', '=', 'company')
        .as('segment'),
    )
    .where('id', 'in', ids)
    .execute();
  const tags = await loadTags(db, 'company', ids);
  return inIdOrder(ids, rows, (r) => {
    return {
      id: r.id,
      name: r.name,
      industry: r.industry,
      website: r.website,
      phone: r.phone,
      city: r.city,
      country: r.country,
      tags: tags.get(r.id) ?? [],
      peopleCount: Number(r.people_count ?? 0),
      lastActivityAt: r.last_activity_at,
      segment: r.segment as Segment | null,
    };
  });
}

export async function findCompaniesByName(db: Db, name: string, excludeId: number | null) {
  return db
    .selectFrom('company')
    .select(['id', 'name'])
    .where(sql`lower(trim(name))`, '=', sqliteLowerKey(name.trim()))
    .where('deleted_at', 'is', null)
    .$if(excludeId !== null, (q) => q.where('id', '!=', excludeId!))
    .limit(10)
    .execute();
}

export async function setCompaniesDeleted(db: Db, ids: number[], deletedAt: string | null): Promise<number> {
  let n = 0;
  for (let i = 0; i < ids.length; i += 500) {
    const r = await db
      .updateTable('company')
      .set({ deleted_at: deletedAt })
      .where('id', 'in', ids.slice(i, i + 500))
      .where('deleted_at', deletedAt === null ? 'is not' : 'is', null)
      .executeTakeFirst();
    n += Number(r.numUpdatedRows);
  }
  return n;
}

export function trashedCompanyRows(db: Db) {
  return db.selectFrom('company').select(['id', 'name', 'deleted_at']).where('deleted_at', 'is not', null).execute();
}

/** Permanently deletes the companies in the Trash with their own activities; their people's activities stay
 *  (unlinked by ON DELETE SET NULL), and so do the people. */
export async function purgeTrashedCompanies(db: Db): Promise<number> {
  const trashed = db.selectFrom('company').select('id').where('deleted_at', 'is not', null);
  await db
    .deleteFrom('activity')
    .where('contact_id', 'is', null)
    .where('deal_id', 'is', null)
    .where('company_id', 'in', trashed)
    .execute();
  return Number((await db.deleteFrom('company').where('deleted_at', 'is not', null).executeTakeFirst()).numDeletedRows);
}

/** Permanently deletes these companies and their own activities (their people's activities stay, unlinked). */
export async function purgeCompanies(db: Db, ids: number[]): Promise<number> {
  let n = 0;
  for (let i = 0; i < ids.length; i += 500) {
    const chunk = ids.slice(i, i + 500);
    await db
      .deleteFrom('activity')
      .where('contact_id', 'is', null)
      .where('deal_id', 'is', null)
      .where('company_id', 'in', chunk)
      .execute();
    n += Number((await db.deleteFrom('company').where('id', 'in', chunk).executeTakeFirst()).numDeletedRows);
  }
  return n;
}

/** Many companies in one statement; ids in the order of `rows` (SQLite hands out increasing ids in list order). */
export async function insertCompanyRows(db: Db, rows: NewCompanyRow[]): Promise<number[]> {
  if (rows.length === 0) return [];
  return insertManyReturningIds(db, 'company', rows);
}
