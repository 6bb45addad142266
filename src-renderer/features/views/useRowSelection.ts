// Multi-select over a virtualised list: click toggles one row, shift-click selects the range from the last
// clicked row. Selection is by id so it survives scrolling and page reloads.
import { useCallback, useRef, useState } from 'react';

export function useRowSelection<Row>(rowAt: (index: number) => Row | undefined, idOf: (row: Row) => number) {
  const [selected, setSelected] = useState<ReadonlySet<number>>(new Set());
  const anchor = useRef<number | null>(null);

  const toggle = useCallback(
    (index: number, row: Row, { shiftKey }: { shiftKey: boolean }) => {
      setSelected((current) => {
        const next = new Set(current);
        if (shiftKey && anchor.current !== null) {
          const [from, to] = anchor.current < index ? [anchor.current, index] : [index, anchor.current];
          for (let i = from; i <= to; i++) {
            const r = rowAt(i);
            if (r) next.add(idOf(r));
          }
        } else if (next.has(idOf(row))) next.delete(idOf(row));
        else next.add(idOf(row));
        return next;
      });
      anchor.current = index;
    },
    [rowAt, idOf],
  );

  const clear = useCallback(() => {
    setSelected(new Set());
    anchor.current = null;
  }, []);

  /** What a VirtualTable needs for its checkboxes; the header box selects the rows loaded so far. */
  const tableProps = (loaded: readonly Row[]) => {
    const allSelected = loaded.length > 0 && loaded.every((r) => selected.has(idOf(r)));
    return {
      selected,
      onToggleRow: toggle,
      allSelected,
      onToggleAll: () => setSelected(allSelected ? new Set() : new Set(loaded.map(idOf))),
    };
  };

  return { selected, setSelected, toggle, clear, tableProps };
}
