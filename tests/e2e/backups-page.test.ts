// Settings → Backups in real Chromium against the built app and the web host: choose a folder (through the
// "system dialog" the test answers), back up now, see the last backup, restore it after a change and find the
// change gone (and the replaced data saved first), an encrypted backup with its passphrase asked for, a wrong
// passphrase refused plainly, the banner when the folder is gone, and the section in Chinese.
import { existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from '../support/testApp';
import { person } from '../support/fixtures';
import { callMain, openSession, type Session } from './support/browser';

let s: Session;
let folder: string;

const call = <T>(method: string, input: unknown) => callMain<T>(s.host, method, input);
const section = () => s.page.getByRole('region', { name: 'Backups' });
// A backup or a restore runs in a worker thread (started from source in the web host): give it time on a busy machine.
const slow = { timeout: 40_000 };
const backupsIn = (dir: string) => readdirSync(dir).filter((f) => f.endsWith('.rapport-backup'));

beforeAll(async () => {
  s = await openSession({ viewport: { width: 1360, height: 1000 } });
  await s.page.getByRole('heading', { name: 'Welcome to Rapport' }).waitFor();
  await call('contacts.create', { contact: person({ givenName: 'Ada', familyName: 'Lovelace' }) });
  await call('contacts.create', { contact: person({ givenName: 'Alan', familyName: 'Turing' }) });
  folder = join(tempDir('rapport-backups-e2e-'), 'USB stick');
  mkdirSync(folder);
});
afterAll(async () => {
  await s?.close();
});

describe('backups, end to end', () => {
  it('backs up into the folder chosen in the system dialog, and shows the last backup', async () => {
    const { page } = s;
    await page.goto(`${s.host.url}#/settings`);
    await expect.poll(() => section().getByTestId('backups-last').innerText()).toContain('No backup yet');
    s.host.shell.answers.push(folder);
    await section().getByRole('button', { name: 'Choose folder…' }).click();
    await expect.poll(() => section().getByTestId('backups-folder').innerText()).toBe(folder);
    expect(s.host.shell.asked.at(-1)?.title).toBe('Choose the folder for backups');

    await section().getByRole('button', { name: 'Back up now' }).click();
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Backed up to' }).count(), slow).toBe(1);
    expect(backupsIn(folder)).toEqual([expect.stringMatching(/^Rapport-\d{4}-\d{2}-\d{2}-\d{4}\.rapport-backup$/)]);
    await expect
      .poll(() => section().getByTestId('backups-last').innerText(), slow)
      .toMatch(/Last backup .*\n.*Rapport-/);
    await page.screenshot({ path: '/tmp/backups-section.png', fullPage: true });
    expect(s.consoleErrors).toEqual([]);
  });

  it('restores a backup: shows what it holds, saves the current data first, and the app comes back on it', async () => {
    const { page } = s;
    await call('contacts.create', { contact: person({ givenName: 'Grace', familyName: 'Hopper' }) });
    await section().getByRole('button', { name: 'Restore from a backup…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Restore from a backup' });
    await dialog.getByRole('option').first().click();
    const details = dialog.getByTestId('backup-details');
    await expect.poll(() => details.innerText()).toMatch(/People\s+2/);
    await page.screenshot({ path: '/tmp/backups-restore.png' });
    await dialog.getByRole('button', { name: 'Restore this backup' }).click();
    const done = page.getByRole('dialog', { name: 'Backup restored' });
    await expect.poll(() => done.innerText(), slow).toContain('What was in Rapport before was saved as');
    await done.getByRole('button', { name: 'Start again' }).click();
    await page.getByRole('heading', { name: 'Settings', level: 1 }).waitFor();
    const info = await call<{ counts: { contacts: number } }>('app.info', {});
    expect(info.counts.contacts).toBe(2);
    // The replaced data (three people) is a backup of its own, beside the first.
    expect(backupsIn(folder).filter((f) => f.includes('before-restore'))).toHaveLength(1);
    expect(s.consoleErrors).toEqual([]);
  });

  it('encrypts with a passphrase asked for at the backup, and refuses a wrong one plainly on restore', async () => {
    const { page } = s;
    // The web host has no keychain: the passphrase is asked for at each backup.
    await section().getByLabel('Encrypt backups with a passphrase (for cloud folders)').check();
    await expect.poll(() => section().innerText()).toContain('the passphrase is asked for at each backup');
    const before = backupsIn(folder);
    await section().getByRole('button', { name: 'Back up now' }).click();
    const ask = page.getByRole('dialog', { name: 'Backup passphrase' });
    await ask.getByLabel('Passphrase', { exact: true }).fill('correct horse');
    await ask.getByLabel('Passphrase again').fill('correct horse battery');
    await expect.poll(() => ask.innerText()).toContain('The two passphrases are not the same');
    await ask.getByLabel('Passphrase again').fill('correct horse');
    await ask.getByRole('button', { name: 'Back up now' }).click();
    await expect
      .poll(() => page.getByRole('status').filter({ hasText: 'Backed up to' }).count(), slow)
      .toBeGreaterThan(0);
    // A new, encrypted backup; the older one of the same day gives way (the newest of each day is kept), the copy
    // saved before the restore stays.
    await expect.poll(() => backupsIn(folder).filter((f) => !before.includes(f)).length, slow).toBe(1);
    expect(backupsIn(folder).filter((f) => f.includes('before-restore'))).toHaveLength(1);

    await section().getByRole('button', { name: 'Restore from a backup…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Restore from a backup' });
    await dialog
      .getByRole('option', { name: /encrypted/ })
      .first()
      .click();
    await dialog.getByLabel('Passphrase').fill('wrong horse');
    await dialog.getByRole('button', { name: 'Restore this backup' }).click();
    await expect.poll(() => dialog.getByRole('alert').innerText(), slow).toMatch(/passphrase/i);
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await section().getByLabel('Encrypt backups with a passphrase (for cloud folders)').uncheck();
    expect(s.consoleErrors).toEqual([]);
  });

  it('shows a banner when the backup folder is gone, and it leads to the settings', async () => {
    const { page } = s;
    rmSync(folder, { recursive: true });
    // Noticed when the window comes back to the front (and every minute).
    await page.goto(`${s.host.url}#/contacts`);
    await page.evaluate(() => window.dispatchEvent(new Event('focus')));
    const banner = page.getByTestId('backup-banner');
    await expect.poll(() => banner.innerText()).toContain(`Backups cannot reach ${folder}.`);
    await page.screenshot({ path: '/tmp/backups-banner.png' });
    await banner.getByRole('link', { name: 'Backup settings' }).click();
    await expect.poll(() => section().getByRole('alert').first().innerText()).toContain('Rapport cannot reach');
    await section().getByRole('button', { name: 'Use the folder beside the database' }).click();
    await expect.poll(() => banner.count()).toBe(0);
    expect(existsSync(folder)).toBe(false);
    expect(s.consoleErrors).toEqual([]);
  });

  it('speaks Chinese', async () => {
    const { page } = s;
    await call('settings.update', { language: 'zh-CN' });
    await page.goto(`${s.host.url}#/settings`);
    const zh = page.getByRole('region', { name: '备份' });
    await expect.poll(() => zh.innerText()).toContain('立即备份');
    expect(await zh.innerText()).toContain('从备份恢复…');
    await call('settings.update', { language: 'en' });
  });
});
