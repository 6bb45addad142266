// Paging through 100,000 sorted, filtered rows smoothly: the first page after a filter or sort change computes
// the whole ordered id list once (one index scan); every later page while the user scrolls is a slice of it
// plus a fetch of 100 rows by id. OFFSET paging instead re-walks up to 100,000 index entries and re-counts the
// rows on every page. The list is dropped as soon as the data changes (dataVersion).
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
import { dataVersion } from '../db/dataVersion';

interface Entry {
  version: string;
  ids: number[];
}

const MAX_ENTRIES = 8;
const caches = new WeakMap<Kysely<Database>, Map<string, Entry>>();

/** The ordered ids for `key`, from the cache while the data is unchanged, else from `compute`. */
export async function cachedOrderedIds(
  db: Kysely<Database>,
  key: string,
  compute: () => Promise<number[]>,
): Promise<number[]> {
  let cache = caches.get(db);
  if (!cache) caches.set(db, (cache = new Map()));
  const version = await dataVersion(db);
  const hit = cache.get(key);
  if (hit && hit.version === version) {
    cache.delete(key); // refresh its place in the LRU order
    cache.set(key, hit);
    return hit.ids;
  }
  const ids = await compute();
  cache.set(key, { version, ids });
  while (cache.size > MAX_ENTRIES) cache.delete(cache.keys().next().value!);
  return ids;
}
