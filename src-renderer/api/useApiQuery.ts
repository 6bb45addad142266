// Loads data through the api and reloads it whenever the inputs (key) change or the data changes.
// Keeps showing the previous value while reloading, and ignores answers that arrive out of order.
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { type ChangedEntity, onDataChanged } from './dataEvents';

export interface QueryState<T> {
  data: T | undefined;
  error: Error | undefined;
  /** True until the first answer for the current key has arrived. */
  loading: boolean;
  reload: () => void;
}

export function useApiQuery<T>(
  key: string | null,
  load: () => Promise<T>,
  entities?: readonly ChangedEntity[],
): QueryState<T> {
  const [state, setState] = useState<{
    key: string | null;
    data?: T;
    error?: Error;
  } | null>(null);
  const loadRef = useRef(load);
  useLayoutEffect(() => {
    loadRef.current = load;
  });
  const sequence = useRef(0);

  const run = useCallback(() => {
    if (key === null) return;
    const mine = ++sequence.current;
    loadRef.current().then(
      (data) => mine === sequence.current && setState({ key, data }),
      (error: unknown) =>
        mine === sequence.current &&
        setState({
          key,
          error: error instanceof Error ? error : new Error(String(error)),
        }),
    );
  }, [key]);

  useEffect(() => {
    run();
  }, [run]);

  const entityList = entities?.join(',');
  useEffect(
    () =>
      onDataChanged((changed) => {
        if (!entityList || changed.some((e) => entityList.split(',').includes(e))) run();
      }),
    [run, entityList],
  );

  // An answer for another key answers another question: do not show it.
  const current = state !== null && state.key === key;
  return {
    data: current ? state.data : undefined,
    error: current ? state.error : undefined,
    loading: key !== null && !current,
    reload: run,
  };
}
