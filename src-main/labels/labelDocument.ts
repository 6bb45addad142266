// The printable document for labels and envelopes: one HTML page per sheet, each label an absolutely placed box
// in millimetres, so Chromium's printing (Electron's printToPDF, or page.pdf in tests) puts it exactly where the
// sheet's geometry says. Text that does not fit shrinks (a step at a time, down to a floor) and is clipped at
// the label's edge as a last resort: it never spills onto the next label.
//
// Everything user-written is escaped; the only script is the shrink-to-fit pass below, which marks the document
// ready (html[data-ready]) for the printer to wait on, and counts the labels whose text could not fit even at the
// smallest size (html[data-clipped]), so the user is told which addresses to shorten.

import { labelFontStack } from '@shared/labels/fonts';

/** Millimetres from the page's top-left corner. */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface PlacedLabel {
  box: Box;
  /** The address block, one entry per line (the first is the name when `boldFirstLine`). */
  lines: string[];
  /** A return address: smaller (three quarters of the size), never bold. */
  small?: boolean;
  /** The line to set in bold when the style asks for a bold name (default the first; null: none). */
  boldLine?: number | null;
}

export interface LabelPage {
  labels: PlacedLabel[];
  /** Calibration page: every label's outline and a crosshair at each label's centre. */
  outlines?: Box[];
}

export interface LabelStyle {
  /** Point size to start from; shrunk (never below minFontSizePt) where a label's text does not fit. */
  fontSizePt: number;
  minFontSizePt: number;
  boldFirstLine: boolean;
  align: 'left' | 'center';
  verticalCentre: boolean;
  /** Inner margin of every label, in millimetres. */
  paddingMm: number;
  /** A font the user picked, tried before the system fonts (CJK included). */
  fontFamily: string | null;
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

const mm = (n: number) => `${Math.round(n * 1000) / 1000}mm`;

// Runs in the print page: shrink each label's text until it fits its box, then say so. All labels are measured
// in one pass and resized in the next (rounds, not label by label), so the page is laid out once per half-point
// step instead of once per label and step.
const SHRINK_SCRIPT = `
(() => {
  let clipped = 0;
  const fits = (el) => el.scrollHeight <= el.clientHeight + 0.5 && el.scrollWidth <= el.clientWidth + 0.5;
  let pending = Array.from(document.querySelectorAll('.t'), (el) => ({
    el,
    size: parseFloat(el.dataset.size),
    min: parseFloat(el.dataset.min),
  }));
  while (pending.length > 0) {
    const over = pending.filter((p) => !fits(p.el));
    pending = [];
    for (const p of over) {
      if (p.size <= p.min) {
        p.el.classList.add('clipped');
        clipped += 1;
        continue;
      }
      p.size = Math.max(p.min, p.size - 0.5);
      p.el.style.fontSize = p.size + 'pt';
      pending.push(p);
    }
  }
  document.documentElement.dataset.clipped = String(clipped);
  document.documentElement.dataset.ready = '1';
})();`;

export function labelDocumentHtml(pages: LabelPage[], page: { widthMm: number; heightMm: number }, style: LabelStyle) {
  const css = `
@page { size: ${mm(page.widthMm)} ${mm(page.heightMm)}; margin: 0; }
* { box-sizing: border-box; }
html, body { margin: 0; padding: 0; }
body { font-family: ${labelFontStack(style.fontFamily)}; color: #000; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
.p { position: relative; width: ${mm(page.widthMm)}; height: ${mm(page.heightMm)}; overflow: hidden; break-after: page; page-break-after: always; }
.p:last-child { break-after: auto; page-break-after: auto; }
.l { position: absolute; overflow: hidden; padding: ${mm(style.paddingMm)}; display: flex; flex-direction: column;
  justify-content: ${style.verticalCentre ? 'center' : 'flex-start'}; }
.t { width: 100%; max-height: 100%; overflow: hidden; line-height: 1.18; text-align: ${style.align};
  font-size: ${style.fontSizePt}pt; }
.t > div { white-space: pre; }
.t.b > div.nm { font-weight: 700; }
.o { position: absolute; border: 0.2mm solid #000; }
.o::before, .o::after { content: ''; position: absolute; left: 50%; top: 50%; background: #000; }
.o::before { width: 6mm; height: 0.2mm; margin: -0.1mm 0 0 -3mm; }
.o::after { width: 0.2mm; height: 6mm; margin: -3mm 0 0 -0.1mm; }
`;
  const body = pages
    .map((p) => {
      const outlines = (p.outlines ?? []).map((b) => `<div class="o" style="${place(b)}"></div>`).join('');
      const labels = p.labels
        .map(
          (l) =>
            `<div class="l" style="${place(l.box)}"><div class="t${style.boldFirstLine && !l.small ? ' b' : ''}" data-size="${l.small ? smallSize(style) : style.fontSizePt}" data-min="${Math.min(style.minFontSizePt, l.small ? smallSize(style) : style.fontSizePt)}" style="font-size:${l.small ? smallSize(style) : style.fontSizePt}pt">${l.lines
              .map((line, i) => `<div${i === nameLineOf(l) ? ' class="nm"' : ''}>${escapeHtml(line)}</div>`)
              .join('')}</div></div>`,
        )
        .join('');
      return `<div class="p">${outlines}${labels}</div>`;
    })
    .join('\n');
  return `<!doctype html><html><head><meta charset="utf-8"><title>Labels</title><style>${css}</style></head><body>${body}<script>${SHRINK_SCRIPT}</script></body></html>`;
}

function place(b: Box): string {
  return `left:${mm(b.x)};top:${mm(b.y)};width:${mm(b.width)};height:${mm(b.height)}`;
}

const smallSize = (style: LabelStyle) => Math.round(style.fontSizePt * 0.75 * 2) / 2;

const nameLineOf = (label: PlacedLabel) => (label.boldLine === undefined ? 0 : label.boldLine);
