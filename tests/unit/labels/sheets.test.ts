// The catalogue of label sheets: every sheet's labels lie on the page without overlapping, its millimetres are
// the source's numbers converted (and nothing else, except the corrections it declares), and they agree with the
// table in REFERENCE.md, which was transcribed from the same gLabels files separately.
import { describe, expect, it } from 'vitest';
import { pageLabelRects, sheetCodeKey, sheetProblems, type Rect } from '../../../src-shared/labels/geometry';
import {
  LABEL_SHEETS,
  MM_PER_INCH,
  PAPER_SIZES_MM,
  glabelsLengthToMm,
  sheetById,
  type CatalogueSheet,
  type SheetGeometry,
} from '../../../src-shared/labels/sheets';

const IN = MM_PER_INCH;
const PT = 25.4 / 72;
/** Floating-point slack: a billionth of a millimetre. */
const EPS = 1e-9;

function sheet(id: string): CatalogueSheet {
  const found = sheetById(id);
  if (!found) throw new Error(`no sheet ${id}`);
  return found;
}

function overlapArea(a: Rect, b: Rect): number {
  const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return w > EPS && h > EPS ? w * h : 0;
}

describe('Avery 5160', () => {
  const avery5160 = sheet('avery-5160');
  const rects = pageLabelRects(avery5160.geometry).map((l) => l.rect);

  it('has 30 labels of 2⅝ × 1 in on US Letter, at the published margins and pitches', () => {
    expect(avery5160.paper).toBe('letter');
    expect(avery5160.geometry.pageWidth).toBe(8.5 * IN);
    expect(avery5160.geometry.pageHeight).toBe(11 * IN);
    expect(rects).toHaveLength(30);
    expect(rects[0]).toEqual({ x: 0.15625 * IN, y: 0.5 * IN, width: 2.625 * IN, height: 1 * IN });
  });

  it('ends its last column at 0.15625 + 2 × 2.78125 + 2.625 in and its last row at 0.5 + 9 × 1 + 1 in', () => {
    const right = Math.max(...rects.map((r) => r.x + r.width));
    const bottom = Math.max(...rects.map((r) => r.y + r.height));
    expect(right).toBeCloseTo((0.15625 + 2 * 2.78125 + 2.625) * IN, 9);
    expect(bottom).toBeCloseTo((0.5 + 9 * 1 + 1) * IN, 9);
    expect(right).toBeLessThan(8.5 * IN);
    expect(bottom).toBeLessThan(11 * IN);
  });

  it('is found under the codes of the other packs of the same sheet', () => {
    expect(avery5160.equivalents).toEqual(expect.arrayContaining(['5260', '5960', '8160', '15160', '18160']));
  });
});

