// The envelopes page in real Chromium against the built app and the web host: reached from the labels page's
// tab with the same recipients, choose DL, see the first recipient's address drawn where the envelope will
// print it and step to the next, write the return address once (kept in settings), save a PDF of one DL
// envelope per recipient and read it back with poppler, and the page in Chinese.
import { execFileSync } from 'node:child_process';
import { ENVELOPES } from '@shared/labels/envelopes';
import type { Rect } from '@shared/labels/geometry';
import type { Settings } from '@shared/domain/settings';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { person, postalAddress } from '../support/fixtures';
import { callMain, openSession, type Session } from './support/browser';

let s: Session;

const call = <T>(method: string, input: unknown) => callMain<T>(s.host, method, input);
const address = postalAddress;
const RETURN_ADDRESS = ['Rapport Ltd', '1 Market Street', 'Boston, MA 02108'];
const DL = ENVELOPES.dl;

/** The words on one page of a PDF with their boxes in millimetres from the top-left corner (pdftotext -bbox). */
function wordsOnPage(file: string, page: number) {
  const mm = 25.4 / 72;
  const xhtml = execFileSync('pdftotext', ['-bbox', '-f', String(page), '-l', String(page), file, '-'], {
    encoding: 'utf8',
  });
  return [
    ...xhtml.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g),
  ].map((m) => ({ text: m[5]!, x0: +m[1]! * mm, y0: +m[2]! * mm, x1: +m[3]! * mm, y1: +m[4]! * mm }));
}
const inside = (w: { x0: number; y0: number; x1: number; y1: number }, r: Rect) =>
  w.x0 >= r.x - 0.3 && w.y0 >= r.y - 0.3 && w.x1 <= r.x + r.width + 0.3 && w.y1 <= r.y + r.height + 0.3;

beforeAll(async () => {
  s = await openSession({ viewport: { width: 1440, height: 1000 } });
  await s.page.getByRole('heading', { name: 'Welcome to Rapport' }).waitFor();
  await call('contacts.create', {
    contact: person({
      givenName: 'Ada',
      familyName: 'Lovelace',
      tags: ['Mailing'],
      addresses: [address('12 St James’s Square', 'Boston', 'MA', '02134', 'US')],
    }),
  });
  await call('contacts.create', {
    contact: person({
      givenName: 'Alan',
      familyName: 'Turing',
      tags: ['Mailing'],
      addresses: [address('78 High Street', 'Cambridge', 'MA', '02139', 'US')],
    }),
  });
  await call('contacts.create', {
    contact: person({
      givenName: 'Grace',
      familyName: 'Hopper',
      tags: ['Mailing'],
      addresses: [address('1 Navy Way', 'Arlington', 'VA', '', 'US')],
    }),
  });
  await call('contacts.create', {
    contact: person({
      givenName: 'Not',
      familyName: 'Tagged',
      addresses: [address('5 Elm Street', 'Dover', 'DE', '19901', 'US')],
    }),
  });
});
afterAll(async () => s?.close());

const preview = () => s.page.locator('.envelopes-preview-face');
const pickDl = async () => {
  await s.page.getByRole('radio', { name: /^DL/ }).check();
  await expect.poll(() => preview().getAttribute('viewBox')).toBe('0 0 220 110');
};

