// Filters shared by the contact and company lists (and by later features that select "who": labels, export).
import { sql, type Expression, type ExpressionBuilder, type SqlBool } from 'kysely';
import type { ContactFilter, CompanyFilter } from '@shared/validation/filters';
import type { Database } from '../db/schema';
import { entityIdsMatching } from '../search/searchRepository';
import { queryTerms } from '../search/text';

const DAY_MS = 86_400_000;

export function contactFilterConditions(
  eb: ExpressionBuilder<Database, 'contact'>,
  filter: ContactFilter,
  now: Date,
): Expression<SqlBool> {
  const conditions: Expression<SqlBool>[] = [eb('contact.deleted_at', 'is', null)];
  if (filter.lifecycle && filter.lifecycle.length > 0) conditions.push(eb('contact.lifecycle', 'in', filter.lifecycle));
  if (filter.companyId !== undefined) conditions.push(eb('contact.company_id', '=', filter.companyId));
  for (const tag of filter.tags ?? []) {
    conditions.push(
      eb(
        'contact.id',
        'in',
        eb
          .selectFrom('contact_tag')
          .innerJoin('tag', 'tag.id', 'contact_tag.tag_id')
          .select('contact_tag.contact_id')
          .where(sql`lower(tag.name)`, '=', tag.toLowerCase()),
      ),
    );
  }
  if (filter.city) {
    conditions.push(
      eb('contact.id', 'in', eb.selectFrom('address').select('contact_id').where(sql`city collate nocase`, '=', filter.city)),
    );
  }
  if (filter.country) {
    conditions.push(
      eb('contact.id', 'in', eb.selectFrom('address').select('contact_id').where('country', '=', filter.country.toUpperCase())),
    );
  }
  if (filter.inactiveDays !== undefined) {
    const cutoff = new Date(now.getTime() - filter.inactiveDays * DAY_MS).toISOString();
    conditions.push(eb.or([eb('contact.last_activity_at', 'is', null), eb('contact.last_activity_at', '<', cutoff)]));
  }
  const terms = queryTerms(filter.text ?? '');
  if (terms.length > 0) conditions.push(eb('contact.id', 'in', sql<number>`(${entityIdsMatching(terms, 'contact')})`));
  return eb.and(conditions);
}

export function companyFilterConditions(
  eb: ExpressionBuilder<Database, 'company'>,
  filter: CompanyFilter,
  now: Date,
): Expression<SqlBool> {
  const conditions: Expression<SqlBool>[] = [eb('company.deleted_at', 'is', null)];
  for (const tag of filter.tags ?? []) {
    conditions.push(
      eb(
        'company.id',
        'in',
        eb
          .selectFrom('company_tag')
          .innerJoin('tag', 'tag.id', 'company_tag.tag_id')
          .select('company_tag.company_id')
          .where(sql`lower(tag.name)`, '=', tag.toLowerCase()),
      ),
    );
  }
  if (filter.city) {
    conditions.push(
      eb('company.id', 'in', eb.selectFrom('address').select('company_id').where(sql`city collate nocase`, '=', filter.city)),
    );
  }
  if (filter.country) {
    conditions.push(
      eb('company.id', 'in', eb.selectFrom('address').select('company_id').where('country', '=', filter.country.toUpperCase())),
    );
  }
  if (filter.inactiveDays !== undefined) {
    const cutoff = new Date(now.getTime() - filter.inactiveDays * DAY_MS).toISOString();
    conditions.push(eb.or([eb('company.last_activity_at', 'is', null), eb('company.last_activity_at', '<', cutoff)]));
  }
  const terms = queryTerms(filter.text ?? '');
  if (terms.length > 0) conditions.push(eb('company.id', 'in', sql<number>`(${entityIdsMatching(terms, 'company')})`));
  return eb.and(conditions);
}
