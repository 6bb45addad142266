// One stage of the board: its header (count, total, weighted total), quick add, and its cards — rendered only
// while on screen when a column is long, so a stage with thousands of deals scrolls smoothly.
import { useDroppable } from '@dnd-kit/core';
import { SortableContext, useSortable, verticalListSortingStrategy } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import type { BoardColumn as Column, DealCard, Stage } from '@shared/domain/deals';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { IconButton } from '../../../components/IconButton';
import { useFormat } from '../../../i18n/useFormat';
import { DealCardView } from './DealCardView';

/** Columns up to this long render every card; longer ones render the visible ones. */
const VIRTUALISE_FROM = 40;
const ESTIMATED_CARD = 96;

export const COLUMN_ID_PREFIX = 'stage-';
export const columnId = (stageId: number) => `${COLUMN_ID_PREFIX}${stageId}`;

function SortableCard(props: {
  deal: DealCard;
  today: string;
  staleDays: number;
  stageName: string;
  /** Where a virtualised column places the card, and how it measures it. */
  place?: { index: number; top: number; measure: (node: Element | null) => void };
}) {
  const { t } = useTranslation();
  const { attributes, listeners, setNodeRef, transform, transition, isDragging } = useSortable({
    id: props.deal.id,
    data: { stageId: props.deal.stageId },
    attributes: { roleDescription: t('board.card.role') },
  });
  const { place } = props;
  return (
    <li
      ref={(node) => {
        setNodeRef(node);
        place?.measure(node);
      }}
      data-index={place?.index}
      className={`deal-card-slot ${isDragging ? 'is-dragging' : ''}`}
      style={{
        transform: CSS.Translate.toString(transform),
        transition,
        ...(place ? { position: 'absolute', top: place.top, left: 0, right: 0 } : {}),
      }}
      {...attributes}
      {...listeners}
    >
      <DealCardView deal={props.deal} today={props.today} staleDays={props.staleDays} stageName={props.stageName} />
    </li>
  );
}

export function BoardColumn({
  stage,
  stageName,
  column,
  deals,
  currency,
  closedNote,
  today,
  staleDays,
  isTarget,
  onQuickAdd,
  onLoadMore,
}: {
  stage: Stage;
  stageName: string;
  column: Column | undefined;
  deals: DealCard[];
  currency: string;
  closedNote: string | null;
  today: string;
  staleDays: number;
  /** The dragged card is over this column (or one of its cards). */
  isTarget: boolean;
  onQuickAdd: ((title: string) => Promise<void>) | null;
  onLoadMore: () => void;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const { setNodeRef, isOver } = useDroppable({ id: columnId(stage.id), data: { stageId: stage.id } });
  const scrollRef = useRef<HTMLDivElement>(null);
  const [adding, setAdding] = useState(false);
  const [title, setTitle] = useState('');
  const virtual = deals.length >= VIRTUALISE_FROM;
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: virtual ? deals.length : 0,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ESTIMATED_CARD,
    overscan: 6,
    getItemKey: (i) => deals[i]?.id ?? i,
  });
  // Near the end of the cards loaded, while the column holds more: ask for the next ones (once per length).
  const lastShown = virtual ? (virtualizer.getVirtualItems().at(-1)?.index ?? 0) : deals.length - 1;
  const wantsMore = (column?.count ?? 0) > deals.length && lastShown >= deals.length - 8;
  const [askedAt, setAskedAt] = useState(-1);
  if (wantsMore && askedAt !== deals.length) {
    setAskedAt(deals.length);
    queueMicrotask(onLoadMore);
  }
  const totals = column?.totals ?? [];
  const main = totals.find((x) => x.currency === currency) ?? totals[0];
  const others = totals.filter((x) => x !== main);
  const headingId = `column-heading-${stage.id}`;

  const card = (deal: DealCard, place?: { index: number; top: number }) => (
    <SortableCard
      key={deal.id}
      deal={deal}
      today={today}
      staleDays={staleDays}
      stageName={stageName}
      place={place && { ...place, measure: virtualizer.measureElement }}
    />
  );

  return (
    <section
      className={`board-column kind-${stage.kind} ${isOver || isTarget ? 'is-over' : ''}`}
      aria-labelledby={headingId}
      data-stage-id={stage.id}
    >
      <header className="board-column-header">
        <div className="board-column-title">
          <h2 id={headingId}>{stageName}</h2>
          <span className="board-column-count">{t('board.column.deals', { count: column?.count ?? 0 })}</span>
          {onQuickAdd && (
            <IconButton
              icon="plus"
              label={t('board.column.quickAdd', { stage: stageName })}
              className="board-quick-add"
              onClick={() => setAdding((a) => !a)}
            />
          )}
        </div>
        <div className="board-column-totals">
          <strong>{format.money(main?.amount ?? 0, main?.currency ?? currency)}</strong>
          {stage.kind === 'open' && main && (
            <span>{t('board.column.weighted', { amount: format.money(main.weighted, main.currency) })}</span>
          )}
          {closedNote && <span>{closedNote}</span>}
          {others.length > 0 && (
            <span className="board-column-others">
              {t('board.column.otherCurrencies', {
                amounts: others.map((o) => format.money(o.amount, o.currency)).join(t('common.listSeparator')),
              })}
            </span>
          )}
        </div>
        <div className="board-column-bar" style={{ ['--probability' as string]: `${stage.probability}%` }} />
      </header>
      {adding && onQuickAdd && (
        <form
          className="board-quick-add-form"
          onSubmit={(e) => {
            e.preventDefault();
            const value = title.trim();
            if (value === '') return;
            void onQuickAdd(value).then(() => setTitle(''));
          }}
        >
          <input
            className="input"
            autoFocus
            aria-label={t('board.column.quickAdd', { stage: stageName })}
            placeholder={t('board.column.quickAddPlaceholder')}
            value={title}
            maxLength={200}
            onChange={(e) => setTitle(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'Escape') {
                e.stopPropagation();
                setAdding(false);
              }
            }}
          />
        </form>
      )}
      <div className="board-column-scroll" ref={scrollRef}>
        <SortableContext id={columnId(stage.id)} items={deals.map((d) => d.id)} strategy={verticalListSortingStrategy}>
          <ul
            ref={setNodeRef}
            className={`board-cards ${virtual ? 'is-virtual' : ''}`}
            aria-labelledby={headingId}
            style={virtual ? { height: virtualizer.getTotalSize() } : undefined}
          >
            {virtual
              ? virtualizer
                  .getVirtualItems()
                  .map((item) => card(deals[item.index]!, { index: item.index, top: item.start }))
              : deals.map((deal) => card(deal))}
            {deals.length === 0 && (
              <li className="board-column-empty">
                {stage.kind === 'open'
                  ? t('board.column.empty')
                  : t('board.column.emptyClosed', { stage: stageName.toLowerCase() })}
              </li>
            )}
          </ul>
        </SortableContext>
      </div>
    </section>
  );
}
