// The search index: search_doc + FTS5 (trigram and short-gram) + name keys. The only SQLite-specific SQL in
// Rapport lives here, behind functions a PostgreSQL port could re-implement (pg_trgm) without touching callers.
import { CompiledQuery, sql, type Kysely, type RawBuilder, type Transaction } from 'kysely';
import { insertMany, insertManyReturningIds } from '../db/insertMany';
import type { Database } from '../db/schema';
import { gramToken, type SearchDocument } from './searchDocument';
import { queryTerms } from './text';
import { inIdOrder } from '../db/inIdOrder';

type Db = Kysely<Database> | Transaction<Database>;

export interface SearchRow {
  docId: number;
  entityType: 'contact' | 'company';
  entityId: number;
  title: string;
  subtitle: string;
}

async function removeDocById(db: Db, docId: number, oldBody: string): Promise<void> {
  await sql`insert into search_trigram(search_trigram, rowid, body) values ('delete', ${docId}, ${oldBody})`.execute(
    db,
  );
  await sql`delete from search_gram where rowid = ${docId}`.execute(db);
  await db.deleteFrom('search_key').where('doc_id', '=', docId).execute();
  await db.deleteFrom('search_doc').where('id', '=', docId).execute();
}

/** Removes a person or company from the index (moved to the Trash, or gone). */
export async function removeFromIndex(db: Db, entityType: 'contact' | 'company', entityIds: number[]): Promise<void> {
  for (let i = 0; i < entityIds.length; i += 500) {
    const old = await db
      .selectFrom('search_doc')
      .select(['id', 'body'])
      .where('entity_type', '=', entityType)
      .where('entity_id', 'in', entityIds.slice(i, i + 500))
      .execute();
    for (const row of old) await removeDocById(db, row.id, row.body);
  }
}

