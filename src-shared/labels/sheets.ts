// The catalogue of label sheets people buy, and what a sheet's geometry is. Every number comes from a public
// template file, kept here exactly as that file writes it (so a reviewer can hold the two side by side); the
// millimetres the app computes with are derived from those texts. The only numbers typed in by hand are the two
// corrections (L7161, 3475) where the file's numbers cannot be printed as written, each with its reason.
//
// gLabels (jimevins/glabels-qt, templates/*.xml, commit 2da9b2d8565110dc02271d059a54b12b3d60b1ff) gives a
// template's label as `width`/`height`/`round` and its grid as `<Layout nx ny x0 y0 dx dy>`: nx × ny labels, the
// first one's top-left corner at (x0, y0) from the page's top-left, the next one dx to the right / dy down. A
// length is a number and a unit (pt, in, mm, cm, pc); a bare number is points, and an empty attribute is the
// parser's default, 0 (model/XmlUtil.cpp getLengthAttr, model/Units.cpp).

export const MM_PER_INCH = 25.4;
export const MM_PER_POINT = 25.4 / 72;

export type LengthUnit = 'mm' | 'in' | 'pt';

export function toMm(value: number, unit: LengthUnit): number {
  return unit === 'mm' ? value : unit === 'in' ? value * MM_PER_INCH : value * MM_PER_POINT;
}

export const PAPERS = ['letter', 'a4'] as const;
export type Paper = (typeof PAPERS)[number];

/** gLabels' templates/paper-sizes.xml: US-Letter 8.5in × 11in, A4 210mm × 297mm. */
export const PAPER_SIZES_MM: Readonly<Record<Paper, { width: number; height: number }>> = {
  letter: { width: 8.5 * MM_PER_INCH, height: 11 * MM_PER_INCH },
  a4: { width: 210, height: 297 },
};

/**
 * Where every label of a sheet is, in millimetres from the page's top-left corner (portrait, as the sheet is fed).
 * The label in row r, column c (from 0) starts at (leftMargin + c × horizontalPitch, topMargin + r × verticalPitch).
 */
export interface SheetGeometry {
  pageWidth: number;
  pageHeight: number;
  columns: number;
  rows: number;
  labelWidth: number;
  labelHeight: number;
  leftMargin: number;
  topMargin: number;
  /** From one label's left edge to the next one's: the label width plus the gap. */
  horizontalPitch: number;
  /** From one label's top edge to the next one's below: the label height plus the gap. */
  verticalPitch: number;
  cornerRadius: number;
}

/** A gLabels `<Label-rectangle>` and its `<Layout>`, each attribute exactly as the template file writes it. */
export interface GlabelsLayout {
  width: string;
  height: string;
  round: string;
  nx: number;
  ny: number;
  x0: string;
  y0: string;
  dx: string;
  dy: string;
}

const GLABELS_REPOSITORY = 'jimevins/glabels-qt';
const GLABELS_COMMIT = '2da9b2d8565110dc02271d059a54b12b3d60b1ff';

export type SheetSource =
  | {
      kind: 'glabels';
      repository: typeof GLABELS_REPOSITORY;
      commit: string;
      file: string;
      /** The `<Template brand part>` the numbers are read from (equivalents point at it with `equiv`). */
      template: string;
      /** The unit the template writes the label size in ("pt" where it writes bare numbers). */
      unit: LengthUnit;
      layout: GlabelsLayout;
    }
  | {
      kind: 'openlibry';
      repository: string;
      commit: string;
      file: string;
      template: string;
      unit: 'mm';
      /** The sheet JSON's fields, in millimetres as the file writes them (pitch = label size + gap). */
      values: {
        label: { width: number; height: number };
        grid: { columns: number; rows: number };
        margins: { top: number; left: number };
        gap: { horizontal: number; vertical: number };
      };
      /** Other public data that gives the same numbers. */
      agreesWith: string;
    };

/** A number the catalogue does not take from its source as written, and why. */
export interface SheetCorrection {
  field: keyof SheetGeometry;
  /** What the source gives, in mm. */
  sourceMm: number;
  /** What the catalogue uses instead, in mm. */
  usedMm: number;
  why: string;
}

