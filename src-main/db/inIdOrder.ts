// `where id in (…)` returns rows in whatever order SQLite likes; pages, search hits and loads must come back in
// the order the caller asked for. Ids with no row (deleted meanwhile) are left out.
export function inIdOrder<R extends { id: number }, T>(
  ids: readonly number[],
  rows: readonly R[],
  map: (row: R) => T,
): T[] {
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.flatMap((id) => {
    const row = byId.get(id);
    return row ? [map(row)] : [];
  });
}
