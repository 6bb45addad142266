// The calendar: month, week, day and agenda views (FullCalendar), fed by calendar.range for the dates shown.
// Click or drag on the grid to add an item, drag an item to move it (one occurrence of a repeating one), pull
// its edge to change its length, click it to edit. The week starts on Monday in Chinese, Sunday in English.
import type { EventClickArg, EventDropArg, EventInput as FcEvent } from '@fullcalendar/core';
import zhCnLocale from '@fullcalendar/core/locales/zh-cn';
import dayGridPlugin from '@fullcalendar/daygrid';
import interactionPlugin, { type DateClickArg, type EventResizeDoneArg } from '@fullcalendar/interaction';
import listPlugin from '@fullcalendar/list';
import FullCalendar from '@fullcalendar/react';
import timeGridPlugin from '@fullcalendar/timegrid';
import type { DateSelectArg } from '@fullcalendar/core';
import type { CalendarEvent, CalendarOccurrence } from '@shared/domain/calendar';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { useSettings } from '../../app/settingsContext';
import { api } from '../../api/api';
import { onDataChanged } from '../../api/dataEvents';
import { useToast } from '../../components/useToast';
import { EventDialog, type EventDialogProps } from './EventDialog';
import { IcsImportDialog } from './IcsImportDialog';
import { dialogForOccurrence } from './OccurrenceRow';
import { downloadBase64File } from '../exports/downloadBase64File';
import { emptyEventForm } from './eventFormValues';

/** "YYYY-MM-DDTHH:mm" of a Date on this computer's wall clock (what main's calendar strings are). */
export function wallClockOf(date: Date, allDay = false): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  const day = `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
  return allDay ? day : `${day}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

function toFullCalendar(o: CalendarOccurrence, now: string): FcEvent {
  const overdue = o.doneAt === null && (o.kind === 'task' || o.kind === 'follow_up') && o.end < now;
  return {
    id: `${o.eventId}|${o.occurrence}`,
    title: o.title,
    start: o.start,
    end: o.end,
    allDay: o.allDay,
    classNames: [`event-kind-${o.kind}`, o.doneAt ? 'is-done' : '', overdue ? 'is-overdue' : ''].filter(Boolean),
    extendedProps: { occurrence: o },
  };
}

type Open = Omit<EventDialogProps, 'onClose'> | null;

