// SQL for people: rows in, rows out, mapped to the DTOs of src-shared/domain/contact.
import { sql, type Kysely, type Transaction } from 'kysely';
import { insertManyReturningIds } from '../db/insertMany';
import type { Contact, ContactListRow, LifecycleStage } from '@shared/domain/contact';
import type { Segment } from '@shared/customers/segments';
import type { Language } from '@shared/domain/settings';
import type { ContactFilter, ContactSort } from '@shared/validation/filters';
import type { Database, NewContactRow } from '../db/schema';
import { loadDetails, loadTags } from './detailsRepository';
import { contactFilterConditions } from './listQuery';
import { BLANK_SORT_KEY } from '../search/sortKeys';
import { PHONE_MATCH_DIGITS, phoneDigits, samePhoneNumber } from '../search/text';
import { inIdOrder } from '../db/inIdOrder';

type Db = Kysely<Database> | Transaction<Database>;

export async function insertContactRow(db: Db, row: NewContactRow): Promise<number> {
  return (await db.insertInto('contact').values(row).returning('id').executeTakeFirstOrThrow()).id;
}

export async function updateContactRow(db: Db, id: number, row: Partial<NewContactRow>): Promise<void> {
  await db.updateTable('contact').set(row).where('id', '=', id).execute();
}

export async function loadContacts(db: Db, ids: number[]): Promise<Contact[]> {
  if (ids.length === 0) return [];
  const rows = await db
    .selectFrom('contact')
    .leftJoin('company', 'company.id', 'contact.company_id')
    .selectAll('contact')
    .select('company.name as company_name')
    .where('contact.id', 'in', ids)
    .execute();
  const details = await loadDetails(db, 'contact', ids);
  return inIdOrder(ids, rows, (r) => {
    const d = details.get(r.id)!;
    return {
      id: r.id,
      givenName: r.given_name,
      familyName: r.family_name,
      fullName: r.full_name,
      displayName: r.display_name,
      title: r.title,
      companyId: r.company_id,
      companyName: r.company_name,
      phones: d.phones,
      emails: d.emails,
      addresses: d.addresses,
      birthday: r.birthday,
      notes: r.notes,
      tags: d.tags,
      lifecycle: r.lifecycle as LifecycleStage,
      lastActivityAt: r.last_activity_at,
      createdAt: r.created_at,
      updatedAt: r.updated_at,
    };
  });
}

/** Every matching person's id, in list order (see orderedIds.ts for why pages slice this list). */
export async function orderedContactIds(
  db: Db,
  query: { filter: ContactFilter; sort: ContactSort; locale: Language },
  now: Date,
): Promise<number[]> {
  const { filter, sort, locale } = query;
  const dir = sort.direction;
  const zh = locale === 'zh-CN';
  const nameKey = zh ? 'contact.sort_zh' : 'contact.sort_en';
  let q = db
    .selectFrom('contact')
    .select('contact.id')
    .where((eb) => contactFilterConditions(eb, filter, now));
  switch (sort.field) {
    case 'name':
      q = q.orderBy(nameKey, dir);
      break;
    case 'company':
      q = q.orderBy(zh ? 'contact.company_sort_zh' : 'contact.company_sort_en', dir).orderBy(nameKey, dir);
      break;
    case 'city':
      q = q.orderBy('contact.city_sort', dir).orderBy(nameKey, dir);
      break;
    case 'lastActivity':
      q = q.orderBy('contact.last_activity_at', dir);
      break;
    case 'createdAt':
      q = q.orderBy('contact.created_at', dir);
      break;
  }
  return (await q.orderBy('contact.id', dir).execute()).map((r) => r.id);
}

/** The list rows for these ids, in the given order. */
export async function loadContactListRows(db: Db, ids: number[]): Promise<ContactListRow[]> {
  if (ids.length === 0) return [];
  const rows = await db
    .selectFrom('contact')
    .leftJoin('company', 'company.id', 'contact.company_id')
    .leftJoin('customer_value', (join) =>
      join.onRef('customer_value.id', '=', 'contact.id').on('customer_value.kind', '=', 'contact'),
    )
    .select([
      'contact.id',
      'contact.display_name',
      'contact.title',
      'contact.company_id',
      'company.name as company_name',
      'contact.email',
      'contact.phone',
      'contact.city',
      'contact.country',
      'contact.lifecycle',
      'contact.last_activity_at',
      'customer_value.segment',
    ])
    .where('contact.id', 'in', ids)
    .execute();
  const tags = await loadTags(db, 'contact', ids);
  return inIdOrder(ids, rows, (r) => {
    return {
      id: r.id,
      displayName: r.display_name,
      title: r.title,
      companyId: r.company_id,
      companyName: r.company_name,
      email: r.email,
      phone: r.phone,
      city: r.city,
      country: r.country,
      lifecycle: r.lifecycle as LifecycleStage,
      tags: tags.get(r.id) ?? [],
      lastActivityAt: r.last_activity_at,
      segment: r.segment as Segment | null,
    };
  });
}

