// Keyboard moves on the board: Left/Right jump a whole column, Up/Down move within a column.
//
// dnd-kit's sortable default moves to the nearest droppable in the direction (a card of the next column, or the
// next column itself), so one key press did not always mean one column; and when the target lies past the
// middle of the scrolling board, its keyboard sensor scrolls the board instead of moving the card, by an amount
// the board cannot always scroll — the card then stays where it was. So here: the column the card is in comes
// from the board's data, the board is first scrolled (at once) to where the next column sits in the half the
// sensor accepts, and the card is placed on that column, measured after the scroll.
import type { KeyboardCoordinateGetter, UniqueIdentifier } from '@dnd-kit/core';
import { sortableKeyboardCoordinates } from '@dnd-kit/sortable';
import { COLUMN_ID_PREFIX } from './BoardColumn';

/** Cards by column (stage id), as the board shows them. */
export type BoardColumns = Record<number, ReadonlyArray<{ id: number }>>;

/** The column a card or a column id belongs to. */
export function columnOfId(id: UniqueIdentifier, columns: BoardColumns): number | null {
  if (typeof id === 'string' && id.startsWith(COLUMN_ID_PREFIX)) return Number(id.slice(COLUMN_ID_PREFIX.length));
  for (const [stageId, deals] of Object.entries(columns)) if (deals.some((d) => d.id === id)) return Number(stageId);
  return null;
}

/** `board` is read at each key press: the columns as they are then, and the stages in board order. */
export function boardKeyboardCoordinates(board: {
  readonly current: { columns: BoardColumns; stages: ReadonlyArray<{ id: number }>; element: HTMLElement | null };
}): KeyboardCoordinateGetter {
  return (event, args) => {
    if (event.code !== 'ArrowRight' && event.code !== 'ArrowLeft') return sortableKeyboardCoordinates(event, args);
    const right = event.code === 'ArrowRight';
    const { over, active, collisionRect } = args.context;
    // The element with focus may be gone: a card moved to another column is a new element there.
    const { columns, stages, element: boardEl } = board.current;
    const order = stages.map((s) => s.id);
    const current = columnOfId(over?.id ?? active?.id ?? args.active, columns);
    const next = current === null ? undefined : order[order.indexOf(current) + (right ? 1 : -1)];
    const fromEl = boardEl?.querySelector<HTMLElement>(`[data-stage-id="${current}"]`);
    const toEl = boardEl?.querySelector<HTMLElement>(`[data-stage-id="${next}"]`);
    if (next === undefined || !boardEl || !fromEl || !toEl || !collisionRect) return undefined;
    event.preventDefault();
    const offsetX = collisionRect.left - fromEl.getBoundingClientRect().left;
    const offsetY = collisionRect.top - fromEl.getBoundingClientRect().top;
    // Moving right, the sensor takes a card left of the board's middle; moving left, right of it.
    const area = boardEl.getBoundingClientRect();
    const middle = area.left + area.width / 2;
    const target = toEl.getBoundingClientRect().left + offsetX;
    const shift = right ? Math.max(0, target - (middle - 1)) : Math.min(0, target - (middle + 1));
    if (shift !== 0) boardEl.scrollLeft += shift;
    const landed = toEl.getBoundingClientRect();
    return { x: landed.left + offsetX, y: landed.top + offsetY };
  };
}
