// Printing labels: who gets one (recipients), where each goes (layout on the sheet from the start position,
// calibrated), what the page looks like (the label document), and the PDF Chromium makes of it.
import { RapportError } from '@shared/api/result';
import type { Calibration, SheetPosition } from '@shared/labels/geometry';
import type {
  EnvelopePrintInput,
  PrintJobInput,
  LabelPrintInput,
  LabelStyleInput,
  RecipientsInput,
  ReturnAddressPrintInput,
} from '@shared/validation/labels';
import { ENVELOPES } from '@shared/labels/envelopes';
import type { AppContext } from '../context';
import { getSettings } from '../settings/settingsService';
import { labelDocumentHtml, type LabelPage, type LabelStyle } from './labelDocument';
import { calibrationPage, layOutLabels } from './labelLayout';
import { labelRecipients, type LeftOut } from './labelRecipients';
import { sheetGeometry } from './sheetsService';

/** Text never shrinks below this to fit a label; a label that still does not fit is reported. */
const MIN_FONT_SIZE_PT = 6;

/** What labelRecipients is asked, with the address layouts the user wrote (settings) in force. */
async function recipientsRequest(ctx: AppContext, input: RecipientsInput, locale: string) {
  const { addressLayouts } = await getSettings(ctx);
  return {
    ...(input.ids ? { ids: input.ids } : {}),
    ...(input.viewId !== undefined ? { viewId: input.viewId } : {}),
    ...(input.filter ? { filter: input.filter } : {}),
    per: input.per,
    sort: input.sort,
    includeIncomplete: input.includeIncomplete,
    copies: input.copies,
    locale,
    block: {
      senderCountry: input.senderCountry,
      includeName: input.includeName,
      includeTitle: input.includeTitle,
      includeCompany: input.includeCompany,
      shou: input.shou,
      layouts: addressLayouts,
    },
  };
}

/**
 * How many labels a print will make, who is left out and why, and the address blocks of the labels the screen
 * is previewing (`window`: from which label, how many; the first 200 by default).
 */
export async function previewRecipients(
  ctx: AppContext,
  input: RecipientsInput,
  locale: string,
  window: { from: number; count: number } = { from: 0, count: 200 },
): Promise<{
  recipients: number;
  labels: number;
  leftOut: LeftOut[];
  from: number;
  blocks: string[][];
  nameLines: Array<number | null>;
}> {
  const result = await labelRecipients(ctx, await recipientsRequest(ctx, input, locale));
  const end = window.from + window.count;
  return {
    recipients: result.recipients,
    labels: result.blocks.length,
    leftOut: result.leftOut,
    from: window.from,
    blocks: result.blocks.slice(window.from, end),
    nameLines: result.nameLines.slice(window.from, end),
  };
}

/** The document's style from what the user chose; `boldName` says whether a name is printed to make bold. */
function documentStyle(style: LabelStyleInput, boldName: boolean, overrides: Partial<LabelStyle> = {}): LabelStyle {
  return {
    fontSizePt: style.fontSizePt,
    minFontSizePt: Math.min(MIN_FONT_SIZE_PT, style.fontSizePt),
    boldFirstLine: style.boldName && boldName,
    align: style.align,
    verticalCentre: style.verticalCentre,
    paddingMm: style.paddingMm,
    fontFamily: style.fontFamily,
    ...overrides,
  };
}

/** A sheet to print on, with the start position checked against it. */
async function sheetForPrint(ctx: AppContext, sheetId: string, start?: SheetPosition) {
  const sheet = await sheetGeometry(ctx, sheetId);
  const { geometry } = sheet;
  if (start && (start.row > geometry.rows || start.column > geometry.columns))
    throw new RapportError(
      'invalid_input',
      `Sheet ${sheet.code} has ${geometry.rows} rows and ${geometry.columns} columns: there is no label at row ${start.row}, column ${start.column}.`,
      [{ path: 'start', message: 'validation.required' }],
    );
  return { ...sheet, page: { widthMm: geometry.pageWidth, heightMm: geometry.pageHeight } };
}

/** Everything one print is: the pages laid out, the paper, the style, and what the screen reports after. */
export interface LabelJob {
  fileName: string;
  pages: LabelPage[];
  page: { widthMm: number; heightMm: number };
  style: LabelStyle;
  labels: number;
  leftOut: LeftOut[];
}

function printerOf(ctx: AppContext) {
  if (!ctx.printer) throw new RapportError('internal', 'Printing is not available here.');
  return ctx.printer;
}

/** The job as a PDF from Chromium's printing, base64 for the contract, with how many labels did not fit. */
export async function jobToPdf(ctx: AppContext, job: LabelJob) {
  const html = labelDocumentHtml(job.pages, job.page, job.style);
  const { pdf, clipped } = await printerOf(ctx).toPdf(html, job.page);
  return {
    fileName: job.fileName,
    contentBase64: Buffer.from(pdf).toString('base64'),
    pages: job.pages.length,
    labels: job.labels,
    clipped,
    leftOut: job.leftOut,
  };
}

