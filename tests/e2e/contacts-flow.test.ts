// The whole slice in real Chromium against the built app and the web host: add a person, find them by pinyin
// initials, log a call, see it on their page, move them to the Trash and restore them, switch to Chinese.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSession, type Session } from './support/browser';

let s: Session;
beforeAll(async () => (s = await openSession()));
afterAll(async () => s?.close());

const mod = process.platform === 'darwin' ? 'Meta' : 'Control';

describe('contacts, end to end', () => {
  it('welcomes a new user with an explanation and the way to start', async () => {
    await s.page.getByRole('heading', { name: 'Welcome to Rapport' }).waitFor();
    await expect(s.page.getByRole('button', { name: 'Load sample data' }).isVisible()).resolves.toBe(true);
  });

  it('adds a person with a Chinese full name and a phone number', async () => {
    const { page } = s;
    await page.keyboard.press(`${mod}+KeyN`);
    const dialog = page.getByRole('dialog', { name: 'New contact' });
    await dialog.waitFor();
    await dialog.getByLabel('One full name').check();
    await dialog.getByLabel('Full name', { exact: true }).fill('张三丰');
    await dialog.getByRole('button', { name: 'Add phone' }).click();
    await dialog.getByLabel('Phone 1', { exact: true }).fill('138-0013-8000');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await page.getByRole('heading', { name: '张三丰', level: 1 }).waitFor();
    expect(page.url()).toMatch(/#\/contacts\/\d+$/);
  });

  it('finds them from anywhere by pinyin initials, and one Enter opens their page', async () => {
    const { page } = s;
    await page.goto(`${s.host.url}#/companies`);
    await page.getByRole('heading', { name: 'Companies', level: 1 }).waitFor();
    await page.keyboard.press(`${mod}+KeyK`);
    const search = page.getByPlaceholder('Search people and companies…');
    await search.fill('zsf');
    await page.getByRole('option', { name: /张三丰/ }).waitFor();
    await search.press('Enter');
    await page.getByRole('heading', { name: '张三丰', level: 1 }).waitFor();
  });

  it('logs a call in two keystrokes and shows it at the top of the history', async () => {
    const { page } = s;
    await page.locator('body').press('a');
    const summary = page.getByLabel('Summary');
    await expect(summary.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
    await summary.fill('Asked for a quote on 200 mugs');
    await summary.press('Enter');
    const history = page.getByRole('region', { name: 'Activity' });
    await history.getByText('Asked for a quote on 200 mugs').waitFor();
    await expect(history.getByText('Call', { exact: true }).first().isVisible()).resolves.toBe(true);
    // It is really stored: a reload shows it too.
    await page.reload();
    await page.getByText('Asked for a quote on 200 mugs').waitFor();
  });

  it('moves them to the Trash and restores them with their history', async () => {
    const { page } = s;
    await page.getByRole('button', { name: 'Delete', exact: true }).click();
    const confirm = page.getByRole('dialog');
    if (await confirm.isVisible().catch(() => false))
      await confirm.getByRole('button', { name: /Move to Trash|Delete/ }).click();
    await page.getByRole('heading', { name: 'Contacts', level: 1 }).waitFor();
    await page.getByRole('link', { name: 'Trash' }).click();
    await page.getByText('张三丰').waitFor();
    await page.getByRole('button', { name: 'Restore 张三丰' }).click();
    await page.getByText('Trash is empty').waitFor();
    await page.getByRole('link', { name: 'Contacts' }).first().click();
    await page.getByRole('link', { name: '张三丰' }).first().click();
    await page.getByText('Asked for a quote on 200 mugs').waitFor();
  });

  it('switches the whole app to Simplified Chinese', async () => {
    const { page } = s;
    await page.getByRole('link', { name: 'Settings' }).click();
    await page.getByLabel('Language').selectOption('zh-CN');
    await page.getByRole('heading', { name: '设置', level: 1 }).waitFor();
    await expect(page.getByRole('link', { name: '联系人' }).first().isVisible()).resolves.toBe(true);
    // Remembered: a new visit starts in Chinese.
    await page.reload();
    await page.getByRole('heading', { name: '设置', level: 1 }).waitFor();
  });

  it('logged no errors in the browser console', () => {
    expect(s.consoleErrors).toEqual([]);
  });
});
