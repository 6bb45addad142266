// Calendar items as both sides see them. Times are wall-clock strings in the item's time zone
// ("2026-11-23T09:00"), or dates ("2026-11-23") for all-day items, whose end is the day after the last day.

export const EVENT_KINDS = ['appointment', 'call', 'visit', 'task', 'follow_up'] as const;
export type EventKind = (typeof EVENT_KINDS)[number];

/** The reminder choices offered first (minutes before); any other offset can be typed in. */
export const REMINDER_PRESETS = [0, 5, 10, 15, 30, 60, 1440, 10080] as const;

export const WEEKDAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

export type RepeatEnd = { kind: 'never' } | { kind: 'until'; date: string } | { kind: 'count'; count: number };

/** How an item repeats, in the terms the form offers; 'custom' keeps a rule imported from elsewhere as is. */
export type Repeat =
  | {
      freq: 'daily' | 'weekly' | 'monthly' | 'yearly';
      interval: number;
      /** Weekly: the days (the start's day when empty). */
      weekdays: Weekday[];
      /** Monthly: on the same date (the 13th) or the same weekday (the second Tuesday, the last Friday). */
      monthlyBy: 'date' | 'weekday';
      end: RepeatEnd;
    }
  | { freq: 'custom'; rrule: string };

export interface EventLinkRef {
  entityType: 'contact' | 'company' | 'deal';
  entityId: number;
  name: string;
}

export interface CalendarEvent {
  id: number;
  kind: EventKind;
  title: string;
  allDay: boolean;
  start: string;
  end: string;
  timeZone: string;
  location: string;
  notes: string;
  repeat: Repeat | null;
  /** Minutes before, ascending. */
  reminders: number[];
  links: EventLinkRef[];
  /** One-off tasks: when ticked off. */
  doneAt: string | null;
  createdAt: string;
  updatedAt: string;
}

/** One occurrence on the calendar (a one-off item has exactly one). */
export interface CalendarOccurrence {
  eventId: number;
  /** The start it has in its series: with eventId, the occurrence's identity. */
  occurrence: string;
  kind: EventKind;
  title: string;
  allDay: boolean;
  /** Where it falls on the computer's wall clock (timed items made in another zone are converted). */
  start: string;
  end: string;
  /** The zone the item was made in. */
  timeZone: string;
  location: string;
  repeating: boolean;
  moved: boolean;
  doneAt: string | null;
  links: EventLinkRef[];
}

/** A reminder that has come due: an OS notification, and a line in the reminder centre until dismissed. */
export interface ReminderAlert {
  id: number;
  eventId: number;
  occurrence: string;
  kind: EventKind;
  title: string;
  allDay: boolean;
  /** The occurrence's start (wall clock in timeZone, or a date). */
  start: string;
  timeZone: string;
  location: string;
  minutesBefore: number;
  /** UTC instant it was due. */
  dueAt: string;
  deliveredAt: string;
  /** Due while Rapport was closed or the computer asleep. */
  missed: boolean;
  snoozedUntil: string | null;
  links: EventLinkRef[];
}

/** A birthday in the coming week (from the person's record). */
export interface BirthdaySoon {
  contactId: number;
  name: string;
  /** "YYYY-MM-DD": the day it falls on this time. */
  date: string;
  /** The age they turn, when the year of birth is known. */
  turns: number | null;
}

/** The Today screen's data. */
export interface TodayData {
  date: string;
  agenda: CalendarOccurrence[];
  overdue: CalendarOccurrence[];
  birthdays: BirthdaySoon[];
}

/** What reading an .ics file found and did. */
export interface IcsImportWarning {
  /** The UID of the VEVENT/VTODO concerned; null for the file as a whole or a component without one. */
  uid: string | null;
  /** Its SUMMARY (title), '' when it has none or the warning is about the file. */
  summary: string;
  /** What happened, with the line when known ("line 42: …"). */
  message: string;
}

export interface IcsImportSummary {
  fileName: string;
  /** Calendar items found in the file (a repeating event with its changed occurrences counts once). */
  items: number;
  /** Items written (or, on a dry run, that would be). */
  created: number;
  /** Items not written: invalid, or already in Rapport. */
  skipped: number;
  warnings: IcsImportWarning[];
  dryRun: boolean;
}
