// Opens the saved view named in the address (?view=ID): applies its filter and sort once per visit, and
// leaves it (drops ?view) when the user changes the filter or sort by hand.
import type { SavedView } from '@shared/domain/views';
import { useCallback, useEffect, useLayoutEffect, useRef } from 'react';
import { useSearchParams } from 'react-router';
import { api } from '../../api/api';
import { useApiQuery } from '../../api/useApiQuery';

export function useSavedViewFromUrl<V extends SavedView>(
  entity: V['entity'],
  apply: (view: V) => void,
): { view: V | undefined; leaveView: () => void } {
  const [params, setParams] = useSearchParams();
  const viewId = Number(params.get('view')) || null;
  const { data: views } = useApiQuery(`views:${entity}`, () => api.views.list({ entity }), ['view']);
  const view = views?.find((v) => v.id === viewId) as V | undefined;
  const applied = useRef<number | null>(null);
  const applyRef = useRef(apply);
  useLayoutEffect(() => {
    applyRef.current = apply;
  });

  useEffect(() => {
    if (view && applied.current !== view.id) {
      applied.current = view.id;
      applyRef.current(view);
    }
    if (!viewId) applied.current = null;
  }, [view, viewId]);

  // Once the user changes the filter or sort by hand, they are no longer looking at the saved view.
  const leaveView = useCallback(() => {
    if (!params.has('view')) return;
    const next = new URLSearchParams(params);
    next.delete('view');
    setParams(next, { replace: true });
  }, [params, setParams]);

  return { view, leaveView };
}
