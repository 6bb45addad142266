// A sheet drawn to scale while it is being measured (millimetres are the SVG's units): the page and every label's
// outline with its corner radius. Labels that run off the page are drawn where they would land, in red, and
// overlapping labels are drawn see-through, so a wrong number shows as a wrong picture.
import { pageLabelRects, type Rect } from '@shared/labels/geometry';
import type { SheetGeometry } from '@shared/labels/sheets';

/** Slack for comparing lengths computed in floating point. */
const EPSILON_MM = 1e-6;
/** How far past the page the view reaches to show labels that run off it, as a share of the page. */
const OVERFLOW_SHOWN = 0.35;

interface SheetDrawingProps {
  page: { width: number; height: number };
  geometry: SheetGeometry | null;
  /** What the drawing shows, for screen readers. */
  label: string;
}

export function SheetDrawing({ page, geometry, label }: SheetDrawingProps) {
  const labels = geometry ? pageLabelRects(geometry) : [];
  const right = Math.max(page.width, ...labels.map(({ rect }) => rect.x + rect.width));
  const bottom = Math.max(page.height, ...labels.map(({ rect }) => rect.y + rect.height));
  const view = {
    width: Math.min(right, page.width * (1 + OVERFLOW_SHOWN)),
    height: Math.min(bottom, page.height * (1 + OVERFLOW_SHOWN)),
  };
  const pad = Math.max(page.width, page.height) * 0.015;
  const overlapping =
    geometry !== null &&
    ((geometry.columns > 1 && geometry.horizontalPitch < geometry.labelWidth - EPSILON_MM) ||
      (geometry.rows > 1 && geometry.verticalPitch < geometry.labelHeight - EPSILON_MM));
  const offPage = (r: Rect) => r.x + r.width > page.width + EPSILON_MM || r.y + r.height > page.height + EPSILON_MM;
  return (
    <svg
      className="labels-drawing-sheet"
      viewBox={`${-pad} ${-pad} ${view.width + 2 * pad} ${view.height + 2 * pad}`}
      role="img"
      aria-label={label}
    >
      <rect className="labels-drawing-page" x={0} y={0} width={page.width} height={page.height} />
      {labels
        // Labels far off the page would only shrink the drawing: those past the view are left out.
        .filter(({ rect }) => rect.x < view.width && rect.y < view.height)
        .map(({ row, column, rect }) => (
          <rect
            key={`${row}-${column}`}
            className={[
              'labels-drawing-label',
              offPage(rect) ? 'is-off-page' : '',
              overlapping ? 'is-overlapping' : '',
            ].join(' ')}
            x={rect.x}
            y={rect.y}
            width={rect.width}
            height={rect.height}
            rx={geometry?.cornerRadius}
            ry={geometry?.cornerRadius}
          />
        ))}
      <rect className="labels-drawing-page-edge" x={0} y={0} width={page.width} height={page.height} />
    </svg>
  );
}
