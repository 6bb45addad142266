// The filter and sort a list shows. The user's own choice is remembered for the session; a saved view opened
// from the sidebar (?view=ID) is shown on top of it without overwriting it, so going back to the plain list
// brings back what the user had. Editing the filter or sort while in a view leaves the view and makes the
// edited query the user's own.
import type { SavedView } from '@shared/domain/views';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { api } from '../../api/api';
import { useToast } from '../../components/useToast';
import { cleanFilter } from './listFilter';
import { useStickyState } from '../../hooks/useStickyState';
import { useSavedViewFromUrl } from './useSavedViewFromUrl';

/** Clicking a column: same column flips the direction; a new one starts ascending (dates newest first). */
export function nextSortFor<S extends { field: string; direction: 'asc' | 'desc' }>(
  current: S,
  field: S['field'],
  descendingFirst: ReadonlySet<string>,
): S {
  if (current.field === field) return { ...current, direction: current.direction === 'asc' ? 'desc' : 'asc' };
  return { ...current, field, direction: descendingFirst.has(field) ? 'desc' : 'asc' };
}

export function useListQuery<V extends SavedView>(entity: V['entity'], storageKey: string, defaultSort: V['sort']) {
  const { t } = useTranslation();
  const toast = useToast();
  const navigate = useNavigate();
  const [ownFilter, setOwnFilter] = useStickyState<V['filter']>(`${storageKey}.filter`, {});
  const [ownSort, setOwnSort] = useStickyState<V['sort']>(`${storageKey}.sort`, defaultSort);
  const [fromView, setFromView] = useState<{ id: number; filter: V['filter']; sort: V['sort'] } | null>(null);
  const { view, leaveView } = useSavedViewFromUrl<V>(entity, (v) =>
    setFromView({ id: v.id, filter: v.filter, sort: v.sort }),
  );

  const active = view && fromView?.id === view.id ? fromView : null;
  const filter = active ? active.filter : ownFilter;
  const sort = active ? active.sort : ownSort;

  const adopt = useCallback(
    (next: { filter: V['filter']; sort: V['sort'] }) => {
      leaveView();
      setFromView(null);
      setOwnFilter(next.filter);
      setOwnSort(next.sort);
    },
    [leaveView, setOwnFilter, setOwnSort],
  );
  const setFilter = useCallback((next: V['filter']) => adopt({ filter: next, sort }), [adopt, sort]);
  const setSort = useCallback((next: V['sort']) => adopt({ filter, sort: next }), [adopt, filter]);

  /** Saves what the list shows as a named view and opens it (its link appears in the sidebar). */
  const saveAsView = useCallback(
    async (name: string) => {
      const saved = await api.views.save({ entity, name, filter: cleanFilter(filter), sort } as Parameters<
        typeof api.views.save
      >[0]);
      toast.show({ message: t('filters.viewSaved', { name }) });
      void navigate(`/${storageKey}?view=${saved.id}`);
    },
    [entity, filter, sort, storageKey, toast, t, navigate],
  );

  return { view, filter, sort, setFilter, setSort, saveAsView };
}
