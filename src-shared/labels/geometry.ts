// Label sheets at work: where each label is, how many pages a print needs (also from a partly used first
// sheet), a printer's calibration, finding a sheet by the code on its pack, and the sheets users measure
// themselves — their validation and the small file they are exported to and imported from.
//
// Lengths are millimetres from the page's top-left corner. Rows and columns count from 1, as a person counts
// them on the sheet ("row 3, column 2"); pages and "the Nth label" count from 0, as code does.
import { z } from 'zod';
import type { FieldIssue } from '../api/result';
import { shortText } from '../validation/fields';
import { validationMessageEn } from '../validation/messages';
import { LABEL_SHEETS, PAPER_SIZES_MM, toMm, type CatalogueSheet, type SheetGeometry } from './sheets';

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** A label's place on a sheet, counted from 1. */
export interface SheetPosition {
  row: number;
  column: number;
}

/** Where one label of a print goes: which page (from 0) and where on it. */
export interface LabelSlot extends SheetPosition {
  pageIndex: number;
}

export const FIRST_LABEL: SheetPosition = { row: 1, column: 1 };

/** Slack for comparing lengths computed in floating point (a millionth of a millimetre). */
const EPSILON_MM = 1e-6;

export function labelsPerPage(sheet: SheetGeometry): number {
  return sheet.columns * sheet.rows;
}

function assertPosition(sheet: SheetGeometry, { row, column }: SheetPosition): void {
  const inRange = (value: number, max: number) => Number.isInteger(value) && value >= 1 && value <= max;
  if (!inRange(row, sheet.rows) || !inRange(column, sheet.columns)) {
    throw new RangeError(`No label at row ${row}, column ${column} of a ${sheet.columns} × ${sheet.rows} sheet`);
  }
}

/** The rectangle of the label at `position`, on any page of the sheet. */
export function labelRect(sheet: SheetGeometry, position: SheetPosition): Rect {
  assertPosition(sheet, position);
  return {
    x: sheet.leftMargin + (position.column - 1) * sheet.horizontalPitch,
    y: sheet.topMargin + (position.row - 1) * sheet.verticalPitch,
    width: sheet.labelWidth,
    height: sheet.labelHeight,
  };
}

/** Every label of one page, in printing order: left to right, then top to bottom. */
export function pageLabelRects(sheet: SheetGeometry): (SheetPosition & { rect: Rect })[] {
  const labels: (SheetPosition & { rect: Rect })[] = [];
  for (let row = 1; row <= sheet.rows; row++) {
    for (let column = 1; column <= sheet.columns; column++) {
      labels.push({ row, column, rect: labelRect(sheet, { row, column }) });
    }
  }
  return labels;
}

/** How many labels of the first sheet are already used when printing starts at `start`. */
export function labelsBefore(sheet: SheetGeometry, start: SheetPosition): number {
  assertPosition(sheet, start);
  return (start.row - 1) * sheet.columns + (start.column - 1);
}

function assertCount(name: string, value: number): void {
  if (!Number.isInteger(value) || value < 0) throw new RangeError(`${name} must be a whole number ≥ 0: ${value}`);
}

/** Where the label at index `n` (from 0) of a print goes, when the first sheet starts at `start`. */
export function nthLabelSlot(sheet: SheetGeometry, n: number, start: SheetPosition = FIRST_LABEL): LabelSlot {
  assertCount('n', n);
  const index = labelsBefore(sheet, start) + n;
  const onPage = index % labelsPerPage(sheet);
  return {
    pageIndex: Math.floor(index / labelsPerPage(sheet)),
    row: Math.floor(onPage / sheet.columns) + 1,
    column: (onPage % sheet.columns) + 1,
  };
}

/** The slot and the (calibrated) rectangle of the label at index `n` of a print. */
export function nthLabelRect(
  sheet: SheetGeometry,
  n: number,
  start: SheetPosition = FIRST_LABEL,
  calibration: Calibration = NO_CALIBRATION,
): LabelSlot & { rect: Rect } {
  const slot = nthLabelSlot(sheet, n, start);
  return { ...slot, rect: calibrateRect(labelRect(sheet, slot), calibration) };
}

