// SQL for companies, mapped to the DTOs of src-shared/domain/contact.
import { sql, type ExpressionBuilder, type Kysely, type Transaction } from 'kysely';
import type { Company, CompanyListRow, Page } from '@shared/domain/contact';
import type { Language } from '@shared/domain/settings';
import type { CompanyFilter, CompanySort } from '@shared/validation/filters';
import type { Database, NewCompanyRow } from '../db/schema';
import { loadDetails, loadTags } from '../contacts/detailsRepository';
import { companyFilterConditions } from '../contacts/listQuery';

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
  return !!(await db.selectFrom('company').select('id').where('id', '=', id).where('deleted_at', 'is', null).executeTakeFirst());
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
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.flatMap((id) => {
    const r = byId.get(id);
    if (!r) return [];
    const d = details.get(id)!;
    return [
      {
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
      },
    ];
  });
}

export async function listCompanies(
  db: Db,
  query: { filter: CompanyFilter; sort: CompanySort; locale: Language; offset: number; limit: number },
  now: Date,
): Promise<Page<CompanyListRow>> {
  const { filter, sort } = query;
  const total = await db
    .selectFrom('company')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where((eb) => companyFilterConditions(eb, filter, now))
    .executeTakeFirstOrThrow();
  const nameKey = query.locale === 'zh-CN' ? 'sort_zh' : 'sort_en';
  const dir = sort.direction;
  let q = db
    .selectFrom('company')
    .select(['id', 'name', 'industry', 'website', 'phone', 'city', 'country', 'last_activity_at'])
    .select((eb) => peopleCount(eb).as('people_count'))
    .where((eb) => companyFilterConditions(eb, filter, now));
  switch (sort.field) {
    case 'name':
      q = q.orderBy(nameKey, dir);
      break;
    case 'city':
      q = q.orderBy('city_sort', dir).orderBy(nameKey, dir);
      break;
    case 'people':
      q = q.orderBy('people_count', dir);
      break;
    case 'lastActivity':
      q = q.orderBy('last_activity_at', dir);
      break;
    case 'createdAt':
      q = q.orderBy('created_at', dir);
      break;
  }
  const rows = await q.orderBy('id', dir).limit(query.limit).offset(query.offset).execute();
  const tags = await loadTags(db, 'company', rows.map((r) => r.id));
  return {
    total: Number(total.n),
    rows: rows.map((r) => ({
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
    })),
  };
}

export async function findCompaniesByName(db: Db, name: string, excludeId: number | null) {
  return db
    .selectFrom('company')
    .select(['id', 'name'])
    .where(sql`lower(trim(name))`, '=', name.trim().toLowerCase())
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
