// Reading the dashboards' chart cards in real Chromium: what a card's canvas has drawn, the table beneath it, and
// the PNG its Export button saves.
import { readFileSync } from 'node:fs';
import { inflateSync } from 'node:zlib';
import { expect } from 'vitest';
import type { Download, Page } from 'playwright-core';

/** What a card's chart has drawn in strong colour (the bars; axes, grid and text are grey): how many pixels,
 *  and the most frequent such colour. */
export async function colouredPixelsOf(page: Page, card: string): Promise<{ count: number; colour: string }> {
  return page
    .getByRole('region', { name: card })
    .locator('canvas')
    .evaluate((canvas: HTMLCanvasElement) => {
      const { data } = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height);
      const colours = new Map<string, number>();
      let count = 0;
      for (let i = 0; i < data.length; i += 4) {
        const [r, g, b, a] = [data[i]!, data[i + 1]!, data[i + 2]!, data[i + 3]!];
        if (a > 200 && Math.max(r, g, b) - Math.min(r, g, b) > 60) {
          count++;
          const key = `${r},${g},${b}`;
          colours.set(key, (colours.get(key) ?? 0) + 1);
        }
      }
      const [colour = ''] = [...colours].sort((x, y) => y[1] - x[1])[0] ?? [];
      return { count, colour };
    });
}
export const colouredPixels = async (page: Page, card: string) => (await colouredPixelsOf(page, card)).count;

/** Waits until each card has a canvas with a chart drawn on it (more than a few coloured pixels). */
export async function expectChartsDrawn(page: Page, cards: string[]): Promise<void> {
  for (const card of cards) {
    await page.getByRole('region', { name: card }).locator('canvas').waitFor();
    await expect.poll(() => colouredPixels(page, card), { message: card }).toBeGreaterThan(500);
  }
}

/** The cells of a card's table, row by row, after showing it. */
export async function tableOf(page: Page, card: string): Promise<string[][]> {
  const region = page.getByRole('region', { name: card });
  const toggle = region.getByRole('button', { name: /Show table|显示表格/ });
  if (await toggle.isVisible()) await toggle.click();
  return region
    .getByRole('table')
    .locator('tbody tr, tfoot tr')
    .evaluateAll((rows) =>
      rows.map((row) => Array.from(row.querySelectorAll('th, td')).map((c) => c.textContent?.trim() ?? '')),
    );
}

/** Clicks a card's Export PNG button: the download, and the bytes of the file it saved. */
export async function exportChart(page: Page, card: string): Promise<{ download: Download; png: Buffer }> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('region', { name: card }).getByRole('button', { name: 'Export PNG' }).click(),
  ]);
  return { download, png: readFileSync((await download.path())!) };
}

/** The RGBA of a PNG's top-left pixel (the first pixel of the first row reads the same under every filter). */
export function firstPixel(png: Buffer): number[] {
  const chunks: Buffer[] = [];
  for (let at = 8; at < png.length;) {
    const length = png.readUInt32BE(at);
    const type = png.toString('latin1', at + 4, at + 8);
    if (type === 'IDAT') chunks.push(png.subarray(at + 8, at + 8 + length));
    at += 12 + length;
  }
  return [...inflateSync(Buffer.concat(chunks)).subarray(1, 5)];
}

/** A real PNG with a chart in it, on an opaque background of this colour (its top-left pixel). */
export function expectOpaquePng(png: Buffer, background: number[]): void {
  expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(png.length).toBeGreaterThan(10_000);
  expect(firstPixel(png)).toEqual(background);
}
