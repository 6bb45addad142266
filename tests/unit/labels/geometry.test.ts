// Label sheet geometry: where the Nth label of a print goes (also from a partly used first sheet), how many
// pages a print takes, a printer's calibration, finding a sheet by the code on its pack, and custom sheets —
// their validation (each problem on the measurement to change) and their export file.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CALIBRATION_SCALE_RANGE,
  FIRST_LABEL,
  LABEL_SHEET_MESSAGE_KEYS,
  MAX_CALIBRATION_OFFSET_MM,
  MAX_LABELS_ACROSS_OR_DOWN,
  calibratePoint,
  calibrateRect,
  calibrationSchema,
  customSheetSchema,
  exportCustomSheet,
  findSheetByCode,
  importCustomSheet,
  labelRect,
  labelSheetMessageEn,
  labelsBefore,
  labelsPerPage,
  nthLabelRect,
  nthLabelSlot,
  pageLabelRects,
  labelsOnPage,
  pagesNeeded,
  searchSheets,
  type CustomSheetInput,
  type Rect,
} from '../../../src-shared/labels/geometry';
import { LABEL_SHEETS, MM_PER_INCH, sheetById, type SheetGeometry } from '../../../src-shared/labels/sheets';
import { VALIDATION_MESSAGES_EN } from '../../../src-shared/validation/messages';

const IN = MM_PER_INCH;
const EPS = 1e-9;

function geometryOf(id: string): SheetGeometry {
  const sheet = sheetById(id);
  if (!sheet) throw new Error(`no sheet ${id}`);
  return sheet.geometry;
}
const AVERY_5160 = geometryOf('avery-5160');

function insidePage(rect: Rect, g: SheetGeometry): boolean {
  return (
    rect.x >= -EPS &&
    rect.y >= -EPS &&
    rect.x + rect.width <= g.pageWidth + EPS &&
    rect.y + rect.height <= g.pageHeight + EPS
  );
}

function overlap(a: Rect, b: Rect): boolean {
  const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return w > EPS && h > EPS;
}

const catalogued = fc.constantFrom(...LABEL_SHEETS.map((s) => s.geometry));
/** A catalogued sheet and a start position on it. */
const sheetAndStart = catalogued.chain((g) =>
  fc.record({
    g: fc.constant(g),
    start: fc.record({ row: fc.integer({ min: 1, max: g.rows }), column: fc.integer({ min: 1, max: g.columns }) }),
  }),
);

describe('label rectangles', () => {
  it('puts Avery 5160 labels at the published margins and pitches', () => {
    expect(labelsPerPage(AVERY_5160)).toBe(30);
    expect(labelRect(AVERY_5160, { row: 1, column: 1 })).toEqual({
      x: 0.15625 * IN,
      y: 0.5 * IN,
      width: 2.625 * IN,
      height: 1 * IN,
    });
    const last = labelRect(AVERY_5160, { row: 10, column: 3 });
    expect(last.x).toBeCloseTo((0.15625 + 2 * 2.78125) * IN, 9);
    expect(last.y).toBeCloseTo((0.5 + 9) * IN, 9);
  });

  it('lists a page in printing order: across, then down', () => {
    const order = pageLabelRects(AVERY_5160).map(({ row, column }) => `${row}.${column}`);
    expect(order.slice(0, 4)).toEqual(['1.1', '1.2', '1.3', '2.1']);
    expect(order.at(-1)).toBe('10.3');
  });

  it('refuses a position that is not on the sheet', () => {
    expect(() => labelRect(AVERY_5160, { row: 11, column: 1 })).toThrow(RangeError);
    expect(() => labelRect(AVERY_5160, { row: 1, column: 4 })).toThrow(/row 1, column 4 of a 3 × 10 sheet/);
    expect(() => labelRect(AVERY_5160, { row: 0, column: 1 })).toThrow(RangeError);
    expect(() => labelRect(AVERY_5160, { row: 1.5, column: 1 })).toThrow(RangeError);
  });
});

