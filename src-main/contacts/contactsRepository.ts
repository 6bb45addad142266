// SQL for people: rows in, rows out, mapped to the DTOs of src-shared/domain/contact.
import { sql, type Kysely, type Transaction } from 'kysely';
import type { Contact, ContactListRow, LifecycleStage, Page } from '@shared/domain/contact';
import type { Language } from '@shared/domain/settings';
import type { ContactFilter, ContactSort } from '@shared/validation/filters';
import type { ContactRow, Database, NewContactRow } from '../db/schema';
import { loadDetails, loadTags } from './detailsRepository';
import { contactFilterConditions } from './listQuery';

type Db = Kysely<Database> | Transaction<Database>;

export async function insertContactRow(db: Db, row: NewContactRow): Promise<number> {
  return (await db.insertInto('contact').values(row).returning('id').executeTakeFirstOrThrow()).id;
}

export async function updateContactRow(db: Db, id: number, row: Partial<NewContactRow>): Promise<void> {
  await db.updateTable('contact').set(row).where('id', '=', id).execute();
}

export async function findContactRow(
  db: Db,
  id: number,
  options: { includeDeleted?: boolean } = {},
): Promise<(ContactRow & { company_name: string | null }) | undefined> {
  let q = db
    .selectFrom('contact')
    .leftJoin('company', 'company.id', 'contact.company_id')
    .selectAll('contact')
    .select('company.name as company_name')
    .where('contact.id', '=', id);
  if (!options.includeDeleted) q = q.where('contact.deleted_at', 'is', null);
  return q.executeTakeFirst();
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
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.flatMap((id) => {
    const r = byId.get(id);
    if (!r) return [];
    const d = details.get(id)!;
    return [
      {
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
      },
    ];
  });
}

export async function listContacts(
  db: Db,
  query: { filter: ContactFilter; sort: ContactSort; locale: Language; offset: number; limit: number },
  now: Date,
): Promise<Page<ContactListRow>> {
  const { filter, sort, locale } = query;
  const total = await db
    .selectFrom('contact')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where((eb) => contactFilterConditions(eb, filter, now))
    .executeTakeFirstOrThrow();

  const dir = sort.direction;
  const nameKey = locale === 'zh-CN' ? 'sort_zh' : 'sort_en';
  let q = db
    .selectFrom('contact')
    .leftJoin('company', 'company.id', 'contact.company_id')
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
    ])
    .where((eb) => contactFilterConditions(eb, filter, now));
  switch (sort.field) {
    case 'name':
      q = q.orderBy(`contact.${nameKey}`, dir);
      break;
    case 'company':
      // People without a company last, whichever the direction.
      q = q.orderBy(sql`company.${sql.ref(nameKey)} is null`).orderBy(`company.${nameKey}`, dir).orderBy(`contact.${nameKey}`, 'asc');
      break;
    case 'city':
      q = q.orderBy(sql`contact.city is null`).orderBy(sql`contact.city collate nocase`, dir);
      break;
    case 'lastActivity':
      q = q.orderBy('contact.last_activity_at', dir);
      break;
    case 'createdAt':
      q = q.orderBy('contact.created_at', dir);
      break;
  }
  const rows = await q.orderBy('contact.id', dir).limit(query.limit).offset(query.offset).execute();
  const tags = await loadTags(db, 'contact', rows.map((r) => r.id));
  return {
    total: Number(total.n),
    rows: rows.map((r) => ({
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
    })),
  };
}

/** Live people sharing an email address, or a phone number (same digits, or one ends with the other's 7+). */
export async function findContactsByEmailOrPhone(
  db: Db,
  emails: string[],
  phoneDigitList: string[],
  excludeId: number | null,
): Promise<Array<{ id: number; display_name: string; kind: 'email' | 'phone'; value: string }>> {
  const phones = phoneDigitList.filter((d) => d.length >= 7);
  if (emails.length === 0 && phones.length === 0) return [];
  const rows = await db
    .selectFrom('contact_point')
    .innerJoin('contact', 'contact.id', 'contact_point.contact_id')
    .select(['contact.id', 'contact.display_name', 'contact_point.kind', 'contact_point.value'])
    .where('contact.deleted_at', 'is', null)
    .where((eb) => {
      const ors = [];
      if (emails.length > 0) ors.push(eb.and([eb('contact_point.kind', '=', 'email'), eb('contact_point.normalized', 'in', emails)]));
      for (const digits of phones) {
        const tail = digits.slice(-7);
        ors.push(
          eb.and([
            eb('contact_point.kind', '=', 'phone'),
            eb(sql`substr(contact_point.normalized, -7)`, '=', tail),
          ]),
        );
      }
      return eb.or(ors);
    })
    .$if(excludeId !== null, (q) => q.where('contact.id', '!=', excludeId!))
    .limit(50)
    .execute();
  return rows.filter(
    (r) =>
      r.kind === 'email' ||
      phones.some((d) => {
        const stored = r.value.replace(/\D/g, '');
        return stored.endsWith(d) || d.endsWith(stored);
      }),
  );
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
  const countries = await db.selectFrom('address').select('country').distinct().where('country', '!=', '').orderBy('country').execute();
  return { tags: tags.map((t) => t.name), cities: cities.map((c) => c.city), countries: countries.map((c) => c.country) };
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
  const rows = await db.selectFrom('contact').select('id').where('company_id', '=', companyId).where('deleted_at', 'is', null).execute();
  return rows.map((r) => r.id);
}