describe('every catalogued sheet', () => {
  it.each(LABEL_SHEETS.map((s) => [s.id, s] as const))('%s: every label lies on the page', (_id, s) => {
    const page = PAPER_SIZES_MM[s.paper];
    expect([s.geometry.pageWidth, s.geometry.pageHeight]).toEqual([page.width, page.height]);
    const rects = pageLabelRects(s.geometry).map((l) => l.rect);
    expect(rects).toHaveLength(s.geometry.columns * s.geometry.rows);
    for (const r of rects) {
      expect(r.x).toBeGreaterThanOrEqual(-EPS);
      expect(r.y).toBeGreaterThanOrEqual(-EPS);
      expect(r.x + r.width).toBeLessThanOrEqual(page.width + EPS);
      expect(r.y + r.height).toBeLessThanOrEqual(page.height + EPS);
    }
  });

  it.each(LABEL_SHEETS.map((s) => [s.id, s] as const))('%s: no two labels overlap', (_id, s) => {
    const rects = pageLabelRects(s.geometry).map((l) => l.rect);
    for (let i = 0; i < rects.length; i++) {
      for (let j = i + 1; j < rects.length; j++) expect(overlapArea(rects[i]!, rects[j]!)).toBe(0);
    }
    expect(s.geometry.horizontalPitch).toBeGreaterThanOrEqual(s.geometry.labelWidth - EPS);
    expect(s.geometry.verticalPitch).toBeGreaterThanOrEqual(s.geometry.labelHeight - EPS);
    expect(sheetProblems(s.geometry)).toEqual([]);
  });

  it.each(LABEL_SHEETS.map((s) => [s.id, s] as const))('%s: says how many labels it has and their size', (_id, s) => {
    const g = s.geometry;
    expect(s.description).toContain(`, ${g.columns * g.rows} per sheet`);
    // The nominal size on the pack: US packs write height × width in inches, A4 packs width × height in mm.
    const match = /, ([\d.⅓½⅝¾]+) × ([\d.⅓½⅝¾]+) (in|mm),/.exec(s.description);
    expect(match).not.toBeNull();
    const [, first, second, unit] = match!;
    const toMm = (text: string) => {
      const fractions: Record<string, number> = { '⅓': 1 / 3, '½': 0.5, '⅝': 0.625, '¾': 0.75 };
      const value = [...text].reduce((sum, ch) => (ch in fractions ? sum + fractions[ch]! : sum), 0);
      const whole = Number(text.replace(/[⅓½⅝¾]/g, '') || 0);
      return (whole + value) * (unit === 'in' ? IN : 1);
    };
    const [width, height] = unit === 'in' ? [toMm(second!), toMm(first!)] : [toMm(first!), toMm(second!)];
    expect(unit).toBe(s.paper === 'letter' ? 'in' : 'mm');
    // Within 0.6 mm: gLabels draws some A4 labels a little larger than the pack's nominal size (L7160).
    expect(Math.abs(width - g.labelWidth)).toBeLessThan(0.6);
    expect(Math.abs(height - g.labelHeight)).toBeLessThan(0.6);
  });

  it('have distinct ids, and no pack code belongs to two sheets', () => {
    expect(new Set(LABEL_SHEETS.map((s) => s.id)).size).toBe(LABEL_SHEETS.length);
    const owners = new Map<string, string>();
    for (const s of LABEL_SHEETS) {
      for (const code of [s.code, ...s.equivalents]) {
        const key = sheetCodeKey(code).full;
        expect(owners.get(key) ?? s.id, `${code} is claimed twice`).toBe(s.id);
        owners.set(key, s.id);
      }
    }
  });

  it('cover the sheets the issue names', () => {
    const codes = LABEL_SHEETS.map((s) => s.code);
    expect(codes).toEqual(
      expect.arrayContaining([
        ...['5160', '5161', '5162', '5163', '5164', '5167'],
        ...['L7160', 'L7161', 'L7162', 'L7163', 'L7165', 'L7169'],
        ...['3474', '3475', '3477', '3490', '3651', '3659', '3422'],
      ]),
    );
    expect(sheet('avery-l7160').equivalents).toContain('J8160');
  });
});

