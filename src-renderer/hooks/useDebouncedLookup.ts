// Asks main something about what the user is typing, once they pause: the answer for an older value is
// dropped, and nothing is shown for a value that has not been answered yet.
import { useEffect, useState } from 'react';
import { useDebouncedValue } from './useDebouncedValue';

export function useDebouncedLookup<T>(
  key: string,
  lookup: (key: string) => Promise<T[]>,
  options: { skip: (key: string) => boolean; delayMs?: number },
): T[] {
  const debounced = useDebouncedValue(key, options.delayMs ?? 350);
  const [found, setFound] = useState<{ key: string; hits: T[] }>({ key: '', hits: [] });
  const { skip } = options;
  useEffect(() => {
    if (skip(debounced)) return;
    let current = true;
    lookup(debounced).then(
      (hits) => current && setFound({ key: debounced, hits }),
      () => current && setFound({ key: debounced, hits: [] }),
    );
    return () => {
      current = false;
    };
    // `lookup` and `skip` are read for the current key only; a new function each render must not refetch.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [debounced]);
  return found.key === debounced ? found.hits : [];
}