/**
 * Which labels of a print fall on page `page` (1-based): from which one (0-based), how many. The first sheet holds
 * fewer when it starts after used labels.
 */
export function labelsOnPage(
  sheet: SheetGeometry,
  page: number,
  start: SheetPosition = FIRST_LABEL,
): { from: number; count: number } {
  const perPage = labelsPerPage(sheet);
  const used = labelsBefore(sheet, start);
  if (page <= 1) return { from: 0, count: perPage - used };
  return { from: perPage - used + (page - 2) * perPage, count: perPage };
}

/** How many pages `count` labels take when the first sheet starts at `start`. */
export function pagesNeeded(sheet: SheetGeometry, count: number, start: SheetPosition = FIRST_LABEL): number {
  assertCount('count', count);
  if (count === 0) return 0;
  return Math.ceil((labelsBefore(sheet, start) + count) / labelsPerPage(sheet));
}

// ---- Calibration ----

/**
 * One printer's correction for one sheet. The scale is about the page's top-left corner — the corner the
 * margins are measured from — so a label's distance from that corner is multiplied by `scale` (a label at the
 * top-left stays put and the error grows down and across the page, which is how feed creep and a driver's
 * shrink-to-fit show on a label sheet). The offset is added after scaling, in millimetres; positive moves
 * right and down.
 */
export interface Calibration {
  offsetX: number;
  offsetY: number;
  scale: number;
}

export const NO_CALIBRATION: Calibration = { offsetX: 0, offsetY: 0, scale: 1 };
export const MAX_CALIBRATION_OFFSET_MM = 20;
export const CALIBRATION_SCALE_RANGE = { min: 0.9, max: 1.1 } as const;

const calibrationOffset = z
  .number({ error: 'validation.number' })
  .min(-MAX_CALIBRATION_OFFSET_MM, { error: 'validation.calibrationOffset' })
  .max(MAX_CALIBRATION_OFFSET_MM, { error: 'validation.calibrationOffset' });

export const calibrationSchema = z.object({
  offsetX: calibrationOffset,
  offsetY: calibrationOffset,
  scale: z
    .number({ error: 'validation.number' })
    .min(CALIBRATION_SCALE_RANGE.min, { error: 'validation.calibrationScale' })
    .max(CALIBRATION_SCALE_RANGE.max, { error: 'validation.calibrationScale' })
    .default(1),
});

export function calibratePoint(x: number, y: number, calibration: Calibration): { x: number; y: number } {
  return { x: x * calibration.scale + calibration.offsetX, y: y * calibration.scale + calibration.offsetY };
}

export function calibrateRect(rect: Rect, calibration: Calibration): Rect {
  const corner = calibratePoint(rect.x, rect.y, calibration);
  return { ...corner, width: rect.width * calibration.scale, height: rect.height * calibration.scale };
}

// ---- Finding a sheet by the code on its pack ----

/**
 * How a pack code compares: case, spaces and punctuation ignored, a leading brand ("Avery", "Zweckform",
 * "Avery Zweckform") dropped, and a pack-size suffix ("L7160-100": 100 sheets) dropped. `base` is the code
 * without Avery's L (laser) / J (inkjet) prefix, so "7160", "L7160" and "l 7160" share the base "7160".
 */
export function sheetCodeKey(text: string): { full: string; base: string; lettered: boolean } {
  const full = text
    .normalize('NFKC')
    .toLowerCase()
    .trim()
    .replace(/^(.*\d.*?)\s*-\s*\d{1,3}$/, '$1')
    .replace(/[^a-z0-9]+/g, '')
    .replace(/^(avery|zweckform)+/, '');
  const lettered = /^[lj]\d/.test(full);
  return { full, base: lettered ? full.slice(1) : full, lettered };
}