describe('a print from a partly used first sheet', () => {
  it('needs 100 pages of 5160 for 3,000 labels from the first label, 101 from row 3, column 2', () => {
    expect(pagesNeeded(AVERY_5160, 3000)).toBe(100);
    expect(pagesNeeded(AVERY_5160, 3000, FIRST_LABEL)).toBe(100);
    expect(labelsBefore(AVERY_5160, { row: 3, column: 2 })).toBe(7);
    expect(pagesNeeded(AVERY_5160, 3000, { row: 3, column: 2 })).toBe(101);
  });

  it('says which labels each page of the preview shows: the first sheet after the used ones, then whole sheets', () => {
    expect(labelsOnPage(AVERY_5160, 1)).toEqual({ from: 0, count: 30 });
    expect(labelsOnPage(AVERY_5160, 1, { row: 3, column: 2 })).toEqual({ from: 0, count: 23 });
    expect(labelsOnPage(AVERY_5160, 2, { row: 3, column: 2 })).toEqual({ from: 23, count: 30 });
    expect(labelsOnPage(AVERY_5160, 101, { row: 3, column: 2 })).toEqual({ from: 2993, count: 30 });
  });

  it('counts pages at the edges: none for no labels, a second page for the 31st label or after the last one', () => {
    expect(pagesNeeded(AVERY_5160, 0)).toBe(0);
    expect(pagesNeeded(AVERY_5160, 30)).toBe(1);
    expect(pagesNeeded(AVERY_5160, 31)).toBe(2);
    expect(pagesNeeded(AVERY_5160, 1, { row: 10, column: 3 })).toBe(1);
    expect(pagesNeeded(AVERY_5160, 2, { row: 10, column: 3 })).toBe(2);
    expect(() => pagesNeeded(AVERY_5160, -1)).toThrow(RangeError);
  });

  it('fills the first sheet from the start position, then whole sheets from the top-left', () => {
    const start = { row: 3, column: 2 };
    expect(nthLabelSlot(AVERY_5160, 0, start)).toEqual({ pageIndex: 0, row: 3, column: 2 });
    expect(nthLabelSlot(AVERY_5160, 1, start)).toEqual({ pageIndex: 0, row: 3, column: 3 });
    expect(nthLabelSlot(AVERY_5160, 2, start)).toEqual({ pageIndex: 0, row: 4, column: 1 });
    expect(nthLabelSlot(AVERY_5160, 22, start)).toEqual({ pageIndex: 0, row: 10, column: 3 });
    expect(nthLabelSlot(AVERY_5160, 23, start)).toEqual({ pageIndex: 1, row: 1, column: 1 });
    expect(nthLabelSlot(AVERY_5160, 2999, start)).toEqual({ pageIndex: 100, row: 3, column: 1 });
    expect(nthLabelRect(AVERY_5160, 23, start).rect).toEqual(labelRect(AVERY_5160, FIRST_LABEL));
  });

  it('never skips or repeats a label, and every label lands on the page (any catalogued sheet and start)', () => {
    fc.assert(
      fc.property(sheetAndStart, fc.integer({ min: 0, max: 5000 }), ({ g, start }, n) => {
        const slot = nthLabelSlot(g, n, start);
        const perPage = labelsPerPage(g);
        const index = slot.pageIndex * perPage + (slot.row - 1) * g.columns + (slot.column - 1);
        expect(index).toBe(labelsBefore(g, start) + n);
        expect(insidePage(nthLabelRect(g, n, start).rect, g)).toBe(true);
        // The last of n + 1 labels is on the last page needed.
        expect(pagesNeeded(g, n + 1, start)).toBe(slot.pageIndex + 1);
      }),
    );
  });
});

