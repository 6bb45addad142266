// Labels: 3,000 address labels (100 Letter pages of Avery 5160), shrink-to-fit included, printed to PDF by
// Chromium — beside a bare Chromium print of the same number of pre-laid-out, absolutely positioned boxes with
// the same text and no fitting, in the same browser.
import { sheetById } from '@shared/labels/sheets';
import { labelDocumentHtml } from '../../src-main/labels/labelDocument';
import { layOutLabels } from '../../src-main/labels/labelLayout';
import { NO_CALIBRATION } from '@shared/labels/geometry';
import { launchChromium } from '../e2e/support/browser';
import { ms } from './stats';

const COUNT = 3_000;

function address(n: number): string[] {
  // Every seventh is long enough to need shrinking; every fifth is Chinese.
  if (n % 5 === 0) return ['200120', `上海市浦东新区世纪大道${n}号东方明珠广场写字楼A座1808室`, `王小明 收`];
  return [
    `Customer ${n}`,
    n % 7 === 0 ? `${n} Long Street Name Avenue, Building 4, Apartment 12B` : `${n} Oak Street`,
    'Springfield, IL 62701',
  ];
}

export async function runLabelsBench() {
  const sheet = sheetById('avery-5160')!.geometry;
  const blocks = Array.from({ length: COUNT }, (_, i) => address(i + 1));
  const pages = layOutLabels(sheet, blocks, { calibration: NO_CALIBRATION });
  const size = { widthMm: sheet.pageWidth, heightMm: sheet.pageHeight };
  const style = {
    fontSizePt: 11,
    minFontSizePt: 6,
    boldFirstLine: true,
    align: 'left' as const,
    verticalCentre: true,
    paddingMm: 2,
    fontFamily: null,
  };
  // The bare print: the same boxes and text, no flex centring, no fitting script.
  const bareHtml = `<!doctype html><html><head><meta charset="utf-8"><style>@page{size:${size.widthMm}mm ${size.heightMm}mm;margin:0}
    body{margin:0;font-family:sans-serif}.p{position:relative;width:${size.widthMm}mm;height:${size.heightMm}mm;break-after:page}
    .l{position:absolute;overflow:hidden;font-size:11pt;white-space:pre}</style></head><body>${pages
      .map(
        (p) =>
          `<div class="p">${p.labels
            .map(
              (l) =>
                `<div class="l" style="left:${l.box.x}mm;top:${l.box.y}mm;width:${l.box.width}mm;height:${l.box.height}mm">${l.lines.join('\n')}</div>`,
            )
            .join('')}</div>`,
      )
      .join('')}</body></html>`;
  const browser = await launchChromium();
  try {
    const print = async (html: string, waitReady: boolean) => {
      const tab = await browser.newPage();
      const t0 = performance.now();
      await tab.setContent(html);
      if (waitReady) await tab.waitForSelector('html[data-ready]', { timeout: 60_000 });
      const pdf = await tab.pdf({ width: `${size.widthMm}mm`, height: `${size.heightMm}mm`, preferCSSPageSize: true });
      const took = performance.now() - t0;
      await tab.close();
      return { took, bytes: pdf.length };
    };
    await print(bareHtml, false); // warm the browser
    const bare = await print(bareHtml, false);
    const labels = await print(labelDocumentHtml(pages, size, style), true);
    console.log(
      `\nLabels: ${COUNT.toLocaleString('en')} labels, ${pages.length} Letter pages of Avery 5160, to PDF\n  Rapport's print (fitting included) ${ms(labels.took)} (${(labels.bytes / 1024).toFixed(0)} KB)   bare print of the same boxes ${ms(bare.took)} (×${(labels.took / bare.took).toFixed(2)})`,
    );
    return { labels: labels.took };
  } finally {
    await browser.close();
  }
}