/** How well one pack code answers a query: 0 the same code, 1 the same base, 2 starts with it; null no match. */
function codeRank(code: string, query: ReturnType<typeof sheetCodeKey>): number | null {
  const key = sheetCodeKey(code);
  if (key.full === query.full) return 0;
  // "8160" is Avery US 8160 (= 5160) and also the base of J8160 (= L7160): both are found, the exact one
  // first. "J8160" says which one is meant, so it matches only lettered codes.
  if (query.lettered) return key.full.startsWith(query.full) ? 2 : null;
  if (key.base === query.base) return 1;
  return key.base.startsWith(query.base) || key.full.startsWith(query.full) ? 2 : null;
}

/**
 * Catalogued sheets answering a search box: by code or by any equivalent code ("5960" finds 5160, "j8160"
 * finds L7160), best first, then by words of the description ("shipping"). An empty query lists every sheet.
 */
export function searchSheets(
  query: string,
  sheets: readonly CatalogueSheet[] = LABEL_SHEETS,
  /** The sheet described in the screen's language, so "地址" finds address labels too. */
  describe?: (sheet: CatalogueSheet) => string,
): CatalogueSheet[] {
  if (query.trim() === '') return [...sheets];
  const key = sheetCodeKey(query);
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  const ranked: { sheet: CatalogueSheet; rank: number; order: number }[] = [];
  sheets.forEach((sheet, order) => {
    const codeRanks =
      key.full === ''
        ? []
        : [sheet.code, ...sheet.equivalents].map((code) => codeRank(code, key)).filter((r) => r !== null);
    const text = `${sheet.brand} ${sheet.code} ${sheet.description} ${describe?.(sheet) ?? ''}`.toLowerCase();
    const byWords = words.every((word) => text.includes(word)) ? 3 : Infinity;
    const rank = Math.min(byWords, ...codeRanks);
    if (rank !== Infinity) ranked.push({ sheet, rank, order });
  });
  return ranked.sort((a, b) => a.rank - b.rank || a.order - b.order).map((r) => r.sheet);
}

/** The catalogued sheet whose code or an equivalent is `code` (brand and L/J prefix optional), if any. */
export function findSheetByCode(code: string): CatalogueSheet | undefined {
  const key = sheetCodeKey(code);
  if (key.full === '') return undefined;
  return searchSheets(code).find((sheet) =>
    [sheet.code, ...sheet.equivalents].some((c) => {
      const rank = codeRank(c, key);
      return rank === 0 || rank === 1;
    }),
  );
}

// ---- Checking a sheet's geometry ----

/** Messages of this module, in English; their keys go through the `validation.*` i18n messages. */
/** The validation messages this module gives (their English and Chinese are in validation/messages.ts and
 *  the i18n files, with every other validation message). */
export const LABEL_SHEET_MESSAGE_KEYS = [
  'validation.labelCount',
  'validation.sheetUnit',
  'validation.sheetPaper',
  'validation.marginOffPage',
  'validation.labelPastRightEdge',
  'validation.labelPastBottomEdge',
  'validation.columnsPastRightEdge',
  'validation.rowsPastBottomEdge',
  'validation.labelsOverlapAcross',
  'validation.labelsOverlapDown',
  'validation.cornerRadiusTooLarge',
  'validation.sheetFile',
  'validation.sheetFileVersion',
  'validation.calibrationOffset',
  'validation.calibrationScale',
] as const;

export type LabelSheetMessageKey = (typeof LABEL_SHEET_MESSAGE_KEYS)[number];

/** A message key of this module or of validation/messages.ts, in English. */
export function labelSheetMessageEn(key: string): string {
  return validationMessageEn(key);
}

export interface SheetProblem {
  /** The measurement to change. */
  path: keyof SheetGeometry;
  message: LabelSheetMessageKey;
}