export interface CatalogueSheet {
  /** Stable id, stored with a user's label settings. */
  id: string;
  brand: 'Avery' | 'Zweckform';
  /** The code printed on the pack the catalogue names the sheet by. */
  code: string;
  /** Codes printed on other packs of the same sheet (gLabels' `equiv` templates). */
  equivalents: readonly string[];
  /** What the pack calls it. */
  kind: SheetKind;
  /** The label size as the pack and the market write it ("1 × 2⅝ in", "63.5 × 38.1 mm"). */
  nominalSize: string;
  /** In English, as the pack says it: kind, nominal size, labels per sheet (searchable; screens translate). */
  description: string;
  paper: Paper;
  /** In millimetres, derived from `source` (and `corrections`). */
  geometry: SheetGeometry;
  source: SheetSource;
  corrections: readonly SheetCorrection[];
}

/** A length as gLabels writes it ("2.625in", "5mm", "181.4", ""), in millimetres. */
export function glabelsLengthToMm(text: string): number {
  const trimmed = text.trim();
  if (trimmed === '') return 0; // getLengthAttr's default for an empty attribute
  const match = /^(-?(?:\d+\.?\d*|\.\d+))\s*(pt|in|mm|cm|pc)?$/.exec(trimmed);
  if (!match) throw new Error(`Not a gLabels length: "${text}"`);
  const value = Number(match[1]);
  switch (match[2]) {
    case 'in':
      return value * MM_PER_INCH;
    case 'mm':
      return value;
    case 'cm':
      return value * 10;
    case 'pc':
      return value * 12 * MM_PER_POINT;
    default:
      return value * MM_PER_POINT;
  }
}

