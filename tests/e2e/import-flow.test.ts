// Importing a spreadsheet in real Chromium through the web host: drop a Chinese Excel (GB18030) file with a
// bad row, see it read correctly, skip the bad row, import, find the people, and undo it all.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from '../support/testApp';
import { openSession, type Session } from './support/browser';

let s: Session;
beforeAll(async () => (s = await openSession()));
afterAll(async () => s?.close());

const mod = process.platform === 'darwin' ? 'Meta' : 'Control';

describe('import, end to end', () => {
  it('imports the good rows of a GB18030 file, and the import can be undone', async () => {
    const { page } = s;
    const file = join(tempDir('rapport-e2e-import-'), '客户名单.csv');
    const text = [
      '姓名,公司,手机,邮箱,生日',
      '王小明,华信贸易,13800138000,wxm@example.cn,1985-03-04',
      '李娜,华信贸易,13900139000,lina@@broken,',
      'José Müller,Iberia SL,+34 612 345 678,jose@example.es,--07-01',
    ].join('\r\n');
    writeFileSync(file, iconv.encode(text, 'gb18030'));

    await page.getByRole('heading', { name: 'Welcome to Rapport' }).waitFor();
    await page.getByRole('button', { name: 'Import a spreadsheet' }).click();
    await page.locator('input[type="file"]').setInputFiles(file);
    // Step 2: read as GB18030, the Chinese shows as written.
    await page.getByRole('cell', { name: '王小明' }).waitFor();
    await expect(page.getByRole('cell', { name: 'José Müller' }).isVisible()).resolves.toBe(true);
    await page.getByRole('button', { name: 'Next' }).click();
    await page.getByRole('heading', { name: 'Match columns' }).waitFor();
    await page.getByRole('button', { name: 'Next' }).click();
    await page.getByRole('heading', { name: 'Review' }).waitFor();
    // The bad email, named with its row and column.
    const problem = page.getByRole('row', { name: /3.*邮箱.*Not a valid email address/ });
    await problem.waitFor();
    await page.getByLabel('Skip the rows that cannot be imported').check();
    await page.getByRole('button', { name: /Import 2 people/ }).click();
    await page.getByRole('heading', { name: /Imported 2 people/ }).waitFor();

    await page.keyboard.press(`${mod}+KeyK`);
    await page.getByPlaceholder('Search people and companies…').fill('wxm');
    await page.getByRole('option', { name: /王小明/ }).waitFor();
    await page.keyboard.press('Escape');

    // Undo from the history.
    await page.getByRole('link', { name: 'Import', exact: true }).click();
    await page.getByRole('button', { name: /^Undo/ }).first().click();
    await page.getByRole('alertdialog').getByRole('button', { name: 'Undo import' }).click();
    await page
      .getByText(/Import undone/)
      .first()
      .waitFor();
    const counts = await s.host.app.ctx.db
      .selectFrom('contact')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    expect(Number(counts.n)).toBe(0);
  });

  it('logged no errors in the browser console', () => {
    expect(s.consoleErrors).toEqual([]);
  });
});
