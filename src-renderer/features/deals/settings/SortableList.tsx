// An ordered list the user rearranges: drag a row by its handle (mouse, touch, or the keyboard — Space picks it
// up, the arrows move it, Space drops it), or use its move up / move down buttons. Announcements are in the
// UI language. Rows are identified by a stable key; the list reports moves as (from, to) indexes.
import {
  type Announcements,
  closestCenter,
  DndContext,
  type DragEndEvent,
  KeyboardSensor,
  type Modifier,
  PointerSensor,
  type UniqueIdentifier,
  useSensor,
  useSensors,
} from '@dnd-kit/core';
import {
  SortableContext,
  sortableKeyboardCoordinates,
  useSortable,
  verticalListSortingStrategy,
} from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import { type ReactNode, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Icon } from '../../../components/Icon';
import { IconButton } from '../../../components/IconButton';

interface SortableListProps<T> {
  items: readonly T[];
  getKey: (item: T) => string;
  /** What the row is called in announcements and button labels. */
  getLabel: (item: T, index: number) => string;
  onMove: (from: number, to: number) => void;
  /** The row's fields, between the drag handle and the move buttons. */
  renderItem: (item: T, index: number) => ReactNode;
  /** Buttons after the move buttons (remove...). */
  renderActions?: (item: T, index: number) => ReactNode;
  label: string;
  className?: string;
}

/** Rows only move up and down. */
const verticalOnly: Modifier = ({ transform }) => ({ ...transform, x: 0 });

export function SortableList<T>({
  items,
  getKey,
  getLabel,
  onMove,
  renderItem,
  renderActions,
  label,
  className,
}: SortableListProps<T>) {
  const { t } = useTranslation();
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 4 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  );
  const keys = items.map(getKey);
  const indexOf = (id: UniqueIdentifier) => keys.indexOf(String(id));
  const nameOf = (id: UniqueIdentifier) => {
    const index = indexOf(id);
    const item = items[index];
    return item === undefined ? '' : getLabel(item, index);
  };
  const position = (id: UniqueIdentifier | undefined) => ({
    position: id === undefined ? 0 : indexOf(id) + 1,
    total: items.length,
  });
  const announcements: Announcements = {
    onDragStart: ({ active }) => t('dealSettings.dnd.pickedUp', { item: nameOf(active.id) }),
    onDragOver: ({ active, over }) =>
      over ? t('dealSettings.dnd.movedOver', { item: nameOf(active.id), ...position(over.id) }) : undefined,
    onDragEnd: ({ active, over }) =>
      over
        ? t('dealSettings.dnd.dropped', { item: nameOf(active.id), ...position(over.id) })
        : t('dealSettings.dnd.cancelled', { item: nameOf(active.id) }),
    onDragCancel: ({ active }) => t('dealSettings.dnd.cancelled', { item: nameOf(active.id) }),
  };
  const onDragEnd = ({ active, over }: DragEndEvent) => {
    if (!over || active.id === over.id) return;
    const from = indexOf(active.id);
    const to = indexOf(over.id);
    if (from >= 0 && to >= 0) onMove(from, to);
  };
  const modifiers = useMemo(() => [verticalOnly], []);

  return (
    <DndContext
      sensors={sensors}
      collisionDetection={closestCenter}
      modifiers={modifiers}
      onDragEnd={onDragEnd}
      accessibility={{
        announcements,
        screenReaderInstructions: { draggable: t('dealSettings.dnd.instructions') },
      }}
    >
      <SortableContext items={keys} strategy={verticalListSortingStrategy}>
        <ol className={`sortable-list ${className ?? ''}`} aria-label={label}>
          {items.map((item, index) => {
            const name = getLabel(item, index);
            return (
              <SortableRow
                key={keys[index]}
                id={keys[index]!}
                handleLabel={t('dealSettings.dnd.handle', { item: name })}
              >
                {renderItem(item, index)}
                <span className="sortable-moves">
                  <IconButton
                    icon="chevronUp"
                    label={t('dealSettings.dnd.moveUp', { item: name })}
                    disabled={index === 0}
                    onClick={() => onMove(index, index - 1)}
                  />
                  <IconButton
                    icon="chevronDown"
                    label={t('dealSettings.dnd.moveDown', { item: name })}
                    disabled={index === items.length - 1}
                    onClick={() => onMove(index, index + 1)}
                  />
                </span>
                {renderActions?.(item, index)}
              </SortableRow>
            );
          })}
        </ol>
      </SortableContext>
    </DndContext>
  );
}

function SortableRow({ id, handleLabel, children }: { id: string; handleLabel: string; children: ReactNode }) {
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, transition, isDragging } = useSortable({
    id,
  });
  return (
    <li
      ref={setNodeRef}
      className={`sortable-row ${isDragging ? 'is-dragging' : ''}`}
      style={{ transform: CSS.Translate.toString(transform), transition }}
    >
      <button
        ref={setActivatorNodeRef}
        type="button"
        className="drag-handle"
        {...attributes}
        {...listeners}
        aria-label={handleLabel}
        title={handleLabel}
      >
        <Icon name="grip" />
      </button>
      {children}
    </li>
  );
}
