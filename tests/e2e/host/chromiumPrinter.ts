// The web host's Printer: the document in a headless Chromium page, printed with page.pdf — the same engine and
// the same PDF path Electron's printToPDF uses. The browser starts on the first print and stays for the next.
import type { Browser } from 'playwright-core';
import type { Printer } from '../../../src-main/ports';
import { launchChromium } from '../support/browser';

export function chromiumPrinter(): Printer & { close(): Promise<void> } {
  let browser: Promise<Browser> | null = null;
  return {
    async toPdf(html, page) {
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
    },
    async close() {
      if (browser) await (await browser).close();
    },
  };
}
