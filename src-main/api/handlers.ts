// Every contract method's implementation, in one map whose type is derived from the contract: a method
// without a handler (or a handler for no method) does not compile.
import { chooseBackupFile, chooseFolder, showInFolder } from '../system/systemService';
import { databaseLocation, deleteOldCopy } from '../system/databaseLocation';
import { moveDatabase } from '../system/moveDatabase';
import { MAX_IMPORT_BYTES, type MethodName, type MethodOutput, type ParsedInput } from '@shared/api/contract';
import { RapportError } from '@shared/api/result';
import type { AppContext } from '../context';
import { activitiesOf, createActivity, deleteActivity, updateActivity } from '../activities/activitiesService';
import { appInfo } from '../app/appInfoService';
import {
  backupsInspect,
  backupsList,
  backupsRestore,
  backupsStatus,
  runBackupNow,
  setBackupPassphrase,
} from '../backups/backupsApi';
import {
  companyPeople,
  createCompany,
  findCompanyDuplicates,
  getCompany,
  trashCompanies,
  updateCompany,
} from '../companies/companiesService';
import { contactFacets } from '../contacts/contactsRepository';
import { pageOfCompanies, pageOfContacts } from '../contacts/listService';
import {
  createContact,
  findContactDuplicates,
  getContact,
  trashContacts,
  updateContact,
} from '../contacts/contactsService';
import { loadSampleData } from '../sample/sampleService';
import { globalSearch } from '../search/searchService';
import { getSettings, updateSettings } from '../settings/settingsService';
import { emptyTrash, listTrash, restoreFromTrash } from '../trash/trashService';
import { rowsToCsv } from '../exports/csvExport';
import { exportContacts } from '../exports/exportService';
import { everythingFileName, exportEverythingToBytes } from '../exports/exportEverything';
import { importHistory, undoImport } from '../imports/importService';
import {
  cancelImportSession,
  commitImportSession,
  configureImportSession,
  openImportSession,
  rejectedRowsCsv,
} from '../imports/importSessions';
import { deleteView, listViews, saveView } from '../views/viewsService';
import {
  calendarRange,
  cancelOccurrence,
  createEvent,
  deleteEvent,
  getEvent,
  itemsOfEntity,
  moveOccurrence,
  setOccurrenceDone,
  updateEvent,
} from '../calendar/calendarService';
import { dismissReminder, openReminders, snoozeReminder } from '../reminders/remindersService';
import { birthdaysBetween, todayData } from '../calendar/todayService';
import { acceptSuggestion, customerValue, ignoreSuggestion } from '../customers/customerValueService';
import { keepInTouch } from '../customers/keepInTouchService';
import {
  activityWeekFigures,
  lifecycleFigures,
  newAndLostFigures,
  revenueByAgeFigures,
  segmentFigures,
  topShareFigures,
} from '../customers/customerFigures';
import { exportCalendar, importIcs } from '../calendar/icalendar';
import {
  createPipeline,
  deletePipeline,
  lostReasons,
  pipelines,
  saveLostReasons,
  updatePipeline,
} from '../deals/pipelinesService';
import {
  createDeal,
  dealBoard,
  dealList,
  dealsFacets,
  dealsOfRecord,
  refundDeal,
  getDeal,
  moveDeal,
  trashDeal,
  updateDeal,
} from '../deals/dealsService';
import { closeFigures, forecastFigures, funnelFigures, revenueFigures } from '../deals/dealFigures';
import { createProduct, listProducts, setProductArchived, updateProduct } from '../deals/productsService';
import {
  calibrationJob,
  envelopesJob,
  jobFor,
  jobToPdf,
  jobToPrinter,
  labelsJob,
  previewRecipients,
  returnAddressJob,
} from '../labels/labelsService';
import {
  calibrationFor,
  deleteCustomSheet,
  exportCustomSheetFile,
  importCustomSheetFile,
  listCustomSheets,
  saveCalibration,
  saveCustomSheet,
} from '../labels/sheetsService';

export type Handler<M extends MethodName> = (ctx: AppContext, input: ParsedInput<M>) => Promise<MethodOutput<M>>;
export type HandlerMap = { [M in MethodName]: Handler<M> };