function geometryFromSource(source: SheetSource, paper: Paper): SheetGeometry {
  const page = { pageWidth: PAPER_SIZES_MM[paper].width, pageHeight: PAPER_SIZES_MM[paper].height };
  if (source.kind === 'glabels') {
    const l = source.layout;
    return {
      ...page,
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
  const v = source.values;
  return {
    ...page,
    columns: v.grid.columns,
    rows: v.grid.rows,
    labelWidth: v.label.width,
    labelHeight: v.label.height,
    leftMargin: v.margins.left,
    topMargin: v.margins.top,
    horizontalPitch: v.label.width + v.gap.horizontal,
    verticalPitch: v.label.height + v.gap.vertical,
    cornerRadius: 0, // the file gives none; these sheets are cut edge to edge
  };
}

export const SHEET_KINDS = ['address', 'shipping', 'returnAddress', 'mailing', 'rectangular', 'multipurpose'] as const;
export type SheetKind = (typeof SHEET_KINDS)[number];

const KIND_WORDS: Readonly<Record<SheetKind, string>> = {
  address: 'Address labels',
  shipping: 'Shipping labels',
  returnAddress: 'Return address labels',
  mailing: 'Mailing labels',
  rectangular: 'Rectangular labels',
  multipurpose: 'Multipurpose labels',
};

type SheetEntry = Omit<CatalogueSheet, 'geometry' | 'corrections' | 'description'> & {
  corrections?: readonly Omit<SheetCorrection, 'sourceMm'>[];
};

function catalogueSheet(entry: SheetEntry): CatalogueSheet {
  const fromSource = geometryFromSource(entry.source, entry.paper);
  const corrections = (entry.corrections ?? []).map((c) => ({ ...c, sourceMm: fromSource[c.field] }));
  const geometry = { ...fromSource };
  for (const c of corrections) geometry[c.field] = c.usedMm;
  const description = `${KIND_WORDS[entry.kind]}, ${entry.nominalSize}, ${geometry.columns * geometry.rows} per sheet`;
  return { ...entry, description, geometry, corrections };
}

function glabels(
  file: 'avery-us-templates.xml' | 'avery-iso-templates.xml' | 'zweckform-iso-templates.xml',
  template: string,
  unit: LengthUnit,
  layout: GlabelsLayout,
): SheetSource {
  return {
    kind: 'glabels',
    repository: GLABELS_REPOSITORY,
    commit: GLABELS_COMMIT,
    file: `templates/${file}`,
    template,
    unit,
    layout,
  };
}

/** "jimevins/glabels-qt templates/avery-us-templates.xml, Avery 5160 (2da9b2d)": for people, not for parsing. */
export function describeSource(source: SheetSource): string {
  return `${source.repository} ${source.file}, ${source.template} (${source.commit.slice(0, 7)})`;
}

// ---- US Letter (gLabels: templates/avery-us-templates.xml, every length in inches) ----
//
// Equivalents are the `<Template part equiv>` lines that follow each template in the file.

const AVERY_5160 = catalogueSheet({
  id: 'avery-5160',
  brand: 'Avery',
  code: '5160',
  // The file's banner comment says "20 per sheet"; its layout (3 × 10) and the pack say 30.
  // prettier-ignore
  equivalents: [
    '5260', '5510', '5520', '5560', '5810', '5920', '5960', '5970', '5971', '5972', '5979', '5980', '6231', '6233',
    '6245', '6460', '6498', '8160', '8250', '8460', '8560', '8620', '8660', '8810', '8920', '8930', '15160',
    '18160', '18660', '25160',
  ],
  kind: 'address',
  nominalSize: '1 × 2⅝ in',
  paper: 'letter',
  // prettier-ignore
  source: glabels('avery-us-templates.xml', 'Avery 5160', 'in', {
    width: '2.625in', height: '1in', round: '0.0625in',
    nx: 3, ny: 10, x0: '0.15625in', y0: '0.5in', dx: '2.78125in', dy: '1in',
  }),
});

const AVERY_5161 = catalogueSheet({
  id: 'avery-5161',
  brand: 'Avery',
  code: '5161',
  equivalents: ['5261', '5961', '8161', '8461', '18161'],
  kind: 'address',
  nominalSize: '1 × 4 in',
  paper: 'letter',
  // prettier-ignore
  source: glabels('avery-us-templates.xml', 'Avery 5161', 'in', {
    width: '4in', height: '1in', round: '0.0625in',
    nx: 2, ny: 10, x0: '0.15625in', y0: '0.5in', dx: '4.1875in', dy: '1in',
  }),
});

const AVERY_5162 = catalogueSheet({
  id: 'avery-5162',
  brand: 'Avery',
  code: '5162',
  // prettier-ignore
  equivalents: [
    '5262', '5512', '5522', '5922', '5962', '8162', '8252', '8462', '8662', '8922', '8932', '15162', '18162',
    '18662',
  ],
  kind: 'address',
  nominalSize: '1⅓ × 4 in',
  paper: 'letter',
  // 1⅓ in written as 1.333333333in: 8.5 nm short of 4/3 in, far below anything a printer can place.
  // prettier-ignore
  source: glabels('avery-us-templates.xml', 'Avery 5162', 'in', {
    width: '4in', height: '1.333333333in', round: '0.0625in',
    nx: 2, ny: 7, x0: '0.15625in', y0: '0.833333333in', dx: '4.1875in', dy: '1.333333333in',
  }),
});

const AVERY_5163 = catalogueSheet({
  id: 'avery-5163',
  brand: 'Avery',
  code: '5163',
  // prettier-ignore
  equivalents: [
    '5263', '5513', '5523', '5795', '5923', '5963', '5978', '8163', '8253', '8463', '8663', '8763', '8923', '15163',
    '18163', '18663',
  ],
  kind: 'shipping',
  nominalSize: '2 × 4 in',
  paper: 'letter',
  // x0 is 0.1625in as gLabels writes it (REFERENCE.md gives the same and notes that other sources, and every
  // other 4 in wide sheet in this file, use 0.15625in = 5/32 in). 0.1625 is kept, as the file says: the two differ
  // by 0.16 mm, well inside the 0.3 mm the prints are checked to, and calibration absorbs the rest.
  // prettier-ignore
  source: glabels('avery-us-templates.xml', 'Avery 5163', 'in', {
    width: '4in', height: '2in', round: '0.125in',
    nx: 2, ny: 5, x0: '0.1625in', y0: '0.5in', dx: '4.1875in', dy: '2in',
  }),
});

const AVERY_5164 = catalogueSheet({
  id: 'avery-5164',
  brand: 'Avery',
  code: '5164',
  equivalents: ['5264', '5514', '5524', '6464', '6499', '8164', '8254', '8464'],
  kind: 'shipping',
  nominalSize: '3⅓ × 4 in',
  paper: 'letter',
  // prettier-ignore
  source: glabels('avery-us-templates.xml', 'Avery 5164', 'in', {
    width: '4in', height: '3.333333333in', round: '0.125in',
    nx: 2, ny: 3, x0: '0.15625in', y0: '0.5in', dx: '4.1875in', dy: '3.333333333in',
  }),
});

const AVERY_5167 = catalogueSheet({
  id: 'avery-5167',
  brand: 'Avery',
  code: '5167',
  // prettier-ignore
  equivalents: [
    '5267', '5667', '5927', '6467', '6504', '8167', '8567', '8667', '8927', '15167', '15267', '18167', '18667',
  ],
  kind: 'returnAddress',
  nominalSize: '½ × 1¾ in',
  paper: 'letter',
  // prettier-ignore
  source: glabels('avery-us-templates.xml', 'Avery 5167', 'in', {
    width: '1.75in', height: '0.5in', round: '0.0625in',
    nx: 4, ny: 20, x0: '0.28125in', y0: '0.5in', dx: '2.0625in', dy: '0.5in',
  }),
});

// ---- A4, Avery (gLabels: templates/avery-iso-templates.xml) ----
//
// gLabels files these under the family number ("7160") with the pack codes L7160 / J8160 as `equiv` lines. Most
// of these templates write bare numbers, i.e. points. gLabels' sizes are a little off the nominal pack sizes in
// places (L7160: 181.4 pt = 63.99 mm wide where the pack says 63.5 mm, on a 66.04 mm pitch where other public
// code uses 66.0): they are kept as gLabels writes them, so there is one published source to compare against;
// the differences are a fraction of a millimetre, and per-printer calibration covers what is left.

const AVERY_L7160 = catalogueSheet({
  id: 'avery-l7160',
  brand: 'Avery',
  code: 'L7160',
  equivalents: ['J8160'],
  kind: 'mailing',
  nominalSize: '63.5 × 38.1 mm',
  paper: 'a4',
  // prettier-ignore
  source: glabels('avery-iso-templates.xml', 'Avery 7160', 'pt', {
    width: '181.4', height: '108.0', round: '5',
    nx: 3, ny: 7, x0: '21.2', y0: '43.9', dx: '187.2', dy: '108.0',
  }),
});

const AVERY_L7161 = catalogueSheet({
  id: 'avery-l7161',
  brand: 'Avery',
  code: 'L7161',
  equivalents: ['J8161'],
  kind: 'mailing',
  nominalSize: '63.5 × 46.6 mm',
  paper: 'a4',
  // prettier-ignore
  source: glabels('avery-iso-templates.xml', 'Avery 7161', 'pt', {
    width: '180.2', height: '132.6', round: '7',
    nx: 3, ny: 6, x0: '21', y0: '23', dx: '186.9', dy: '132.5',
  }),
  corrections: [
    {
      field: 'labelHeight',
      usedMm: glabelsLengthToMm('132.5'),
      why:
        'gLabels makes the label 132.6 pt tall on a 132.5 pt row pitch, so each label would overlap the one ' +
        'below by 0.1 pt (0.035 mm). The height is cut to the pitch; every label keeps its place.',
    },
  ],
});

const AVERY_L7162 = catalogueSheet({
  id: 'avery-l7162',
  brand: 'Avery',
  code: 'L7162',
  equivalents: [],
  kind: 'mailing',
  nominalSize: '99.1 × 33.9 mm',
  paper: 'a4',
  // prettier-ignore
  source: glabels('avery-iso-templates.xml', 'Avery 7162', 'pt', {
    width: '280.9', height: '96.1', round: '5',
    nx: 2, ny: 8, x0: '11.3', y0: '36.8', dx: '290.5', dy: '96.1',
  }),
});

const AVERY_L7163 = catalogueSheet({
  id: 'avery-l7163',
  brand: 'Avery',
  code: 'L7163',
  equivalents: [],
  kind: 'mailing',
  nominalSize: '99.1 × 38.1 mm',
  paper: 'a4',
  // REFERENCE.md notes other public code with a 4.6 mm left margin and 101.6 mm pitch; gLabels' 9.5 pt
  // (3.35 mm) and 292 pt (103.01 mm) are kept.
  // prettier-ignore
  source: glabels('avery-iso-templates.xml', 'Avery 7163', 'pt', {
    width: '280.9', height: '108', round: '5',
    nx: 2, ny: 7, x0: '9.5', y0: '43', dx: '292', dy: '108',
  }),
});

const AVERY_L7165 = catalogueSheet({
  id: 'avery-l7165',
  brand: 'Avery',
  code: 'L7165',
  equivalents: ['J8165'],
  kind: 'address',
  nominalSize: '99.1 × 67.7 mm',
  paper: 'a4',
  // prettier-ignore
  source: glabels('avery-iso-templates.xml', 'Avery 7165', 'pt', {
    width: '280.8pt', height: '191.991pt', round: '0pt',
    nx: 2, ny: 4, x0: '13.2378pt', y0: '36.9638pt', dx: '288.113pt', dy: '191.991pt',
  }),
});

const AVERY_L7169 = catalogueSheet({
  id: 'avery-l7169',
  brand: 'Avery',
  code: 'L7169',
  equivalents: [],
  kind: 'shipping',
  nominalSize: '99.1 × 139 mm',
  paper: 'a4',
  // prettier-ignore
  source: glabels('avery-iso-templates.xml', 'Avery 7169', 'pt', {
    width: '280.9', height: '394.0', round: '6',
    nx: 2, ny: 2, x0: '14.2', y0: '20.0', dx: '287.7', dy: '394.0',
  }),
});

// ---- A4, Avery Zweckform (gLabels: templates/zweckform-iso-templates.xml) ----

const ZWECKFORM_3474 = catalogueSheet({
  id: 'zweckform-3474',
  brand: 'Zweckform',
  code: '3474',
  equivalents: [],
  kind: 'address',
  nominalSize: '70 × 37 mm',
  paper: 'a4',
  // Edge to edge: three 70 mm columns are exactly A4's 210 mm, eight 37 mm rows leave 1 mm at the bottom.
  // prettier-ignore
  source: glabels('zweckform-iso-templates.xml', 'Zweckform 3474', 'mm', {
    width: '70mm', height: '37mm', round: '0',
    nx: 3, ny: 8, x0: '0', y0: '0', dx: '70mm', dy: '37mm',
  }),
});

const OPENLIBRY_3475_NOTE =
  'jzakotnik/openlibry database/custom/labels/sheets/zweckform-3475.json (commit 0c39de4) gives 70 × 36 mm, ' +
  'top margin 4.5 mm, no side margin.';

const ZWECKFORM_3475 = catalogueSheet({
  id: 'zweckform-3475',
  brand: 'Zweckform',
  code: '3475',
  equivalents: [],
  // gLabels' banner comment says "70 x 30 mm"; its numbers (and the pack) say 70 × 36.
  kind: 'address',
  nominalSize: '70 × 36 mm',
  paper: 'a4',
  // prettier-ignore
  source: glabels('zweckform-iso-templates.xml', 'Zweckform 3475', 'pt', {
    width: '198.570', height: '102.121', round: '0',
    nx: 3, ny: 8, x0: '0', y0: '12.566', dx: '198.570', dy: '102.121',
  }),
  corrections: [
    {
      field: 'labelWidth',
      usedMm: 70,
      why:
        'gLabels writes 198.570 pt (70.05 mm) for labels that sit edge to edge across the page, so its three ' +
        'columns end 0.15 mm past the right edge of A4. The sheet is 210 mm cut in three: 70 mm each. ' +
        OPENLIBRY_3475_NOTE,
    },
    {
      field: 'horizontalPitch',
      usedMm: 70,
      why: 'The same 70 mm: the columns touch, so the pitch is the label width.',
    },
  ],
});

const ZWECKFORM_3477 = catalogueSheet({
  id: 'zweckform-3477',
  brand: 'Zweckform',
  code: '3477',
  equivalents: [],
  kind: 'address',
  nominalSize: '105 × 41 mm',
  paper: 'a4',
  // prettier-ignore
  source: glabels('zweckform-iso-templates.xml', 'Zweckform 3477', 'mm', {
    width: '105mm', height: '41mm', round: '0mm',
    nx: 2, ny: 7, x0: '0mm', y0: '4.93mm', dx: '105mm', dy: '41mm',
  }),
});

const ZWECKFORM_3490 = catalogueSheet({
  id: 'zweckform-3490',
  brand: 'Zweckform',
  code: '3490',
  equivalents: [],
  kind: 'rectangular',
  nominalSize: '70 × 36 mm',
  paper: 'a4',
  // x0 is written empty: gLabels reads that as its default, 0.
  // prettier-ignore
  source: glabels('zweckform-iso-templates.xml', 'Zweckform 3490', 'pt', {
    width: '198.425', height: '102.047', round: '0',
    nx: 3, ny: 8, x0: '', y0: '12.557', dx: '198.425', dy: '102.047',
  }),
});

const ZWECKFORM_3651 = catalogueSheet({
  id: 'zweckform-3651',
  brand: 'Zweckform',
  code: '3651',
  equivalents: [],
  kind: 'rectangular',
  nominalSize: '52 × 29.5 mm',
  paper: 'a4',
  // prettier-ignore
  source: glabels('zweckform-iso-templates.xml', 'Zweckform 3651', 'pt', {
    width: '147.4016', height: '83.6220', round: '0',
    nx: 4, ny: 10, x0: '2.834', y0: '2.834', dx: '147.4016', dy: '83.6220',
  }),
});

const ZWECKFORM_3659 = catalogueSheet({
  id: 'zweckform-3659',
  brand: 'Zweckform',
  code: '3659',
  equivalents: [],
  // gLabels' banner says "97 x 42.125 mm"; its numbers give 96.7 × 42.5 mm, which is what is used.
  kind: 'mailing',
  nominalSize: '96.7 × 42.5 mm',
  paper: 'a4',
  // prettier-ignore
  source: glabels('zweckform-iso-templates.xml', 'Zweckform 3659', 'pt', {
    width: '274', height: '120.5', round: '0',
    nx: 2, ny: 6, x0: '22.68', y0: '60', dx: '274', dy: '120.5',
  }),
});

// gLabels has no 3422. Two public code files agree on its geometry (REFERENCE.md); the one cited is OpenLibry's
// sheet file, which also agrees with a Norwegian QR-label app's preset list (70 × 35, 3 × 8, top 8.5, left 0).
const ZWECKFORM_3422 = catalogueSheet({
  id: 'zweckform-3422',
  brand: 'Zweckform',
  code: '3422',
  equivalents: [],
  kind: 'multipurpose',
  nominalSize: '70 × 35 mm',
  paper: 'a4',
  source: {
    kind: 'openlibry',
    repository: 'jzakotnik/openlibry',
    commit: '0c39de42b915d3d75dcbff6e76c9c66295a4b1f5',
    file: 'database/custom/labels/sheets/zweckform-3422.json',
    template: 'Avery Zweckform 3422',
    unit: 'mm',
    values: {
      label: { width: 70, height: 35 },
      grid: { columns: 3, rows: 8 },
      margins: { top: 8.5, left: 0 },
      gap: { horizontal: 0, vertical: 0 },
    },
    agreesWith: 'a public A4 label-sheet preset list (TypeScript, Norwegian): 70 × 35 mm, 3 × 8, top 8.5, left 0',
  },
});

/** Every catalogued sheet: US Letter first, then A4; each group in the order people look for them. */
export const LABEL_SHEETS: readonly CatalogueSheet[] = [
  AVERY_5160,
  AVERY_5161,
  AVERY_5162,
  AVERY_5163,
  AVERY_5164,
  AVERY_5167,
  AVERY_L7160,
  AVERY_L7161,
  AVERY_L7162,
  AVERY_L7163,
  AVERY_L7165,
  AVERY_L7169,
  ZWECKFORM_3474,
  ZWECKFORM_3475,
  ZWECKFORM_3477,
  ZWECKFORM_3490,
  ZWECKFORM_3651,
  ZWECKFORM_3659,
  ZWECKFORM_3422,
];

export function sheetById(id: string): CatalogueSheet | undefined {
  return LABEL_SHEETS.find((sheet) => sheet.id === id);
}
