// Where each address goes on the sheets of a print: label after label from the start position of a partly used
// first sheet, on as many pages as it takes, each rectangle moved by the printer's calibration.
import {
  calibrateRect,
  FIRST_LABEL,
  labelRect,
  nthLabelSlot,
  pageLabelRects,
  type Calibration,
  type SheetPosition,
} from '@shared/labels/geometry';
import type { SheetGeometry } from '@shared/labels/sheets';
import type { LabelPage } from './labelDocument';

export function layOutLabels(
  sheet: SheetGeometry,
  blocks: readonly string[][],
  options: { start?: SheetPosition; calibration: Calibration; nameLines?: ReadonlyArray<number | null> },
): LabelPage[] {
  const pages: LabelPage[] = [];
  blocks.forEach((lines, n) => {
    const slot = nthLabelSlot(sheet, n, options.start ?? FIRST_LABEL);
    const page = (pages[slot.pageIndex] ??= { labels: [] });
    page.labels.push({
      box: calibrateRect(labelRect(sheet, slot), options.calibration),
      lines,
      ...(options.nameLines ? { boldLine: options.nameLines[n] ?? null } : {}),
    });
  });
  return pages;
}

/** The calibration page: every label's outline and a crosshair at its centre, as the printer places them. */
export function calibrationPage(sheet: SheetGeometry, calibration: Calibration): LabelPage {
  return { labels: [], outlines: pageLabelRects(sheet).map(({ rect }) => calibrateRect(rect, calibration)) };
}
