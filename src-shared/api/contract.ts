// The one contract between renderer and main: method name -> input schema and output type, and the events
// main pushes. Preload, the IPC loop, the web host and the renderer's client are all derived from it.
import { z } from 'zod';
import type { Activity } from '../domain/activity';
import type { Company, CompanyListRow, Contact, ContactListRow, DuplicateHit, Page } from '../domain/contact';
import type { SearchHit } from '../domain/search';
import type { AppInfo, Settings } from '../domain/settings';
import type { BackupInfo, BackupListing, BackupRunResult, BackupStatus, RestoreResult } from '../domain/backups';
import type { DatabaseLocation, DatabaseMoveResult } from '../domain/database';
import { databaseFolderInput } from '../validation/database';
import { keepInTouchDaysInput, lapsedAfterDaysInput } from '../validation/customers';
import type { CustomerValue, KeepInTouchData } from '../domain/customers';
import type {
  ActivityWeekFigures,
  LifecycleFigures,
  NewAndLostFigures,
  RevenueByAgeFigures,
  SegmentFigures,
  TopShareFigures,
} from '../domain/customerFigures';
import { customerKind, weekSpan } from '../validation/customerFigures';
import {
  backupFileInput,
  backupFolderInput,
  backupKeepInput,
  backupScheduleInput,
  existingPassphraseInput,
  newPassphraseInput,
} from '../validation/backups';
import { LANGUAGES, THEMES } from '../domain/settings';
import type { TrashItem } from '../domain/trash';
import type { ImportHistoryItem, ImportSessionView } from '../import/importSession';
import type { ImportSummary } from '../import/importReport';
import { importSettings } from '../validation/importSettings';
import type { SavedView } from '../domain/views';
import { activityInput } from '../validation/activity';
import type {
  BirthdaySoon,
  CalendarEvent,
  CalendarOccurrence,
  IcsImportSummary,
  ReminderAlert,
  TodayData,
} from '../domain/calendar';
import { eventInput } from '../validation/calendar';
import {
  addressLayoutsInput,
  envelopePrintInput,
  labelPrintInput,
  printJobInput,
  recipientsInput,
  returnAddressLines,
  returnAddressPrintInput,
} from '../validation/labels';
import type { MissingAddressPart } from '../labels/addressBlock';
import { calibrationSchema, customSheetSchema, type Calibration, type CustomSheet } from '../labels/geometry';
import type {
  Board,
  CloseFigures,
  Deal,
  DealCard,
  ForecastFigures,
  FunnelFigures,
  LostReason,
  Pipeline,
  Product,
  RevenueFigures,
} from '../domain/deals';
import {
  currencyCode,
  dateRange,
  moneyMinor,
  dealFilter,
  dealInput,
  dealMoveInput,
  dealSort,
  lostReasonsInput,
  monthValue,
  pipelineInput,
  productInput,
} from '../validation/deals';
import { companyInput, contactInput } from '../validation/contact';
import { id, shortText } from '../validation/fields';
import { companyFilter, companySort, contactFilter, contactSort } from '../validation/filters';

export type ChangedEntity =
  | 'contact'
  | 'company'
  | 'activity'
  | 'view'
  | 'settings'
  | 'calendar'
  | 'reminder'
  | 'deal'
  | 'pipeline'
  | 'product'
  | 'labels'
  | 'backups'
  /** Where the database file is (moved, or its old copy deleted). */
  | 'database';

/**
 * A method's output type travels as a phantom; at run time there is the input schema and, for writes, what
 * they change: main announces it to every window (data.changed) after the write succeeds, so screens refetch.
 */
function method<O>() {
  return <I extends z.ZodType>(input: I, changes: readonly ChangedEntity[] = []) => ({
    input,
    changes,
    output: undefined as unknown as O,
  });
}

const PEOPLE: readonly ChangedEntity[] = ['contact', 'company', 'activity'];

