// The kanban board: one column per stage. Cards are dragged between and within columns with the mouse or the
// keyboard (dnd-kit, with announcements for screen readers); a drop on Won or Lost first asks for the date (and
// the reason). The board moves the card at once and puts it back if main refuses.
import {
  closestCorners,
  DndContext,
  DragOverlay,
  KeyboardSensor,
  MeasuringStrategy,
  PointerSensor,
  useSensor,
  useSensors,
  type Announcements,
  type DragEndEvent,
  type DragOverEvent,
  type DragStartEvent,
  type UniqueIdentifier,
} from '@dnd-kit/core';
import { arrayMove } from '@dnd-kit/sortable';
import type { Board, DealCard, Stage } from '@shared/domain/deals';
import { useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMoveDeal } from '../useMoveDeal';
import { stageLabel } from '../names';
import { BoardColumn } from './BoardColumn';
import { boardKeyboardCoordinates, columnOfId } from './boardKeyboardCoordinates';
import { CloseDealDialog, type Closing } from './CloseDealDialog';
import { DealCardView } from './DealCardView';

type Columns = Record<number, DealCard[]>;

const toColumns = (board: Board): Columns =>
  Object.fromEntries(board.columns.map((c) => [c.stageId, c.deals])) as Columns;

interface PendingClose {
  deal: DealCard;
  stage: Stage;
  beforeId: number | null;
}

