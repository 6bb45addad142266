// A person's or company's calendar, on their page: what is coming up (overdue tasks marked), a one-click
// "follow up in N days" (a follow-up at 9:00 that day, reminding at the time), a new item already linked to
// them, and what was done or took place lately.
import type { CalendarOccurrence, EventLinkRef } from '@shared/domain/calendar';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/api';
import { useApiQuery } from '../../api/useApiQuery';
import { Button } from '../../components/Button';
import { Card } from '../../components/Card';
import { useToast } from '../../components/useToast';
import { useFormat } from '../../i18n/useFormat';
import { wallClockOf } from './CalendarPage';
import { EventDialog, type EventDialogProps } from './EventDialog';
import { emptyEventForm, shiftDate } from './eventFormValues';
import { dialogForOccurrence, isTodo, OccurrenceRow } from './OccurrenceRow';

const FOLLOW_UP_DAYS = [1, 3, 7, 14, 30] as const;

export function RecordCalendar({ link }: { link: EventLinkRef }) {
  const { t } = useTranslation();
  const toast = useToast();
  const { date, dateTime } = useFormat();
  const [open, setOpen] = useState<Omit<EventDialogProps, 'onClose'> | null>(null);
  const [showPast, setShowPast] = useState(false);
  const query = useApiQuery(
    `calendar:${link.entityType}:${link.entityId}`,
    () => api.calendar.ofRecord({ entityType: link.entityType, id: link.entityId }),
    ['calendar'],
  );
  const now = wallClockOf(new Date());

  const followUp = async (days: number) => {
    const day = shiftDate(wallClockOf(new Date(), true), days);
    try {
      await api.calendar.create({
        event: {
          ...toInput(day),
          title: t('calendar.followUpTitle', { name: link.name }),
          contactIds: link.entityType === 'contact' ? [link.entityId] : [],
          companyIds: link.entityType === 'company' ? [link.entityId] : [],
          dealIds: link.entityType === 'deal' ? [link.entityId] : [],
        },
      });
      toast.show({ message: t('calendar.followUpSet', { date: date(day) }) });
    } catch (error) {
      toast.show({ message: t('common.error', { message: (error as Error).message }), tone: 'error' });
    }
  };

  const openItem = (o: CalendarOccurrence) => void dialogForOccurrence(o).then(setOpen);
  const when = (o: CalendarOccurrence) => (o.allDay ? date(o.start) : dateTime(new Date(o.start).toISOString()));
  const row = (o: CalendarOccurrence) => (
    <OccurrenceRow
      key={`${o.eventId}|${o.occurrence}`}
      occurrence={o}
      onOpen={openItem}
      meta={
        <>
          {t(`calendar.kinds.${o.kind}`)} · {when(o)}
          {o.repeating && ` · ${t('calendar.repeatsShort')}`}
        </>
      }
      badge={
        isTodo(o) &&
        o.doneAt === null &&
        o.end < now && <span className="badge badge-danger">{t('calendar.overdue')}</span>
      }
    />
  );

  const upcoming = query.data?.upcoming ?? [];
  const past = query.data?.past ?? [];
  return (
    <Card
      title={t('calendar.onRecord')}
      icon="calendar"
      actions={
        <div className="record-calendar-actions">
          <select
            className="input select input-sm"
            aria-label={t('calendar.followUpIn')}
            value=""
            onChange={(e) => void followUp(Number(e.target.value))}
          >
            <option value="" disabled>
              {t('calendar.followUpIn')}
            </option>
            {FOLLOW_UP_DAYS.map((d) => (
              <option key={d} value={d}>
                {t('calendar.inDays', { count: d })}
              </option>
            ))}
          </select>
          <Button
            size="sm"
            icon="plus"
            onClick={() =>
              setOpen({
                initial: emptyEventForm({ date: wallClockOf(new Date(), true), time: nextHour() }),
                links: [link],
              })
            }
          >
            {t('calendar.new')}
          </Button>
        </div>
      }
    >
      {upcoming.length === 0 ? (
        <p className="muted">{t('calendar.nothingComing')}</p>
      ) : (
        <ul className="record-items" aria-label={t('calendar.comingUp')}>
          {upcoming.map(row)}
        </ul>
      )}
      {past.length > 0 && (
        <>
          <button type="button" className="link-button" onClick={() => setShowPast(!showPast)}>
            {showPast ? t('calendar.hidePast') : t('calendar.showPast', { count: past.length })}
          </button>
          {showPast && (
            <ul className="record-items" aria-label={t('calendar.donePast')}>
              {past.map(row)}
            </ul>
          )}
        </>
      )}
      {open && <EventDialog {...open} onClose={() => setOpen(null)} />}
    </Card>
  );
}

function nextHour(): string {
  const hour = Math.min(new Date().getHours() + 1, 23);
  return `${String(hour).padStart(2, '0')}:00`;
}

function toInput(day: string) {
  return {
    kind: 'follow_up' as const,
    allDay: false,
    start: `${day}T09:00`,
    end: `${day}T09:15`,
    location: '',
    notes: '',
    repeat: null,
    reminders: [0],
  };
}
