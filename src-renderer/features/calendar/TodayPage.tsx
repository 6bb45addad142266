// Today: the first screen of the day — today's agenda, tasks and follow-ups left undone, customers to keep in
// touch with, birthdays and customer anniversaries coming up, and lifecycle suggestions — each a click away from
// the item or the person.
import type { CalendarOccurrence } from '@shared/domain/calendar';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/api';
import { useApiQuery } from '../../api/useApiQuery';
import { Card } from '../../components/Card';
import { ErrorNotice } from '../../components/ErrorNotice';
import { KeepInTouchCard } from '../customers/KeepInTouchCard';
import { LifecycleSuggestionsCard } from '../customers/LifecycleSuggestionsCard';
import { OccasionsCard } from '../customers/OccasionsCard';
import { useKeepInTouch } from '../customers/useKeepInTouch';
import { useFormat } from '../../i18n/useFormat';
import { EventDialog, type EventDialogProps } from './EventDialog';
import { dialogForOccurrence, OccurrenceRow } from './OccurrenceRow';

export function TodayPage() {
  const { t } = useTranslation();
  const { day, dateTime } = useFormat();
  const query = useApiQuery('calendar.today', () => api.calendar.today({}), ['calendar', 'contact']);
  const customers = useKeepInTouch();
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
        {data && <span className="muted">{day(data.date)}</span>}
      </header>
      {data && (
        <div className="today-grid">
          <div className="stack">
            <Card title={t('today.agenda')} icon="calendar">
              {data.agenda.length === 0 ? (
                <p className="muted">{t('today.nothingToday')}</p>
              ) : (
                <ul className="record-items" aria-label={t('today.agenda')}>
                  {data.agenda.map((o) => item(o, time(o)))}
                </ul>
              )}
            </Card>
            {customers.error ? (
              <ErrorNotice error={customers.error} onRetry={customers.reload} />
            ) : (
              <KeepInTouchCard data={customers.data} />
            )}
          </div>
          <div className="stack">
            <Card title={t('today.overdue')} icon="warning">
              {data.overdue.length === 0 ? (
                <p className="muted">{t('today.nothingOverdue')}</p>
              ) : (
                <ul className="record-items" aria-label={t('today.overdue')}>
                  {data.overdue.map((o) =>
                    item(o, o.allDay ? day(o.start) : dateTime(new Date(o.start).toISOString())),
                  )}
                </ul>
              )}
            </Card>
            {/* Everyone's birthdays this week and valuable customers' occasions, merged: one line each. */}
            <OccasionsCard today={data.date} birthdays={data.birthdays} occasions={customers.data?.occasions} />
            {customers.data && (
              <LifecycleSuggestionsCard
                suggestions={customers.data.suggestions}
                total={customers.data.suggestionCount}
              />
            )}
          </div>
        </div>
      )}
      {open && <EventDialog {...open} onClose={() => setOpen(null)} />}
    </div>
  );
}