export function DealBoard({
  board,
  stages,
  currency,
  today,
  staleDays,
  showsRecentClosedOnly,
  onQuickAdd,
  onLoadMore,
}: {
  board: Board;
  stages: Stage[];
  currency: string;
  today: string;
  staleDays: number;
  showsRecentClosedOnly: boolean;
  onQuickAdd: (stage: Stage, title: string) => Promise<void>;
  /** A column was scrolled to the end of the cards it has, and holds more. */
  onLoadMore: () => void;
}) {
  const { t } = useTranslation();
  const [columns, setColumns] = useState<Columns>(() => toColumns(board));
  const [active, setActive] = useState<{ deal: DealCard; from: number } | null>(null);
  const [pending, setPending] = useState<PendingClose | null>(null);
  /** The column under the dragged card (over the column or over one of its cards), highlighted. */
  const [overStage, setOverStage] = useState<number | null>(null);
  // New data from main replaces the local order, except in the middle of a drag or a pending close.
  const [source, setSource] = useState(board);
  if (source !== board && active === null && pending === null) {
    setSource(board);
    setColumns(toColumns(board));
  }

  // The keyboard's column steps read the board as it is now (the card may already sit in another column).
  const boardRef = useRef<HTMLDivElement>(null);
  const latest = useRef({ columns, stages, element: null as HTMLElement | null });
  useLayoutEffect(() => {
    latest.current = { columns, stages, element: boardRef.current };
  });
  // The getter keeps the ref and reads it only when a key is pressed, never while rendering.
  // eslint-disable-next-line react-hooks/refs
  const coordinateGetter = useMemo(() => boardKeyboardCoordinates(latest), []);
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 6 } }),
    // Scrolling the board to the next column at once (not smoothly) keeps each key press one column.
    useSensor(KeyboardSensor, { coordinateGetter, scrollBehavior: 'auto' }),
  );
  const stageById = useMemo(() => new Map(stages.map((s) => [s.id, s])), [stages]);
  const nameOf = (stageId: number) => {
    const stage = stageById.get(stageId);
    return stage ? stageLabel(t, stage) : '';
  };

  const containerOf = (id: UniqueIdentifier, cols: Columns = columns) => columnOfId(id, cols);
  const dealById = (id: UniqueIdentifier) =>
    Object.values(columns)
      .flat()
      .find((d) => d.id === id);

  const onDragStart = ({ active: a }: DragStartEvent) => {
    const deal = dealById(a.id);
    const from = containerOf(a.id);
    if (deal && from !== null) setActive({ deal, from });
  };

  // Across columns the card moves while dragging, so the target column makes room where it will land.
  const onDragOver = ({ active: a, over }: DragOverEvent) => {
    setOverStage(over ? containerOf(over.id) : null);
    if (!over) return;
    setColumns((cols) => {
      const from = containerOf(a.id, cols);
      const to = containerOf(over.id, cols);
      if (from === null || to === null || from === to) return cols;
      const moving = cols[from]!.find((d) => d.id === a.id)!;
      const target = cols[to] ?? [];
      const overIndex = target.findIndex((d) => d.id === over.id);
      const index = overIndex >= 0 ? overIndex : target.length;
      return {
        ...cols,
        [from]: cols[from]!.filter((d) => d.id !== a.id),
        [to]: [...target.slice(0, index), { ...moving, stageId: to }, ...target.slice(index)],
      };
    });
  };

  const revert = () => setColumns(toColumns(board));

  const moveDeal = useMoveDeal();
  // The card already shows where it went; it goes back if main refuses.
  const send = async (deal: DealCard, stage: Stage, beforeId: number | null, closing?: Closing) => {
    if (!(await moveDeal(deal, stage, { beforeId, ...(closing ? { closing } : {}) }))) revert();
  };

  const onDragEnd = ({ active: a, over }: DragEndEvent) => {
    const started = active;
    setActive(null);
    setOverStage(null);
    if (!started || !over) return revert();
    const to = containerOf(over.id);
    if (to === null) return revert();
    let list = columns[to] ?? [];
    const oldIndex = list.findIndex((d) => d.id === a.id);
    const overIndex = list.findIndex((d) => d.id === over.id);
    if (oldIndex >= 0 && overIndex >= 0 && oldIndex !== overIndex) {
      list = arrayMove(list, oldIndex, overIndex);
      setColumns((cols) => ({ ...cols, [to]: list }));
    }
    const index = list.findIndex((d) => d.id === a.id);
    // At the end of what the column shows, the card lands before the first one it does not show yet.
    const beforeId = list[index + 1]?.id ?? board.columns.find((c) => c.stageId === to)?.nextId ?? null;
    const stage = stageById.get(to);
    if (!stage) return revert();
    const original = started.deal;
    if (
      to === started.from &&
      index === (board.columns.find((c) => c.stageId === to)?.deals ?? []).findIndex((d) => d.id === a.id)
    )
      return; // dropped where it was
    if (stage.kind !== 'open' && to !== started.from) {
      setPending({ deal: original, stage, beforeId });
      return;
    }
    void send(original, stage, beforeId);
  };

  const announcements: Announcements = {
    onDragStart: ({ active: a }) => t('board.drag.picked', { title: dealById(a.id)?.title ?? '' }),
    onDragOver: ({ active: a, over }) =>
      over
        ? t('board.drag.over', { title: dealById(a.id)?.title ?? '', stage: nameOf(containerOf(over.id) ?? 0) })
        : t('board.drag.overNothing', { title: dealById(a.id)?.title ?? '' }),
    onDragEnd: ({ active: a, over }) =>
      over
        ? t('board.drag.dropped', { title: dealById(a.id)?.title ?? '', stage: nameOf(containerOf(over.id) ?? 0) })
        : t('board.drag.cancelled', { title: dealById(a.id)?.title ?? '' }),
    onDragCancel: ({ active: a }) => t('board.drag.cancelled', { title: dealById(a.id)?.title ?? '' }),
  };

  return (
    <>
      <DndContext
        sensors={sensors}
        collisionDetection={closestCorners}
        // Columns and cards are measured afresh while dragging: the board scrolls under a keyboard drag.
        measuring={{ droppable: { strategy: MeasuringStrategy.Always } }}
        onDragStart={onDragStart}
        onDragOver={onDragOver}
        onDragEnd={onDragEnd}
        onDragCancel={() => {
          setActive(null);
          setOverStage(null);
          revert();
        }}
        accessibility={{ announcements, screenReaderInstructions: { draggable: t('board.drag.instructions') } }}
      >
        <div className="board" role="region" aria-label={t('board.title')} ref={boardRef}>
          {stages.map((stage) => (
            <BoardColumn
              key={stage.id}
              stage={stage}
              stageName={stageLabel(t, stage)}
              column={board.columns.find((c) => c.stageId === stage.id)}
              deals={columns[stage.id] ?? []}
              currency={currency}
              closedNote={stage.kind !== 'open' && showsRecentClosedOnly ? t('board.column.recentlyClosed') : null}
              today={today}
              staleDays={staleDays}
              isTarget={active !== null && overStage === stage.id}
              onLoadMore={onLoadMore}
              onQuickAdd={stage.kind === 'open' ? (title) => onQuickAdd(stage, title) : null}
            />
          ))}
        </div>
        <DragOverlay dropAnimation={null}>
          {active && (
            <div className="deal-card-overlay">
              <DealCardView deal={active.deal} today={today} staleDays={staleDays} stageName={nameOf(active.from)} />
            </div>
          )}
        </DragOverlay>
      </DndContext>
      {pending && (
        <CloseDealDialog
          title={pending.deal.title}
          stage={pending.stage}
          today={today}
          onClose={() => {
            setPending(null);
            revert();
          }}
          onConfirm={async (closing) => {
            await send(pending.deal, pending.stage, pending.beforeId, closing);
            setPending(null);
          }}
        />
      )}
    </>
  );
}
