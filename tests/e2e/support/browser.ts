// Real Chromium (Debian's) driven by playwright-core, against the web host on a temp database.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { startWebHost, type WebHost } from '../host/webHost';
import { frozenClock, tempDir } from '../../support/testApp';
import type { Clock } from '../../../src-main/ports';
import { dispatch } from '../../../src-main/api/dispatch';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `Chromium not found at ${CHROMIUM_PATH}: install it with \`apt-get install -y chromium\` (or set CHROMIUM_PATH).`,
    );
  }
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
}

export interface Session {
  host: WebHost;
  browser: Browser;
  page: Page;
  dbFile: string;
  /** Errors the page logged: a test fails on any of them unless it expects it. */
  consoleErrors: string[];
  close(): Promise<void>;
}

export async function openSession(
  options: {
    clock?: Clock;
    locale?: string;
    colorScheme?: 'light' | 'dark';
    viewport?: { width: number; height: number };
    /** The web host's print-to-file printers by name (default: one). */
    printers?: string[];
  } = {},
): Promise<Session> {
  const dbFile = join(tempDir('rapport-e2e-'), 'rapport.db');
  const host = await startWebHost({
    dbFile,
    // The temp folder stands for the data folder: Settings can move the database out of it.
    dataDir: dirname(dbFile),
    clock: options.clock ?? frozenClock(),
    ...(options.printers ? { printers: options.printers } : {}),
  });
  const browser = await launchChromium();
  const context = await browser.newContext({
    locale: options.locale ?? 'en-US',
    colorScheme: options.colorScheme ?? 'light',
    viewport: options.viewport ?? { width: 1280, height: 800 },
  });
  const page = await context.newPage();
  page.setDefaultTimeout(10_000);
  const consoleErrors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') consoleErrors.push(m.text());
  });
  page.on('pageerror', (e) => consoleErrors.push(e.message));
  await page.goto(host.url);
  return {
    host,
    browser,
    page,
    dbFile,
    consoleErrors,
    async close() {
      await browser.close();
      await host.close();
    },
  };
}

/** A call into the web host's main side, as the app's screens make it (for setting up data and checking it). */
export async function callMain<T>(host: WebHost, method: string, input: unknown): Promise<T> {
  const r = await dispatch(host.app.ctx, method, input);
  if (!r.ok) throw new Error(r.error.message);
  return r.value as T;
}
