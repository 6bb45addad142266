// How a label document is handed to the system's print dialog, kept apart from Electron so it can be checked in
// plain Node: the page at the size it was laid out, no margins of the printer's own, 100 % scale — a label sheet
// printed "fit to page" shrinks every label off its die-cut edges.
import { RapportError } from '@shared/api/result';
import type { PrinterInfo } from '../ports';

export interface SystemPrintOptions {
  silent: false;
  printBackground: true;
  deviceName?: string;
  margins: { marginType: 'none' };
  /** Microns, as Chromium's printing takes them. */
  pageSize: { width: number; height: number };
  scaleFactor: 100;
  landscape: false;
  pagesPerSheet: 1;
  header?: undefined;
  footer?: undefined;
}

export function systemPrintOptions(
  page: { widthMm: number; heightMm: number },
  printer: string | null,
): SystemPrintOptions {
  return {
    silent: false,
    printBackground: true,
    ...(printer ? { deviceName: printer } : {}),
    margins: { marginType: 'none' },
    pageSize: { width: Math.round(page.widthMm * 1000), height: Math.round(page.heightMm * 1000) },
    // The page is already the sheet's size; landscape pages (envelopes) are drawn wider than tall, not rotated.
    scaleFactor: 100,
    landscape: false,
    pagesPerSheet: 1,
  };
}

/**
 * What Chromium's print callback means for the user: printed, cancelled in the dialog (not an error), or failed
 * (an error that says so).
 */
export function printOutcome(success: boolean, failureReason: string): { printed: boolean } {
  if (success) return { printed: true };
  if (/cancel/i.test(failureReason)) return { printed: false };
  throw new RapportError(
    'internal',
    `The printer did not take the job (${failureReason || 'no reason given'}). Check that it is on and try again, or save a PDF and print that.`,
  );
}

/** The system's printers in the shape the screen uses, the default first, then by name. */
export function printerList(
  printers: Array<{ name: string; displayName?: string; isDefault?: boolean; options?: object }>,
): PrinterInfo[] {
  return printers
    .map((p) => ({
      name: p.name,
      displayName: p.displayName?.trim() || p.name,
      // Older Electron said isDefault; CUPS reports it among the options.
      isDefault:
        p.isDefault === true || (p.options as Record<string, unknown> | undefined)?.['printer-is-default'] === 'true',
    }))
    .sort((a, b) => Number(b.isDefault) - Number(a.isDefault) || a.displayName.localeCompare(b.displayName));
}
