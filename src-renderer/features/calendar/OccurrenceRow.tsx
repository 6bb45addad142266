// One calendar occurrence in a list (a record's calendar, Today): the done box for tasks and follow-ups, the
// title and what to know about it, opening the item on click.
import type { CalendarOccurrence } from '@shared/domain/calendar';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/api';

export const isTodo = (o: CalendarOccurrence) => o.kind === 'task' || o.kind === 'follow_up';

export function OccurrenceRow({
  occurrence: o,
  time,
  meta,
  badge,
  onOpen,
}: {
  occurrence: CalendarOccurrence;
  /** Shown before the title (Today's times). */
  time?: string;
  /** The line under the title. */
  meta: ReactNode;
  badge?: ReactNode;
  onOpen: (o: CalendarOccurrence) => void;
}) {
  const { t } = useTranslation();
  return (
    <li className={`record-item ${o.doneAt ? 'is-done' : ''}`}>
      {isTodo(o) && (
        <input
          type="checkbox"
          aria-label={t('calendar.doneBox', { title: o.title })}
          checked={o.doneAt !== null}
          onChange={(e) =>
            void api.calendar.setDone({ id: o.eventId, occurrence: o.occurrence, done: e.target.checked })
          }
        />
      )}
      {time !== undefined && <span className="today-time">{time}</span>}
      <button type="button" className="record-item-open" onClick={() => onOpen(o)}>
        <span className="record-item-title">{o.title}</span>
        <span className="record-item-meta">{meta}</span>
      </button>
      {badge}
    </li>
  );
}

/** Opening an occurrence in the item form: the item is read, the form told which occurrence it came from. */
export async function dialogForOccurrence(o: CalendarOccurrence) {
  const event = await api.calendar.get({ id: o.eventId });
  return { event, occurrence: { start: o.occurrence, doneAt: o.doneAt, at: o.start, until: o.end } };
}
