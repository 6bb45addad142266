// Filters shared by the contact and company lists (and by later features that select "who": labels, export).
// People and companies filter the same way on tags, addresses, inactivity and text; people add lifecycle and
// company.
import { sql, type Expression, type ExpressionBuilder, type SqlBool } from 'kysely';
import type { ContactFilter, CompanyFilter } from '@shared/validation/filters';
import type { Database } from '../db/schema';
import { entityIdsMatching } from '../search/searchRepository';
import { queryTerms } from '../search/text';
import { sqliteLowerKey } from '../db/lowerKey';

const DAY_MS = 86_400_000;

const OWNER = {
  contact: { tagTable: 'contact_tag', ownerColumn: 'contact_id' },
  company: { tagTable: 'company_tag', ownerColumn: 'company_id' },
} as const;

/** The conditions people and companies share, as SQL over `kind`'s own table. */
function partyConditions(kind: 'contact' | 'company', filter: CompanyFilter, now: Date): Array<Expression<SqlBool>> {
  const { tagTable, ownerColumn } = OWNER[kind];
  const id = sql.ref(`${kind}.id`);
  const conditions: Array<Expression<SqlBool>> = [sql<SqlBool>`${sql.ref(`${kind}.deleted_at`)} is null`];
  for (const tag of filter.tags ?? []) {
    conditions.push(sql<SqlBool>`${id} in (
      select ${sql.ref(`${tagTable}.${ownerColumn}`)} from ${sql.table(tagTable)}
      join tag on tag.id = ${sql.ref(`${tagTable}.tag_id`)}
      where lower(tag.name) = ${sqliteLowerKey(tag)})`);
  }
  if (filter.city) {
    conditions.push(
      sql<SqlBool>`${id} in (select ${sql.ref(ownerColumn)} from address where city collate nocase = ${filter.city})`,
    );
  }
  if (filter.country) {
    conditions.push(
      sql<SqlBool>`${id} in (select ${sql.ref(ownerColumn)} from address where country = ${filter.country.toUpperCase()})`,
    );
  }
  if (filter.inactiveDays !== undefined) {
    const cutoff = new Date(now.getTime() - filter.inactiveDays * DAY_MS).toISOString();
    const last = sql.ref(`${kind}.last_activity_at`);
    conditions.push(sql<SqlBool>`(${last} is null or ${last} < ${cutoff})`);
  }
  if (filter.segments && filter.segments.length > 0) {
    conditions.push(sql<SqlBool>`${id} in (select customer_value.id from customer_value
      where customer_value.kind = ${kind} and customer_value.segment in (${sql.join(filter.segments)}))`);
  }
  const terms = queryTerms(filter.text ?? '');
  if (terms.length > 0) conditions.push(sql<SqlBool>`${id} in (${entityIdsMatching(terms, kind)})`);
  return conditions;
}

export function contactFilterConditions(
  eb: ExpressionBuilder<Database, 'contact'>,
  filter: ContactFilter,
  now: Date,
): Expression<SqlBool> {
  const conditions = partyConditions('contact', filter, now);
  if (filter.lifecycle && filter.lifecycle.length > 0) conditions.push(eb('contact.lifecycle', 'in', filter.lifecycle));
  if (filter.companyId !== undefined) conditions.push(eb('contact.company_id', '=', filter.companyId));
  return eb.and(conditions);
}

export function companyFilterConditions(
  eb: ExpressionBuilder<Database, 'company'>,
  filter: CompanyFilter,
  now: Date,
): Expression<SqlBool> {
  return eb.and(partyConditions('company', filter, now));
}
