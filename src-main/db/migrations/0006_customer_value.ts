// 0006: what Rapport knows about each customer's value, kept ready for the Today screen, filters and charts.
// Frozen in time: never import app code here.
//
// - deal.refunded: money given back on a won deal (minor units, at most its amount); revenue is amount − refunded.
// - customer_value: one row per person or company with at least one purchase (a won deal not wholly refunded):
//   recency, frequency, revenue, scores, segment, when to get in touch, and a lifecycle suggestion. Derived data:
//   rebuilt from deals and activities at any time (customers/customerValueRepository.ts).
// - customer_value_cut: the lowest measure that earns each score 1–5 (from the last full computation), so one
//   customer is scored after a change without ranking everyone again.
// - customer_value_dirty: who needs recomputing, filled by triggers inside the transaction that changed their
//   deals, activities or record — whatever wrote it (a screen, an import, a merge, the Trash).
// - customer_value_run: when the last full computation ran (removed by a trigger when a setting it used changes).
// - lifecycle_dismissal: suggestions the user ignored (not offered again until the suggestion changes).
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('deal')
    .addColumn('refunded', 'integer', (c) =>
      c
        .notNull()
        .defaultTo(0)
        .check(sql`refunded >= 0`),
    )
    .execute();

  await db.schema
    .createTable('customer_value')
    .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind in ('contact','company')`))
    .addColumn('id', 'integer', (c) => c.notNull())
    .addColumn('first_purchase_on', 'text', (c) => c.notNull())
    .addColumn('last_purchase_on', 'text', (c) => c.notNull())
    .addColumn('orders_12m', 'integer', (c) => c.notNull())
    .addColumn('orders_ever', 'integer', (c) => c.notNull())
    .addColumn('revenue_12m', 'integer', (c) => c.notNull())
    .addColumn('revenue_ever', 'integer', (c) => c.notNull())
    /** Lifetime revenue per year as a customer (a year at least): what going quiet puts at risk. */
    .addColumn('yearly_value', 'integer', (c) => c.notNull())
    .addColumn('r', 'integer', (c) => c.notNull())
    .addColumn('f', 'integer', (c) => c.notNull())
    .addColumn('m', 'integer', (c) => c.notNull())
    .addColumn('segment', 'text', (c) => c.notNull())
    /** The median days between days with an activity (last two years); null below three such days. */
    .addColumn('rhythm_days', 'real')
    /** The later of the last activity and the last purchase. */
    .addColumn('last_touch_on', 'text', (c) => c.notNull())
    /** When to get in touch (last touch + rhythm or the segment's days); null: not on the list. */
    .addColumn('due_on', 'text')
    .addColumn('suggested_lifecycle', 'text')
    /** A person's birthday as "MM-DD" (copied from contact): valuable customers' birthdays off one small index. */
    .addColumn('birthday_md', 'text')
    .addPrimaryKeyConstraint('customer_value_pk', ['kind', 'id'])
    .execute();
  await db.schema
    .createIndex('customer_value_segment')
    .on('customer_value')
    .columns(['kind', 'segment', 'id'])
    .execute();
  // Keep in touch: the most valuable first, due ones among them (most are due on a quiet day).
  await db.schema
    .createIndex('customer_value_by_value')
    .on('customer_value')
    .expression(sql`yearly_value desc, due_on, kind, id`)
    .where(sql.ref('due_on'), 'is not', null)
    .execute();
  await db.schema
    .createIndex('customer_value_due')
    .on('customer_value')
    .columns(['due_on'])
    .where(sql.ref('due_on'), 'is not', null)
    .execute();
  await db.schema
    .createIndex('customer_value_suggested')
    .on('customer_value')
    .expression(sql`kind, yearly_value desc, id`)
    .where(sql.ref('suggested_lifecycle'), 'is not', null)
    .execute();
  // Customer anniversaries coming up, by the month and day of the first purchase.
  await db.schema
    .createIndex('customer_value_since')
    .on('customer_value')
    .expression(sql`substr(first_purchase_on, 6)`)
    .execute();
  await db.schema
    .createIndex('customer_value_birthday')
    .on('customer_value')
    .columns(['birthday_md'])
    .where(sql.ref('birthday_md'), 'is not', null)
    .execute();
  // Activities per week (Customers at a glance) read this index alone for the weeks shown.
  await db.schema
    .createIndex('activity_occurred')
    .on('activity')
    .columns(['occurred_at', 'kind', 'contact_id', 'company_id'])
    .execute();
  // Birthdays coming up (Today, the calendar) by month and day, without reading every person.
  await db.schema
    .createIndex('contact_birthday_day')
    .on('contact')
    .expression(sql`substr(birthday, -5)`)
    .where(sql<boolean>`birthday is not null and deleted_at is null`)
    .execute();

  await db.schema
    .createTable('customer_value_cut')
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('measure', 'text', (c) => c.notNull().check(sql`measure in ('r','f','m')`))
    .addColumn('score', 'integer', (c) => c.notNull())
    .addColumn('min_value', 'real', (c) => c.notNull())
    // How many customers that pass ranked (a small base is ranked anew on every change).
    .addColumn('ranked', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('customer_value_cut_pk', ['kind', 'measure', 'score'])
    .execute();

  await db.schema
    .createTable('customer_value_dirty')
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('id', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('customer_value_dirty_pk', ['kind', 'id'])
    .modifyEnd(sql`without rowid`)
    .execute();

  await db.schema
    .createTable('customer_value_run')
    .addColumn('id', 'integer', (c) => c.primaryKey().check(sql`id = 1`))
    .addColumn('computed_on', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('lifecycle_dismissal')
    .addColumn('contact_id', 'integer', (c) => c.notNull().references('contact.id').onDelete('cascade'))
    .addColumn('suggestion', 'text', (c) => c.notNull())
    .addColumn('dismissed_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('lifecycle_dismissal_pk', ['contact_id', 'suggestion'])
    .execute();

  // Marks are added only where missing (not INSERT OR IGNORE: inside a trigger fired by a cascade, the outer
  // statement's conflict policy replaces the trigger's own, and a second mark would abort the delete).
  const unmarked = (kind: string, id: string) =>
    `not exists (select 1 from customer_value_dirty d where d.kind = ${kind} and d.id = ${id})`;
  const dirty = (kind: string, id: string) =>
    `insert into customer_value_dirty (kind, id) select '${kind}', ${id}
       where ${id} is not null and ${unmarked(`'${kind}'`, id)}`;
  const dealPeople = (deal: string) =>
    `insert into customer_value_dirty (kind, id) select 'contact', dc.contact_id from deal_contact dc
       where dc.deal_id = ${deal} and ${unmarked("'contact'", 'dc.contact_id')}`;
  const triggers = [
    // A deal's people and company: its status, money, date, company or Trash state changed.
    `create trigger customer_value_deal_insert after insert on deal when new.status = 'won' begin
       ${dirty('company', 'new.company_id')}; ${dealPeople('new.id')}; end`,
    // Only what makes or changes a purchase (moving an open deal between open stages changes nobody's value).
    `create trigger customer_value_deal_update after update of status, amount, refunded, currency, closed_on,
       company_id, deleted_at on deal
       when (old.status = 'won' or new.status = 'won') and (old.status is not new.status
         or old.amount is not new.amount or old.refunded is not new.refunded or old.currency is not new.currency
         or old.closed_on is not new.closed_on or old.company_id is not new.company_id
         or old.deleted_at is not new.deleted_at) begin
       ${dirty('company', 'old.company_id')}; ${dirty('company', 'new.company_id')}; ${dealPeople('new.id')}; end`,
    `create trigger customer_value_deal_delete after delete on deal begin
       ${dirty('company', 'old.company_id')}; ${dealPeople('old.id')}; end`,
    // A person joining or leaving a won deal changes everyone's share of it (a deal gone already: marked anyway).
    `create trigger customer_value_deal_contact_insert after insert on deal_contact
       when coalesce((select status from deal where id = new.deal_id), 'won') = 'won' begin
       ${dealPeople('new.deal_id')}; end`,
    `create trigger customer_value_deal_contact_delete after delete on deal_contact
       when coalesce((select status from deal where id = old.deal_id), 'won') = 'won' begin
       ${dirty('contact', 'old.contact_id')}; ${dealPeople('old.deal_id')}; end`,
    // Activities set the rhythm; the record's own last activity, lifecycle and Trash state the rest.
    `create trigger customer_value_activity_insert after insert on activity begin
       ${dirty('contact', 'new.contact_id')}; ${dirty('company', 'new.company_id')}; end`,
    `create trigger customer_value_activity_update after update of occurred_at, contact_id, company_id on activity begin
       ${dirty('contact', 'old.contact_id')}; ${dirty('company', 'old.company_id')};
       ${dirty('contact', 'new.contact_id')}; ${dirty('company', 'new.company_id')}; end`,
    `create trigger customer_value_activity_delete after delete on activity begin
       ${dirty('contact', 'old.contact_id')}; ${dirty('company', 'old.company_id')}; end`,
    `create trigger customer_value_contact_update after update of last_activity_at, lifecycle, birthday, deleted_at
       on contact when old.last_activity_at is not new.last_activity_at or old.lifecycle is not new.lifecycle
         or old.birthday is not new.birthday or old.deleted_at is not new.deleted_at begin
       ${dirty('contact', 'new.id')}; end`,
    `create trigger customer_value_contact_delete after delete on contact begin ${dirty('contact', 'old.id')}; end`,
    `create trigger customer_value_company_update after update of last_activity_at, deleted_at on company
       when old.last_activity_at is not new.last_activity_at or old.deleted_at is not new.deleted_at begin
       ${dirty('company', 'new.id')}; end`,
    // Settings the values depend on: a change means everyone is computed again (the run no longer counts).
    `create trigger customer_value_setting_insert after insert on setting
       when new.key in ('currency', 'lapsedAfterDays', 'keepInTouchDays') begin delete from customer_value_run; end`,
    `create trigger customer_value_setting_update after update on setting
       when new.key in ('currency', 'lapsedAfterDays', 'keepInTouchDays') begin delete from customer_value_run; end`,
    `create trigger customer_value_company_delete after delete on company begin ${dirty('company', 'old.id')}; end`,
  ];
  for (const trigger of triggers) await sql.raw(trigger).execute(db);
}
