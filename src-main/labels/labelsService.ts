// Printing labels: who gets one (recipients), where each goes (layout on the sheet from the start position,
// calibrated), what the page looks like (the label document), and the PDF Chromium makes of it.
import { RapportError } from '@shared/api/result';
import type { Calibration } from '@shared/labels/geometry';
import type {
  EnvelopePrintInput,
  LabelPrintInput,
  RecipientsInput,
  ReturnAddressPrintInput,
} from '@shared/validation/labels';
import { ENVELOPES } from '@shared/labels/envelopes';
import type { AppContext } from '../context';
import { labelDocumentHtml } from './labelDocument';
import { calibrationPage, layOutLabels } from './labelLayout';
import { labelRecipients, type LeftOut } from './labelRecipients';
import { sheetGeometry } from './sheetsService';

/** Text never shrinks below this to fit a label; a label that still does not fit is reported. */
const MIN_FONT_SIZE_PT = 6;

function recipientsRequest(input: RecipientsInput, locale: string) {
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
    },
  };
}

/** How many labels a print will make, and who is left out and why (the screen shows it before printing). */
export async function previewRecipients(
  ctx: AppContext,
  input: RecipientsInput,
  locale: string,
): Promise<{
  recipients: number;
  labels: number;
  leftOut: LeftOut[];
  first: string[][];
  firstNameLines: Array<number | null>;
}> {
  const result = await labelRecipients(ctx, recipientsRequest(input, locale));
  return {
    recipients: result.recipients,
    labels: result.blocks.length,
    leftOut: result.leftOut,
    first: result.blocks.slice(0, 200),
    firstNameLines: result.nameLines.slice(0, 200),
  };
}

export async function printLabelsToPdf(ctx: AppContext, input: LabelPrintInput, locale: string) {
  const sheet = await sheetGeometry(ctx, input.sheetId);
  const { geometry } = sheet;
  if (input.start.row > geometry.rows || input.start.column > geometry.columns)
    throw new RapportError(
      'invalid_input',
      `Sheet ${sheet.code} has ${geometry.rows} rows and ${geometry.columns} columns: there is no label at row ${input.start.row}, column ${input.start.column}.`,
      [{ path: 'start', message: 'validation.required' }],
    );
  if (!ctx.printer) throw new RapportError('internal', 'Printing is not available here.');
  const recipients = await labelRecipients(ctx, recipientsRequest(input.recipients, locale));
  if (recipients.blocks.length === 0)
    throw new RapportError('invalid_input', 'Nobody to print a label for: no one chosen has a complete address.');
  const pages = layOutLabels(geometry, recipients.blocks, {
    start: input.start,
    calibration: input.calibration,
    nameLines: recipients.nameLines,
  });
  const html = labelDocumentHtml(
    pages,
    { widthMm: geometry.pageWidth, heightMm: geometry.pageHeight },
    {
      fontSizePt: input.style.fontSizePt,
      minFontSizePt: Math.min(MIN_FONT_SIZE_PT, input.style.fontSizePt),
      boldFirstLine: input.style.boldName && input.recipients.includeName,
      align: input.style.align,
      verticalCentre: input.style.verticalCentre,
      paddingMm: input.style.paddingMm,
      fontFamily: input.style.fontFamily,
    },
  );
  const { pdf, clipped } = await ctx.printer.toPdf(html, {
    widthMm: geometry.pageWidth,
    heightMm: geometry.pageHeight,
  });
  return {
    fileName: `Rapport labels ${sheet.code} ${ctx.clock.now().toISOString().slice(0, 10)}.pdf`,
    contentBase64: Buffer.from(pdf).toString('base64'),
    pages: pages.length,
    labels: recipients.blocks.length,
    clipped,
    leftOut: recipients.leftOut,
  };
}

/** The calibration page: every label's outline and a crosshair at its centre, where this calibration puts them.
 *  Printed on plain paper and held against a sheet (or measured with a ruler), it shows how far the printer is off. */