const byId = z.object({ id });
const byIds = z.object({ ids: z.array(id).min(1).max(100_000) });
const locale = z.enum(LANGUAGES);
const pageWindow = { offset: z.number().int().min(0), limit: z.number().int().min(1).max(500) };
const trashRef = z.object({ entityType: z.enum(['contact', 'company', 'deal']), id });
const DEALS: readonly ChangedEntity[] = ['deal', 'activity'];
const figuresScope = { pipelineId: id.nullable(), currency: currencyCode };
const monthSpan = { fromMonth: monthValue, months: z.number().int().min(1).max(24) };
const sessionId = z.uuid();
const CALENDAR: readonly ChangedEntity[] = ['calendar', 'reminder'];
const wallClock = z.string().regex(/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2})?$/, { error: 'validation.dateTime' });
const occurrenceRef = { id, occurrence: wallClock };
/** A span of the calendar: from before to, a year and a bit at most. */
const wallClockRange = z
  .object({ from: wallClock, to: wallClock })
  .refine((r) => r.from < r.to && Date.parse(r.to.slice(0, 10)) - Date.parse(r.from.slice(0, 10)) <= 400 * 86_400_000, {
    error: 'validation.dateTime',
    path: ['to'],
  });
export const SNOOZE_CHOICES = ['tenMinutes', 'oneHour', 'tomorrowMorning'] as const;
/** .ics files up to 50 MB (main says so plainly when a file is bigger), base64 adds a third. */
const MAX_ICS_BASE64 = Math.ceil((51 * 1024 * 1024) / 3) * 4;
/** Files are sent as base64 from the import screen; larger files go through `rapport import`. */
export const MAX_IMPORT_BYTES = 100 * 1024 * 1024;
const MAX_IMPORT_BASE64 = Math.ceil(MAX_IMPORT_BYTES / 3) * 4;

/** Someone chosen for a mailing who gets no label: what their address lacks (reason: the same in English). */
type LeftOutRecipient = {
  entityType: 'contact' | 'company';
  id: number;
  name: string;
  reason: string;
  missing: MissingAddressPart[];
};

