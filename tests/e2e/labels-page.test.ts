// The mailing labels page in real Chromium against the built app and the web host: find the sheet by an
// equivalent code, see real addresses drawn into the labels of the first sheet, start on a partly used sheet
// by clicking a label, see who is left out and why, and save a PDF with the right number of pages.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { person, postalAddress } from '../support/fixtures';
import { callMain, openSession, type Session } from './support/browser';

let s: Session;

const call = <T>(method: string, input: unknown) => callMain<T>(s.host, method, input);
const address = postalAddress;

beforeAll(async () => {
  s = await openSession({ viewport: { width: 1440, height: 1000 }, printers: ['Office LaserJet', 'Home inkjet'] });
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

const label = (row: number, column: number) =>
  s.page.locator(`.labels-preview-label[data-row="${row}"][data-column="${column}"]`);

describe('the mailing labels page, end to end', () => {
  it('finds the sheet, previews real addresses, starts on a used sheet and saves a PDF', async () => {
    const { page } = s;
    await page.goto(`${s.host.url}#/labels?tag=Mailing`);
    await page.getByRole('heading', { name: 'Mailing labels', level: 1 }).waitFor();
    await expect.poll(() => page.getByRole('radio', { name: 'People tagged “Mailing”' }).isChecked()).toBe(true);

    // 5960 is the same sheet as 5160: searching for it finds 5160, first.
    await page.getByLabel('Find your sheet').fill('5960');
    const firstMatch = page.locator('.labels-sheet-option').first();
    await expect.poll(() => firstMatch.innerText()).toMatch(/Avery 5160/);
    await page.getByRole('radio', { name: /Avery 5160/ }).check();
    await expect.poll(() => page.locator('.labels-sheet-size').innerText()).toMatch(/5160.*30 per sheet/);

    // The first labels hold the tagged people's addresses, in order by name; the untagged one is not there.
    await expect.poll(() => label(1, 1).textContent()).toContain('Ada Lovelace');
    await expect.poll(() => label(1, 2).textContent()).toContain('Alan Turing');
    expect(await page.locator('.labels-preview').textContent()).not.toContain('Not Tagged');
    await expect.poll(() => page.getByTestId('labels-summary').innerText()).toBe('2 labels on 1 page');

    // Grace Hopper has no postcode: she is left out, and the reason says so.
    const leftOut = page.getByRole('region', { name: 'Left out (1)' });
    await expect.poll(() => leftOut.innerText()).toContain('Grace Hopper');
    expect(await leftOut.innerText()).toContain('missing postcode');

    // A partly used sheet: clicking row 2, column 3 starts there; the five labels before it are greyed.
    await label(2, 3).click();
    await expect.poll(() => label(2, 3).textContent()).toContain('Ada Lovelace');
    expect(await label(1, 1).getAttribute('class')).toContain('is-used');
    expect(await label(2, 2).getAttribute('class')).toContain('is-used');
    expect(await label(1, 1).textContent()).not.toContain('Ada Lovelace');
    expect(await page.getByRole('spinbutton', { name: 'Row' }).inputValue()).toBe('2');
    expect(await page.getByRole('spinbutton', { name: 'Column' }).inputValue()).toBe('3');

    // 13 copies each: 26 labels after 5 used ones run onto a second sheet.
    await page.getByRole('spinbutton', { name: 'Copies of each' }).fill('13');
    await expect.poll(() => page.getByTestId('labels-summary').innerText()).toBe('26 labels on 2 pages');

    // Every page can be previewed: the second sheet has the 26th label (Alan Turing's last copy) in its first place.
    expect(await page.getByTestId('labels-page-position').innerText()).toBe('Page 1 of 2');
    await page.getByRole('button', { name: 'Next page' }).click();
    await expect.poll(() => page.getByTestId('labels-page-position').innerText()).toBe('Page 2 of 2');
    await expect.poll(() => label(1, 1).textContent()).toContain('Alan Turing');
    expect(await label(1, 2).textContent()).not.toContain('Turing');
    expect(await label(1, 1).getAttribute('class')).not.toContain('is-used');
    expect(await page.getByRole('button', { name: 'Next page' }).isDisabled()).toBe(true);
    await page.locator('.labels-preview-card').screenshot({ path: '/tmp/labels-preview-page-2.png' });
    // At actual size the sheet is as wide on screen as on paper: 8.5 in at CSS's 96 px an inch.
    await page.locator('label').filter({ hasText: 'Actual size' }).click();
    await expect
      .poll(() => page.locator('.labels-preview-sheet').evaluate((e) => e.getBoundingClientRect().width))
      .toBeCloseTo(816, 0);
    await page.locator('label').filter({ hasText: /^Fit$/ }).click();
    await page.getByRole('button', { name: 'Previous page' }).click();
    await expect.poll(() => label(1, 1).getAttribute('class')).toContain('is-used');

    await page.screenshot({ path: '/tmp/labels-page.png', fullPage: true });

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Save as PDF' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^Rapport labels 5160 \d{4}-\d{2}-\d{2}\.pdf$/);
    const file = (await download.path())!;
    expect(readFileSync(file).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
    expect(info).toMatch(/Pages:\s+2\b/);
    expect(info).toMatch(/Page size:\s+612(\.\d+)? x 792(\.\d+)? pts/);
    await expect
      .poll(() => page.getByRole('status').filter({ hasText: 'Saved' }).innerText())
      .toMatch(/26 labels on 2 pages/);
    await page.screenshot({ path: '/tmp/labels-page-saved.png', fullPage: true });
    expect(s.consoleErrors).toEqual([]);
  });

  it('prints through the system dialog to the chosen printer: the same pages as the PDF, at the sheet’s size', async () => {
    const { page } = s;
    const printerSelect = page.getByRole('combobox', { name: 'Printer' }).first();
    // The system's default printer is chosen until another is picked.
    expect(await printerSelect.inputValue()).toBe('Office LaserJet');
    await printerSelect.selectOption('Home inkjet');
    await page.getByRole('button', { name: 'Print…' }).click();
    await expect
      .poll(() => page.getByRole('status').filter({ hasText: 'Sent' }).innerText())
      .toBe('Sent 26 labels on 2 pages to Home inkjet');
    const job = s.host.printer.jobs.at(-1)!;
    expect(job.printer).toBe('Home inkjet');
    expect(job.page.widthMm).toBeCloseTo(215.9, 6);
    const info = execFileSync('pdfinfo', [job.file], { encoding: 'utf8' });
    expect(info).toMatch(/Pages:\s+2\b/);
    expect(info).toMatch(/Page size:\s+612(\.\d+)? x 792(\.\d+)? pts/);
    await printerSelect.selectOption('Office LaserJet');
    expect(s.consoleErrors).toEqual([]);
  });

  it('calibrates a printer once: the test page prints, the offsets are saved and come back for that printer', async () => {
    const { page } = s;
    const card = page.getByRole('region', { name: 'Printer calibration' });
    expect(await card.getByLabel('Printer').inputValue()).toBe('Office LaserJet');
    await card.getByLabel('Move right (mm)').fill('1.5');
    await card.getByLabel('Move down (mm)').fill('-0.8');
    await card.getByRole('button', { name: 'Print test page' }).click();
    await expect.poll(() => s.host.printer.jobs.at(-1)?.jobName).toBe('Rapport calibration 5160.pdf');
    expect(s.host.printer.jobs.at(-1)!.printer).toBe('Office LaserJet');
    const [testPage] = await Promise.all([
      page.waitForEvent('download'),
      card.getByRole('button', { name: 'Save test page as PDF' }).click(),
    ]);
    expect(testPage.suggestedFilename()).toBe('Rapport calibration 5160.pdf');
    expect(
      readFileSync((await testPage.path())!)
        .subarray(0, 5)
        .toString('latin1'),
    ).toBe('%PDF-');
    await card.getByRole('button', { name: 'Save for this printer' }).click();
    await page.getByText('Saved for Office LaserJet on Avery 5160').waitFor();
    const stored = await s.host.app.ctx.db.selectFrom('label_calibration').selectAll().execute();
    expect(stored.map((r) => [r.printer, r.sheet_id, r.offset_x, r.offset_y, r.scale])).toEqual([
      ['Office LaserJet', 'avery-5160', 1.5, -0.8, 1],
    ]);
    // Another printer has its own (none yet); the first one's comes back.
    await card.getByLabel('Printer').selectOption('Home inkjet');
    await expect.poll(() => card.getByLabel('Move right (mm)').inputValue()).toBe('0');
    await card.getByLabel('Printer').selectOption('Office LaserJet');
    await expect.poll(() => card.getByLabel('Move right (mm)').inputValue()).toBe('1.5');
    expect(s.consoleErrors).toEqual([]);
  });

  it('saves a sheet of return-address labels with the sender’s own address', async () => {
    const { page } = s;
    const card = page.getByRole('region', { name: 'Return-address labels' });
    await card.getByLabel('Your address').fill('Rapport Ltd\n1 Market Street\nBoston, MA 02108');
    await card.getByLabel('How many').fill('30');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      card.getByRole('button', { name: 'Save these as PDF' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('Rapport return address 5160.pdf');
    const text = execFileSync('pdftotext', [(await download.path())!, '-'], { encoding: 'utf8' });
    expect(text.match(/Market Street/g)!.length).toBe(30);
    // The address is the business's, kept in settings: it is there after a reload, and for envelopes.
    const settings = await call<{ returnAddress: string[] }>('settings.get', {});
    expect(settings.returnAddress).toEqual(['Rapport Ltd', '1 Market Street', 'Boston, MA 02108']);
    await page.reload();
    await expect
      .poll(() => page.getByRole('region', { name: 'Return-address labels' }).getByLabel('Your address').inputValue())
      .toBe('Rapport Ltd\n1 Market Street\nBoston, MA 02108');
    expect(s.consoleErrors).toEqual([]);
  });

  it('prints in the font picked from those this computer has, and previews in it', async () => {
    const { page } = s;
    const font = page.getByRole('combobox', { name: 'Font' });
    const offered = await font.locator('option').allTextContents();
    expect(offered[0]).toBe('The computer’s standard font');
    // This machine has the Noto CJK fonts and no Calibri (fontconfig stands in Liberation for Arial).
    expect(offered).toContain('Noto Serif CJK SC');
    expect(offered).not.toContain('Calibri');
    // Chromium embeds fonts without names (Type 3), so the font shows in how wide the printed words are.
    const nameWidth = async () => {
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: 'Save as PDF' }).click(),
      ]);
      const boxes = execFileSync('pdftotext', ['-bbox', '-f', '1', '-l', '1', (await download.path())!, '-'], {
        encoding: 'utf8',
      });
      const [, x0, x1] = /<word xMin="([\d.]+)" yMin="[\d.]+" xMax="([\d.]+)" yMax="[\d.]+">Lovelace<\/word>/.exec(
        boxes,
      )!;
      return Number(x1) - Number(x0);
    };
    const standard = await nameWidth();
    await font.selectOption('Noto Serif CJK SC');
    await expect
      .poll(() => page.locator('.labels-preview-text').first().getAttribute('font-family'))
      .toMatch(/^"Noto Serif CJK SC", system-ui/);
    const serif = await nameWidth();
    expect(Math.abs(serif - standard)).toBeGreaterThan(1); // points
    await font.selectOption('');
    expect(s.consoleErrors).toEqual([]);
  });
});