/**
 * What is physically wrong with a sheet whose every measurement is sane on its own (sizes > 0, margins ≥ 0,
 * at least one row and column): labels past the page's edge, labels overlapping, a corner radius too large for
 * the label. One problem per direction, the first thing to fix: a margin off the page, then a label that
 * cannot fit even once, then labels overlapping, then the last column (row) running off the page.
 */
export function sheetProblems(sheet: SheetGeometry): SheetProblem[] {
  const problems: SheetProblem[] = [];
  const across = {
    page: sheet.pageWidth,
    margin: sheet.leftMargin,
    size: sheet.labelWidth,
    pitch: sheet.horizontalPitch,
    count: sheet.columns,
  };
  const down = {
    page: sheet.pageHeight,
    margin: sheet.topMargin,
    size: sheet.labelHeight,
    pitch: sheet.verticalPitch,
    count: sheet.rows,
  };
  const directions = [
    {
      ...across,
      paths: { margin: 'leftMargin', size: 'labelWidth', pitch: 'horizontalPitch', count: 'columns' },
      messages: {
        margin: 'validation.marginOffPage',
        size: 'validation.labelPastRightEdge',
        overlap: 'validation.labelsOverlapAcross',
        count: 'validation.columnsPastRightEdge',
      },
    },
    {
      ...down,
      paths: { margin: 'topMargin', size: 'labelHeight', pitch: 'verticalPitch', count: 'rows' },
      messages: {
        margin: 'validation.marginOffPage',
        size: 'validation.labelPastBottomEdge',
        overlap: 'validation.labelsOverlapDown',
        count: 'validation.rowsPastBottomEdge',
      },
    },
  ] as const;
  for (const d of directions) {
    const lastEdge = d.margin + (d.count - 1) * d.pitch + d.size;
    if (d.margin >= d.page - EPSILON_MM) problems.push({ path: d.paths.margin, message: d.messages.margin });
    else if (d.margin + d.size > d.page + EPSILON_MM) problems.push({ path: d.paths.size, message: d.messages.size });
    else if (d.count > 1 && d.pitch < d.size - EPSILON_MM) {
      problems.push({ path: d.paths.pitch, message: d.messages.overlap });
    } else if (lastEdge > d.page + EPSILON_MM) problems.push({ path: d.paths.count, message: d.messages.count });
  }
  if (sheet.cornerRadius > Math.min(sheet.labelWidth, sheet.labelHeight) / 2 + EPSILON_MM) {
    problems.push({ path: 'cornerRadius', message: 'validation.cornerRadiusTooLarge' });
  }
  return problems;
}

// ---- Custom sheets ----

export const SHEET_UNITS = ['mm', 'in'] as const;
export type SheetUnit = (typeof SHEET_UNITS)[number];
export const CUSTOM_SHEET_PAPERS = ['a4', 'letter', 'custom'] as const;
export type CustomSheetPaper = (typeof CUSTOM_SHEET_PAPERS)[number];

export const MAX_LABELS_ACROSS_OR_DOWN = 100;
/** The largest custom page, a side (A2 is 594 mm; nothing a desktop printer feeds comes near). */
export const MAX_PAGE_SIDE_MM = 1000;

/** A missing field is "required"; one of the wrong kind gets the field's own message. */
const missingOr =
  (key: string) =>
  (issue: { input?: unknown }): string =>
    issue.input === undefined ? 'validation.required' : key;

const labelCount = z
  .number({ error: missingOr('validation.labelCount') })
  .int({ error: 'validation.labelCount' })
  .min(1, { error: 'validation.labelCount' })
  .max(MAX_LABELS_ACROSS_OR_DOWN, { error: 'validation.labelCount' });
const length = z.number({ error: missingOr('validation.number') }).gt(0, { error: 'validation.positive' });
const margin = z.number({ error: missingOr('validation.number') }).min(0, { error: 'validation.notNegative' });

