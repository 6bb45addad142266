// 0004: the opportunity funnel — pipelines of stages, deals moving through them (every move kept), a small
// product catalogue for deal lines, and the reasons deals are lost. Frozen in time: never import app code here.
//
// Money is stored in minor units (cents, fen) as integers, with its ISO 4217 currency, so sums are exact.
// Default names (the first pipeline, its stages, the lost reasons) are stored as keys with a null name, so
// they read in the user's language until the user renames them.
import { sql, type Kysely } from 'kysely';

const DEFAULT_STAGES: Array<[key: string, kind: 'open' | 'won' | 'lost', probability: number]> = [
  ['lead', 'open', 10],
  ['qualified', 'open', 25],
  ['proposal', 'open', 50],
  ['negotiation', 'open', 75],
  ['won', 'won', 100],
  ['lost', 'lost', 0],
];
const DEFAULT_LOST_REASONS = ['price', 'competitor', 'noBudget', 'noDecision', 'timing', 'other'];

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('pipeline')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('name', 'text')
    .addColumn('default_key', 'text')
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('deleted_at', 'text')
    .addCheckConstraint('pipeline_named', sql`name is not null or default_key is not null`)
    .execute();

  // A removed stage is kept (removed_at), so the stage history of deals that passed through it still reads.
  await db.schema
    .createTable('stage')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('pipeline_id', 'integer', (c) => c.notNull().references('pipeline.id').onDelete('cascade'))
    .addColumn('name', 'text')
    .addColumn('default_key', 'text')
    .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind in ('open','won','lost')`))
    .addColumn('probability', 'integer', (c) => c.notNull().check(sql`probability between 0 and 100`))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('removed_at', 'text')
    .addCheckConstraint('stage_named', sql`name is not null or default_key is not null`)
    .execute();
  await db.schema.createIndex('stage_pipeline').on('stage').columns(['pipeline_id', 'position']).execute();

  await db.schema
    .createTable('lost_reason')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('name', 'text')
    .addColumn('default_key', 'text')
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('archived_at', 'text')
    .addCheckConstraint('lost_reason_named', sql`name is not null or default_key is not null`)
    .execute();

  await db.schema
    .createTable('product')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('sku', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('unit_price', 'integer', (c) => c.notNull())
    .addColumn('currency', 'text', (c) => c.notNull())
    .addColumn('archived_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('deal')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('pipeline_id', 'integer', (c) => c.notNull().references('pipeline.id'))
    .addColumn('stage_id', 'integer', (c) => c.notNull().references('stage.id'))
    // The stage's kind, kept here so the board and the figures select open or closed deals off one index.
    .addColumn('status', 'text', (c) => c.notNull().check(sql`status in ('open','won','lost')`))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('company_id', 'integer', (c) => c.references('company.id').onDelete('set null'))
    .addColumn('amount', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('currency', 'text', (c) => c.notNull())
    .addColumn('expected_close', 'text')
    // null: the stage's default probability applies.
    .addColumn('probability', 'integer', (c) => c.check(sql`probability between 0 and 100`))
    .addColumn('source', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('notes', 'text', (c) => c.notNull().defaultTo(''))
    // When it was won or lost (a date the user confirms), and why it was lost.
    .addColumn('closed_on', 'text')
    .addColumn('lost_reason_id', 'integer', (c) => c.references('lost_reason.id'))
    .addColumn('lost_note', 'text', (c) => c.notNull().defaultTo(''))
    // Order of cards within a column.
    .addColumn('position', 'real', (c) => c.notNull())
    // The last thing that happened: created, moved, edited, or an activity logged with it.
    .addColumn('last_activity_at', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('deleted_at', 'text')
    .addCheckConstraint('deal_closed_on', sql`(status = 'open') = (closed_on is null)`)
    .execute();
  // The board's open cards come off this one already in column order.
  await db.schema
    .createIndex('deal_board')
    .on('deal')
    .columns(['pipeline_id', 'status', 'stage_id', 'position'])
    .where(sql.ref('deleted_at'), 'is', null)
    .execute();
  // Placing a card in a column (the first and last position of a stage) on every move and create.
  await db.schema
    .createIndex('deal_column')
    .on('deal')
    .columns(['stage_id', 'position'])
    .where(sql.ref('deleted_at'), 'is', null)
    .execute();
  // Closed deals by close date (the board's Won and Lost columns, revenue, close figures), carrying what the
  // figures sum and count so they read the index alone.
  await db.schema
    .createIndex('deal_closed')
    .on('deal')
    .columns(['pipeline_id', 'status', 'closed_on', 'currency', 'amount', 'lost_reason_id', 'created_at'])
    .where(sql.ref('deleted_at'), 'is', null)
    .execute();
  // The funnel's deals (made in a period), with what it counts and sums, so they read off the index alone.
  await db.schema
    .createIndex('deal_created')
    .on('deal')
    .columns(['pipeline_id', 'created_at', 'status', 'currency', 'amount'])
    .where(sql.ref('deleted_at'), 'is', null)
    .execute();
  await db.schema.createIndex('deal_company').on('deal').columns(['company_id']).execute();

  await db.schema
    .createTable('deal_contact')
    .addColumn('deal_id', 'integer', (c) => c.notNull().references('deal.id').onDelete('cascade'))
    .addColumn('contact_id', 'integer', (c) => c.notNull().references('contact.id').onDelete('cascade'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('deal_contact_pk', ['deal_id', 'contact_id'])
    .execute();
  await db.schema.createIndex('deal_contact_by_contact').on('deal_contact').columns(['contact_id']).execute();
  // A card's first person without sorting its people.
  await db.schema
    .createIndex('deal_contact_by_deal')
    .on('deal_contact')
    .columns(['deal_id', 'position', 'contact_id'])
    .execute();

  await db.schema
    .createTable('deal_tag')
    .addColumn('deal_id', 'integer', (c) => c.notNull().references('deal.id').onDelete('cascade'))
    .addColumn('tag_id', 'integer', (c) => c.notNull().references('tag.id').onDelete('cascade'))
    .addPrimaryKeyConstraint('deal_tag_pk', ['deal_id', 'tag_id'])
    .execute();
  await db.schema.createIndex('deal_tag_by_tag').on('deal_tag').columns(['tag_id', 'deal_id']).execute();

  // Lines keep their own copy of name, SKU and price: a later price change in the catalogue does not rewrite
  // what was quoted.
  await db.schema
    .createTable('deal_line')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('deal_id', 'integer', (c) => c.notNull().references('deal.id').onDelete('cascade'))
    .addColumn('product_id', 'integer', (c) => c.references('product.id').onDelete('set null'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('sku', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('unit_price', 'integer', (c) => c.notNull())
    .addColumn('quantity', 'real', (c) => c.notNull())
    .addColumn('discount_percent', 'real', (c) => c.notNull().defaultTo(0))
    .addColumn('position', 'integer', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('deal_line_deal').on('deal_line').columns(['deal_id', 'position']).execute();

  // Every stage a deal entered, when, and when it left it again (null: it is still there). Each row is a stay:
  // the time a deal spent in a stage is read off its own row, with no pairing of changes at query time.
  await db.schema
    .createTable('deal_stage_history')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('deal_id', 'integer', (c) => c.notNull().references('deal.id').onDelete('cascade'))
    .addColumn('from_stage_id', 'integer', (c) => c.references('stage.id'))
    .addColumn('to_stage_id', 'integer', (c) => c.notNull().references('stage.id'))
    .addColumn('changed_at', 'text', (c) => c.notNull())
    .addColumn('left_at', 'text')
    // left_at − changed_at in days, kept when the stay ends: the funnel averages stays without parsing dates.
    .addColumn('days', 'real')
    .execute();
  // A deal's stays in order, carrying what the funnel reads (the stage, when it came, how long it stayed), so
  // its figures read this index alone.
  await db.schema
    .createIndex('deal_stage_history_deal')
    .on('deal_stage_history')
    .columns(['deal_id', 'changed_at', 'id', 'to_stage_id', 'days'])
    .execute();

  // Activities and calendar items can now be about a deal: both tables are rebuilt, since SQLite cannot change
  // a CHECK constraint in place.
  await sql`alter table activity rename to activity_0003`.execute(db);
  await sql`drop index activity_contact`.execute(db);
  await sql`drop index activity_company`.execute(db);
  await db.schema
    .createTable('activity')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind in ('call','meeting','visit','email','note')`))
    .addColumn('occurred_at', 'text', (c) => c.notNull())
    .addColumn('summary', 'text', (c) => c.notNull())
    .addColumn('outcome', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('contact_id', 'integer', (c) => c.references('contact.id').onDelete('cascade'))
    .addColumn('company_id', 'integer', (c) => c.references('company.id').onDelete('set null'))
    .addColumn('deal_id', 'integer', (c) => c.references('deal.id').onDelete('set null'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addCheckConstraint(
      'activity_has_subject',
      sql`contact_id is not null or company_id is not null or deal_id is not null`,
    )
    .execute();
  await sql`insert into activity (id, kind, occurred_at, summary, outcome, contact_id, company_id, deal_id, created_at, updated_at)
            select id, kind, occurred_at, summary, outcome, contact_id, company_id, null, created_at, updated_at
            from activity_0003`.execute(db);
  await sql`drop table activity_0003`.execute(db);
  await db.schema.createIndex('activity_contact').on('activity').columns(['contact_id', 'occurred_at']).execute();
  await db.schema.createIndex('activity_company').on('activity').columns(['company_id', 'occurred_at']).execute();
  await db.schema.createIndex('activity_deal').on('activity').columns(['deal_id', 'occurred_at']).execute();

  await sql`alter table event_link rename to event_link_0003`.execute(db);
  await sql`drop index event_link_entity`.execute(db);
  await db.schema
    .createTable('event_link')
    .addColumn('event_id', 'integer', (c) => c.notNull().references('event.id').onDelete('cascade'))
    .addColumn('entity_type', 'text', (c) => c.notNull().check(sql`entity_type in ('contact','company','deal')`))
    .addColumn('entity_id', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('event_link_pk', ['event_id', 'entity_type', 'entity_id'])
    .execute();
  await sql`insert into event_link select event_id, entity_type, entity_id from event_link_0003`.execute(db);
  await sql`drop table event_link_0003`.execute(db);
  await db.schema.createIndex('event_link_entity').on('event_link').columns(['entity_type', 'entity_id']).execute();

  const pipeline = await db
    .insertInto('pipeline')
    .values({ name: null, default_key: 'sales', position: 0 })
    .returning('id')
    .executeTakeFirstOrThrow();
  await db
    .insertInto('stage')
    .values(
      DEFAULT_STAGES.map(([key, kind, probability], position) => ({
        pipeline_id: pipeline.id,
        name: null,
        default_key: key,
        kind,
        probability,
        position,
      })),
    )
    .execute();
  await db
    .insertInto('lost_reason')
    .values(DEFAULT_LOST_REASONS.map((key, position) => ({ name: null, default_key: key, position })))
    .execute();
}
