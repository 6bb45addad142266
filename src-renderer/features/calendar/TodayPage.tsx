// Today: the first screen of the day — today's agenda, tasks and follow-ups left undone, and whose birthday
// is coming this week — each a click away from the item or the person.
import type { CalendarOccurrence } from '@shared/domain/calendar';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api } from '../../api/api';
import { useApiQuery } from '../../api/useApiQuery';
import { Card } from '../../components/Card';
import { ErrorNotice } from '../../components/ErrorNotice';
import { useFormat } from '../../i18n/useFormat';
import { EventDialog, type EventDialogProps } from './EventDialog';
import { dialogForOccurrence, OccurrenceRow } from './OccurrenceRow';

export function TodayPage() {
  const { t } = useTranslation();
  const { date, dateTime } = useFormat();
  const query = useApiQuery('calendar.today', () => api.calendar.today({}), ['calendar', 'contact']);
  const [open, setOpen] = useState<Omit<EventDialogProps, 'onClose'> | null>(null);
  if (query.error) return <ErrorNotice error={query.error} onRetry={query.reload} />;
  const data = query.data;

  const openItem = (o: CalendarOccurrence) => void dialogForOccurrence(o).then(setOpen);
  const time = (o: CalendarOccurrence) =>
    o.allDay
      ? t('calendar.allDay')
      : new Date(o.start).toLocaleTimeString(undefined, { hour: 'numeric', minute: '2-digit' });
  const item = (o: CalendarOccurrence, when: string) => (
    <OccurrenceRow
      key={`${o.eventId}|${o.occurrence}`}
      occurrence={o}
      time={when}
      onOpen={openItem}
      meta={
        <>
          {t(`calendar.kinds.${o.kind}`)}
          {o.links.length > 0 && ` · ${o.links.map((l) => l.name).join(t('common.listSeparator'))}`}
          {o.location && ` · ${o.location}`}
        </>
      }
    />
  );

  return (
    <div className="page today-page" aria-busy={!data}>
      <header className="page-header">
        <h1>{t('today.heading')}</h1>
        {data && <span className="muted">{date(data.date)}</span>}
      </header>
      {data && (
        <div className="today-grid">
          <Card title={t('today.agenda')} icon="calendar">
            {data.agenda.length === 0 ? (
              <p className="muted">{t('today.nothingToday')}</p>
            ) : (
              <ul className="record-items" aria-label={t('today.agenda')}>
                {data.agenda.map((o) => item(o, time(o)))}
              </ul>
            )}
          </Card>
          <div className="stack">
            <Card title={t('today.overdue')} icon="warning">
              {data.overdue.length === 0 ? (
                <p className="muted">{t('today.nothingOverdue')}</p>
              ) : (
                <ul className="record-items" aria-label={t('today.overdue')}>
                  {data.overdue.map((o) =>
                    item(o, o.allDay ? date(o.start) : dateTime(new Date(o.start).toISOString())),
                  )}
                </ul>
              )}
            </Card>
            <Card title={t('today.birthdays')} icon="cake">
              {data.birthdays.length === 0 ? (
                <p className="muted">{t('today.noBirthdays')}</p>
              ) : (
                <ul className="record-items" aria-label={t('today.birthdays')}>
                  {data.birthdays.map((b) => (
                    <li key={b.contactId} className="record-item">
                      <span className="today-time">{b.date === data.date ? t('today.today') : date(b.date)}</span>
                      <Link to={`/contacts/${b.contactId}`} className="record-item-title">
                        {b.name}
                      </Link>
                      {b.turns !== null && <span className="muted">{t('today.turns', { count: b.turns })}</span>}
                    </li>
                  ))}
                </ul>
              )}
            </Card>
          </div>
        </div>
      )}
      {open && <EventDialog {...open} onClose={() => setOpen(null)} />}
    </div>
  );
}