describe('calibration', () => {
  const offsets = fc.record({
    offsetX: fc.double({ min: -20, max: 20, noNaN: true }),
    offsetY: fc.double({ min: -20, max: 20, noNaN: true }),
  });

  it('moves every label of every sheet by exactly the offset, keeping its size, when the scale is 1', () => {
    fc.assert(
      fc.property(catalogued, offsets, (g, { offsetX, offsetY }) => {
        for (const { rect } of pageLabelRects(g)) {
          const moved = calibrateRect(rect, { offsetX, offsetY, scale: 1 });
          expect(moved.x - rect.x).toBeCloseTo(offsetX, 9);
          expect(moved.y - rect.y).toBeCloseTo(offsetY, 9);
          expect([moved.width, moved.height]).toEqual([rect.width, rect.height]);
        }
      }),
    );
  });

  it('scales about the page’s top-left corner, then adds the offset', () => {
    expect(calibratePoint(0, 0, { offsetX: 1.5, offsetY: -2, scale: 1.02 })).toEqual({ x: 1.5, y: -2 });
    const rect = { x: 100, y: 200, width: 50, height: 20 };
    const scaled = calibrateRect(rect, { offsetX: 1, offsetY: 2, scale: 0.99 });
    expect(scaled.x).toBeCloseTo(100, 9);
    expect(scaled.y).toBeCloseTo(200, 9);
    expect(scaled.width).toBeCloseTo(49.5, 9);
    expect(scaled.height).toBeCloseTo(19.8, 9);
    // The last row of 5160 shrinks towards the top by 1 % of its distance from it.
    const last = labelRect(AVERY_5160, { row: 10, column: 3 });
    expect(calibrateRect(last, { offsetX: 0, offsetY: 0, scale: 0.99 }).y).toBeCloseTo(last.y * 0.99, 9);
  });

  it('accepts offsets up to 20 mm and scales from 0.9 to 1.1, with scale 1 when left out', () => {
    expect(calibrationSchema.parse({ offsetX: -1.2, offsetY: 0.4 })).toEqual({ offsetX: -1.2, offsetY: 0.4, scale: 1 });
    const tooFar = calibrationSchema.safeParse({ offsetX: 25, offsetY: 0, scale: 1 });
    expect(tooFar.error?.issues).toMatchObject([{ path: ['offsetX'], message: 'validation.calibrationOffset' }]);
    const tooBig = calibrationSchema.safeParse({ offsetX: 0, offsetY: 0, scale: 1.5 });
    expect(tooBig.error?.issues).toMatchObject([{ path: ['scale'], message: 'validation.calibrationScale' }]);
  });
});

describe('finding a sheet by the code on its pack', () => {
  const codes = (query: string) => searchSheets(query).map((s) => s.code);

  it('finds a sheet by any equivalent code', () => {
    expect(codes('5960')).toEqual(['5160']);
    expect(codes('18160')).toEqual(['5160']);
    expect(codes('8162')).toEqual(['5162']);
    expect(codes('J8165')).toEqual(['L7165']);
  });

  it('finds sheets by what they are, in the words of the screen’s language too', () => {
    expect(codes('return address')).toEqual(['5167']);
    const chinese = { address: '地址标签', returnAddress: '寄件人地址标签' } as Record<string, string>;
    const found = searchSheets('地址', LABEL_SHEETS, (sheet) => chinese[sheet.kind] ?? '').map((s) => s.code);
    expect(found).toEqual(['5160', '5161', '5162', '5167', 'L7165', '3474', '3475', '3477']);
    // The English description stays as the pack words it.
    expect(LABEL_SHEETS.find((s) => s.code === '5160')!.description).toBe('Address labels, 1 × 2⅝ in, 30 per sheet');
  });

  it('ignores case, the brand, Avery’s L / J prefix and a pack-size suffix', () => {
    expect(codes('j8160')).toEqual(['L7160']);
    expect(codes('l7163')).toEqual(['L7163']);
    expect(codes('7160')).toEqual(['L7160']);
    expect(codes('Avery 5160')).toEqual(['5160']);
    expect(codes('AVERY L7160-100')).toEqual(['L7160']);
    expect(codes('Avery Zweckform 3474')).toEqual(['3474']);
    expect(codes('zweckform 3422')).toEqual(['3422']);
  });

  it('gives both sheets for a bare number that is one sheet’s code and another’s base, the exact one first', () => {
    // Avery US 8160 is a 5160; J8160 is an L7160. "J8160" says which is meant.
    expect(codes('8160')).toEqual(['5160', 'L7160']);
    expect(codes('J8160')).toEqual(['L7160']);
  });

  it('finds codes as they are typed, and sheets by the words of their description', () => {
    expect(codes('516')).toEqual(['5160', '5161', '5162', '5163', '5164', '5167']);
    expect(codes('shipping')).toEqual(['5163', '5164', 'L7169']);
    expect(codes('Zweckform')).toEqual(['3474', '3475', '3477', '3490', '3651', '3659', '3422']);
    expect(codes('')).toHaveLength(LABEL_SHEETS.length);
    expect(codes('99999')).toEqual([]);
  });

  it('looks up one sheet by exact code only', () => {
    expect(findSheetByCode('5960')?.id).toBe('avery-5160');
    expect(findSheetByCode('j8160')?.id).toBe('avery-l7160');
    expect(findSheetByCode('L7169')?.id).toBe('avery-l7169');
    expect(findSheetByCode('516')).toBeUndefined();
    expect(findSheetByCode('Avery')).toBeUndefined();
  });
});