/** Writes (or rewrites) documents; call inside the transaction that changed the entities. */
export async function indexDocuments(db: Db, docs: SearchDocument[]): Promise<void> {
  for (const doc of docs) {
    await removeFromIndex(db, doc.entityType, [doc.entityId]);
    const inserted = await db
      .insertInto('search_doc')
      .values({
        entity_type: doc.entityType,
        entity_id: doc.entityId,
        title: doc.title,
        subtitle: doc.subtitle,
        body: doc.body,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await sql`insert into search_trigram(rowid, body) values (${inserted.id}, ${doc.body})`.execute(db);
    await sql`insert into search_gram(rowid, grams) values (${inserted.id}, ${doc.grams})`.execute(db);
    if (doc.keys.length > 0) {
      await db
        .insertInto('search_key')
        .values(doc.keys.map((key) => ({ key, doc_id: inserted.id })))
        .onConflict((oc) => oc.doNothing())
        .execute();
    }
  }
}

const isTrigramTerm = (term: string) => Array.from(term).length >= 3 && !/[%_\\]/.test(term);

/** A sub-select of the doc ids whose body contains `term`, using the index that can answer it. */
function docsContaining(term: string) {
  if (/[%_\\]/.test(term)) {
    // LIKE wildcards in the text itself: match literally (rare, unindexed).
    return sql<number>`select id from search_doc where instr(body, ${term}) > 0`;
  }
  if (isTrigramTerm(term)) return docsContainingAll([term]);
  return sql<number>`select rowid as id from search_gram where search_gram match ${gramToken(term)}`;
}

/** Doc ids containing every one of these 3+-character terms: one FTS5 query, so the trigram lists are
 *  intersected before any row is read to verify the LIKEs. */
function docsContainingAll(terms: string[]) {
  return sql<number>`select rowid as id from search_trigram where ${sql.join(
    terms.map((t) => sql`body like ${`%${t}%`}`),
    sql` and `,
  )}`;
}

/** The sub-selects that together match every term: trigram terms in one query, the others one each. */
function termSources(terms: string[]) {
  const trigram = terms.filter(isTrigramTerm);
  const others = terms.filter((t) => !isTrigramTerm(t));
  return [...(trigram.length > 0 ? [docsContainingAll(trigram)] : []), ...others.map(docsContaining)];
}

function allTermsMatch(
  terms: string[],
  column: RawBuilder<unknown> | ReturnType<typeof sql.ref> = sql.ref('search_doc.id'),
) {
  return sql.join(
    termSources(terms).map((source) => sql`${column} in (${source})`),
    sql` and `,
  );
}

/**
 * First `limit` matches for a query typed into global search. Every term must occur somewhere (substring,
 * any field, pinyin included). Name-like prefix matches come first, in key order; then the other matches.
 */
export async function searchDocuments(db: Db, query: string, limit: number): Promise<SearchRow[]> {
  const terms = queryTerms(query);
  if (terms.length === 0) return [];
  const first = terms[0]!;
  const rest = terms.slice(1);

  const prefixHits = await sql<{ doc_id: number }>`
    select doc_id from search_key
    where key >= ${first} and key < ${`${first}\uffff`}
    ${rest.length > 0 ? sql`and ${allTermsMatch(rest, sql`+doc_id`)}` : sql``}
    order by key limit ${limit * 4}`.execute(db);
  const ranked: number[] = [];
  const seen = new Set<number>();
  for (const row of prefixHits.rows) {
    if (!seen.has(row.doc_id)) {
      seen.add(row.doc_id);
      ranked.push(row.doc_id);
      if (ranked.length === limit) break;
    }
  }
  if (ranked.length < limit) {
    // Driven by the most selective index available (all 3+-character terms at once when there are any), so a
    // common 1-letter query stops after `limit` rows. The unary + keeps SQLite from pushing the other IN lists
    // into the driving FTS scan as rowid lookups, which would re-run its query once per candidate.
    const [driver, ...filters] = termSources(terms);
    const conditions = [
      ...filters.map((source) => sql`+m.id in (${source})`),
      ...(ranked.length > 0 ? [sql`m.id not in (${sql.join(ranked)})`] : []),
    ];
    const more = await sql<{ id: number }>`
      select m.id as id from (${driver!}) as m
      ${conditions.length > 0 ? sql`where ${sql.join(conditions, sql` and `)}` : sql``}
      limit ${limit - ranked.length}`.execute(db);
    for (const row of more.rows) ranked.push(row.id);
  }
  if (ranked.length === 0) return [];

  const docs = await db
    .selectFrom('search_doc')
    .select(['id', 'entity_type', 'entity_id', 'title', 'subtitle'])
    .where('id', 'in', ranked)
    .execute();
  return inIdOrder(ranked, docs, (d) => ({
    docId: d.id,
    entityType: d.entity_type,
    entityId: d.entity_id,
    title: d.title,
    subtitle: d.subtitle,
  }));
}

/** Every matching entity id of one type (no ranking, no limit): used by list filters' text box. */
export function entityIdsMatching(terms: string[], entityType: 'contact' | 'company') {
  return sql<number>`select entity_id from search_doc where entity_type = ${entityType} and ${allTermsMatch(terms)}`;
}

/** The same match as searchDocuments, done the slow obvious way (instr over every body): the yardstick. */
export async function scanDocuments(db: Db, query: string): Promise<number[]> {
  const terms = queryTerms(query);
  if (terms.length === 0) return [];
  const rows = await sql<{ id: number }>`
    select id from search_doc where ${sql.join(
      terms.map((t) => sql`instr(body, ${t}) > 0`),
      sql` and `,
    )}`.execute(db);
  return rows.rows.map((r) => r.id);
}

/** All matches through the indexes, unranked and unlimited (for recall checks). */
export async function allMatchingDocIds(db: Db, query: string): Promise<number[]> {
  const terms = queryTerms(query);
  if (terms.length === 0) return [];
  const rows = await sql<{ id: number }>`select id from search_doc where ${allTermsMatch(terms)}`.execute(db);
  return rows.rows.map((r) => r.id);
}

const INSERT_TRIGRAM = 'insert into search_trigram(rowid, body) values (?, ?)';
const INSERT_GRAMS = 'insert into search_gram(rowid, grams) values (?, ?)';

/** Indexes entities that have no document yet (people a bulk import just created): the same rows
 *  indexDocuments writes, without its per-document removal of an old version, through statements prepared once. */
export async function insertNewDocuments(db: Db, docs: SearchDocument[]): Promise<void> {
  if (docs.length === 0) return;
  const ids = await insertManyReturningIds(
    db,
    'search_doc',
    docs.map((doc) => ({
      entity_type: doc.entityType,
      entity_id: doc.entityId,
      title: doc.title,
      subtitle: doc.subtitle,
      body: doc.body,
    })),
  );
  for (let i = 0; i < docs.length; i++) {
    await db.executeQuery(CompiledQuery.raw(INSERT_TRIGRAM, [ids[i]!, docs[i]!.body]));
    await db.executeQuery(CompiledQuery.raw(INSERT_GRAMS, [ids[i]!, docs[i]!.grams]));
  }
  await insertMany(
    db,
    'search_key',
    docs.flatMap((doc, i) => doc.keys.map((key) => ({ key, doc_id: ids[i]! }))),
    { ignoreConflicts: true },
  );
}
