// Phones, emails, postal addresses and tags of a person or a company: stored in shared child tables, each row
// owned by exactly one contact or company.
import type { Insertable, Kysely, Transaction } from 'kysely';
import { insertMany } from '../db/insertMany';
import type { LabeledValue, PostalAddress } from '@shared/domain/contact';
import type { AddressTable, ContactPointTable, Database } from '../db/schema';
import { phoneDigits } from '../search/text';
import { sqliteLowerKey } from '../db/lowerKey';

type Db = Kysely<Database> | Transaction<Database>;
export type Owner = { kind: 'contact'; id: number } | { kind: 'company'; id: number };

export interface Details {
  phones: LabeledValue[];
  emails: LabeledValue[];
  addresses: PostalAddress[];
  tags: string[];
}

const ownerColumn = (kind: Owner['kind']) => (kind === 'contact' ? 'contact_id' : 'company_id');

export function normalizeEmail(value: string): string {
  return value.trim().toLowerCase();
}

/** Tag ids for these names (matched case-insensitively), creating the missing ones. */
export async function ensureTagIds(db: Db, names: string[]): Promise<number[]> {
  const unique = Array.from(new Map(names.map((n) => [sqliteLowerKey(n), n])).values());
  if (unique.length === 0) return [];
  const ids: number[] = [];
  for (const name of unique) {
    const existing = await db
      .selectFrom('tag')
      .select('id')
      .where((eb) => eb(eb.fn('lower', ['name']), '=', sqliteLowerKey(name)))
      .executeTakeFirst();
    if (existing) ids.push(existing.id);
    else ids.push((await db.insertInto('tag').values({ name }).returning('id').executeTakeFirstOrThrow()).id);
  }
  return ids;
}

export async function replaceDetails(db: Db, owner: Owner, details: Partial<Details>): Promise<void> {
  const column = ownerColumn(owner.kind);
  const base = {
    contact_id: owner.kind === 'contact' ? owner.id : null,
    company_id: owner.kind === 'company' ? owner.id : null,
  };
  if (details.phones || details.emails) {
    for (const kind of ['phone', 'email'] as const) {
      const values = kind === 'phone' ? details.phones : details.emails;
      if (!values) continue;
      await db.deleteFrom('contact_point').where(column, '=', owner.id).where('kind', '=', kind).execute();
      if (values.length > 0) {
        await db
          .insertInto('contact_point')
          .values(
            values.map((v, position) => ({
              ...base,
              kind,
              label: v.label,
              value: v.value,
              normalized: kind === 'phone' ? phoneDigits(v.value) : normalizeEmail(v.value),
              position,
            })),
          )
          .execute();
      }
    }
  }
  if (details.addresses) {
    await db.deleteFrom('address').where(column, '=', owner.id).execute();
    if (details.addresses.length > 0) {
      await db
        .insertInto('address')
        .values(
          details.addresses.map((a, position) => ({
            ...base,
            label: a.label,
            street: a.street,
            city: a.city,
            region: a.region,
            postal_code: a.postalCode,
            country: a.country,
            position,
          })),
        )
        .execute();
    }
  }
  if (details.tags) {
    const tagIds = await ensureTagIds(db, details.tags);
    if (owner.kind === 'contact') {
      await db.deleteFrom('contact_tag').where('contact_id', '=', owner.id).execute();
      if (tagIds.length)
        await db
          .insertInto('contact_tag')
          .values(tagIds.map((tag_id) => ({ contact_id: owner.id, tag_id })))
          .execute();
    } else {
      await db.deleteFrom('company_tag').where('company_id', '=', owner.id).execute();
      if (tagIds.length)
        await db
          .insertInto('company_tag')
          .values(tagIds.map((tag_id) => ({ company_id: owner.id, tag_id })))
          .execute();
    }
  }
}

const emptyDetails = (): Details => ({ phones: [], emails: [], addresses: [], tags: [] });

/** Details of many owners of one kind at once (one query per child table). */
export async function loadDetails(db: Db, kind: Owner['kind'], ids: number[]): Promise<Map<number, Details>> {
  const result = new Map<number, Details>(ids.map((id) => [id, emptyDetails()]));
  if (ids.length === 0) return result;
  const column = ownerColumn(kind);
  const points = await db
    .selectFrom('contact_point')
    .select(['contact_id', 'company_id', 'kind', 'label', 'value'])
    .where(column, 'in', ids)
    .orderBy('position')
    .execute();
  for (const p of points) {
    const d = result.get((kind === 'contact' ? p.contact_id : p.company_id)!)!;
    (p.kind === 'phone' ? d.phones : d.emails).push({ label: p.label, value: p.value });
  }
  const addresses = await db.selectFrom('address').selectAll().where(column, 'in', ids).orderBy('position').execute();
  for (const a of addresses) {
    result.get((kind === 'contact' ? a.contact_id : a.company_id)!)!.addresses.push({
      label: a.label,
      street: a.street,
      city: a.city,
      region: a.region,
      postalCode: a.postal_code,
      country: a.country,
    });
  }
  const tags = await loadTags(db, kind, ids);
  for (const [id, names] of tags) result.get(id)!.tags = names;
  return result;
}

