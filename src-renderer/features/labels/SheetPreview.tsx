// The first sheet drawn to scale (millimetres are the SVG's units): the page, every label with the sheet's
// corner radius, the labels already used on a partly used sheet greyed, and the first real address blocks
// drawn into the free labels in printing order. Clicking a label makes it the first one to print on.
import { labelsBefore, pageLabelRects, type Rect, type SheetPosition } from '@shared/labels/geometry';
import { labelFontStack } from '@shared/labels/fonts';
import { MM_PER_POINT, type CatalogueSheet } from '@shared/labels/sheets';
import type { LabelStyleInput } from '@shared/validation/labels';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';

/** The line height the label document prints with, as a multiple of the font size. */
const LINE_HEIGHT = 1.18;
/** Where a line's baseline sits below the top of its line box, as a multiple of the font size. */
const BASELINE = 0.89;

interface SheetPreviewProps {
  /** A catalogued sheet or one the user measured: only its code and geometry are drawn. */
  sheet: Pick<CatalogueSheet, 'code' | 'geometry'>;
  blocks: readonly string[][];
  start: SheetPosition;
  /** Clicking a label makes it the first to print on (the first sheet only; absent on later pages). */
  onStartChange?: (start: SheetPosition) => void;
  /** Which page this is (1: the first sheet, where the start position applies). */
  page?: number;
  /** 'actual': drawn at the sheet's real size on screen (CSS millimetres); 'fit': as large as the card allows. */
  zoom?: 'fit' | 'actual';
  style: LabelStyleInput;
  boldFirstLine: boolean;
  /** The name line of each block (bold when asked); the first line when not given. */
  nameLines?: ReadonlyArray<number | null>;
}

export function SheetPreview({
  sheet,
  blocks,
  start,
  onStartChange,
  page = 1,
  zoom = 'fit',
  style,
  boldFirstLine,
  nameLines,
}: SheetPreviewProps) {
  const { t } = useTranslation();
  const clipPrefix = useId();
  const g = sheet.geometry;
  const used = page === 1 ? labelsBefore(g, start) : 0;
  return (
    <svg
      className="labels-preview-sheet"
      viewBox={`0 0 ${g.pageWidth} ${g.pageHeight}`}
      // As wide as the card allows, but never so tall the sheet leaves the window: the drawing shrinks both ways
      // and keeps the page's proportions, with no empty band beside it.
      style={{
        aspectRatio: `${g.pageWidth} / ${g.pageHeight}`,
        width:
          zoom === 'actual'
            ? `${g.pageWidth}mm`
            : `min(100%, 540px, calc((100vh - 180px) * ${(g.pageWidth / g.pageHeight).toFixed(4)}))`,
        maxWidth: zoom === 'actual' ? 'none' : undefined,
        flexShrink: zoom === 'actual' ? 0 : undefined,
      }}
      role="group"
      aria-label={t('mailingLabels.preview.pageLabel', { code: sheet.code, page })}
    >
      <rect className="labels-preview-page" x={0} y={0} width={g.pageWidth} height={g.pageHeight} />
      {pageLabelRects(g).map(({ row, column, rect }, index) => {
        const isUsed = index < used;
        const block = isUsed ? undefined : blocks[index - used];
        const clipId = `${clipPrefix}-${index}`;
        return (
          <g
            key={index}
            className={`labels-preview-label ${isUsed ? 'is-used' : ''} ${page === 1 && index === used ? 'is-start' : ''}`}
            role={onStartChange ? 'button' : undefined}
            tabIndex={onStartChange ? -1 : undefined}
            data-row={row}
            data-column={column}
            aria-label={t(isUsed ? 'mailingLabels.preview.positionUsed' : 'mailingLabels.preview.position', {
              row,
              column,
            })}
            onClick={onStartChange ? () => onStartChange({ row, column }) : undefined}
          >
            <title>{t('mailingLabels.preview.position', { row, column })}</title>
            <clipPath id={clipId}>
              <rect {...rectProps(rect)} rx={g.cornerRadius} />
            </clipPath>
            <rect className="labels-preview-outline" {...rectProps(rect)} rx={g.cornerRadius} ry={g.cornerRadius} />
            {block && (
              <LabelText
                rect={rect}
                lines={block}
                style={style}
                boldLine={boldFirstLine ? (nameLines ? (nameLines[index - used] ?? null) : 0) : null}
                clipId={clipId}
              />
            )}
          </g>
        );
      })}
    </svg>
  );
}

const rectProps = (r: Rect) => ({ x: r.x, y: r.y, width: r.width, height: r.height });

/** One address block, as the label document lays it out; shrunk (as the PDF is) when it is too tall.
 *  The envelope preview draws its blocks with it too. */
export function LabelText({
  rect,
  lines,
  style,
  boldLine,
  clipId,
}: {
  rect: Rect;
  lines: readonly string[];
  style: LabelStyleInput;
  /** The line set in bold; null: none. */
  boldLine: number | null;
  clipId: string;
}) {
  const pad = style.paddingMm;
  const room = Math.max(rect.height - 2 * pad, 0);
  const fontSize = Math.min(style.fontSizePt * MM_PER_POINT, room / (Math.max(lines.length, 1) * LINE_HEIGHT));
  const blockHeight = lines.length * fontSize * LINE_HEIGHT;
  const top = style.verticalCentre ? rect.y + (rect.height - blockHeight) / 2 : rect.y + pad;
  const centre = style.align === 'center';
  const x = centre ? rect.x + rect.width / 2 : rect.x + pad;
  return (
    <text
      className="labels-preview-text"
      fontFamily={labelFontStack(style.fontFamily)}
      clipPath={`url(#${clipId})`}
      fontSize={fontSize}
      textAnchor={centre ? 'middle' : 'start'}
    >
      {lines.map((line, i) => (
        <tspan
          key={i}
          x={x}
          y={top + i * fontSize * LINE_HEIGHT + fontSize * BASELINE}
          fontWeight={i === boldLine ? 700 : undefined}
        >
          {line}
        </tspan>
      ))}
    </text>
  );
}