describe('where the numbers come from', () => {
  function convertedSource(s: CatalogueSheet): SheetGeometry {
    const page = PAPER_SIZES_MM[s.paper];
    const base = { pageWidth: page.width, pageHeight: page.height };
    if (s.source.kind === 'glabels') {
      const l = s.source.layout;
      return {
        ...base,
        columns: l.nx,
        rows: l.ny,
        labelWidth: glabelsLengthToMm(l.width),
        labelHeight: glabelsLengthToMm(l.height),
        leftMargin: glabelsLengthToMm(l.x0),
        topMargin: glabelsLengthToMm(l.y0),
        horizontalPitch: glabelsLengthToMm(l.dx),
        verticalPitch: glabelsLengthToMm(l.dy),
        cornerRadius: glabelsLengthToMm(l.round),
      };
    }
    const v = s.source.values;
    return {
      ...base,
      columns: v.grid.columns,
      rows: v.grid.rows,
      labelWidth: v.label.width,
      labelHeight: v.label.height,
      leftMargin: v.margins.left,
      topMargin: v.margins.top,
      horizontalPitch: v.label.width + v.gap.horizontal,
      verticalPitch: v.label.height + v.gap.vertical,
      cornerRadius: 0,
    };
  }

  it('reads gLabels lengths: inches, millimetres, and points where no unit is written', () => {
    expect(glabelsLengthToMm('2.625in')).toBeCloseTo(66.675, 12);
    expect(glabelsLengthToMm('70mm')).toBe(70);
    expect(glabelsLengthToMm('181.4')).toBeCloseTo((181.4 * 25.4) / 72, 12);
    expect(glabelsLengthToMm('5.66929pt')).toBeCloseTo(2, 5);
    expect(glabelsLengthToMm('1cm')).toBe(10);
    expect(glabelsLengthToMm('')).toBe(0);
    expect(() => glabelsLengthToMm('wide')).toThrow(/Not a gLabels length/);
  });

  it.each(LABEL_SHEETS.map((s) => [s.id, s] as const))(
    '%s: is its source converted, apart from the corrections it declares',
    (_id, s) => {
      const converted = convertedSource(s);
      const corrected = new Set(s.corrections.map((c) => c.field));
      for (const field of Object.keys(converted) as (keyof SheetGeometry)[]) {
        if (!corrected.has(field)) expect(s.geometry[field], field).toBe(converted[field]);
      }
      for (const c of s.corrections) {
        expect(c.sourceMm).toBe(converted[c.field]);
        expect(s.geometry[c.field]).toBe(c.usedMm);
        expect(c.why.length).toBeGreaterThan(20);
      }
    },
  );

  it('takes every sheet but 3422 from gLabels, at one commit, and 3422 from a public sheet file', () => {
    for (const s of LABEL_SHEETS) {
      if (s.code === '3422') {
        expect(s.source).toMatchObject({ kind: 'openlibry', repository: 'jzakotnik/openlibry', unit: 'mm' });
      } else {
        expect(s.source).toMatchObject({
          kind: 'glabels',
          repository: 'jimevins/glabels-qt',
          commit: '2da9b2d8565110dc02271d059a54b12b3d60b1ff',
        });
        expect(s.source.file).toBe(
          s.paper === 'letter'
            ? 'templates/avery-us-templates.xml'
            : s.brand === 'Avery'
              ? 'templates/avery-iso-templates.xml'
              : 'templates/zweckform-iso-templates.xml',
        );
      }
    }
  });

  it('corrects only what cannot be printed as written: L7161 overlapping rows, 3475 running off the page', () => {
    const corrected = LABEL_SHEETS.filter((s) => s.corrections.length > 0).map((s) => s.id);
    expect(corrected).toEqual(['avery-l7161', 'zweckform-3475']);
    const l7161 = sheet('avery-l7161');
    expect(l7161.corrections).toMatchObject([{ field: 'labelHeight', sourceMm: 132.6 * PT, usedMm: 132.5 * PT }]);
    // As written, 3475 runs 3 × 198.570 pt = 210.15 mm across a 210 mm page.
    const z3475 = sheet('zweckform-3475');
    expect(3 * 198.57 * PT).toBeGreaterThan(210.1);
    expect(z3475.geometry.labelWidth * 3).toBe(210);
  });

  // REFERENCE.md's table, transcribed separately from the same files: US sheets in inches, A4 in mm (2 decimals).
  const US: [string, number[]][] = [
    // id: left, top, width, height, h-pitch, v-pitch
    ['avery-5160', [0.15625, 0.5, 2.625, 1, 2.78125, 1]],
    ['avery-5161', [0.15625, 0.5, 4, 1, 4.1875, 1]],
    ['avery-5162', [0.15625, 0.8333, 4, 1.3333, 4.1875, 1.3333]],
    ['avery-5163', [0.1625, 0.5, 4, 2, 4.1875, 2]],
    ['avery-5164', [0.15625, 0.5, 4, 3.3333, 4.1875, 3.3333]],
    ['avery-5167', [0.28125, 0.5, 1.75, 0.5, 2.0625, 0.5]],
  ];
  const A4: [string, number[]][] = [
    ['avery-l7160', [7.48, 15.49, 63.99, 38.1, 66.04, 38.1]],
    ['avery-l7161', [7.41, 8.11, 63.57, 46.74, 65.93, 46.74]], // height corrected from 46.78 (see above)
    ['avery-l7162', [3.99, 12.98, 99.1, 33.9, 102.48, 33.9]],
    ['avery-l7163', [3.35, 15.17, 99.1, 38.1, 103.01, 38.1]],
    ['avery-l7165', [4.67, 13.04, 99.06, 67.73, 101.64, 67.73]],
    ['avery-l7169', [5.01, 7.06, 99.1, 138.99, 101.49, 138.99]],
    ['zweckform-3474', [0, 0, 70, 37, 70, 37]],
    ['zweckform-3475', [0, 4.43, 70, 36.03, 70, 36.03]], // width and pitch corrected from 70.05
    ['zweckform-3490', [0, 4.43, 70, 36, 70, 36]],
    ['zweckform-3477', [0, 4.93, 105, 41, 105, 41]],
    ['zweckform-3659', [8, 21.17, 96.66, 42.51, 96.66, 42.51]],
    ['zweckform-3651', [1, 1, 52, 29.5, 52, 29.5]],
    ['zweckform-3422', [0, 8.5, 70, 35, 70, 35]],
  ];
  const fields = (g: SheetGeometry) => [
    g.leftMargin,
    g.topMargin,
    g.labelWidth,
    g.labelHeight,
    g.horizontalPitch,
    g.verticalPitch,
  ];

  it.each(US)('%s matches REFERENCE.md in inches', (id, expected) => {
    fields(sheet(id).geometry).forEach((mm, i) => expect(mm / IN).toBeCloseTo(expected[i]!, 4));
  });

  it.each(A4)('%s matches REFERENCE.md in millimetres', (id, expected) => {
    fields(sheet(id).geometry).forEach((mm, i) => expect(mm).toBeCloseTo(expected[i]!, 2));
  });
});