export function CalendarPage() {
  const { t, i18n } = useTranslation();
  const toast = useToast();
  const calendarRef = useRef<FullCalendar>(null);
  const [open, setOpen] = useState<Open>(null);
  const [importing, setImporting] = useState<File | null>(null);
  const exportAll = async () => {
    try {
      const file = await api.calendar.exportIcs({});
      downloadBase64File(file.fileName, file.contentBase64, 'text/calendar');
      toast.show({ message: t('calendar.ics.exported', { count: file.count }) });
    } catch (error) {
      toast.show({ message: t('common.error', { message: (error as Error).message }), tone: 'error' });
    }
  };
  const [params, setParams] = useSearchParams();
  const navigate = useNavigate();
  const zh = i18n.language === 'zh-CN';

  // Refetch whenever any window (or a reminder) changed the calendar.
  useEffect(
    () =>
      onDataChanged((entities) => {
        if (entities.includes('calendar') || entities.includes('contact'))
          calendarRef.current?.getApi().refetchEvents();
      }),
    [],
  );

  // Opened from a notification: /calendar?event=ID shows that item's day and opens it.
  const askedEvent = params.get('event');
  useEffect(() => {
    if (!askedEvent) return;
    void api.calendar.get({ id: Number(askedEvent) }).then(
      (event: CalendarEvent) => {
        calendarRef.current?.getApi().gotoDate(event.start.slice(0, 10));
        setOpen({ event });
        setParams({}, { replace: true });
      },
      () => setParams({}, { replace: true }),
    );
  }, [askedEvent, setParams]);

  const { settings } = useSettings();
  const birthdaySource = useMemo(
    () => ({
      id: 'birthdays',
      className: 'event-birthday',
      editable: false,
      events: (
        info: { start: Date; end: Date },
        success: (events: FcEvent[]) => void,
        failure: (error: Error) => void,
      ) => {
        api.calendar.birthdays({ from: wallClockOf(info.start, true), to: wallClockOf(info.end, true) }).then(
          (birthdays) =>
            success(
              birthdays.map((b) => ({
                id: `birthday-${b.contactId}-${b.date}`,
                title:
                  b.turns === null
                    ? t('calendar.birthdayOf', { name: b.name })
                    : t('calendar.birthdayTurns', { name: b.name, count: b.turns }),
                start: b.date,
                allDay: true,
                extendedProps: { contactId: b.contactId },
              })),
            ),
          failure,
        );
      },
    }),
    [t],
  );

  const eventSource = useMemo(
    () => ({
      events: (
        info: { start: Date; end: Date },
        success: (events: FcEvent[]) => void,
        failure: (error: Error) => void,
      ) => {
        api.calendar
          .range({ from: wallClockOf(info.start), to: wallClockOf(info.end) })
          .then((occurrences) => success(occurrences.map((o) => toFullCalendar(o, wallClockOf(new Date())))), failure);
      },
    }),
    [],
  );

  const openNew = (start: Date, end: Date | null, allDay: boolean) => {
    const form = emptyEventForm({
      date: wallClockOf(start, true),
      ...(allDay ? {} : { time: wallClockOf(start).slice(11) }),
    });
    if (end && !allDay) {
      form.endDate = wallClockOf(end, true);
      form.endTime = wallClockOf(end).slice(11);
    }
    if (end && allDay) form.endDate = wallClockOf(new Date(end.getTime() - 86_400_000), true);
    form.allDay = allDay;
    setOpen({ initial: form });
  };

  const openExisting = async (arg: EventClickArg) => {
    if (arg.event.extendedProps.contactId) {
      void navigate(`/contacts/${arg.event.extendedProps.contactId as number}`);
      return;
    }
    setOpen(await dialogForOccurrence(arg.event.extendedProps.occurrence as CalendarOccurrence));
  };

  const moved = async (arg: EventDropArg | EventResizeDoneArg) => {
    const occurrence = arg.event.extendedProps.occurrence as CalendarOccurrence;
    const allDay = arg.event.allDay;
    if (allDay !== occurrence.allDay) {
      arg.revert();
      toast.show({ message: t('calendar.cannotChangeAllDay'), tone: 'error' });
      return;
    }
    const start = arg.event.start!;
    const end = arg.event.end ?? new Date(start.getTime() + (allDay ? 86_400_000 : 3_600_000));
    try {
      await api.calendar.moveOccurrence({
        id: occurrence.eventId,
        occurrence: occurrence.occurrence,
        start: wallClockOf(start, allDay),
        end: wallClockOf(end, allDay),
      });
      toast.show({ message: occurrence.repeating ? t('calendar.occurrenceMoved') : t('calendar.moved') });
    } catch (error) {
      arg.revert();
      toast.show({ message: t('common.error', { message: (error as Error).message }), tone: 'error' });
    }
  };

  return (
    <div className="page calendar-page">
      <header className="page-header">
        <h1>{t('calendar.heading')}</h1>
        <span className="spacer" />
        <label className="btn btn-secondary">
          {t('calendar.ics.import')}
          <input
            type="file"
            accept=".ics,text/calendar"
            className="visually-hidden"
            onChange={(e) => {
              const file = e.target.files?.[0];
              e.target.value = '';
              if (file) setImporting(file);
            }}
          />
        </label>
        <button type="button" className="btn btn-secondary" onClick={() => void exportAll()}>
          {t('calendar.ics.export')}
        </button>
        <button
          type="button"
          className="btn btn-primary"
          onClick={() => openNew(new Date(Math.ceil(Date.now() / 3_600_000) * 3_600_000), null, false)}
        >
          {t('calendar.new')}
        </button>
      </header>
      <div className="calendar-frame">
        <FullCalendar
          ref={calendarRef}
          plugins={[dayGridPlugin, timeGridPlugin, listPlugin, interactionPlugin]}
          initialView="timeGridWeek"
          locales={[zhCnLocale]}
          locale={zh ? 'zh-cn' : 'en'}
          firstDay={zh ? 1 : 0}
          headerToolbar={{
            left: 'prev,next today',
            center: 'title',
            right: 'dayGridMonth,timeGridWeek,timeGridDay,listWeek',
          }}
          buttonText={
            zh
              ? undefined
              : {
                  today: t('calendar.today'),
                  month: t('calendar.month'),
                  week: t('calendar.week'),
                  day: t('calendar.day'),
                  list: t('calendar.agenda'),
                }
          }
          height="100%"
          nowIndicator
          selectable
          selectMirror
          editable
          eventResizableFromStart={false}
          dayMaxEvents
          scrollTime="08:00:00"
          eventSources={settings.showBirthdays ? [eventSource, birthdaySource] : [eventSource]}
          select={(arg: DateSelectArg) => {
            arg.view.calendar.unselect();
            openNew(arg.start, arg.end, arg.allDay);
          }}
          dateClick={(arg: DateClickArg) => {
            if (arg.view.type === 'dayGridMonth') openNew(arg.date, null, true);
          }}
          eventClick={(arg) => void openExisting(arg)}
          eventDrop={(arg) => void moved(arg)}
          eventResize={(arg) => void moved(arg)}
        />
      </div>
      {open && <EventDialog {...open} onClose={() => setOpen(null)} />}
      {importing && <IcsImportDialog file={importing} onClose={() => setImporting(null)} />}
    </div>
  );
}