export const contract = {
  'app.info': method<AppInfo>()(z.object({})),
  'settings.get': method<Settings>()(z.object({})),
  'settings.update': method<Settings>()(
    z
      .object({
        language: locale.nullable(),
        theme: z.enum(THEMES),
        currency: z.string().regex(/^[A-Z]{3}$/, { error: 'validation.required' }),
        keepRunningInTray: z.boolean(),
        startAtLogin: z.boolean(),
        showBirthdays: z.boolean(),
        staleDealDays: z.number().int().min(1).max(365),
        returnAddress: returnAddressLines,
        addressLayouts: addressLayoutsInput,
        backupFolder: backupFolderInput,
        backupSchedule: backupScheduleInput,
        backupKeepDaily: backupKeepInput,
        backupKeepWeekly: backupKeepInput,
        backupCompress: z.boolean(),
        backupEncrypt: z.boolean(),
        lapsedAfterDays: lapsedAfterDaysInput,
        keepInTouchDays: keepInTouchDaysInput,
      })
      .partial(),
    ['settings'],
  ),
  'sample.load': method<{ contacts: number; companies: number; activities: number; deals: number }>()(z.object({}), [
    ...PEOPLE,
    'deal',
  ]),

  'contacts.list': method<Page<ContactListRow>>()(
    z.object({ filter: contactFilter, sort: contactSort, locale, ...pageWindow }),
  ),
  'contacts.get': method<Contact>()(byId),
  'contacts.create': method<Contact>()(z.object({ contact: contactInput }), PEOPLE),
  'contacts.update': method<Contact>()(z.object({ id, contact: contactInput }), PEOPLE),
  'contacts.delete': method<{ count: number }>()(byIds, PEOPLE),
  'contacts.findDuplicates': method<DuplicateHit[]>()(
    z.object({
      emails: z.array(shortText(254)).max(20),
      phones: z.array(shortText(40)).max(20),
      excludeId: id.nullable(),
    }),
  ),
  'contacts.facets': method<{ tags: string[]; cities: string[]; countries: string[] }>()(z.object({})),

  'companies.list': method<Page<CompanyListRow>>()(
    z.object({ filter: companyFilter, sort: companySort, locale, ...pageWindow }),
  ),
  'companies.get': method<Company>()(byId),
  'companies.create': method<Company>()(z.object({ company: companyInput }), PEOPLE),
  'companies.update': method<Company>()(z.object({ id, company: companyInput }), PEOPLE),
  'companies.delete': method<{ count: number }>()(byIds, PEOPLE),
  'companies.findDuplicates': method<DuplicateHit[]>()(z.object({ name: shortText(), excludeId: id.nullable() })),
  'companies.people': method<ContactListRow[]>()(byId),

  'activities.list': method<Activity[]>()(
    z
      .object({
        contactId: id.optional(),
        companyId: id.optional(),
        dealId: id.optional(),
        limit: z.number().int().min(1).max(1000),
      })
      .refine((q) => [q.contactId, q.companyId, q.dealId].filter((x) => x !== undefined).length === 1, {
        error: 'validation.required',
        path: ['contactId'],
      }),
  ),
  'activities.create': method<Activity>()(z.object({ activity: activityInput }), PEOPLE),
  'activities.update': method<Activity>()(z.object({ id, activity: activityInput }), PEOPLE),
  'activities.delete': method<{ count: number }>()(byId, PEOPLE),

  'search.global': method<SearchHit[]>()(z.object({ q: z.string().max(200), limit: z.number().int().min(1).max(200) })),

  'views.list': method<SavedView[]>()(z.object({ entity: z.enum(['contact', 'company']) })),
  'views.save': method<SavedView>()(
    z.discriminatedUnion('entity', [
      z.object({ entity: z.literal('contact'), name: shortText(100).min(1), filter: contactFilter, sort: contactSort }),
      z.object({ entity: z.literal('company'), name: shortText(100).min(1), filter: companyFilter, sort: companySort }),
    ]),
    ['view'],
  ),
  'views.delete': method<{ count: number }>()(byId, ['view']),

  'trash.list': method<TrashItem[]>()(z.object({})),
  'trash.restore': method<{ count: number }>()(z.object({ items: z.array(trashRef).min(1).max(100_000) }), [
    ...PEOPLE,
    'deal',
  ]),
  'trash.empty': method<{ count: number }>()(z.object({}), [...PEOPLE, 'deal']),

  /** Opens a file for import: detects its encoding and layout, suggests a mapping, checks every row. */
  'imports.open': method<ImportSessionView>()(
    z.object({ fileName: shortText(260).min(1), contentBase64: z.string().max(MAX_IMPORT_BASE64) }),
  ),
  'imports.configure': method<ImportSessionView>()(z.object({ sessionId, settings: importSettings })),
  'imports.commit': method<ImportSummary>()(z.object({ sessionId, skipInvalid: z.boolean() }), PEOPLE),
  'imports.cancel': method<{ cancelled: boolean }>()(z.object({ sessionId })),
  'imports.rejectedCsv': method<{ fileName: string; contentBase64: string }>()(z.object({ sessionId })),
  'imports.history': method<ImportHistoryItem[]>()(z.object({})),
  'imports.undo': method<{ removed: number; restored: number }>()(z.object({ batchId: id }), PEOPLE),

  /** Every occurrence overlapping [from, to) on the computer's wall clock (at most a year and a bit at once). */
  'calendar.range': method<CalendarOccurrence[]>()(wallClockRange),
  'calendar.get': method<CalendarEvent>()(byId),
  /** People's birthdays falling in [from, to) (dates), for the calendar to show beside its items. */
  'calendar.birthdays': method<BirthdaySoon[]>()(wallClockRange),
  /** The Today screen: today's agenda, undone tasks and follow-ups from earlier days, birthdays this week. */
  'calendar.today': method<TodayData>()(z.object({})),

  /** A person's or company's value, scores and segment; null when they have bought nothing yet. */
  'customers.value': method<CustomerValue | null>()(z.object({ entityType: z.enum(['contact', 'company']), id })),
  /** Today's keep-in-touch list, valuable customers' birthdays and anniversaries, and lifecycle suggestions. */
  'customers.keepInTouch': method<KeepInTouchData>()(z.object({ limit: z.number().int().min(1).max(200) })),
  /** Takes a person's pending lifecycle suggestion (their lifecycle changes to it). */
  'customers.acceptSuggestion': method<{ count: number }>()(z.object({ contactId: id }), ['contact']),
  /** Sets a suggestion aside: not offered again until a different one applies. */
  'customers.ignoreSuggestion': method<{ count: number }>()(z.object({ contactId: id }), ['contact']),
  // "Customers at a glance" (src-main/customers/customerFigures.ts has the definitions).
  /** Customers who bought in the range, by their segment today. */
  'customers.bySegment': method<SegmentFigures>()(z.object({ kind: customerKind, range: dateRange })),
  /** People added in the range, by their lifecycle stage today. */
  'customers.byLifecycle': method<LifecycleFigures>()(z.object({ range: dateRange })),
  /** Per month: customers won for the first time, lost (gone quiet past Settings' lapsed days) and returned. */
  'customers.newAndLost': method<NewAndLostFigures>()(z.object({ kind: customerKind, ...monthSpan })),
  /** The share of the range's revenue that came from the top 10 % and 20 % of paying customers. */
  'customers.topShare': method<TopShareFigures>()(z.object({ kind: customerKind, range: dateRange })),
  /** Per month: revenue from customers buying for the first time that month, and from those who bought before. */
  'customers.revenueByAge': method<RevenueByAgeFigures>()(z.object({ kind: customerKind, ...monthSpan })),
  /** Activities with people (or companies) per week, by kind. */
  'customers.activityByWeek': method<ActivityWeekFigures>()(z.object({ kind: customerKind, ...weekSpan })),
  /** A person's or company's calendar items: coming up, and done or past (the last 90 days). */
  'calendar.ofRecord': method<{ upcoming: CalendarOccurrence[]; past: CalendarOccurrence[] }>()(
    z.object({ entityType: z.enum(['contact', 'company', 'deal']), id }),
  ),
  'calendar.create': method<CalendarEvent>()(z.object({ event: eventInput }), CALENDAR),
  'calendar.update': method<CalendarEvent>()(z.object({ id, event: eventInput }), CALENDAR),
  'calendar.delete': method<{ count: number }>()(byId, CALENDAR),
  'calendar.moveOccurrence': method<{ count: number }>()(
    z.object({ ...occurrenceRef, start: wallClock, end: wallClock }),
    CALENDAR,
  ),
  'calendar.cancelOccurrence': method<{ count: number }>()(z.object(occurrenceRef), CALENDAR),
  'calendar.setDone': method<{ count: number }>()(z.object({ ...occurrenceRef, done: z.boolean() }), CALENDAR),
  /** The calendar (or a period of it, or one item) as an iCalendar file for Outlook, Google and Apple. */
  'calendar.exportIcs': method<{ fileName: string; contentBase64: string; count: number }>()(
    z.object({
      from: z.iso.date().optional(),
      to: z.iso.date().optional(),
      eventId: id.optional(),
    }),
  ),
  /** Reads an .ics file from another calendar (dry run: what would happen, nothing written). */
  'calendar.importIcs': method<IcsImportSummary>()(
    z.object({
      fileName: shortText(260).min(1),
      contentBase64: z.string().max(MAX_ICS_BASE64),
      dryRun: z.boolean(),
    }),
    CALENDAR,
  ),
  /** The reminder centre: reminders that came due and were not dismissed. */
  'reminders.open': method<ReminderAlert[]>()(z.object({})),
  'reminders.snooze': method<{ count: number }>()(z.object({ id, for: z.enum(SNOOZE_CHOICES) }), ['reminder']),
  'reminders.dismiss': method<{ count: number }>()(byId, ['reminder']),

  /** Pipelines with their live stages, in order. */
  'pipelines.list': method<Pipeline[]>()(z.object({})),
  'pipelines.create': method<Pipeline>()(z.object({ pipeline: pipelineInput }), ['pipeline', 'deal']),
  /** Renames, reorders, adds and removes stages (a removed stage's deals move where the user said). */
  'pipelines.update': method<Pipeline>()(z.object({ id, pipeline: pipelineInput }), ['pipeline', 'deal']),
  /** Only a pipeline without open deals, and never the last one. */
  'pipelines.delete': method<{ count: number }>()(byId, ['pipeline', 'deal']),

  /** The board: one column per live stage, open deals in their order; Won and Lost hold recently closed. */
  'deals.board': method<Board>()(
    z.object({
      pipelineId: id,
      filter: dealFilter,
      /** Cards per column (the first ones); the board asks for more as a column is scrolled. */
      perColumn: z.number().int().min(1).max(10_000).default(100),
    }),
  ),
  /** The same deals as a sortable list (closed ones too). */
  'deals.list': method<Page<DealCard>>()(
    z.object({
      pipelineId: id,
      filter: dealFilter,
      status: z.enum(['open', 'won', 'lost', 'all']),
      sort: dealSort,
      ...pageWindow,
    }),
  ),
  'deals.get': method<Deal>()(byId),
  'deals.create': method<Deal>()(z.object({ deal: dealInput }), DEALS),
  'deals.update': method<Deal>()(z.object({ id, deal: dealInput }), DEALS),
  /** Moves a deal to the Trash. */
  'deals.delete': method<{ count: number }>()(byId, DEALS),
  /** A card dragged to a stage (and a place in its column); to Won or Lost with the date (and reason). */
  'deals.move': method<DealCard>()(dealMoveInput, DEALS),
  /** Money given back on a won deal (the whole deal's refund so far, at most its amount). */
  'deals.refund': method<Deal>()(z.object({ id, refunded: moneyMinor }), DEALS),
  /** A person's or company's deals, open first. */
  'deals.ofRecord': method<DealCard[]>()(z.object({ entityType: z.enum(['contact', 'company']), id })),
  'deals.facets': method<{ tags: string[]; sources: string[] }>()(z.object({})),
  /** Deals created in the range: how many reached each stage, conversion between stages, win rate. */
  'deals.funnel': method<FunnelFigures>()(z.object({ pipelineId: id, currency: currencyCode, range: dateRange })),
  /** Open deals' weighted value by expected close month. */
  'deals.forecast': method<ForecastFigures>()(z.object({ ...figuresScope, ...monthSpan })),
  /** Won revenue by month, beside the same months a year before. */
  'deals.revenue': method<RevenueFigures>()(z.object({ ...figuresScope, ...monthSpan })),
  /** Deals won or lost in the range: average size, days to close, why deals were lost. */
  'deals.closeFigures': method<CloseFigures>()(z.object({ ...figuresScope, range: dateRange })),

  'products.list': method<Product[]>()(z.object({ includeArchived: z.boolean() })),
  'products.create': method<Product>()(z.object({ product: productInput }), ['product']),
  'products.update': method<Product>()(z.object({ id, product: productInput }), ['product']),
  'products.setArchived': method<Product>()(z.object({ id, archived: z.boolean() }), ['product']),

  'lostReasons.list': method<LostReason[]>()(z.object({ includeArchived: z.boolean() })),
  /** The whole list in order: new ones added, renamed ones renamed, left-out ones archived. */
  'lostReasons.save': method<LostReason[]>()(lostReasonsInput, ['deal']),

  /** Who a label print reaches: how many labels, the first blocks, and who is left out and why. */
  'labels.recipients': method<{
    recipients: number;
    labels: number;
    leftOut: LeftOutRecipient[];
    /** The blocks of the labels asked for (window), starting at label `from` (0-based). */
    from: number;
    blocks: string[][];
    /** Which line of each of those is the name (null: none). */
    nameLines: Array<number | null>;
  }>()(
    z.object({
      recipients: recipientsInput,
      locale,
      /** Which labels' blocks to send (a page of the preview); the first 200 when not given. */
      window: z
        .object({ from: z.number().int().min(0).max(1_000_000), count: z.number().int().min(1).max(500) })
        .optional(),
    }),
  ),
  /** The labels as a PDF, printed by Chromium exactly to the sheet's geometry. */
  'labels.pdf': method<{
    fileName: string;
    contentBase64: string;
    pages: number;
    labels: number;
    /** Labels whose address did not fit even at the smallest size. */
    clipped: number;
    leftOut: LeftOutRecipient[];
  }>()(z.object({ print: labelPrintInput, locale })),

  /** Return-address labels: the sender's own address, repeated. */
  'labels.returnAddressPdf': method<{
    fileName: string;
    contentBase64: string;
    pages: number;
    labels: number;
    clipped: number;
  }>()(z.object({ print: returnAddressPrintInput })),
  /** One envelope per recipient (#10, DL, C5, C6), with the return address. */
  'labels.envelopesPdf': method<{
    fileName: string;
    contentBase64: string;
    pages: number;
    labels: number;
    clipped: number;
    leftOut: LeftOutRecipient[];
  }>()(z.object({ print: envelopePrintInput, locale })),
  /** Sheets the user measured ("custom-N" ids, usable wherever a catalogue sheet id is). */
  'labels.customSheets': method<Array<{ id: string; sheet: CustomSheet }>>()(z.object({})),
  'labels.saveSheet': method<{ id: string; sheet: CustomSheet }>()(
    z.object({ id: shortText(40).nullable(), sheet: customSheetSchema }),
    ['labels'],
  ),
  'labels.deleteSheet': method<{ count: number }>()(z.object({ id: shortText(40) }), ['labels']),
  'labels.exportSheet': method<{ fileName: string; contentBase64: string }>()(z.object({ id: shortText(40) })),
  'labels.importSheet': method<{ id: string; sheet: CustomSheet }>()(
    z.object({ fileName: shortText(260).min(1), contentBase64: z.string().max(100_000) }),
    ['labels'],
  ),
  /** Any of the above sent to a printer through the system's print dialog, at 100 % (printed: false = cancelled). */
  'labels.print': method<{
    printed: boolean;
    pages: number;
    labels: number;
    clipped: number;
    leftOut: LeftOutRecipient[];
  }>()(z.object({ job: printJobInput, printer: shortText(200).nullable(), locale })),
  /** The printers this computer knows (none where printing goes to PDF only). */
  'labels.printers': method<Array<{ name: string; displayName: string; isDefault: boolean }>>()(z.object({})),
  /** A printer's calibration for a sheet (none yet: no offset, scale 1). */
  'labels.calibration': method<Calibration>()(z.object({ printer: shortText(200), sheetId: shortText(40) })),
  'labels.saveCalibration': method<Calibration>()(
    z.object({ printer: shortText(200), sheetId: shortText(40), calibration: calibrationSchema }),
    ['labels'],
  ),
  /** The test page: every label's outline and a crosshair, where the calibration puts them. */
  'labels.calibrationPdf': method<{ fileName: string; contentBase64: string }>()(
    z.object({ sheetId: shortText(40), calibration: calibrationSchema }),
  ),

  /** Last good backup, folder reachable, overdue: what Settings → Backups and the banner show. */
  'backups.status': method<BackupStatus>()(z.object({})),
  /** A backup now, into the folder of Settings (then the retention rules); the passphrase of this run only. */
  'backups.runNow': method<BackupRunResult>()(z.object({ passphrase: newPassphraseInput.optional() }), ['backups']),
  /** A folder's backups with their headers, newest first (default: the folder of Settings). */
  'backups.list': method<BackupListing>()(z.object({ folder: backupFolderInput.unwrap().optional() })),
  /** One file's header, read without its passphrase: shown before confirming a restore. */
  'backups.inspect': method<BackupInfo>()(z.object({ file: backupFileInput })),
  'backups.restore': method<RestoreResult>()(
    z.object({ file: backupFileInput, passphrase: existingPassphraseInput.optional() }),
    [...PEOPLE, 'view', 'settings', 'calendar', 'reminder', 'deal', 'pipeline', 'product', 'labels', 'backups'],
  ),
  /** Keeps the passphrase of scheduled encrypted backups in the OS keychain (null forgets it). */
  'backups.setPassphrase': method<BackupStatus>()(z.object({ passphrase: newPassphraseInput.nullable() }), ['backups']),

  'exports.contacts': method<{ fileName: string; contentBase64: string; count: number }>()(
    z.object({
      format: z.enum(['csv', 'vcard']),
      encoding: z.enum(['utf-8-bom', 'utf-8', 'gb18030']).optional(),
      delimiter: z.enum([',', ';', '\t']).optional(),
      viewId: id.optional(),
      ids: z.array(id).max(200_000).optional(),
      /** The list's current filter and sort, when it is neither a saved view nor a selection. */
      filter: contactFilter.optional(),
      sort: contactSort.optional(),
    }),
  ),
  /**
   * The system's folder picker (dialogs: false where there is none — the screen then lets the path be typed).
   * purpose: what the folder is for, which sets the dialog's title and starting folder.
   */
  'system.chooseFolder': method<{ path: string | null; dialogs: boolean }>()(
    z.object({ purpose: z.enum(['backups', 'moveDatabase']) }),
  ),
  /** The system's file picker, for a .rapport-backup file to restore. */
  'system.chooseBackupFile': method<{ path: string | null; dialogs: boolean }>()(z.object({})),
  /** Shows the database's or the backups' folder in Finder / Explorer (only those: no path crosses). */
  'system.showInFolder': method<{ shown: boolean }>()(z.object({ what: z.enum(['database', 'backups']) })),
  /** Where the database file is, whether it can be moved, and the old copy a move kept. */
  'database.location': method<DatabaseLocation>()(z.object({})),
  /**
   * Moves the database to another folder: copied there through SQLite's online backup, checked (quick_check, the
   * same counts), switched to, the old file kept until deleteOldCopy. The app then restarts to open it.
   */
  'database.move': method<DatabaseMoveResult>()(z.object({ folder: databaseFolderInput }), ['database']),
  /** Deletes the old copy a move kept (that file and its -wal and -shm only). */
  'database.deleteOldCopy': method<{ deleted: string[] }>()(z.object({}), ['database']),

  /** Everything in one zip: every table as CSV, the people as vCards, the calendar as .ics, and a README. */
  'exports.everything': method<{ fileName: string; contentBase64: string; files: number; rows: number }>()(
    z.object({}),
  ),
} as const;