/** A sheet as the user measures it, in `unit`; the same object is what the export file holds. */
const customSheetFields = z.object(
  {
    name: z.string({ error: 'validation.required' }).pipe(shortText(80).min(1, { error: 'validation.required' })),
    unit: z.enum(SHEET_UNITS, { error: missingOr('validation.sheetUnit') }),
    paper: z.enum(CUSTOM_SHEET_PAPERS, { error: missingOr('validation.sheetPaper') }),
    /** Only for paper "custom": A4 and US Letter bring their own size. */
    pageWidth: length.optional(),
    pageHeight: length.optional(),
    columns: labelCount,
    rows: labelCount,
    labelWidth: length,
    labelHeight: length,
    leftMargin: margin,
    topMargin: margin,
    /** Left edge to the next label's left edge; left out, the labels touch (pitch = label width). */
    horizontalPitch: length.optional(),
    verticalPitch: length.optional(),
    cornerRadius: margin.default(0),
  },
  { error: 'validation.sheetFile' },
);

export type CustomSheetInput = z.input<typeof customSheetFields>;
export type CustomSheetMeasurements = z.output<typeof customSheetFields>;
/** A valid custom sheet: the measurements as entered, and their geometry in millimetres. */
export type CustomSheet = CustomSheetMeasurements & { geometry: SheetGeometry };

/** The geometry, in millimetres, of measurements taken in inches or millimetres. */
export function customSheetGeometry(m: CustomSheetMeasurements): SheetGeometry {
  const mm = (value: number) => toMm(value, m.unit);
  const page =
    m.paper === 'custom' ? { width: mm(m.pageWidth ?? 0), height: mm(m.pageHeight ?? 0) } : PAPER_SIZES_MM[m.paper];
  return {
    pageWidth: page.width,
    pageHeight: page.height,
    columns: m.columns,
    rows: m.rows,
    labelWidth: mm(m.labelWidth),
    labelHeight: mm(m.labelHeight),
    leftMargin: mm(m.leftMargin),
    topMargin: mm(m.topMargin),
    horizontalPitch: mm(m.horizontalPitch ?? m.labelWidth),
    verticalPitch: mm(m.verticalPitch ?? m.labelHeight),
    cornerRadius: mm(m.cornerRadius),
  };
}

/**
 * A custom sheet, entered in millimetres or inches, checked field by field and then as a whole (labels past
 * the page, overlapping labels), with each problem on the measurement to change. Parses to the measurements
 * plus their geometry in millimetres.
 */
export const customSheetSchema = customSheetFields
  .superRefine((m, ctx) => {
    // Field checks have already reported their issues; the sheet as a whole is judged only when every
    // measurement is sane on its own, so one mistake gives one message.
    const lengths = [m.labelWidth, m.labelHeight, m.horizontalPitch ?? 1, m.verticalPitch ?? 1];
    const margins = [m.leftMargin, m.topMargin, m.cornerRadius];
    const counts = [m.columns, m.rows];
    if (
      !lengths.every((v) => v > 0) ||
      !margins.every((v) => v >= 0) ||
      !counts.every((v) => Number.isInteger(v) && v >= 1 && v <= MAX_LABELS_ACROSS_OR_DOWN)
    ) {
      return;
    }
    if (m.paper === 'custom') {
      let pageOk = true;
      for (const side of ['pageWidth', 'pageHeight'] as const) {
        const value = m[side];
        if (value === undefined) {
          ctx.addIssue({ code: 'custom', path: [side], message: 'validation.required' });
          pageOk = false;
        } else if (toMm(value, m.unit) > MAX_PAGE_SIDE_MM) {
          ctx.addIssue({ code: 'custom', path: [side], message: 'validation.tooLarge' });
          pageOk = false;
        } else if (!(value > 0)) pageOk = false;
      }
      if (!pageOk) return;
    }
    for (const problem of sheetProblems(customSheetGeometry(m))) {
      ctx.addIssue({ code: 'custom', path: [problem.path], message: problem.message });
    }
  })
  .transform((m): CustomSheet => ({ ...m, geometry: customSheetGeometry(m) }));

// ---- The export file ----

