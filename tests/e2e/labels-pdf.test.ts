// Labels printed to PDF by Chromium (the engine Electron's printToPDF uses), then read back with poppler:
// every address block must lie inside its label's rectangle, inside the padding, within 0.3 mm — on Letter and
// A4 sheets, with and without a calibration offset, from a start position on a partly used sheet, and with
// Chinese text; and nothing may spill outside a label.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NO_CALIBRATION, type Calibration, type Rect, type SheetPosition } from '@shared/labels/geometry';
import { sheetById } from '@shared/labels/sheets';
import { labelDocumentHtml, type LabelStyle } from '../../src-main/labels/labelDocument';
import { layOutLabels } from '../../src-main/labels/labelLayout';
import { launchChromium } from './support/browser';

const TOLERANCE_MM = 0.3;
const PT = 25.4 / 72;
const STYLE: LabelStyle = {
  fontSizePt: 11,
  minFontSizePt: 6,
  boldFirstLine: true,
  align: 'left',
  verticalCentre: true,
  paddingMm: 2,
  fontFamily: null,
};

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => browser?.close());

interface Word {
  text: string;
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** Prints the document to PDF and reads every word's box (mm, from the page's top-left) back with poppler. */
async function printAndRead(
  html: string,
  page: { widthMm: number; heightMm: number },
): Promise<{ words: Word[][]; clipped: number }> {
  const tab = await browser.newPage();
  try {
    await tab.setContent(html);
    await tab.waitForSelector('html[data-ready]');
    const clipped = Number(await tab.evaluate(() => document.documentElement.dataset.clipped));
    const pdf = await tab.pdf({ width: `${page.widthMm}mm`, height: `${page.heightMm}mm`, preferCSSPageSize: true });
    const file = join(mkdtempSync(join(tmpdir(), 'rapport-labels-')), 'labels.pdf');
    writeFileSync(file, pdf);
    const xml = execFileSync('pdftotext', ['-bbox', file, '-'], { encoding: 'utf8' });
    const words = xml
      .split(/<page /)
      .slice(1)
      .map((p) =>
        [...p.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)].map(
          (m) => ({ text: m[5]!, x0: +m[1]! * PT, y0: +m[2]! * PT, x1: +m[3]! * PT, y1: +m[4]! * PT }),
        ),
      );
    return { words, clipped };
  } finally {
    await tab.close();
  }
}

function inside(word: Word, r: Rect, inset: number): boolean {
  return (
    word.x0 >= r.x + inset - TOLERANCE_MM &&
    word.x1 <= r.x + r.width - inset + TOLERANCE_MM &&
    word.y0 >= r.y + inset - TOLERANCE_MM &&
    word.y1 <= r.y + r.height - inset + TOLERANCE_MM
  );
}

const english = (n: number) => [
  `R${String(n).padStart(4, '0')} Margaret Featherstonehaugh`,
  `${n} Long Street Name Avenue, Apartment 12B`,
  'Springfield, IL 62701',
  'UNITED STATES',
];
const chinese = (n: number) => [
  `200120`,
  `上海市浦东新区世纪大道${n}号东方明珠广场写字楼A座1808室`,
  `R${String(n).padStart(4, '0')} 王小明 收`,
];