export async function loadTags(db: Db, kind: Owner['kind'], ids: number[]): Promise<Map<number, string[]>> {
  const result = new Map<number, string[]>();
  if (ids.length === 0) return result;
  const rows =
    kind === 'contact'
      ? await db
          .selectFrom('contact_tag')
          .innerJoin('tag', 'tag.id', 'contact_tag.tag_id')
          .select(['contact_tag.contact_id as owner', 'tag.name'])
          .where('contact_tag.contact_id', 'in', ids)
          .orderBy('tag.name')
          .execute()
      : await db
          .selectFrom('company_tag')
          .innerJoin('tag', 'tag.id', 'company_tag.tag_id')
          .select(['company_tag.company_id as owner', 'tag.name'])
          .where('company_tag.company_id', 'in', ids)
          .orderBy('tag.name')
          .execute();
  for (const r of rows) {
    const list = result.get(r.owner) ?? [];
    list.push(r.name);
    result.set(r.owner, list);
  }
  return result;
}

/** The denormalised columns a list shows without joins: first email, phone, city and country. */
export function primaryColumns(details: Pick<Details, 'phones' | 'addresses'> & { emails?: LabeledValue[] }) {
  const address = details.addresses.find((a) => a.city !== '' || a.country !== '') ?? details.addresses[0];
  return {
    email: details.emails?.[0]?.value ?? null,
    phone: details.phones[0]?.value ?? null,
    city: address && address.city !== '' ? address.city : null,
    country: address && address.country !== '' ? address.country : null,
  };
}

/** Drops tags no person, company or deal uses any more (after the Trash was emptied). */
export async function deleteUnusedTags(db: Db): Promise<void> {
  await db
    .deleteFrom('tag')
    .where((eb) =>
      eb.and([
        eb.not(eb.exists(eb.selectFrom('contact_tag').select('tag_id').whereRef('contact_tag.tag_id', '=', 'tag.id'))),
        eb.not(eb.exists(eb.selectFrom('company_tag').select('tag_id').whereRef('company_tag.tag_id', '=', 'tag.id'))),
        eb.not(eb.exists(eb.selectFrom('deal_tag').select('tag_id').whereRef('deal_tag.tag_id', '=', 'tag.id'))),
      ]),
    )
    .execute();
}

/** Existing tags whose lower(name) is one of these (already lower-cased) keys, as ensureTagIds looks them up. */
export async function findTagsByLowerName(
  db: Db,
  keys: string[],
): Promise<Array<{ id: number; name: string; key: string }>> {
  if (keys.length === 0) return [];
  return db
    .selectFrom('tag')
    .select((eb) => ['id', 'name', eb.fn<string>('lower', ['name']).as('key')])
    .where((eb) => eb(eb.fn('lower', ['name']), 'in', keys))
    .execute();
}

/** Inserts new tags in one statement; their ids by name (matched on the name, so RETURNING's order is moot). */
export async function insertTags(db: Db, names: string[]): Promise<Map<string, number>> {
  if (names.length === 0) return new Map();
  const rows = await db
    .insertInto('tag')
    .values(names.map((name) => ({ name })))
    .returning(['id', 'name'])
    .execute();
  return new Map(rows.map((r) => [r.name, r.id]));
}

export type NewContactPoint = Insertable<ContactPointTable>;
export type NewAddress = Insertable<AddressTable>;

/** Many owners' phones and emails in one statement (the bulk loader keeps each statement under SQLite's
 *  limit on bound values). */
export async function insertContactPoints(db: Db, rows: NewContactPoint[]): Promise<void> {
  await insertMany(db, 'contact_point', rows);
}

export async function insertAddresses(db: Db, rows: NewAddress[]): Promise<void> {
  await insertMany(db, 'address', rows);
}

export async function insertContactTags(db: Db, rows: Array<{ contact_id: number; tag_id: number }>): Promise<void> {
  await insertMany(db, 'contact_tag', rows);
}