/**
 * The job sent to a printer through the system's print dialog, at 100 % with no margins of the printer's own
 * (`printer` is preselected there; null: the system's default). `printed` is false when the user cancelled.
 */
export async function jobToPrinter(ctx: AppContext, job: LabelJob, printer: string | null) {
  const html = labelDocumentHtml(job.pages, job.page, job.style);
  const { printed, clipped } = await printerOf(ctx).print(html, job.page, { printer, jobName: job.fileName });
  return { printed, pages: job.pages.length, labels: job.labels, clipped, leftOut: job.leftOut };
}

const today = (ctx: AppContext) => ctx.clock.now().toISOString().slice(0, 10);

export async function labelsJob(ctx: AppContext, input: LabelPrintInput, locale: string): Promise<LabelJob> {
  const sheet = await sheetForPrint(ctx, input.sheetId, input.start);
  const recipients = await labelRecipients(ctx, await recipientsRequest(ctx, input.recipients, locale));
  if (recipients.blocks.length === 0)
    throw new RapportError('invalid_input', 'Nobody to print a label for: no one chosen has a complete address.');
  const pages = layOutLabels(sheet.geometry, recipients.blocks, {
    start: input.start,
    calibration: input.calibration,
    nameLines: recipients.nameLines,
  });
  return {
    fileName: `Rapport labels ${sheet.code} ${today(ctx)}.pdf`,
    pages,
    page: sheet.page,
    style: documentStyle(input.style, input.recipients.includeName),
    labels: recipients.blocks.length,
    leftOut: recipients.leftOut,
  };
}

/** The calibration page: every label's outline and a crosshair at its centre, where this calibration puts them.
 *  Printed on plain paper and held against a sheet (or measured with a ruler), it shows how far the printer is off. */
export async function calibrationJob(ctx: AppContext, sheetId: string, calibration: Calibration): Promise<LabelJob> {
  const sheet = await sheetForPrint(ctx, sheetId);
  return {
    fileName: `Rapport calibration ${sheet.code}.pdf`,
    pages: [calibrationPage(sheet.geometry, calibration)],
    page: sheet.page,
    style: {
      fontSizePt: 10,
      minFontSizePt: 10,
      boldFirstLine: false,
      align: 'left',
      verticalCentre: false,
      paddingMm: 0,
      fontFamily: null,
    },
    labels: 0,
    leftOut: [],
  };
}

/** One envelope per recipient: the sender's block top-left (smaller), the recipient's where the post reads it. */
export async function envelopesJob(ctx: AppContext, input: EnvelopePrintInput, locale: string): Promise<LabelJob> {
  const envelope = ENVELOPES[input.size];
  const recipients = await labelRecipients(ctx, await recipientsRequest(ctx, input.recipients, locale));
  if (recipients.blocks.length === 0)
    throw new RapportError('invalid_input', 'Nobody to print an envelope for: no one chosen has a complete address.');
  const returnLines = input.returnAddress.filter((line) => line.trim() !== '');
  return {
    fileName: `Rapport envelopes ${input.size.toUpperCase()} ${today(ctx)}.pdf`,
    pages: recipients.blocks.map((lines, n) => ({
      labels: [
        ...(returnLines.length > 0 ? [{ box: envelope.sender, lines: returnLines, small: true }] : []),
        { box: envelope.recipient, lines, boldLine: recipients.nameLines[n] ?? null },
      ],
    })),
    page: { widthMm: envelope.pageWidth, heightMm: envelope.pageHeight },
    style: documentStyle(input.style, input.recipients.includeName, { align: 'left', verticalCentre: false }),
    labels: recipients.blocks.length,
    leftOut: recipients.leftOut,
  };
}

/** Return-address labels: the sender's address `count` times, from the start position. */
export async function returnAddressJob(ctx: AppContext, input: ReturnAddressPrintInput): Promise<LabelJob> {
  const sheet = await sheetForPrint(ctx, input.sheetId, input.start);
  const lines = input.lines.filter((line) => line.trim() !== '');
  if (lines.length === 0)
    throw new RapportError('invalid_input', 'Write the return address first.', [
      { path: 'lines', message: 'validation.required' },
    ]);
  return {
    fileName: `Rapport return address ${sheet.code}.pdf`,
    pages: layOutLabels(
      sheet.geometry,
      Array.from({ length: input.count }, () => lines),
      { start: input.start, calibration: input.calibration },
    ),
    page: sheet.page,
    style: documentStyle(input.style, true),
    labels: input.count,
    leftOut: [],
  };
}

/** Any of the jobs, from what the screen asks for (labels.print). */
export function jobFor(ctx: AppContext, request: PrintJobInput, locale: string): Promise<LabelJob> {
  switch (request.kind) {
    case 'labels':
      return labelsJob(ctx, request.print, locale);
    case 'envelopes':
      return envelopesJob(ctx, request.print, locale);
    case 'returnAddress':
      return returnAddressJob(ctx, request.print);
    case 'calibration':
      return calibrationJob(ctx, request.sheetId, request.calibration);
  }
}
