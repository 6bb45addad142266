// Keyboard moves on the board: Left/Right jump a whole column (to the top of its cards), Up/Down move within
// a column. dnd-kit's sortable default moves to the nearest droppable in the direction — a card of the next
// column, or the next column itself — so one key press did not always mean one column.
import type { KeyboardCoordinateGetter } from '@dnd-kit/core';
import { sortableKeyboardCoordinates } from '@dnd-kit/sortable';
import { COLUMN_ID_PREFIX } from './BoardColumn';

export const boardKeyboardCoordinates: KeyboardCoordinateGetter = (event, args) => {
  if (event.code !== 'ArrowRight' && event.code !== 'ArrowLeft') return sortableKeyboardCoordinates(event, args);
  const { collisionRect, droppableRects, droppableContainers } = args.context;
  if (!collisionRect) return undefined;
  const columns = droppableContainers
    .getEnabled()
    .filter((c) => String(c.id).startsWith(COLUMN_ID_PREFIX))
    .flatMap((c) => {
      const rect = droppableRects.get(c.id);
      return rect ? [rect] : [];
    })
    .sort((a, b) => a.left - b.left);
  const centre = collisionRect.left + collisionRect.width / 2;
  // The column the card is in: the one its centre is over, else the nearest.
  let current = columns.findIndex((r) => centre >= r.left && centre <= r.left + r.width);
  if (current < 0) {
    const distances = columns.map((r) => Math.abs(r.left + r.width / 2 - centre));
    current = distances.indexOf(Math.min(...distances));
  }
  const next = columns[current + (event.code === 'ArrowRight' ? 1 : -1)];
  if (!next) return undefined;
  event.preventDefault();
  return {
    x: args.currentCoordinates.x + (next.left + next.width / 2 - centre),
    y: args.currentCoordinates.y + (next.top + 2 - collisionRect.top),
  };
};