describe('the envelopes page, end to end', () => {
  it('opens from the labels page’s tab with the same recipients, and previews DL envelopes to scale', async () => {
    const { page } = s;
    await page.goto(`${s.host.url}#/labels?tag=Mailing`);
    await page.getByRole('heading', { name: 'Mailing labels', level: 1 }).waitFor();
    const tabs = page.getByRole('navigation', { name: 'What to print' });
    await tabs.getByRole('link', { name: 'Envelopes' }).click();
    await page.getByRole('heading', { name: 'Envelopes', level: 1 }).waitFor();
    expect(new URL(page.url()).hash).toBe('#/labels/envelopes?tag=Mailing');
    // The sidebar still says where we are; the tab says which output.
    expect(await page.locator('.sidebar').getByRole('link', { name: 'Labels' }).getAttribute('aria-current')).toBe(
      'page',
    );
    expect(await tabs.getByRole('link', { name: 'Envelopes' }).getAttribute('aria-current')).toBe('page');
    expect(await tabs.getByRole('link', { name: 'Label sheets' }).getAttribute('aria-current')).toBeNull();
    await expect.poll(() => page.getByRole('radio', { name: 'People tagged “Mailing”' }).isChecked()).toBe(true);
    await expect.poll(() => page.getByTestId('envelopes-summary').innerText()).toBe('2 envelopes');

    // Mail from the US starts on #10; DL is 110 × 220 mm, drawn in millimetres.
    expect(await page.getByRole('radio', { name: /^#10/ }).isChecked()).toBe(true);
    await expect.poll(() => page.locator('.envelopes-size.is-checked').innerText()).toMatch(/4⅛ × 9½ in/);
    await pickDl();
    expect(await page.locator('.envelopes-size.is-checked').innerText()).toMatch(/DL\s+110 × 220 mm\s+4.33 × 8.66 in/);

    // The first recipient (by name) is drawn inside the recipient's box of a DL envelope.
    const recipient = page.locator('.envelopes-preview-recipient');
    await expect.poll(() => recipient.textContent()).toContain('Ada Lovelace');
    expect(await page.getByTestId('envelopes-position').innerText()).toBe('1 of 2');
    const box = await recipient.evaluate((g) => {
      const b = (g as SVGGraphicsElement).getBBox();
      return { x: b.x, y: b.y, width: b.width, height: b.height };
    });
    expect(box.x).toBeGreaterThanOrEqual(DL.recipient.x);
    expect(box.y).toBeGreaterThanOrEqual(DL.recipient.y);
    expect(box.x + box.width).toBeLessThanOrEqual(DL.recipient.x + DL.recipient.width);
    expect(box.y + box.height).toBeLessThanOrEqual(DL.recipient.y + DL.recipient.height);

    // Arrows step through the recipients; the last one has no next.
    await page.getByRole('button', { name: 'Next envelope' }).click();
    await expect.poll(() => recipient.textContent()).toContain('Alan Turing');
    expect(await page.getByTestId('envelopes-position').innerText()).toBe('2 of 2');
    expect(await page.getByRole('button', { name: 'Next envelope' }).isDisabled()).toBe(true);
    await page.getByRole('button', { name: 'Previous envelope' }).click();
    await expect.poll(() => recipient.textContent()).toContain('Ada Lovelace');
    expect(await preview().textContent()).not.toContain('Not Tagged');

    // Grace Hopper has no postcode: left out, and the card says why.
    await expect
      .poll(() => page.getByRole('region', { name: 'Left out (1)' }).innerText())
      .toContain('missing postcode');
    expect(s.consoleErrors).toEqual([]);
  });

  it('keeps the return address in settings: written once, it is there after a reload', async () => {
    const { page } = s;
    const card = page.getByRole('region', { name: 'Return address' });
    await card.getByLabel('Your address').fill(RETURN_ADDRESS.join('\n'));
    await card.getByLabel('Your address').blur();
    await expect.poll(() => card.getByRole('status').innerText()).toBe('Saved');
    expect((await call<Settings>('settings.get', {})).returnAddress).toEqual(RETURN_ADDRESS);
    await expect.poll(() => page.locator('.envelopes-preview-sender').textContent()).toContain('Rapport Ltd');

    await page.reload();
    await page.getByRole('heading', { name: 'Envelopes', level: 1 }).waitFor();
    expect(await card.getByLabel('Your address').inputValue()).toBe(RETURN_ADDRESS.join('\n'));

    // Not printing it takes it off the envelope (and leaves it in settings).
    await card.getByLabel('Print the return address').uncheck();
    await expect.poll(() => page.locator('.envelopes-preview-sender').count()).toBe(0);
    await card.getByLabel('Print the return address').check();
    await expect.poll(() => page.locator('.envelopes-preview-sender').textContent()).toContain('1 Market Street');
    expect(s.consoleErrors).toEqual([]);
  });

  it('saves one DL envelope per recipient: landscape 220 × 110 mm, each address in its box', async () => {
    const { page } = s;
    await pickDl();
    await expect.poll(() => page.locator('.envelopes-preview-recipient').textContent()).toContain('Ada Lovelace');
    await page.screenshot({ path: '/tmp/envelopes-page.png', fullPage: true });
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.screenshot({ path: '/tmp/envelopes-page-dark.png', fullPage: true });
    await page.emulateMedia({ colorScheme: 'light' });

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Save as PDF' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^Rapport envelopes DL \d{4}-\d{2}-\d{2}\.pdf$/);
    const file = (await download.path())!;
    const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
    expect(info).toMatch(/Pages:\s+2\b/);
    // 220 × 110 mm = 623.6 × 311.8 pt, wider than tall; Chromium rounds the page box to about half a point.
    const [, width, height] = /Page size:\s+([\d.]+) x ([\d.]+) pts/.exec(info)!;
    expect(Math.abs(Number(width) - 623.62)).toBeLessThan(0.6);
    expect(Math.abs(Number(height) - 311.81)).toBeLessThan(0.6);

    const words = wordsOnPage(file, 1);
    const sender = words.filter((w) => ['Rapport', 'Market', '02108'].includes(w.text));
    const recipient = words.filter((w) => ['Ada', 'Lovelace', 'BOSTON,', '02134'].includes(w.text));
    expect(sender.map((w) => w.text)).toEqual(['Rapport', 'Market', '02108']);
    expect(recipient.map((w) => w.text)).toEqual(['Ada', 'Lovelace', 'BOSTON,', '02134']);
    for (const w of sender) expect(inside(w, DL.sender), w.text).toBe(true);
    for (const w of recipient) expect(inside(w, DL.recipient), w.text).toBe(true);
    expect(wordsOnPage(file, 2).map((w) => w.text)).toEqual(expect.arrayContaining(['Alan', 'Turing']));

    await expect
      .poll(() => page.getByRole('status').filter({ hasText: 'Saved Rapport envelopes' }).innerText())
      .toMatch(/: 2 envelopes\. 1 left out for want of a complete address\.$/);
    expect(s.consoleErrors).toEqual([]);
  });

  it('prints the envelopes through the system dialog: the same DL pages, to the default printer', async () => {
    const { page } = s;
    await pickDl();
    await page.getByRole('button', { name: 'Print…' }).click();
    await expect
      .poll(() => page.getByRole('status').filter({ hasText: 'Sent' }).innerText())
      .toBe('Sent 2 envelopes on 2 pages to Print to files (web host)');
    const job = s.host.printer.jobs.at(-1)!;
    expect(job.jobName).toMatch(/^Rapport envelopes DL /);
    expect([job.page.widthMm, job.page.heightMm]).toEqual([220, 110]);
    const words = wordsOnPage(job.file, 1);
    for (const w of words.filter((w) => ['Ada', 'Lovelace'].includes(w.text))) {
      expect(inside(w, DL.recipient), w.text).toBe(true);
    }
    expect(s.consoleErrors).toEqual([]);
  });

  it('is translated into Chinese', async () => {
    const { page } = s;
    await call('settings.update', { language: 'zh-CN' });
    await page.reload();
    await page.getByRole('heading', { name: '信封', level: 1 }).waitFor();
    const tabs = page.getByRole('navigation', { name: '打印内容' });
    expect(await tabs.getByRole('link').allInnerTexts()).toEqual(['标签纸', '信封']);
    await expect.poll(() => page.getByTestId('envelopes-summary').innerText()).toBe('2 个信封');
    expect(await page.locator('.envelopes-size', { hasText: 'DL' }).innerText()).toMatch(/110 × 220 毫米/);
    for (const heading of ['信封尺寸', '预览', '寄件人地址', '收件人', '信封内容', '样式'])
      await page.getByRole('region', { name: heading, exact: true }).waitFor();
    await page.getByRole('button', { name: '保存为 PDF' }).waitFor();
    await page.getByRole('checkbox', { name: '打印寄件人地址' }).waitFor();
    // Nothing of the page is left in English.
    const text = await page.locator('.page-envelopes').innerText();
    for (const english of ['Envelope', 'Return address', 'Preview', 'Save', 'Recipients', 'of 2'])
      expect(text).not.toContain(english);
    await page.screenshot({ path: '/tmp/envelopes-page-zh.png', fullPage: true });
    await call('settings.update', { language: 'en' });
    expect(s.consoleErrors).toEqual([]);
  });
});
