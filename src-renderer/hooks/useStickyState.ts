// useState that survives leaving and coming back to a screen (kept in memory for this session), so a
// list keeps its filters when the user opens a contact and goes back.
import { type Dispatch, type SetStateAction, useCallback, useState } from 'react';

const memory = new Map<string, unknown>();

export function useStickyState<T>(key: string, initial: T): [T, Dispatch<SetStateAction<T>>] {
  const [value, setValue] = useState<T>(() => (memory.has(key) ? (memory.get(key) as T) : initial));
  const set = useCallback<Dispatch<SetStateAction<T>>>(
    (next) =>
      setValue((prev) => {
        const resolved = typeof next === 'function' ? (next as (p: T) => T)(prev) : next;
        memory.set(key, resolved);
        return resolved;
      }),
    [key],
  );
  return [value, set];
}

/** Forgets every remembered screen state (tests start each app fresh). */
export function resetStickyState(): void {
  memory.clear();
}
