// The calendar item form's values (what the inputs hold: separate dates and times, an inclusive last day for
// all-day items, the repeat as flat fields) to the contract's EventInput and back.
import type { CalendarEvent, EventKind, Repeat, Weekday } from '@shared/domain/calendar';
import type { EventInput } from '@shared/validation/calendar';

export interface EventFormValues {
  kind: EventKind;
  title: string;
  allDay: boolean;
  startDate: string;
  startTime: string;
  endDate: string;
  endTime: string;
  location: string;
  notes: string;
  repeatFreq: 'none' | 'daily' | 'weekly' | 'monthly' | 'yearly' | 'custom';
  repeatInterval: number;
  repeatWeekdays: Weekday[];
  repeatMonthlyBy: 'date' | 'weekday';
  repeatEnd: 'never' | 'until' | 'count';
  repeatUntil: string;
  repeatCount: number;
  customRrule: string;
  reminders: number[];
  contactIds: number[];
  companyIds: number[];
  dealIds: number[];
}

/** A date moved by whole days ("YYYY-MM-DD"). */
export function shiftDate(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

export function toEventInput(v: EventFormValues): EventInput {
  let repeat: Repeat | null = null;
  if (v.repeatFreq === 'custom') repeat = { freq: 'custom', rrule: v.customRrule };
  else if (v.repeatFreq !== 'none') {
    repeat = {
      freq: v.repeatFreq,
      interval: Number(v.repeatInterval) || 1,
      weekdays: v.repeatWeekdays,
      monthlyBy: v.repeatMonthlyBy,
      end:
        v.repeatEnd === 'until'
          ? { kind: 'until', date: v.repeatUntil }
          : v.repeatEnd === 'count'
            ? { kind: 'count', count: Number(v.repeatCount) || 1 }
            : { kind: 'never' },
    };
  }
  return {
    kind: v.kind,
    title: v.title,
    allDay: v.allDay,
    // All-day items end the day after their last day (the form shows the last day).
    start: v.allDay ? v.startDate : `${v.startDate}T${v.startTime}`,
    end: v.allDay ? (v.endDate ? shiftDate(v.endDate, 1) : '') : `${v.endDate}T${v.endTime}`,
    location: v.location,
    notes: v.notes,
    repeat,
    reminders: v.reminders,
    contactIds: v.contactIds,
    companyIds: v.companyIds,
    dealIds: v.dealIds,
  };
}

/** Which form field a problem with an EventInput path belongs on. */
export function formFieldOf(path: readonly PropertyKey[]): keyof EventFormValues {
  const [first, second] = path.map(String);
  if (first === 'start') return 'startDate';
  if (first === 'end') return 'endDate';
  if (first === 'repeat') return second === 'end' ? 'repeatUntil' : 'repeatFreq';
  if (first === 'title' || first === 'location' || first === 'notes' || first === 'reminders') return first;
  return 'title';
}

export function emptyEventForm(
  start: { date: string; time?: string },
  kind: EventKind = 'appointment',
): EventFormValues {
  const time = start.time ?? '09:00';
  const [h, m] = time.split(':').map(Number);
  const endMinutes = Math.min(h! * 60 + m! + 60, 23 * 60 + 59);
  return {
    kind,
    title: '',
    allDay: start.time === undefined && kind === 'task',
    startDate: start.date,
    startTime: time,
    endDate: start.date,
    endTime: `${String(Math.floor(endMinutes / 60)).padStart(2, '0')}:${String(endMinutes % 60).padStart(2, '0')}`,
    location: '',
    notes: '',
    repeatFreq: 'none',
    repeatInterval: 1,
    repeatWeekdays: [],
    repeatMonthlyBy: 'date',
    repeatEnd: 'never',
    repeatUntil: '',
    repeatCount: 10,
    customRrule: '',
    reminders: kind === 'task' || kind === 'follow_up' ? [0] : [15],
    contactIds: [],
    companyIds: [],
    dealIds: [],
  };
}

export function eventToForm(event: CalendarEvent): EventFormValues {
  const base = emptyEventForm({ date: event.start.slice(0, 10) }, event.kind);
  const repeat = event.repeat;
  return {
    ...base,
    title: event.title,
    allDay: event.allDay,
    startDate: event.start.slice(0, 10),
    startTime: event.allDay ? '09:00' : event.start.slice(11, 16),
    endDate: event.allDay ? shiftDate(event.end, -1) : event.end.slice(0, 10),
    endTime: event.allDay ? '10:00' : event.end.slice(11, 16),
    location: event.location,
    notes: event.notes,
    repeatFreq: repeat === null ? 'none' : repeat.freq,
    ...(repeat && repeat.freq !== 'custom'
      ? {
          repeatInterval: repeat.interval,
          repeatWeekdays: repeat.weekdays,
          repeatMonthlyBy: repeat.monthlyBy,
          repeatEnd: repeat.end.kind,
          repeatUntil: repeat.end.kind === 'until' ? repeat.end.date : '',
          repeatCount: repeat.end.kind === 'count' ? repeat.end.count : 10,
        }
      : {}),
    customRrule: repeat?.freq === 'custom' ? repeat.rrule : '',
    reminders: event.reminders,
    contactIds: event.links.filter((l) => l.entityType === 'contact').map((l) => l.entityId),
    companyIds: event.links.filter((l) => l.entityType === 'company').map((l) => l.entityId),
    dealIds: event.links.filter((l) => l.entityType === 'deal').map((l) => l.entityId),
  };
}
