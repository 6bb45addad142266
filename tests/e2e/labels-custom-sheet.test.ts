// A label sheet the user measures, end to end in real Chromium against the built app and the web host: typed in
// inches, drawn to scale as it is typed, a wrong measurement named beside the drawing, saved, chosen in the picker,
// previewed with a real address, and printed to a PDF on exactly that sheet. Screenshots of the editor (light and
// dark) are written to /tmp for a person to look at.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { person } from '../support/fixtures';
import { callMain, openSession, type Session } from './support/browser';

let s: Session;

const call = <T>(method: string, input: unknown) => callMain<T>(s.host, method, input);

beforeAll(async () => {
  s = await openSession({ viewport: { width: 1440, height: 1000 } });
  await s.page.getByRole('heading', { name: 'Welcome to Rapport' }).waitFor();
  await call('contacts.create', {
    contact: person({
      givenName: 'Ada',
      familyName: 'Lovelace',
      addresses: [
        {
          label: 'work',
          street: '12 St James’s Square',
          city: 'Boston',
          region: 'MA',
          postalCode: '02134',
          country: 'US',
        },
      ],
    }),
  });
});
afterAll(async () => s?.close());

describe('a custom label sheet, end to end', () => {
  it('is measured in inches and drawn as it is typed, then saved, chosen and printed on', async () => {
    const { page } = s;
    await page.goto(`${s.host.url}#/labels`);
    await page.getByRole('heading', { name: 'Mailing labels', level: 1 }).waitFor();
    await page.getByRole('button', { name: 'New sheet…' }).click();
    const dialog = page.getByRole('dialog', { name: 'New label sheet' });
    await dialog.waitFor();
    expect(await dialog.getByRole('radio', { name: 'Inches' }).isChecked()).toBe(true);

    // Two columns of 4 × 2 in shipping labels, five rows, on US Letter.
    await dialog.getByRole('textbox', { name: 'Name' }).fill('Shipping 4 × 2');
    await dialog.getByRole('spinbutton', { name: 'Columns' }).fill('2');
    await dialog.getByRole('spinbutton', { name: 'Rows' }).fill('6');
    await dialog.getByRole('spinbutton', { name: 'Label width' }).fill('4');
    await dialog.getByRole('spinbutton', { name: 'Label height' }).fill('2');
    await dialog.getByRole('spinbutton', { name: 'Corner radius' }).fill('0.125');
    await dialog.getByRole('spinbutton', { name: 'Top margin' }).fill('0.5');
    await dialog.getByRole('spinbutton', { name: 'Left margin' }).fill('0.15625');
    await dialog.getByRole('spinbutton', { name: 'Horizontal pitch' }).fill('4.1875');

    // Six rows of 2 in from 0.5 in run past the bottom of an 11 in page: the last row is drawn off the page.
    const drawing = dialog.getByRole('img', { name: /2 × 6 labels/ });
    await expect.poll(() => drawing.locator('.labels-drawing-label').count()).toBe(12);
    expect(await drawing.locator('.labels-drawing-label.is-off-page').count()).toBe(2);
    await dialog.getByText('Rows: The last row runs past the bottom of the page').waitFor();
    await page.screenshot({ path: '/tmp/custom-sheet-dialog-problem.png' });

    await dialog.getByRole('spinbutton', { name: 'Rows' }).fill('5');
    await expect
      .poll(() =>
        dialog
          .getByRole('img', { name: /2 × 5 labels/ })
          .locator('.labels-drawing-label')
          .count(),
      )
      .toBe(10);
    await dialog.getByText('10 labels per sheet').waitFor();
    expect(await dialog.getByText(/To fix before saving/).count()).toBe(0);
    // The drawing keeps the page's proportions: US Letter is 8.5 × 11.
    const box = (await dialog.locator('.labels-drawing-page').boundingBox())!;
    expect(box.width / box.height).toBeCloseTo(8.5 / 11, 2);
    await page.screenshot({ path: '/tmp/custom-sheet-dialog.png' });

    await dialog.getByRole('button', { name: 'Save' }).click();
    await page.getByText('Saved the sheet “Shipping 4 × 2”').waitFor();
    await dialog.waitFor({ state: 'detached' });

    // Chosen already, and previewed with the real address on the first label.
    await expect.poll(() => page.getByRole('radio', { name: /^Shipping 4 × 2/ }).isChecked()).toBe(true);
    await expect.poll(() => page.locator('.labels-preview-label').count()).toBe(10);
    await expect.poll(() => page.locator('.labels-sheet-size').innerText()).toMatch(/Shipping 4 × 2.*10 per sheet/);
    await expect
      .poll(() => page.locator('.labels-preview-label[data-row="1"][data-column="1"]').textContent())
      .toContain('Ada Lovelace');
    await page.getByRole('region', { name: 'Label sheet' }).screenshot({ path: '/tmp/custom-sheet-picker.png' });

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Save as PDF' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^Rapport labels Shipping 4 × 2 \d{4}-\d{2}-\d{2}\.pdf$/);
    const file = (await download.path())!;
    expect(readFileSync(file).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
    expect(info).toMatch(/Pages:\s+1\b/);
    expect(info).toMatch(/Page size:\s+612(\.\d+)? x 792(\.\d+)? pts/);
    // The address sits in the first label: 0.15625 in from the left, 0.5 in from the top (in points: 11.25, 36).
    const bbox = execFileSync('pdftotext', ['-bbox', file, '-'], { encoding: 'utf8' });
    const word = /<word xMin="([\d.]+)" yMin="([\d.]+)"[^>]*>Lovelace<\/word>/.exec(bbox);
    expect(word).not.toBeNull();
    const [x, y] = [Number(word![1]), Number(word![2])];
    expect(x).toBeGreaterThan(11.25);
    expect(x).toBeLessThan(11.25 + 4 * 72);
    expect(y).toBeGreaterThan(36);
    expect(y).toBeLessThan(36 + 2 * 72);
    expect(s.consoleErrors).toEqual([]);
  });

  it('opens the saved sheet again for editing, in the dark theme too', async () => {
    const { page } = s;
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.getByRole('button', { name: 'Edit Shipping 4 × 2' }).click();
    const dialog = page.getByRole('dialog', { name: 'Edit label sheet' });
    await dialog.waitFor();
    expect(await dialog.getByRole('spinbutton', { name: 'Horizontal pitch' }).inputValue()).toBe('4.1875');
    expect(await dialog.getByRole('spinbutton', { name: 'Vertical pitch' }).inputValue()).toBe('');
    await dialog.locator('label', { hasText: 'Millimetres' }).click();
    await expect.poll(() => dialog.getByRole('spinbutton', { name: 'Label width' }).inputValue()).toBe('101.6');
    await page.screenshot({ path: '/tmp/custom-sheet-dialog-dark.png' });
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await dialog.waitFor({ state: 'detached' });
    await page.emulateMedia({ colorScheme: 'light' });
    expect(s.consoleErrors).toEqual([]);
  });

  it('speaks Chinese: millimetres on A4, and the problem in Chinese', async () => {
    const { page } = s;
    await call('settings.update', { language: 'zh-CN' });
    await page.goto(`${s.host.url}#/labels`);
    await page.reload();
    await page.getByRole('button', { name: '新建标签纸…' }).click();
    const dialog = page.getByRole('dialog', { name: '新建标签纸' });
    await dialog.waitFor();
    expect(await dialog.getByRole('combobox', { name: '纸张' }).inputValue()).toBe('a4');
    await dialog.getByRole('textbox', { name: '名称' }).fill('快递标签 2 × 4');
    await dialog.getByRole('spinbutton', { name: '列数' }).fill('2');
    await dialog.getByRole('spinbutton', { name: '行数' }).fill('4');
    await dialog.getByRole('spinbutton', { name: '标签宽度' }).fill('105');
    await dialog.getByRole('spinbutton', { name: '标签高度' }).fill('74');
    await dialog.getByRole('spinbutton', { name: '水平步距' }).fill('100');
    await dialog.getByText('水平步距：水平步距小于标签宽度，标签会相互重叠').waitFor();
    await page.screenshot({ path: '/tmp/custom-sheet-dialog-zh.png' });
    await dialog.getByRole('button', { name: '取消' }).click();
    await call('settings.update', { language: 'en' });
    expect(s.consoleErrors).toEqual([]);
  });
});