export type Contract = typeof contract;
export type MethodName = keyof Contract;
export type MethodInput<M extends MethodName> = z.input<Contract[M]['input']>;
export type ParsedInput<M extends MethodName> = z.output<Contract[M]['input']>;
export type MethodOutput<M extends MethodName> = Contract[M]['output'];

/** Events main pushes to the renderer. */
export interface EventMap {
  /** Data changed: after every successful write (whoever made it), so every open screen can refetch. */
  'data.changed': { entities: ChangedEntity[] };
  /** A running import's progress (at least 4 times a second). */
  'import.progress': { sessionId: string; done: number; total: number; rowsPerSecond: number };
  /** Reminders came due (or were missed while Rapport was closed or the computer asleep). */
  'reminders.due': { alerts: ReminderAlert[] };
  /** Open a screen (a clicked notification opens the item it is about). */
  'app.navigate': { path: string };
  /** A native menu item or global shortcut asks the renderer to do something. */
  'menu.command': { command: MenuCommand };
  /** A backup ended (scheduled or asked for): where it went, or why it failed. */
  'backups.finished': { ok: boolean; file: string | null; message: string | null };
}
export type EventName = keyof EventMap;

export const MENU_COMMANDS = [
  'new-contact',
  'new-company',
  'search',
  'go-contacts',
  'go-companies',
  'go-deals',
  'go-trash',
  'go-settings',
] as const;
export type MenuCommand = (typeof MENU_COMMANDS)[number];
