// Saves a chart as a PNG: the chart's canvas drawn on the card's background (a transparent PNG looks broken in
// most viewers) under a title and a subtitle (what, which pipeline, which period), so the picture explains
// itself when pasted into a slide or a message.
import { downloadBase64File } from '../../exports/downloadBase64File';

export interface PngHeading {
  title: string;
  subtitle: string;
  background: string;
  text: string;
  muted: string;
  font: string;
}

const PADDING = 20;
const TITLE_SIZE = 16;
const SUBTITLE_SIZE = 12;
const HEADING_HEIGHT = PADDING + TITLE_SIZE + 6 + SUBTITLE_SIZE + 14;

/** The chart and its heading on one opaque canvas, at the chart's own pixel density. */
export function chartImage(chart: HTMLCanvasElement, heading: PngHeading): HTMLCanvasElement {
  const scale = chart.width / Math.max(1, chart.clientWidth || chart.width);
  const cssWidth = chart.width / scale;
  const cssHeight = chart.height / scale;
  const out = document.createElement('canvas');
  out.width = Math.round((cssWidth + PADDING * 2) * scale);
  out.height = Math.round((cssHeight + HEADING_HEIGHT + PADDING) * scale);
  const ctx = out.getContext('2d');
  if (!ctx) throw new Error('No 2D canvas to draw the PNG on.');
  ctx.scale(scale, scale);
  ctx.fillStyle = heading.background;
  ctx.fillRect(0, 0, out.width, out.height);
  ctx.textBaseline = 'top';
  ctx.fillStyle = heading.text;
  ctx.font = `600 ${TITLE_SIZE}px ${heading.font}`;
  ctx.fillText(heading.title, PADDING, PADDING);
  ctx.fillStyle = heading.muted;
  ctx.font = `${SUBTITLE_SIZE}px ${heading.font}`;
  ctx.fillText(heading.subtitle, PADDING, PADDING + TITLE_SIZE + 6);
  ctx.drawImage(chart, PADDING, HEADING_HEIGHT, cssWidth, cssHeight);
  return out;
}

export function exportChartPng(chart: HTMLCanvasElement, heading: PngHeading, fileName: string): void {
  const dataUrl = chartImage(chart, heading).toDataURL('image/png');
  downloadBase64File(fileName, dataUrl.slice(dataUrl.indexOf(',') + 1), 'image/png');
}