async function checkPrint(options: {
  sheetId: string;
  count: number;
  start?: SheetPosition;
  calibration?: Calibration;
  block?: (n: number) => string[];
}) {
  const sheet = sheetById(options.sheetId)!.geometry;
  const blocks = Array.from({ length: options.count }, (_, i) => (options.block ?? english)(i + 1));
  const calibration = options.calibration ?? NO_CALIBRATION;
  const pages = layOutLabels(sheet, blocks, { start: options.start, calibration });
  const { words, clipped } = await printAndRead(
    labelDocumentHtml(pages, { widthMm: sheet.pageWidth, heightMm: sheet.pageHeight }, STYLE),
    {
      widthMm: sheet.pageWidth,
      heightMm: sheet.pageHeight,
    },
  );
  expect(clipped).toBe(0);
  expect(words).toHaveLength(pages.length);
  let found = 0;
  pages.forEach((page, p) => {
    for (const word of words[p]!) {
      // Every word on the page belongs to one label, inside its padding: nothing spills.
      const owner = page.labels.find((l) => inside(word, l.box, STYLE.paddingMm));
      expect(owner, `"${word.text}" on page ${p + 1} at ${word.x0.toFixed(2)},${word.y0.toFixed(2)} mm`).toBeDefined();
    }
    for (const label of page.labels) {
      const id = label.lines.join(' ').match(/R\d{4}/)![0];
      const mine = words[p]!.filter((w) => w.text.includes(id));
      expect(mine, `${id} printed on page ${p + 1}`).toHaveLength(1);
      expect(inside(mine[0]!, label.box, STYLE.paddingMm)).toBe(true);
      // Where the block is, not only that it is inside: left-aligned text starts at the padding, and the block
      // is centred vertically. (Poppler's boxes for Chinese glyphs sit lower in their lines than Latin ones, by
      // about 0.6 mm at these sizes, so the centre is checked on Latin blocks; containment above holds for all.)
      const block = words[p]!.filter((w) => inside(w, label.box, STYLE.paddingMm));
      const left = Math.min(...block.map((w) => w.x0));
      expect(Math.abs(left - (label.box.x + STYLE.paddingMm))).toBeLessThanOrEqual(TOLERANCE_MM);
      if (!/\p{Script=Han}/u.test(label.lines.join(''))) {
        const middle = (Math.min(...block.map((w) => w.y0)) + Math.max(...block.map((w) => w.y1))) / 2;
        expect(Math.abs(middle - (label.box.y + label.box.height / 2))).toBeLessThanOrEqual(TOLERANCE_MM);
      }
      found += 1;
    }
  });
  expect(found).toBe(options.count);
  return { pages, words, sheet };
}

describe('labels printed to PDF land inside their labels', () => {
  it('Avery 5160 on US Letter: two full pages and a part', async () => {
    const { pages } = await checkPrint({ sheetId: 'avery-5160', count: 70 });
    expect(pages.map((p) => p.labels.length)).toEqual([30, 30, 10]);
  });

  it('L7160 on A4, with a calibration offset, from row 3 column 2 of a used sheet', async () => {
    const calibration = { offsetX: 1.5, offsetY: -0.8, scale: 1 };
    const { pages, sheet } = await checkPrint({
      sheetId: 'avery-l7160',
      count: 30,
      start: { row: 3, column: 2 },
      calibration,
    });
    // The first label sits at row 3, column 2, moved by the offset.
    expect(pages[0]!.labels[0]!.box.x).toBeCloseTo(sheet.leftMargin + sheet.horizontalPitch + 1.5, 6);
    expect(pages[0]!.labels[0]!.box.y).toBeCloseTo(sheet.topMargin + 2 * sheet.verticalPitch - 0.8, 6);
    expect(pages.map((p) => p.labels.length)).toEqual([21 - 7, 16]);
  });

  it('Chinese addresses on A4 L7163: long lines shrink to fit and never spill', async () => {
    await checkPrint({ sheetId: 'avery-l7163', count: 20, block: chinese });
  });

  it('small labels (Avery 5167, ½ × 1¾ in) with a scale calibration', async () => {
    await checkPrint({
      sheetId: 'avery-5167',
      count: 90,
      calibration: { offsetX: -0.5, offsetY: 0.5, scale: 1.01 },
      block: (n) => [`R${String(n).padStart(4, '0')} Ann Lee`, '12 Oak Street', 'Salem, OR 97301'],
    });
  });

  it('counts the labels whose address cannot fit even at the smallest size, so the user can be told', async () => {
    const sheet = sheetById('avery-5167')!.geometry;
    const pages = layOutLabels(sheet, [english(1), ['R0002 Ann Lee', '12 Oak Street']], {
      calibration: NO_CALIBRATION,
    });
    const { clipped } = await printAndRead(
      labelDocumentHtml(pages, { widthMm: sheet.pageWidth, heightMm: sheet.pageHeight }, STYLE),
      {
        widthMm: sheet.pageWidth,
        heightMm: sheet.pageHeight,
      },
    );
    expect(clipped).toBe(1);
  });
});
