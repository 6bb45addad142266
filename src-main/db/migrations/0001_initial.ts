// 0001: people, companies, their phones/emails/addresses/tags, activities, saved views, settings and search.
// Frozen in time: never import app code here.
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('company')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('website', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('industry', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('notes', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('sort_en', 'text', (c) => c.notNull())
    .addColumn('sort_zh', 'text', (c) => c.notNull())
    .addColumn('city_sort', 'text', (c) => c.notNull().defaultTo('\uffff'))
    .addColumn('city', 'text')
    .addColumn('country', 'text')
    .addColumn('phone', 'text')
    .addColumn('last_activity_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('deleted_at', 'text')
    .execute();

  await db.schema
    .createTable('contact')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('given_name', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('family_name', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('full_name', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('display_name', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('company_id', 'integer', (c) => c.references('company.id').onDelete('set null'))
    .addColumn('birthday', 'text')
    .addColumn('notes', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('lifecycle', 'text', (c) =>
      c.notNull().check(sql`lifecycle in ('lead','prospect','customer','repeat','lapsed')`),
    )
    .addColumn('sort_en', 'text', (c) => c.notNull())
    .addColumn('sort_zh', 'text', (c) => c.notNull())
    // The company's sort keys and a city key, copied here so "sort by company/city" pages come off an index.
    // U+FFFF when there is none, so blanks sort after every real value.
    .addColumn('company_sort_en', 'text', (c) => c.notNull().defaultTo('\uffff'))
    .addColumn('company_sort_zh', 'text', (c) => c.notNull().defaultTo('\uffff'))
    .addColumn('city_sort', 'text', (c) => c.notNull().defaultTo('\uffff'))
    .addColumn('city', 'text')
    .addColumn('country', 'text')
    .addColumn('email', 'text')
    .addColumn('phone', 'text')
    .addColumn('last_activity_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('deleted_at', 'text')
    .execute();

  // Lists read live rows in sort order straight off these partial indexes; id breaks ties stably.
  for (const [table, columns] of [
    ['contact', ['sort_en', 'id']],
    ['contact', ['sort_zh', 'id']],
    ['contact', ['last_activity_at', 'id']],
    ['contact', ['created_at', 'id']],
    ['contact', ['company_sort_en', 'sort_en', 'id']],
    ['contact', ['company_sort_zh', 'sort_zh', 'id']],
    ['contact', ['city_sort', 'sort_en', 'id']],
    ['contact', ['company_id']],
    ['contact', ['lifecycle', 'sort_en']],
    ['contact', ['country', 'city']],
    ['company', ['sort_en', 'id']],
    ['company', ['sort_zh', 'id']],
    ['company', ['last_activity_at', 'id']],
    ['company', ['created_at', 'id']],
    ['company', ['city_sort', 'sort_en', 'id']],
  ] as const) {
    await db.schema
      .createIndex(`${table}_live_${columns.join('_')}`)
      .on(table)
      .columns([...columns])
      .where(sql.ref('deleted_at'), 'is', null)
      .execute();
  }
  await db.schema
    .createIndex('contact_deleted')
    .on('contact')
    .column('deleted_at')
    .where(sql.ref('deleted_at'), 'is not', null)
    .execute();
  await db.schema
    .createIndex('company_deleted')
    .on('company')
    .column('deleted_at')
    .where(sql.ref('deleted_at'), 'is not', null)
    .execute();

  await db.schema
    .createTable('contact_point')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('contact_id', 'integer', (c) => c.references('contact.id').onDelete('cascade'))
    .addColumn('company_id', 'integer', (c) => c.references('company.id').onDelete('cascade'))
    .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind in ('phone','email')`))
    .addColumn('label', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('value', 'text', (c) => c.notNull())
    .addColumn('normalized', 'text', (c) => c.notNull())
    .addColumn('position', 'integer', (c) => c.notNull())
    .addCheckConstraint('contact_point_one_owner', sql`(contact_id is null) <> (company_id is null)`)
    .execute();
  await db.schema
    .createIndex('contact_point_contact')
    .on('contact_point')
    .columns(['contact_id', 'position'])
    .execute();
  await db.schema
    .createIndex('contact_point_company')
    .on('contact_point')
    .columns(['company_id', 'position'])
    .execute();
  await db.schema.createIndex('contact_point_normalized').on('contact_point').columns(['kind', 'normalized']).execute();

  await db.schema
    .createTable('address')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('contact_id', 'integer', (c) => c.references('contact.id').onDelete('cascade'))
    .addColumn('company_id', 'integer', (c) => c.references('company.id').onDelete('cascade'))
    .addColumn('label', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('street', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('city', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('region', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('postal_code', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('country', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addCheckConstraint('address_one_owner', sql`(contact_id is null) <> (company_id is null)`)
    .execute();
  await db.schema.createIndex('address_contact').on('address').columns(['contact_id', 'position']).execute();
  await db.schema.createIndex('address_company').on('address').columns(['company_id', 'position']).execute();
  await db.schema
    .createIndex('address_city')
    .on('address')
    .expression(sql`city collate nocase`)
    .execute();
  await db.schema.createIndex('address_country').on('address').column('country').execute();

  await db.schema
    .createTable('tag')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('name', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('tag_name')
    .on('tag')
    .expression(sql`lower(name)`)
    .unique()
    .execute();

  await db.schema
    .createTable('contact_tag')
    .addColumn('contact_id', 'integer', (c) => c.notNull().references('contact.id').onDelete('cascade'))
    .addColumn('tag_id', 'integer', (c) => c.notNull().references('tag.id').onDelete('cascade'))
    .addPrimaryKeyConstraint('contact_tag_pk', ['contact_id', 'tag_id'])
    .execute();
  await db.schema.createIndex('contact_tag_by_tag').on('contact_tag').columns(['tag_id', 'contact_id']).execute();
  await db.schema
    .createTable('company_tag')
    .addColumn('company_id', 'integer', (c) => c.notNull().references('company.id').onDelete('cascade'))
    .addColumn('tag_id', 'integer', (c) => c.notNull().references('tag.id').onDelete('cascade'))
    .addPrimaryKeyConstraint('company_tag_pk', ['company_id', 'tag_id'])
    .execute();
  await db.schema.createIndex('company_tag_by_tag').on('company_tag').columns(['tag_id', 'company_id']).execute();

  await db.schema
    .createTable('activity')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind in ('call','meeting','visit','email','note')`))
    .addColumn('occurred_at', 'text', (c) => c.notNull())
    .addColumn('summary', 'text', (c) => c.notNull())
    .addColumn('outcome', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('contact_id', 'integer', (c) => c.references('contact.id').onDelete('cascade'))
    // A person's activity outlives the company it was filed under: emptying the Trash deletes a company's own
    // activities explicitly, and only unlinks the ones that belong to (live) people.
    .addColumn('company_id', 'integer', (c) => c.references('company.id').onDelete('set null'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addCheckConstraint('activity_has_subject', sql`contact_id is not null or company_id is not null`)
    .execute();
  await db.schema.createIndex('activity_contact').on('activity').columns(['contact_id', 'occurred_at']).execute();
  await db.schema.createIndex('activity_company').on('activity').columns(['company_id', 'occurred_at']).execute();

  await db.schema
    .createTable('saved_view')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('entity', 'text', (c) => c.notNull().check(sql`entity in ('contact','company')`))
    .addColumn('filter_json', 'text', (c) => c.notNull())
    .addColumn('sort_json', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('setting')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('value_json', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('search_doc')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('entity_type', 'text', (c) => c.notNull())
    .addColumn('entity_id', 'integer', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('subtitle', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addUniqueConstraint('search_doc_entity', ['entity_type', 'entity_id'])
    .execute();
  await sql`create table search_key (key text not null, doc_id integer not null, primary key (key, doc_id)) without rowid`.execute(
    db,
  );
  await sql`create index search_key_doc on search_key (doc_id)`.execute(db);
  // Substring search: trigrams for queries of 3+ characters (LIKE is verified against search_doc.body), and a
  // contentless index of every 1- and 2-character gram (as ASCII tokens) for the shorter ones, which the
  // trigram tokenizer cannot answer. Both are fed from code in the writing transaction, not by triggers.
  await sql`create virtual table search_trigram using fts5(body, content='search_doc', content_rowid='id', tokenize='trigram', detail='none')`.execute(
    db,
  );
  await sql`create virtual table search_gram using fts5(grams, content='', contentless_delete=1, detail='none', tokenize='ascii')`.execute(
    db,
  );
}