export const handlers: HandlerMap = {
  'app.info': (ctx) => appInfo(ctx),
  'settings.get': (ctx) => getSettings(ctx),
  'settings.update': (ctx, patch) => updateSettings(ctx, patch),
  'sample.load': (ctx) => loadSampleData(ctx),

  'contacts.list': (ctx, q) => pageOfContacts(ctx, q),
  'contacts.get': (ctx, { id }) => getContact(ctx, id),
  'contacts.create': (ctx, { contact }) => createContact(ctx, contact),
  'contacts.update': (ctx, { id, contact }) => updateContact(ctx, id, contact),
  'contacts.delete': (ctx, { ids }) => trashContacts(ctx, ids),
  'contacts.findDuplicates': (ctx, q) => findContactDuplicates(ctx, q),
  'contacts.facets': (ctx) => contactFacets(ctx.db),

  'companies.list': (ctx, q) => pageOfCompanies(ctx, q),
  'companies.get': (ctx, { id }) => getCompany(ctx, id),
  'companies.create': (ctx, { company }) => createCompany(ctx, company),
  'companies.update': (ctx, { id, company }) => updateCompany(ctx, id, company),
  'companies.delete': (ctx, { ids }) => trashCompanies(ctx, ids),
  'companies.findDuplicates': (ctx, { name, excludeId }) => findCompanyDuplicates(ctx, name, excludeId),
  'companies.people': (ctx, { id }) => companyPeople(ctx, id),

  'activities.list': (ctx, { contactId, companyId, dealId, limit }) =>
    activitiesOf(ctx, { contactId, companyId, dealId }, limit),
  'activities.create': (ctx, { activity }) => createActivity(ctx, activity),
  'activities.update': (ctx, { id, activity }) => updateActivity(ctx, id, activity),
  'activities.delete': (ctx, { id }) => deleteActivity(ctx, id),

  'search.global': (ctx, { q, limit }) => globalSearch(ctx, q, limit),

  'views.list': (ctx, { entity }) => listViews(ctx, entity),
  'views.save': (ctx, input) => saveView(ctx, input),
  'views.delete': (ctx, { id }) => deleteView(ctx, id),

  'trash.list': (ctx) => listTrash(ctx),
  'trash.restore': (ctx, { items }) => restoreFromTrash(ctx, items),
  'trash.empty': (ctx) => emptyTrash(ctx),

  'imports.open': (ctx, { fileName, contentBase64 }) => openImportSession(ctx, fileName, decodeUpload(contentBase64)),
  'imports.configure': (ctx, { sessionId, settings }) => configureImportSession(ctx, sessionId, settings),
  'imports.commit': (ctx, { sessionId, skipInvalid }) => {
    const started = Date.now();
    return commitImportSession(ctx, sessionId, { skipInvalid }, (done, total) =>
      ctx.events.emit('import.progress', {
        sessionId,
        done,
        total,
        rowsPerSecond: Math.round((done * 1000) / Math.max(1, Date.now() - started)),
      }),
    );
  },
  'imports.cancel': async (_ctx, { sessionId }) => cancelImportSession(sessionId),
  'imports.rejectedCsv': async (_ctx, { sessionId }) => {
    const { fileName, rows } = rejectedRowsCsv(sessionId);
    return { fileName, contentBase64: rowsToCsv(rows).toString('base64') };
  },
  'imports.history': (ctx) => importHistory(ctx),
  'imports.undo': (ctx, { batchId }) => undoImport(ctx, batchId),

  'calendar.range': (ctx, { from, to }) => calendarRange(ctx, from, to),
  'calendar.get': (ctx, { id }) => getEvent(ctx, id),
  'calendar.ofRecord': (ctx, { entityType, id }) => itemsOfEntity(ctx, entityType, id),
  'calendar.today': (ctx) => todayData(ctx),
  'customers.value': (ctx, { entityType, id }) => customerValue(ctx, entityType, id),
  'customers.keepInTouch': (ctx, { limit }) => keepInTouch(ctx, limit),
  'customers.acceptSuggestion': (ctx, { contactId }) => acceptSuggestion(ctx, contactId),
  'customers.ignoreSuggestion': (ctx, { contactId }) => ignoreSuggestion(ctx, contactId),
  'customers.bySegment': (ctx, q) => segmentFigures(ctx, q),
  'customers.byLifecycle': (ctx, q) => lifecycleFigures(ctx, q),
  'customers.newAndLost': (ctx, q) => newAndLostFigures(ctx, q),
  'customers.topShare': (ctx, q) => topShareFigures(ctx, q),
  'customers.revenueByAge': (ctx, q) => revenueByAgeFigures(ctx, q),
  'customers.activityByWeek': (ctx, q) => activityWeekFigures(ctx, q),
  'calendar.birthdays': (ctx, { from, to }) => birthdaysBetween(ctx, from.slice(0, 10), to.slice(0, 10)),
  'calendar.create': (ctx, { event }) => createEvent(ctx, event),
  'calendar.update': (ctx, { id, event }) => updateEvent(ctx, id, event),
  'calendar.delete': async (ctx, { id }) => {
    await deleteEvent(ctx, id);
    return { count: 1 };
  },
  'calendar.moveOccurrence': async (ctx, { id, occurrence, start, end }) => {
    await moveOccurrence(ctx, id, occurrence, { start, end });
    return { count: 1 };
  },
  'calendar.cancelOccurrence': async (ctx, { id, occurrence }) => {
    await cancelOccurrence(ctx, id, occurrence);
    return { count: 1 };
  },
  'calendar.setDone': async (ctx, { id, occurrence, done }) => {
    await setOccurrenceDone(ctx, id, occurrence, done);
    return { count: 1 };
  },
  'calendar.exportIcs': async (ctx, { from, to, eventId }) => {
    const { text, count } = await exportCalendar(ctx, {
      ...(from ? { from } : {}),
      ...(to ? { to } : {}),
      ...(eventId ? { eventIds: [eventId] } : {}),
    });
    const day = ctx.clock.now().toISOString().slice(0, 10);
    return {
      fileName: eventId ? `Rapport item ${eventId}.ics` : `Rapport calendar ${day}.ics`,
      contentBase64: Buffer.from(text, 'utf8').toString('base64'),
      count,
    };
  },
  'calendar.importIcs': (ctx, { fileName, contentBase64, dryRun }) =>
    importIcs(ctx, fileName, new Uint8Array(Buffer.from(contentBase64, 'base64')), { dryRun }),
  'reminders.open': (ctx) => openReminders(ctx),
  'reminders.snooze': (ctx, { id, for: choice }) => snoozeReminder(ctx, id, choice),
  'reminders.dismiss': (ctx, { id }) => dismissReminder(ctx, id),

  'pipelines.list': (ctx) => pipelines(ctx),
  'pipelines.create': (ctx, { pipeline }) => createPipeline(ctx, pipeline),
  'pipelines.update': (ctx, { id, pipeline }) => updatePipeline(ctx, id, pipeline),
  'pipelines.delete': (ctx, { id }) => deletePipeline(ctx, id),

  'deals.board': (ctx, { pipelineId, filter, perColumn }) => dealBoard(ctx, pipelineId, filter, perColumn),
  'deals.list': (ctx, q) => dealList(ctx, q),
  'deals.get': (ctx, { id }) => getDeal(ctx, id),
  'deals.create': (ctx, { deal }) => createDeal(ctx, deal),
  'deals.update': (ctx, { id, deal }) => updateDeal(ctx, id, deal),
  'deals.delete': (ctx, { id }) => trashDeal(ctx, id),
  'deals.move': (ctx, move) => moveDeal(ctx, move),
  'deals.refund': (ctx, { id, refunded }) => refundDeal(ctx, id, refunded),
  'deals.ofRecord': (ctx, { entityType, id }) => dealsOfRecord(ctx, entityType, id),
  'deals.facets': (ctx) => dealsFacets(ctx),
  'deals.funnel': (ctx, q) => funnelFigures(ctx, q),
  'deals.forecast': (ctx, q) => forecastFigures(ctx, q),
  'deals.revenue': (ctx, q) => revenueFigures(ctx, q),
  'deals.closeFigures': (ctx, q) => closeFigures(ctx, q),

  'products.list': (ctx, { includeArchived }) => listProducts(ctx, includeArchived),
  'products.create': (ctx, { product }) => createProduct(ctx, product),
  'products.update': (ctx, { id, product }) => updateProduct(ctx, id, product),
  'products.setArchived': (ctx, { id, archived }) => setProductArchived(ctx, id, archived),

  'lostReasons.list': (ctx, { includeArchived }) => lostReasons(ctx, includeArchived),
  'lostReasons.save': (ctx, input) => saveLostReasons(ctx, input),

  'labels.recipients': (ctx, { recipients, locale, window }) => previewRecipients(ctx, recipients, locale, window),
  'labels.pdf': async (ctx, { print, locale }) => jobToPdf(ctx, await labelsJob(ctx, print, locale)),
  'labels.envelopesPdf': async (ctx, { print, locale }) => jobToPdf(ctx, await envelopesJob(ctx, print, locale)),
  'labels.returnAddressPdf': async (ctx, { print }) => jobToPdf(ctx, await returnAddressJob(ctx, print)),
  'labels.print': async (ctx, { job, printer, locale }) => jobToPrinter(ctx, await jobFor(ctx, job, locale), printer),
  'labels.printers': async (ctx) => (ctx.printer ? ctx.printer.printers() : []),
  'labels.customSheets': (ctx) => listCustomSheets(ctx),
  'labels.saveSheet': (ctx, { id, sheet }) => saveCustomSheet(ctx, id, sheet),
  'labels.deleteSheet': (ctx, { id }) => deleteCustomSheet(ctx, id),
  'labels.exportSheet': (ctx, { id }) => exportCustomSheetFile(ctx, id),
  'labels.importSheet': (ctx, { fileName, contentBase64 }) =>
    importCustomSheetFile(ctx, fileName, Buffer.from(contentBase64, 'base64').toString('utf8')),
  'labels.calibration': (ctx, { printer, sheetId }) => calibrationFor(ctx, printer, sheetId),
  'labels.saveCalibration': (ctx, { printer, sheetId, calibration }) =>
    saveCalibration(ctx, printer, sheetId, calibration),
  'labels.calibrationPdf': async (ctx, { sheetId, calibration }) =>
    jobToPdf(ctx, await calibrationJob(ctx, sheetId, calibration)),

  'backups.status': (ctx) => backupsStatus(ctx),
  'backups.runNow': (ctx, input) => runBackupNow(ctx, input),
  'backups.list': (ctx, input) => backupsList(ctx, input),
  'backups.inspect': (ctx, input) => backupsInspect(ctx, input),
  'backups.restore': (ctx, input) => backupsRestore(ctx, input),
  'backups.setPassphrase': (ctx, input) => setBackupPassphrase(ctx, input),

  'system.chooseFolder': (ctx, { purpose }) => chooseFolder(ctx, purpose),
  'system.chooseBackupFile': (ctx) => chooseBackupFile(ctx),
  'system.showInFolder': (ctx, { what }) => showInFolder(ctx, what),
  'database.location': async (ctx) => databaseLocation(ctx),
  'database.move': (ctx, { folder }) => moveDatabase(ctx, folder),
  'database.deleteOldCopy': (ctx) => deleteOldCopy(ctx),

  'exports.contacts': async (ctx, request) => {
    const { bytes, count } = await exportContacts(ctx, request);
    const day = ctx.clock.now().toISOString().slice(0, 10);
    return {
      fileName: `Rapport contacts ${day}.${request.format === 'vcard' ? 'vcf' : 'csv'}`,
      contentBase64: bytes.toString('base64'),
      count,
    };
  },
  'exports.everything': async (ctx) => {
    const { bytes, files, rows } = await exportEverythingToBytes(ctx);
    return {
      fileName: everythingFileName(ctx.clock.now()),
      contentBase64: bytes.toString('base64'),
      files: files.length,
      rows,
    };
  },
};

/** The import screen sends files as base64; anything over the limit goes through `rapport import`. */
function decodeUpload(contentBase64: string): Uint8Array {
  const bytes = Buffer.from(contentBase64, 'base64');
  if (bytes.length > MAX_IMPORT_BYTES) {
    throw new RapportError(
      'invalid_input',
      `The file is larger than ${MAX_IMPORT_BYTES / 1024 / 1024} MB. Import it with the command line: rapport import FILE.`,
    );
  }
  return new Uint8Array(bytes);
}