export async function calibrationPdf(ctx: AppContext, sheetId: string, calibration: Calibration) {
  const sheet = await sheetGeometry(ctx, sheetId);
  if (!ctx.printer) throw new RapportError('internal', 'Printing is not available here.');
  const page = { widthMm: sheet.geometry.pageWidth, heightMm: sheet.geometry.pageHeight };
  const html = labelDocumentHtml([calibrationPage(sheet.geometry, calibration)], page, {
    fontSizePt: 10,
    minFontSizePt: 10,
    boldFirstLine: false,
    align: 'left',
    verticalCentre: false,
    paddingMm: 0,
    fontFamily: null,
  });
  const { pdf } = await ctx.printer.toPdf(html, page);
  return {
    fileName: `Rapport calibration ${sheet.code}.pdf`,
    contentBase64: Buffer.from(pdf).toString('base64'),
  };
}

/** One envelope per recipient: the sender's block top-left (smaller), the recipient's where the post reads it. */
export async function printEnvelopesToPdf(ctx: AppContext, input: EnvelopePrintInput, locale: string) {
  if (!ctx.printer) throw new RapportError('internal', 'Printing is not available here.');
  const envelope = ENVELOPES[input.size];
  const recipients = await labelRecipients(ctx, recipientsRequest(input.recipients, locale));
  if (recipients.blocks.length === 0)
    throw new RapportError('invalid_input', 'Nobody to print an envelope for: no one chosen has a complete address.');
  const returnLines = input.returnAddress.filter((line) => line.trim() !== '');
  const pages = recipients.blocks.map((lines, n) => ({
    labels: [
      ...(returnLines.length > 0 ? [{ box: envelope.sender, lines: returnLines, small: true }] : []),
      { box: envelope.recipient, lines, boldLine: recipients.nameLines[n] ?? null },
    ],
  }));
  const page = { widthMm: envelope.pageWidth, heightMm: envelope.pageHeight };
  const html = labelDocumentHtml(pages, page, {
    fontSizePt: input.style.fontSizePt,
    minFontSizePt: Math.min(MIN_FONT_SIZE_PT, input.style.fontSizePt),
    boldFirstLine: input.style.boldName && input.recipients.includeName,
    align: 'left',
    verticalCentre: false,
    paddingMm: input.style.paddingMm,
    fontFamily: input.style.fontFamily,
  });
  const { pdf, clipped } = await ctx.printer.toPdf(html, page);
  return {
    fileName: `Rapport envelopes ${input.size.toUpperCase()} ${ctx.clock.now().toISOString().slice(0, 10)}.pdf`,
    contentBase64: Buffer.from(pdf).toString('base64'),
    pages: pages.length,
    labels: recipients.blocks.length,
    clipped,
    leftOut: recipients.leftOut,
  };
}

/** Return-address labels: the sender's address `count` times, from the start position. */
export async function printReturnAddressToPdf(ctx: AppContext, input: ReturnAddressPrintInput) {
  const sheet = await sheetGeometry(ctx, input.sheetId);
  const { geometry } = sheet;
  if (!ctx.printer) throw new RapportError('internal', 'Printing is not available here.');
  const lines = input.lines.filter((line) => line.trim() !== '');
  if (lines.length === 0)
    throw new RapportError('invalid_input', 'Write the return address first.', [
      { path: 'lines', message: 'validation.required' },
    ]);
  const pages = layOutLabels(
    geometry,
    Array.from({ length: input.count }, () => lines),
    { start: input.start, calibration: input.calibration },
  );
  const page = { widthMm: geometry.pageWidth, heightMm: geometry.pageHeight };
  const html = labelDocumentHtml(pages, page, {
    fontSizePt: input.style.fontSizePt,
    minFontSizePt: Math.min(MIN_FONT_SIZE_PT, input.style.fontSizePt),
    boldFirstLine: input.style.boldName,
    align: input.style.align,
    verticalCentre: input.style.verticalCentre,
    paddingMm: input.style.paddingMm,
    fontFamily: input.style.fontFamily,
  });
  const { pdf, clipped } = await ctx.printer.toPdf(html, page);
  return {
    fileName: `Rapport return address ${sheet.code}.pdf`,
    contentBase64: Buffer.from(pdf).toString('base64'),
    pages: pages.length,
    labels: input.count,
    clipped,
  };
}
