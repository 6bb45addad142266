// A table that renders only the rows on screen (@tanstack/react-virtual), so 100,000 rows scroll smoothly.
// Rows come from a paged source: a missing row shows a placeholder while its page loads.
import { useVirtualizer } from '@tanstack/react-virtual';
import { type MouseEvent, type ReactNode, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useMediaQuery } from '../hooks/useMediaQuery';
import { Icon } from './Icon';

export interface Column<Row> {
  key: string;
  header: string;
  /** CSS grid track, e.g. "2fr" or "120px". */
  width: string;
  sortField?: string;
  render: (row: Row) => ReactNode;
  className?: string;
  /** Shown only when the window is wide enough. */
  optional?: boolean;
}

export interface VirtualTableProps<Row> {
  label: string;
  columns: Column<Row>[];
  rowCount: number;
  rowAt: (index: number) => Row | undefined;
  ensureRange: (start: number, end: number) => void;
  rowKey: (row: Row) => number;
  rowLabel: (row: Row) => string;
  onOpen: (row: Row) => void;
  sort: { field: string; direction: 'asc' | 'desc' };
  onSort: (field: string) => void;
  selected?: ReadonlySet<number>;
  onToggleRow?: (index: number, row: Row, event: { shiftKey: boolean }) => void;
  onToggleAll?: () => void;
  allSelected?: boolean;
}

const ROW_HEIGHT = 44;

export function VirtualTable<Row>(props: VirtualTableProps<Row>) {
  const { t } = useTranslation();
  const wide = useMediaQuery('(min-width: 1180px)');
  const columns = wide ? props.columns : props.columns.filter((c) => !c.optional);
  const { rowCount, rowAt, ensureRange, rowKey, onOpen, sort, onSort, selected, onToggleRow } = props;
  const scrollRef = useRef<HTMLDivElement>(null);
  const selectable = onToggleRow !== undefined;
  const template = `${selectable ? '40px ' : ''}${columns.map((c) => c.width).join(' ')}`;

  // TanStack Virtual is not React-Compiler-safe; Rapport does not use the compiler, so this is only a notice.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: rowCount,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
  });
  const items = virtualizer.getVirtualItems();
  const first = items[0]?.index ?? 0;
  const last = items[items.length - 1]?.index ?? 0;

  useEffect(() => {
    if (rowCount > 0) ensureRange(first, last);
  }, [first, last, rowCount, ensureRange]);

  const onRowClick = (event: MouseEvent, index: number, row: Row) => {
    if ((event.target as HTMLElement).closest('input, button, a')) return;
    if (selectable && (event.shiftKey || event.metaKey || event.ctrlKey)) {
      event.preventDefault();
      onToggleRow?.(index, row, { shiftKey: event.shiftKey });
      return;
    }
    onOpen(row);
  };

  return (
    <div className="vt" role="table" aria-label={props.label} aria-rowcount={rowCount + 1}>
      <div className="vt-header" role="rowgroup">
        <div className="vt-row vt-head-row" role="row" aria-rowindex={1} style={{ gridTemplateColumns: template }}>
          {selectable && (
            <div role="columnheader" className="vt-cell vt-check">
              <input
                type="checkbox"
                aria-label={t('common.selectAll')}
                checked={props.allSelected ?? false}
                onChange={() => props.onToggleAll?.()}
              />
            </div>
          )}
          {columns.map((column) => {
            const active = column.sortField !== undefined && sort.field === column.sortField;
            return (
              <div
                key={column.key}
                role="columnheader"
                className={`vt-cell ${column.className ?? ''}`}
                aria-sort={
                  active
                    ? sort.direction === 'asc'
                      ? 'ascending'
                      : 'descending'
                    : column.sortField
                      ? 'none'
                      : undefined
                }
              >
                {column.sortField ? (
                  <button type="button" className="vt-sort" onClick={() => onSort(column.sortField!)}>
                    {column.header}
                    {active && <Icon name={sort.direction === 'asc' ? 'chevronUp' : 'chevronDown'} size={13} />}
                  </button>
                ) : (
                  column.header
                )}
              </div>
            );
          })}
        </div>
      </div>
      <div ref={scrollRef} className="vt-scroll" role="rowgroup">
        <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
          {items.map((item) => {
            const row = rowAt(item.index);
            const key = row ? rowKey(row) : undefined;
            const isSelected = key !== undefined && (selected?.has(key) ?? false);
            return (
              <div
                key={item.key}
                role="row"
                aria-rowindex={item.index + 2}
                aria-selected={selectable ? isSelected : undefined}
                className={`vt-row ${row ? 'vt-body-row' : 'vt-placeholder'} ${isSelected ? 'is-selected' : ''}`}
                style={{
                  gridTemplateColumns: template,
                  transform: `translateY(${item.start}px)`,
                  height: ROW_HEIGHT,
                }}
                onClick={row ? (e) => onRowClick(e, item.index, row) : undefined}
              >
                {selectable && (
                  <div role="cell" className="vt-cell vt-check">
                    {row && (
                      <input
                        type="checkbox"
                        aria-label={t('common.selectRow', {
                          name: props.rowLabel(row),
                        })}
                        checked={isSelected}
                        onChange={() => {}}
                        onClick={(e) =>
                          onToggleRow?.(item.index, row, {
                            shiftKey: e.shiftKey,
                          })
                        }
                      />
                    )}
                  </div>
                )}
                {columns.map((column) => (
                  <div key={column.key} role="cell" className={`vt-cell ${column.className ?? ''}`}>
                    {row ? column.render(row) : <span className="skeleton" aria-hidden="true" />}
                  </div>
                ))}
              </div>
            );
          })}
        </div>
      </div>
    </div>
  );
}
