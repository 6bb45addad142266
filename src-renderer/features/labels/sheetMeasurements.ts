// The numbers of the custom sheet form: a blank sheet to start from, converting every length when the unit
// changes, the sheet to draw while the form is still half filled in, and the schema's problems with the sheet as
// a whole (labels off the page, overlapping) as the user types.
import {
  customSheetGeometry,
  customSheetSchema,
  MAX_LABELS_ACROSS_OR_DOWN,
  MAX_PAGE_SIDE_MM,
  type CustomSheet,
  type CustomSheetInput,
  type CustomSheetPaper,
  type SheetUnit,
} from '@shared/labels/geometry';
import { MM_PER_INCH, PAPER_SIZES_MM, toMm, type SheetGeometry } from '@shared/labels/sheets';
import type { Language } from '@shared/domain/settings';

/** The fields a person fills in, in the order the form shows them (and names them in problems). */
export const SHEET_FIELDS = [
  'name',
  'unit',
  'paper',
  'pageWidth',
  'pageHeight',
  'columns',
  'rows',
  'labelWidth',
  'labelHeight',
  'cornerRadius',
  'topMargin',
  'leftMargin',
  'horizontalPitch',
  'verticalPitch',
] as const;
export type SheetField = (typeof SHEET_FIELDS)[number];

export function isSheetField(name: string): name is SheetField {
  return (SHEET_FIELDS as readonly string[]).includes(name);
}

/** The fields that are lengths, in the sheet's unit: the ones a change of unit converts. */
export const LENGTH_FIELDS = [
  'pageWidth',
  'pageHeight',
  'labelWidth',
  'labelHeight',
  'cornerRadius',
  'topMargin',
  'leftMargin',
  'horizontalPitch',
  'verticalPitch',
] as const satisfies readonly SheetField[];

/** Decimals kept by a conversion: a thousandth of a millimetre, a ten-thousandth of an inch — enough that
 *  sixteenths of an inch come back exactly after a trip to millimetres and back. */
const DECIMALS: Record<SheetUnit, number> = { mm: 3, in: 4 };

/** `value` in `to`, rounded (from === to just rounds: US Letter in millimetres is 215.9, not 215.899…). */
export function convertLength(value: number, from: SheetUnit, to: SheetUnit): number {
  const mm = toMm(value, from);
  // To 12 significant digits first, so a half that floating point puts a hair below (0.1875 in is 4.76249… mm)
  // still rounds up.
  const converted = Number((to === 'mm' ? mm : mm / MM_PER_INCH).toPrecision(12));
  const factor = 10 ** DECIMALS[to];
  return Math.round(converted * factor) / factor;
}

/** A paper's size in `unit`, to start a custom page from. */
export function paperSizeIn(paper: Exclude<CustomSheetPaper, 'custom'>, unit: SheetUnit) {
  const { width, height } = PAPER_SIZES_MM[paper];
  return { width: convertLength(width, 'mm', unit), height: convertLength(height, 'mm', unit) };
}

/** A new sheet: the unit and paper people use where the screen's language is spoken; the rest is to measure. */
export function blankSheet(language: Language): Partial<CustomSheetInput> {
  const local: { unit: SheetUnit; paper: CustomSheetPaper } =
    language === 'zh-CN' ? { unit: 'mm', paper: 'a4' } : { unit: 'in', paper: 'letter' };
  return { name: '', ...local, cornerRadius: 0 };
}

/** A saved sheet as the form edits it: the measurements as entered, without the derived geometry. */
export function formValuesOf(sheet: CustomSheet): CustomSheetInput {
  const { geometry: _geometry, ...measurements } = sheet;
  return measurements;
}

/** What is saved: a page size only for a custom page (A4 and US Letter bring their own). */
export function sheetToSave<T extends CustomSheetInput>(values: T): CustomSheetInput {
  if (values.paper === 'custom') return values;
  const { pageWidth: _width, pageHeight: _height, ...rest } = values;
  return rest;
}

const isNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);
const isCount = (value: unknown): value is number =>
  isNumber(value) && Number.isInteger(value) && value >= 1 && value <= MAX_LABELS_ACROSS_OR_DOWN;
const isLength = (value: unknown): value is number => isNumber(value) && value > 0;

export interface SheetDrawingData {
  /** The page, in millimetres. */
  page: { width: number; height: number };
  /** The labels, once there is enough to place them (margins not entered yet count as 0). */
  geometry: SheetGeometry | null;
}

/** What the live drawing shows for the form as it stands; null while there is not even a page to draw. */
export function sheetForDrawing(values: Partial<CustomSheetInput>): SheetDrawingData | null {
  const unit: SheetUnit = values.unit === 'mm' ? 'mm' : 'in';
  const paper = values.paper ?? 'letter';
  let page: { width: number; height: number };
  if (paper === 'custom') {
    const { pageWidth, pageHeight } = values;
    if (!isLength(pageWidth) || !isLength(pageHeight)) return null;
    page = { width: toMm(pageWidth, unit), height: toMm(pageHeight, unit) };
    if (page.width > MAX_PAGE_SIDE_MM || page.height > MAX_PAGE_SIDE_MM) return null;
  } else page = PAPER_SIZES_MM[paper];
  const { columns, rows, labelWidth, labelHeight } = values;
  if (!isCount(columns) || !isCount(rows) || !isLength(labelWidth) || !isLength(labelHeight)) {
    return { page, geometry: null };
  }
  const margin = (value: unknown) => (isNumber(value) && value > 0 ? value : 0);
  const pitch = (value: unknown) => (isLength(value) ? value : undefined);
  const geometry = customSheetGeometry({
    name: '',
    unit,
    paper,
    pageWidth: values.pageWidth,
    pageHeight: values.pageHeight,
    columns,
    rows,
    labelWidth,
    labelHeight,
    topMargin: margin(values.topMargin),
    leftMargin: margin(values.leftMargin),
    horizontalPitch: pitch(values.horizontalPitch),
    verticalPitch: pitch(values.verticalPitch),
    cornerRadius: Math.min(margin(values.cornerRadius), labelWidth / 2, labelHeight / 2),
  });
  return { page, geometry };
}

export interface SheetProblemMessage {
  field: SheetField;
  /** A validation message key. */
  message: string;
}

/**
 * The shared schema's problems with the sheet as a whole — labels past the page's edge, overlapping labels, a
 * corner too round, a custom page left out — each on the field to change. (Problems of one field alone, such as
 * a missing label width, are the form's own errors, shown under that field once it has been visited.)
 */
export function wholeSheetProblems(values: Partial<CustomSheetInput>): SheetProblemMessage[] {
  // The schema judges the sheet as a whole only once every field is valid. The name has no say in the geometry,
  // and margins not entered yet are drawn as 0: judge the sheet the drawing shows, before those are filled in.
  const parsed = customSheetSchema.safeParse({
    ...values,
    name: values.name?.trim() ? values.name : 'unnamed',
    topMargin: values.topMargin ?? 0,
    leftMargin: values.leftMargin ?? 0,
  });
  if (parsed.success) return [];
  return parsed.error.issues.flatMap((issue) => {
    const field = String(issue.path[0] ?? '');
    return issue.code === 'custom' && isSheetField(field) ? [{ field, message: issue.message }] : [];
  });
}