export const CUSTOM_SHEET_FILE_FORMAT = 'rapport-label-sheet';
export const CUSTOM_SHEET_FILE_VERSION = 1;

/** The file a custom sheet is exported to: small, readable, in the unit the user measured in. */
export interface CustomSheetFile {
  format: typeof CUSTOM_SHEET_FILE_FORMAT;
  version: typeof CUSTOM_SHEET_FILE_VERSION;
  sheet: CustomSheetMeasurements;
}

export function exportCustomSheet(sheet: CustomSheet): string {
  const { geometry: _geometry, ...measurements } = sheet;
  const file: CustomSheetFile = {
    format: CUSTOM_SHEET_FILE_FORMAT,
    version: CUSTOM_SHEET_FILE_VERSION,
    sheet: measurements,
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

// Read in two steps, so a file that is not one of ours gets one message rather than a list of missing fields.
const customSheetFileFormat = z.object(
  { format: z.literal(CUSTOM_SHEET_FILE_FORMAT, { error: 'validation.sheetFile' }) },
  { error: 'validation.sheetFile' },
);
const customSheetFileBody = z.object({
  version: z
    .number({ error: 'validation.sheetFile' })
    .int({ error: 'validation.sheetFile' })
    .min(1, { error: 'validation.sheetFile' })
    .max(CUSTOM_SHEET_FILE_VERSION, { error: 'validation.sheetFileVersion' }),
  sheet: z.looseObject({}, { error: 'validation.sheetFile' }),
});

export type CustomSheetImport =
  | { ok: true; sheet: CustomSheet }
  | {
      ok: false;
      /** Paths into the file ("sheet.labelWidth"), messages as keys. */
      issues: FieldIssue[];
      /** In English, naming each field: for the CLI and logs. */
      message: string;
    };

const FIELD_NAMES_EN: Record<string, string> = {
  format: 'format',
  version: 'version',
  sheet: 'sheet',
  name: 'name',
  unit: 'unit',
  paper: 'paper',
  pageWidth: 'page width',
  pageHeight: 'page height',
  columns: 'columns',
  rows: 'rows',
  labelWidth: 'label width',
  labelHeight: 'label height',
  leftMargin: 'left margin',
  topMargin: 'top margin',
  horizontalPitch: 'horizontal pitch',
  verticalPitch: 'vertical pitch',
  cornerRadius: 'corner radius',
};

/** "label width (sheet.labelWidth): Must be more than zero". */
export function describeSheetIssue(issue: FieldIssue): string {
  const field = issue.path.split('.').at(-1) ?? '';
  const name = FIELD_NAMES_EN[field];
  const where = issue.path === '' ? 'the file' : name && name !== issue.path ? `${name} (${issue.path})` : issue.path;
  return `${where}: ${labelSheetMessageEn(issue.message)}`;
}

function refused(issues: FieldIssue[]): CustomSheetImport {
  return {
    ok: false,
    issues,
    message: `Cannot import this label sheet: ${issues.map(describeSheetIssue).join('; ')}`,
  };
}

function issuesOf(error: z.ZodError, prefix: string): FieldIssue[] {
  return error.issues.map((issue) => ({
    path: [prefix, ...issue.path.map(String)].filter(Boolean).join('.'),
    message: issue.message,
  }));
}

/** Reads an exported custom sheet; refuses, naming each wrong field, anything that is not a valid one. */
export function importCustomSheet(text: string): CustomSheetImport {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return refused([{ path: '', message: 'validation.sheetFile' }]);
  }
  const format = customSheetFileFormat.safeParse(data);
  if (!format.success) return refused(issuesOf(format.error, ''));
  const body = customSheetFileBody.safeParse(data);
  if (!body.success) return refused(issuesOf(body.error, ''));
  const sheet = customSheetSchema.safeParse(body.data.sheet);
  if (!sheet.success) return refused(issuesOf(sheet.error, 'sheet'));
  return { ok: true, sheet: sheet.data };
}
