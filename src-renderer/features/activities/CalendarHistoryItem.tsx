// A calendar item in a record's history: a task or follow-up ticked off, or an appointment, call or visit that
// took place. Read from the calendar (not copied into the activity log); its page is the calendar.
import type { CalendarOccurrence } from '@shared/domain/calendar';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Icon } from '../../components/Icon';
import { useFormat } from '../../i18n/useFormat';

export function CalendarHistoryItem({ occurrence }: { occurrence: CalendarOccurrence }) {
  const { t } = useTranslation();
  const format = useFormat();
  const when = occurrence.doneAt ?? new Date(occurrence.start).toISOString();
  return (
    <li className="timeline-item timeline-calendar">
      <span className="kind-icon" aria-hidden="true">
        <Icon name="calendar" />
      </span>
      <div className="timeline-content">
        <div className="timeline-meta">
          <span className="timeline-kind">
            {occurrence.doneAt
              ? t('calendar.history.done', { kind: t(`calendar.kinds.${occurrence.kind}`) })
              : t(`calendar.kinds.${occurrence.kind}`)}
          </span>
          <time dateTime={when}>{format.dateTime(when)}</time>
          <Link to={`/calendar?event=${occurrence.eventId}`} className="timeline-with">
            {t('calendar.history.onCalendar')}
          </Link>
        </div>
        <p className="timeline-summary">{occurrence.title}</p>
      </div>
    </li>
  );
}