describe('custom sheets', () => {
  const a4Sheet: CustomSheetInput = {
    name: 'Shop labels',
    unit: 'mm',
    paper: 'a4',
    columns: 3,
    rows: 8,
    labelWidth: 70,
    labelHeight: 35,
    leftMargin: 0,
    topMargin: 8.5,
  };
  const issuesOf = (input: unknown) =>
    (customSheetSchema.safeParse(input).error?.issues ?? []).map((i) => [i.path.join('.'), i.message]);

  it('turns a sheet measured in millimetres into its geometry, the labels touching when no pitch is given', () => {
    const sheet = customSheetSchema.parse(a4Sheet);
    expect(sheet.geometry).toEqual({
      pageWidth: 210,
      pageHeight: 297,
      columns: 3,
      rows: 8,
      labelWidth: 70,
      labelHeight: 35,
      leftMargin: 0,
      topMargin: 8.5,
      horizontalPitch: 70,
      verticalPitch: 35,
      cornerRadius: 0,
    });
  });

  it('converts inches exactly (25.4 mm), giving Avery 5160 when 5160 is measured in inches', () => {
    const sheet = customSheetSchema.parse({
      name: 'My 5160',
      unit: 'in',
      paper: 'letter',
      columns: 3,
      rows: 10,
      labelWidth: 2.625,
      labelHeight: 1,
      leftMargin: 0.15625,
      topMargin: 0.5,
      horizontalPitch: 2.78125,
      verticalPitch: 1,
      cornerRadius: 0.0625,
    });
    for (const [field, value] of Object.entries(AVERY_5160)) {
      expect(sheet.geometry[field as keyof SheetGeometry]).toBeCloseTo(value, 9);
    }
  });

  it('takes the page size of a custom page in the chosen unit, and asks for it', () => {
    const a5 = customSheetSchema.parse({
      ...a4Sheet,
      paper: 'custom',
      pageWidth: 148,
      pageHeight: 210,
      columns: 2,
      rows: 5,
    });
    expect([a5.geometry.pageWidth, a5.geometry.pageHeight]).toEqual([148, 210]);
    const legal = customSheetSchema.parse({
      ...a4Sheet,
      unit: 'in',
      paper: 'custom',
      pageWidth: 8.5,
      pageHeight: 14,
      columns: 2,
      rows: 7,
      labelWidth: 4,
      labelHeight: 2,
      topMargin: 0,
    });
    expect(legal.geometry.pageHeight).toBeCloseTo(355.6, 9);
    expect(issuesOf({ ...a4Sheet, paper: 'custom', pageWidth: 148 })).toEqual([['pageHeight', 'validation.required']]);
  });

  it('refuses labels past the right edge, naming the measurement to change', () => {
    // 3 × 75 mm = 225 mm on a 210 mm page: the repetition runs off, the first label fits.
    expect(issuesOf({ ...a4Sheet, labelWidth: 75 })).toEqual([['columns', 'validation.columnsPastRightEdge']]);
    expect(issuesOf({ ...a4Sheet, horizontalPitch: 72 })).toEqual([['columns', 'validation.columnsPastRightEdge']]);
    expect(issuesOf({ ...a4Sheet, labelWidth: 215, columns: 1 })).toEqual([
      ['labelWidth', 'validation.labelPastRightEdge'],
    ]);
    expect(issuesOf({ ...a4Sheet, leftMargin: 210 })).toEqual([['leftMargin', 'validation.marginOffPage']]);
  });

  it('refuses labels past the bottom edge', () => {
    expect(issuesOf({ ...a4Sheet, rows: 9 })).toEqual([['rows', 'validation.rowsPastBottomEdge']]);
    expect(issuesOf({ ...a4Sheet, topMargin: 20 })).toEqual([['rows', 'validation.rowsPastBottomEdge']]);
    expect(issuesOf({ ...a4Sheet, topMargin: 300 })).toEqual([['topMargin', 'validation.marginOffPage']]);
    expect(issuesOf({ ...a4Sheet, rows: 1, labelHeight: 290 })).toEqual([
      ['labelHeight', 'validation.labelPastBottomEdge'],
    ]);
  });

  it('refuses overlapping labels', () => {
    expect(issuesOf({ ...a4Sheet, horizontalPitch: 65 })).toEqual([
      ['horizontalPitch', 'validation.labelsOverlapAcross'],
    ]);
    expect(issuesOf({ ...a4Sheet, verticalPitch: 30 })).toEqual([['verticalPitch', 'validation.labelsOverlapDown']]);
    // One column or one row has no neighbour to overlap.
    expect(issuesOf({ ...a4Sheet, columns: 1, horizontalPitch: 10 })).toEqual([]);
  });

  it('refuses zero and negative sizes, negative margins, and label counts that are not whole numbers', () => {
    expect(issuesOf({ ...a4Sheet, labelWidth: 0 })).toEqual([['labelWidth', 'validation.positive']]);
    expect(issuesOf({ ...a4Sheet, labelHeight: -3 })).toEqual([['labelHeight', 'validation.positive']]);
    expect(issuesOf({ ...a4Sheet, verticalPitch: 0 })).toEqual([['verticalPitch', 'validation.positive']]);
    expect(issuesOf({ ...a4Sheet, leftMargin: -1 })).toEqual([['leftMargin', 'validation.notNegative']]);
    expect(issuesOf({ ...a4Sheet, columns: 0 })).toEqual([['columns', 'validation.labelCount']]);
    expect(issuesOf({ ...a4Sheet, rows: 2.5 })).toEqual([['rows', 'validation.labelCount']]);
    expect(issuesOf({ ...a4Sheet, cornerRadius: 20 })).toEqual([['cornerRadius', 'validation.cornerRadiusTooLarge']]);
    expect(issuesOf({ ...a4Sheet, unit: 'cm' })).toEqual([['unit', 'validation.sheetUnit']]);
    expect(issuesOf({ ...a4Sheet, labelWidth: undefined, name: ' ' })).toEqual([
      ['name', 'validation.required'],
      ['labelWidth', 'validation.required'],
    ]);
  });

  it('accepts every sheet that fits, and draws it on the page without overlaps', () => {
    const fitting = fc
      .record({
        columns: fc.integer({ min: 1, max: 6 }),
        rows: fc.integer({ min: 1, max: 20 }),
        gapX: fc.double({ min: 0, max: 5, noNaN: true }),
        gapY: fc.double({ min: 0, max: 5, noNaN: true }),
        leftMargin: fc.double({ min: 0, max: 20, noNaN: true }),
        topMargin: fc.double({ min: 0, max: 20, noNaN: true }),
      })
      .map((s) => {
        // The largest labels that fit, less a hair.
        const labelWidth = ((210 - s.leftMargin - (s.columns - 1) * s.gapX) / s.columns) * 0.999;
        const labelHeight = ((297 - s.topMargin - (s.rows - 1) * s.gapY) / s.rows) * 0.999;
        return {
          ...a4Sheet,
          ...s,
          labelWidth,
          labelHeight,
          horizontalPitch: labelWidth + s.gapX,
          verticalPitch: labelHeight + s.gapY,
        };
      })
      .filter((s) => s.labelWidth > 0.1 && s.labelHeight > 0.1);
    fc.assert(
      fc.property(fitting, (input) => {
        const parsed = customSheetSchema.safeParse(input);
        expect(parsed.error?.issues ?? []).toEqual([]);
        const rects = pageLabelRects(parsed.data!.geometry).map((l) => l.rect);
        expect(rects.every((r) => insidePage(r, parsed.data!.geometry))).toBe(true);
        for (let i = 1; i < rects.length; i++) expect(overlap(rects[i - 1]!, rects[i]!)).toBe(false);
      }),
    );
  });

  it('refuses every sheet whose last column runs off the page', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 6 }), fc.double({ min: 0.5, max: 50, noNaN: true }), (columns, over) => {
        const labelWidth = (210 + over) / columns;
        expect(issuesOf({ ...a4Sheet, columns, labelWidth })).toEqual([['columns', 'validation.columnsPastRightEdge']]);
      }),
    );
  });

  it('has English text for every message it gives', () => {
    for (const key of LABEL_SHEET_MESSAGE_KEYS) {
      expect(key).toMatch(/^validation\.[a-zA-Z]+$/);
      expect(labelSheetMessageEn(key)).toBe(VALIDATION_MESSAGES_EN[key]);
    }
    expect(labelSheetMessageEn('validation.positive')).toBe(VALIDATION_MESSAGES_EN['validation.positive']);
    // The limits the messages state are the ones enforced.
    expect(VALIDATION_MESSAGES_EN['validation.calibrationOffset']).toContain(`${MAX_CALIBRATION_OFFSET_MM} mm`);
    expect(VALIDATION_MESSAGES_EN['validation.calibrationScale']).toBe(
      `A scale from ${CALIBRATION_SCALE_RANGE.min.toFixed(3)} to ${CALIBRATION_SCALE_RANGE.max.toFixed(3)}`,
    );
    expect(VALIDATION_MESSAGES_EN['validation.labelCount']).toContain(`to ${MAX_LABELS_ACROSS_OR_DOWN}`);
  });
});