/** Copies each person's company sort keys onto their row (after a company changed, or their company did). */
export async function syncCompanySortKeys(
  db: Db,
  which: { contactIds: number[] } | { companyId: number },
): Promise<void> {
  const keyOf = (column: 'sort_en' | 'sort_zh') =>
    sql<string>`coalesce((select company.${sql.ref(column)} from company where company.id = contact.company_id), ${BLANK_SORT_KEY})`;
  let q = db.updateTable('contact').set({ company_sort_en: keyOf('sort_en'), company_sort_zh: keyOf('sort_zh') });
  if ('companyId' in which) q = q.where('company_id', '=', which.companyId);
  else if (which.contactIds.length === 0) return;
  else q = q.where('id', 'in', which.contactIds);
  await q.execute();
}

/** Live people sharing an email address, or a phone number (same digits, or one ends with the other's 7+). */
export async function findContactsByEmailOrPhone(
  db: Db,
  emails: string[],
  phoneDigitList: string[],
  excludeId: number | null,
): Promise<Array<{ id: number; display_name: string; kind: 'email' | 'phone'; value: string }>> {
  const phones = phoneDigitList.filter((d) => d.length >= PHONE_MATCH_DIGITS);
  if (emails.length === 0 && phones.length === 0) return [];
  const rows = await db
    .selectFrom('contact_point')
    .innerJoin('contact', 'contact.id', 'contact_point.contact_id')
    .select(['contact.id', 'contact.display_name', 'contact_point.kind', 'contact_point.value'])
    .where('contact.deleted_at', 'is', null)
    .where((eb) => {
      const ors = [];
      if (emails.length > 0)
        ors.push(eb.and([eb('contact_point.kind', '=', 'email'), eb('contact_point.normalized', 'in', emails)]));
      for (const digits of phones) {
        const tail = digits.slice(-PHONE_MATCH_DIGITS);
        ors.push(
          eb.and([
            eb('contact_point.kind', '=', 'phone'),
            eb(sql`substr(contact_point.normalized, ${-PHONE_MATCH_DIGITS})`, '=', tail),
          ]),
        );
      }
      return eb.or(ors);
    })
    .$if(excludeId !== null, (q) => q.where('contact.id', '!=', excludeId!))
    .limit(50)
    .execute();
  return rows.filter((r) => r.kind === 'email' || phones.some((d) => samePhoneNumber(phoneDigits(r.value), d)));
}

export async function contactFacets(db: Db): Promise<{ tags: string[]; cities: string[]; countries: string[] }> {
  const tags = await db
    .selectFrom('tag')
    .select('name')
    .where((eb) =>
      eb.or([
        eb.exists(eb.selectFrom('contact_tag').select('tag_id').whereRef('contact_tag.tag_id', '=', 'tag.id')),
        eb.exists(eb.selectFrom('company_tag').select('tag_id').whereRef('company_tag.tag_id', '=', 'tag.id')),
      ]),
    )
    .orderBy('name')
    .execute();
  const cities = await db
    .selectFrom('address')
    .select(sql<string>`min(city)`.as('city'))
    .where('city', '!=', '')
    .groupBy(sql`city collate nocase`)
    .orderBy(sql`count(*)`, 'desc')
    .limit(500)
    .execute();
  const countries = await db
    .selectFrom('address')
    .select('country')
    .distinct()
    .where('country', '!=', '')
    .orderBy('country')
    .execute();
  return {
    tags: tags.map((t) => t.name),
    cities: cities.map((c) => c.city),
    countries: countries.map((c) => c.country),
  };
}

export async function setContactsDeleted(db: Db, ids: number[], deletedAt: string | null): Promise<number> {
  let n = 0;
  for (let i = 0; i < ids.length; i += 500) {
    const r = await db
      .updateTable('contact')
      .set({ deleted_at: deletedAt })
      .where('id', 'in', ids.slice(i, i + 500))
      .where('deleted_at', deletedAt === null ? 'is not' : 'is', null)
      .executeTakeFirst();
    n += Number(r.numUpdatedRows);
  }
  return n;
}

export async function liveContactIdsOfCompany(db: Db, companyId: number): Promise<number[]> {
  const rows = await db
    .selectFrom('contact')
    .select('id')
    .where('company_id', '=', companyId)
    .where('deleted_at', 'is', null)
    .execute();
  return rows.map((r) => r.id);
}

export function trashedContactRows(db: Db) {
  return db
    .selectFrom('contact')
    .select(['id', 'display_name', 'deleted_at'])
    .where('deleted_at', 'is not', null)
    .execute();
}

