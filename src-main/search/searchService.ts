// Global search (Ctrl/Cmd+K): ranked hits mapped to DTOs.
import type { SearchHit } from '@shared/domain/search';
import type { AppContext } from '../context';
import { searchDocuments } from './searchRepository';

export async function globalSearch(ctx: Pick<AppContext, 'db'>, q: string, limit: number): Promise<SearchHit[]> {
  const rows = await searchDocuments(ctx.db, q, limit);
  return rows.map((r) => ({ entityType: r.entityType, id: r.entityId, title: r.title, subtitle: r.subtitle }));
}
