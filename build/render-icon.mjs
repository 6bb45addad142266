#!/usr/bin/env node
// Renders build/icon.svg to the PNG icons electron-builder and the tray use (it derives .ico/.icns from the
// 1024 px PNG). Run after editing the SVG: node build/render-icon.mjs
import { readFileSync, mkdirSync } from 'node:fs';
import { chromium } from 'playwright-core';

const svg = readFileSync('build/icon.svg', 'utf8');
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
});
mkdirSync('resources', { recursive: true });
for (const [size, out] of [
  [1024, 'build/icon.png'],
  [256, 'resources/icon.png'],
  [32, 'resources/tray.png'],
]) {
  const page = await browser.newPage({ viewport: { width: size, height: size } });
  await page.setContent(
    `<html><body style="margin:0;background:transparent">${svg.replace('width="1024" height="1024"', `width="${size}" height="${size}"`)}</body></html>`,
  );
  await page.screenshot({ path: out, omitBackground: true });
  await page.close();
}
await browser.close();