describe('the custom sheet file', () => {
  const sheet = customSheetSchema.parse({
    name: 'Return address',
    unit: 'in',
    paper: 'letter',
    columns: 4,
    rows: 20,
    labelWidth: 1.75,
    labelHeight: 0.5,
    leftMargin: 0.28125,
    topMargin: 0.5,
    horizontalPitch: 2.0625,
    cornerRadius: 0.0625,
  });

  it('is small JSON with a format name and version, in the unit the user measured in', () => {
    const file = JSON.parse(exportCustomSheet(sheet));
    expect(file).toEqual({
      format: 'rapport-label-sheet',
      version: 1,
      sheet: {
        name: 'Return address',
        unit: 'in',
        paper: 'letter',
        columns: 4,
        rows: 20,
        labelWidth: 1.75,
        labelHeight: 0.5,
        leftMargin: 0.28125,
        topMargin: 0.5,
        horizontalPitch: 2.0625,
        cornerRadius: 0.0625,
      },
    });
  });

  it('imports what it exported, unchanged', () => {
    const imported = importCustomSheet(exportCustomSheet(sheet));
    expect(imported).toEqual({ ok: true, sheet });
  });

  it('refuses a file with a wrong measurement, naming the field', () => {
    const text = exportCustomSheet(sheet).replace('"labelWidth": 1.75', '"labelWidth": -1');
    const result = importCustomSheet(text);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues).toEqual([{ path: 'sheet.labelWidth', message: 'validation.positive' }]);
    expect(result.message).toBe(
      'Cannot import this label sheet: label width (sheet.labelWidth): Must be more than zero',
    );
  });

  it('refuses a file whose labels run off the page, naming the measurement', () => {
    const result = importCustomSheet(exportCustomSheet(sheet).replace('"columns": 4', '"columns": 5'));
    expect(result).toMatchObject({
      ok: false,
      issues: [{ path: 'sheet.columns', message: 'validation.columnsPastRightEdge' }],
      message: expect.stringContaining('columns (sheet.columns): The last column runs past the right edge'),
    });
  });

  it('refuses what is not one of its files, and files from a newer version', () => {
    expect(importCustomSheet('not json')).toMatchObject({
      ok: false,
      issues: [{ path: '', message: 'validation.sheetFile' }],
    });
    expect(importCustomSheet('[1, 2]')).toMatchObject({
      ok: false,
      issues: [{ path: '', message: 'validation.sheetFile' }],
    });
    expect(importCustomSheet('{"format": "glabels", "version": 1}')).toMatchObject({
      ok: false,
      issues: [{ path: 'format', message: 'validation.sheetFile' }],
      message: 'Cannot import this label sheet: format: Not a Rapport label sheet file',
    });
    const newer = exportCustomSheet(sheet).replace('"version": 1', '"version": 2');
    expect(importCustomSheet(newer)).toMatchObject({
      ok: false,
      issues: [{ path: 'version', message: 'validation.sheetFileVersion' }],
    });
    expect(importCustomSheet('{"format": "rapport-label-sheet", "version": 1}')).toMatchObject({
      ok: false,
      issues: [{ path: 'sheet', message: 'validation.sheetFile' }],
    });
  });
});
