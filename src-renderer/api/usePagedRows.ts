// Rows of a long list fetched on demand in pages of 100 by offset, cached, and refetched when the data
// changes. A new query (filter, sort, language) starts from an empty cache; placeholders show meanwhile.
import type { Page } from '@shared/domain/contact';
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { type ChangedEntity, onDataChanged } from './dataEvents';

export const PAGE_SIZE = 100;

export interface PagedRows<T> {
  total: number | undefined;
  rowAt: (index: number) => T | undefined;
  /** Asks for the pages covering rows start..end (inclusive). */
  ensureRange: (start: number, end: number) => void;
  error: Error | undefined;
  /** Every row currently cached, for "select all" style actions. */
  loadedRows: () => T[];
}

interface Cache<T> {
  queryKey: string;
  generation: number;
  pages: Map<number, { generation: number; rows: T[] }>;
}

export function usePagedRows<T>(
  queryKey: string,
  fetchPage: (offset: number, limit: number) => Promise<Page<T>>,
  entities: readonly ChangedEntity[],
): PagedRows<T> {
  const fetchRef = useRef(fetchPage);
  useLayoutEffect(() => {
    fetchRef.current = fetchPage;
  });
  const cache = useRef<Cache<T>>({ queryKey, generation: 0, pages: new Map() });
  const inflight = useRef(new Set<string>());
  const lastRange = useRef<[number, number]>([0, PAGE_SIZE - 1]);
  const [status, setStatus] = useState<{
    queryKey: string;
    total?: number;
    error?: Error;
    version: number;
  }>({
    queryKey: '',
    version: 0,
  });

  const loadPage = useCallback((page: number) => {
    const { queryKey: key, generation } = cache.current;
    const flightKey = `${key}|${generation}|${page}`;
    if (inflight.current.has(flightKey)) return;
    inflight.current.add(flightKey);
    fetchRef
      .current(page * PAGE_SIZE, PAGE_SIZE)
      .then(
        (result) => {
          if (cache.current.queryKey !== key || cache.current.generation !== generation) return;
          cache.current.pages.set(page, { generation, rows: result.rows });
          setStatus((s) => ({
            queryKey: key,
            total: result.total,
            version: s.version + 1,
          }));
        },
        (e: unknown) => {
          if (cache.current.queryKey !== key) return;
          setStatus((s) => ({
            ...s,
            queryKey: key,
            error: e instanceof Error ? e : new Error(String(e)),
          }));
        },
      )
      .finally(() => inflight.current.delete(flightKey));
  }, []);

  const ensureRange = useCallback(
    (start: number, end: number) => {
      lastRange.current = [start, end];
      const { pages, generation } = cache.current;
      const first = Math.floor(Math.max(0, start) / PAGE_SIZE);
      const last = Math.floor(Math.max(0, end) / PAGE_SIZE);
      for (let page = first; page <= last; page++) {
        if (pages.get(page)?.generation !== generation) loadPage(page);
      }
    },
    [loadPage],
  );

  // A new question: forget everything and ask for the first page.
  useEffect(() => {
    if (cache.current.queryKey !== queryKey || cache.current.pages.size === 0) {
      cache.current = {
        queryKey,
        generation: cache.current.generation + 1,
        pages: new Map(),
      };
      ensureRange(0, PAGE_SIZE - 1);
    }
  }, [queryKey, ensureRange]);

  // Same question, new data: keep showing the old rows until the visible pages come back fresh.
  const entityList = entities.join(',');
  useEffect(
    () =>
      onDataChanged((changed) => {
        if (!changed.some((e) => entityList.split(',').includes(e))) return;
        const [start, end] = lastRange.current;
        const keep = new Set<number>();
        for (let p = Math.floor(start / PAGE_SIZE); p <= Math.floor(end / PAGE_SIZE); p++) keep.add(p);
        cache.current.generation++;
        for (const page of [...cache.current.pages.keys()]) if (!keep.has(page)) cache.current.pages.delete(page);
        ensureRange(start, end);
      }),
    [entityList, ensureRange],
  );

  const version = status.version; // rows below are read from the cache; version makes them fresh
  const rowAt = useCallback(
    (index: number) => {
      void version;
      if (cache.current.queryKey !== queryKey) return undefined;
      return cache.current.pages.get(Math.floor(index / PAGE_SIZE))?.rows[index % PAGE_SIZE];
    },
    [queryKey, version],
  );
  const loadedRows = useCallback(() => {
    void version;
    return cache.current.queryKey === queryKey ? [...cache.current.pages.values()].flatMap((p) => p.rows) : [];
  }, [queryKey, version]);

  const current = status.queryKey === queryKey;
  return {
    total: current ? status.total : undefined,
    rowAt,
    ensureRange,
    error: current ? status.error : undefined,
    loadedRows,
  };
}