/** Permanently deletes the people in the Trash (phones, addresses, tags and activities cascade). */
export async function purgeTrashedContacts(db: Db): Promise<number> {
  return Number((await db.deleteFrom('contact').where('deleted_at', 'is not', null).executeTakeFirst()).numDeletedRows);
}

/** Live people whose company is in the Trash (they lose it when the Trash is emptied). */
export async function liveContactIdsOfTrashedCompanies(db: Db): Promise<number[]> {
  const rows = await db
    .selectFrom('contact')
    .select('id')
    .where('deleted_at', 'is', null)
    .where('company_id', 'in', db.selectFrom('company').select('id').where('deleted_at', 'is not', null))
    .execute();
  return rows.map((r) => r.id);
}

export async function isLiveContact(db: Db, id: number): Promise<{ companyId: number | null } | undefined> {
  const row = await db
    .selectFrom('contact')
    .select('company_id')
    .where('id', '=', id)
    .where('deleted_at', 'is', null)
    .executeTakeFirst();
  return row ? { companyId: row.company_id } : undefined;
}

/** Every live person's emails, phone digits and name + company, for matching a whole import at once. */
export async function contactMatchKeys(db: Db) {
  const points = await db
    .selectFrom('contact_point')
    .innerJoin('contact', 'contact.id', 'contact_point.contact_id')
    .select(['contact.id', 'contact.display_name', 'contact_point.kind', 'contact_point.normalized'])
    .where('contact.deleted_at', 'is', null)
    .execute();
  const names = await db
    .selectFrom('contact')
    .leftJoin('company', 'company.id', 'contact.company_id')
    .select(['contact.id', 'contact.display_name', 'company.name as company_name'])
    .where('contact.deleted_at', 'is', null)
    .execute();
  return { points, names };
}

/** Permanently deletes these people (their phones, addresses, tags and activities cascade). */
export async function purgeContacts(db: Db, ids: number[]): Promise<number> {
  let n = 0;
  for (let i = 0; i < ids.length; i += 500) {
    n += Number(
      (
        await db
          .deleteFrom('contact')
          .where('id', 'in', ids.slice(i, i + 500))
          .executeTakeFirst()
      ).numDeletedRows,
    );
  }
  return n;
}

export async function liveContactIdsOfCompanies(db: Db, companyIds: number[]): Promise<number[]> {
  if (companyIds.length === 0) return [];
  const rows = await db
    .selectFrom('contact')
    .select('id')
    .where('company_id', 'in', companyIds)
    .where('deleted_at', 'is', null)
    .execute();
  return rows.map((r) => r.id);
}

/** Inserts many people's rows in one statement; their new ids in the order of `rows`. The ids come back
 *  through RETURNING, whose output order SQLite leaves unspecified, so they are sorted: contact.id is
 *  AUTOINCREMENT, so the rows of one VALUES list get increasing ids in the order they are listed. */
export async function insertContactRows(db: Db, rows: NewContactRow[]): Promise<number[]> {
  if (rows.length === 0) return [];
  return insertManyReturningIds(db, 'contact', rows);
}

/** The name and sort keys of these companies (deleted ones included), as a person's row copies them. */
export async function companyNamesAndSortKeys(
  db: Db,
  ids: number[],
): Promise<Map<number, { name: string; sortEn: string; sortZh: string }>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .selectFrom('company')
    .select(['id', 'name', 'sort_en', 'sort_zh'])
    .where('id', 'in', ids)
    .execute();
  return new Map(rows.map((r) => [r.id, { name: r.name, sortEn: r.sort_en, sortZh: r.sort_zh }]));
}

/** Every live company's id and its lookup key lower(trim(name)), in id order: an import matches companies by
 *  name against this map instead of scanning the company table once per new name (findCompaniesByName's
 *  expression has no index). The key is computed by SQLite, so it folds case and trims exactly as that query. */
export async function liveCompanyNameKeys(db: Db): Promise<Array<{ id: number; name: string; key: string }>> {
  return db
    .selectFrom('company')
    .select(['id', 'name', sql<string>`lower(trim(name))`.as('key')])
    .where('deleted_at', 'is', null)
    .orderBy('id')
    .execute();
}

/** Live people whose birthday ("YYYY-MM-DD" or "--MM-DD") falls on one of these "MM-DD" days. */
export function liveContactsBornOn(db: Db, monthDays: string[]) {
  return db
    .selectFrom('contact')
    .select(['id', 'display_name', 'birthday'])
    .where('deleted_at', 'is', null)
    .where('birthday', 'is not', null)
    .where(sql<string>`substr(birthday, -5)`, 'in', monthDays)
    .execute();
}
