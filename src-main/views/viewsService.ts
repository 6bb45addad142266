// Saved views: named filters + sorts. Stored as JSON validated by the same schemas the lists accept, so a view
// saved today opens (or is reported unreadable) after any later upgrade.
import { RapportError } from '@shared/api/result';
import type { SavedView } from '@shared/domain/views';
import { companyFilter, companySort, contactFilter, contactSort } from '@shared/validation/filters';
import type { ParsedInput } from '@shared/api/contract';
import type { AppContext } from '../context';
import { nowIso } from '../context';
import type { SavedViewRow } from '../db/schema';
import {
  deleteViewRow,
  findViewIdByName,
  findViewRow,
  insertViewRow,
  listViewRows,
  updateViewQuery,
} from './viewsRepository';

function toView(row: SavedViewRow): SavedView | null {
  const filterJson: unknown = JSON.parse(row.filter_json);
  const sortJson: unknown = JSON.parse(row.sort_json);
  const base = { id: row.id, name: row.name, createdAt: row.created_at };
  if (row.entity === 'contact') {
    const filter = contactFilter.safeParse(filterJson);
    const sort = contactSort.safeParse(sortJson);
    return filter.success && sort.success ? { ...base, entity: 'contact', filter: filter.data, sort: sort.data } : null;
  }
  const filter = companyFilter.safeParse(filterJson);
  const sort = companySort.safeParse(sortJson);
  return filter.success && sort.success ? { ...base, entity: 'company', filter: filter.data, sort: sort.data } : null;
}

export async function listViews(ctx: AppContext, entity: 'contact' | 'company'): Promise<SavedView[]> {
  const rows = await listViewRows(ctx.db, entity);
  return rows.map(toView).filter((v): v is SavedView => v !== null);
}

export async function getView(ctx: AppContext, id: number): Promise<SavedView> {
  const row = await findViewRow(ctx.db, id);
  const view = row ? toView(row) : null;
  if (!view) throw new RapportError('not_found', `Saved view ${id} was not found.`);
  return view;
}

/** Saves a view; a view with the same name and entity is replaced (the user re-saved it). */
export async function saveView(ctx: AppContext, input: ParsedInput<'views.save'>): Promise<SavedView> {
  const values = { filter_json: JSON.stringify(input.filter), sort_json: JSON.stringify(input.sort) };
  const id = await ctx.db.transaction().execute(async (trx) => {
    const existing = await findViewIdByName(trx, input.entity, input.name);
    if (existing) {
      await updateViewQuery(trx, existing.id, values);
      return existing.id;
    }
    return insertViewRow(trx, { ...values, name: input.name, entity: input.entity, created_at: nowIso(ctx) });
  });
  return getView(ctx, id);
}

export async function deleteView(ctx: AppContext, id: number): Promise<{ count: number }> {
  if ((await deleteViewRow(ctx.db, id)) === 0) throw new RapportError('not_found', `Saved view ${id} was not found.`);
  return { count: 1 };
}
