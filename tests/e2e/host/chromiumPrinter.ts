// The web host's Printer: the document in a headless Chromium page, printed with page.pdf — the same engine and
// the same PDF path Electron's printToPDF uses. The browser starts on the first print and stays for the next.
//
// A browser has no system print dialog to open, so the web host's one printer prints to files: each job sent to
// it is the PDF the printer would have been given (page size = the sheet, no margins, 100 %), written to the
// outbox folder, with the options the app passed recorded beside it.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import type { Printer, PrinterInfo } from '../../../src-main/ports';
import { launchChromium } from '../support/browser';

export const OUTBOX_PRINTER: PrinterInfo = {
  name: 'rapport-outbox',
  displayName: 'Print to files (web host)',
  isDefault: true,
};

export interface PrintedJob {
  file: string;
  printer: string | null;
  jobName: string;
  page: { widthMm: number; heightMm: number };
}

export type WebHostPrinter = Printer & { close(): Promise<void>; jobs: PrintedJob[] };

/** `printers`: the names its print-to-file printers go by (the first is the default); one by default. */
export function chromiumPrinter(options: { outbox?: string; printers?: string[] } = {}): WebHostPrinter {
  const known: PrinterInfo[] = options.printers
    ? options.printers.map((name, n) => ({ name, displayName: name, isDefault: n === 0 }))
    : [OUTBOX_PRINTER];
  let browser: Promise<Browser> | null = null;
  const jobs: PrintedJob[] = [];

  async function render(html: string, page: { widthMm: number; heightMm: number }) {
    browser ??= launchChromium();
    const tab = await (await browser).newPage();
    try {
      await tab.setContent(html);
      await tab.waitForSelector('html[data-ready]', { timeout: 120_000 });
      const clipped = Number(await tab.evaluate(() => document.documentElement.dataset.clipped ?? '0'));
      const pdf = await tab.pdf({
        width: `${page.widthMm}mm`,
        height: `${page.heightMm}mm`,
        preferCSSPageSize: true,
      });
      return { pdf: new Uint8Array(pdf), clipped };
    } finally {
      await tab.close();
    }
  }

  return {
    jobs,
    toPdf: render,
    async print(html, page, { printer, jobName }) {
      if (!options.outbox) throw new Error('This web host has no printer: start it with an outbox folder.');
      if (printer !== null && !known.some((p) => p.name === printer))
        throw new Error(`No printer called “${printer}”.`);
      const { pdf, clipped } = await render(html, page);
      mkdirSync(options.outbox, { recursive: true });
      const file = join(
        options.outbox,
        `${String(jobs.length + 1).padStart(3, '0')} ${jobName.replace(/[/\\]/g, '-')}`,
      );
      writeFileSync(file, pdf);
      const job = { file, printer, jobName, page };
      writeFileSync(`${file}.json`, JSON.stringify(job, null, 2));
      jobs.push(job);
      return { printed: true, clipped };
    },
    async printers() {
      return options.outbox ? known : [];
    },
    async close() {
      if (browser) await (await browser).close();
    },
  };
}
