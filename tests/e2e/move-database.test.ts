// Moving the database in real Chromium through the web host: Settings → Your data → "Move…", the folder picked in
// the (scripted) system dialog, the confirmation saying what will happen, the new path shown. Then Rapport started
// again on the file the note names shows the old copy, and "Delete the old copy" removes just that file.
import { existsSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterEach, expect, it } from 'vitest';
import { dispatch } from '../../src-main/api/dispatch';
import { readLocationRecord } from '../../src-main/system/locationRecord';
import { person } from '../support/fixtures';
import { frozenClock, tempDir } from '../support/testApp';
import { startWebHost, type WebHost } from './host/webHost';
import { launchChromium, openSession, type Session } from './support/browser';

let s: Session | null = null;
let again: { host: WebHost; browser: Browser } | null = null;
afterEach(async () => {
  await s?.close();
  await again?.browser.close();
  await again?.host.close();
});

it('moves the database to the folder picked, shows the new place, and deletes the old copy after a restart', async () => {
  s = await openSession();
  const { page, host, dbFile } = s;
  const dataDir = dirname(dbFile);
  await dispatch(host.app.ctx, 'contacts.create', { contact: person({ fullName: 'Grace Hopper' }) });
  const folder = join(tempDir('rapport-drive-'), 'Rapport');
  mkdirSync(folder);
  const moved = join(folder, 'rapport.db');

  await page.goto(`${host.url}#/settings`);
  const section = page.getByRole('region', { name: 'Your data' });
  await section.getByText(dbFile, { exact: true }).waitFor();
  await section.getByRole('button', { name: 'Show in folder' }).click();
  await expect.poll(() => host.shell.shown).toEqual([dbFile]);

  host.shell.answers.push(folder);
  await section.getByRole('button', { name: 'Move…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Move the database' });
  await dialog.getByText(`Rapport will copy the database into ${folder}, check the copy`).waitFor();
  expect(host.shell.asked).toEqual([{ title: 'Choose the folder to move the database to', defaultPath: dataDir }]);
  await dialog.getByRole('button', { name: 'Move the database' }).click();
  await dialog.getByText(`Moved to ${moved}. Restart Rapport to use the new place.`).waitFor();
  await dialog.getByRole('button', { name: 'Close' }).last().click();

  await section.getByText(moved, { exact: true }).waitFor();
  await section.getByText(/Restart Rapport to use the new place/).waitFor();
  expect(readLocationRecord(dataDir)).toMatchObject({ file: moved, previous: dbFile });
  expect(existsSync(dbFile)).toBe(true);
  expect(s.consoleErrors).toEqual([]);
  await s.close();
  s = null;

  // Started again: on the file the note names, as the app does.
  const restarted = await startWebHost({ dbFile: readLocationRecord(dataDir)!.file, dataDir, clock: frozenClock() });
  const browser = await launchChromium();
  again = { host: restarted, browser };
  const page2 = await browser.newPage();
  await page2.goto(`${restarted.url}#/settings`);
  const section2 = page2.getByRole('region', { name: 'Your data' });
  await section2.getByText(moved, { exact: true }).waitFor();
  await section2.getByText(`The old copy at ${dbFile} is kept until you delete it.`).waitFor();
  await section2.getByRole('button', { name: 'Delete the old copy' }).click();
  const confirm = page2.getByRole('alertdialog', { name: 'Delete the old copy?' });
  await confirm.getByRole('button', { name: 'Delete the old copy' }).click();
  await page2.getByText('Deleted the old copy').waitFor();
  await section2.getByText(/The old copy at/).waitFor({ state: 'detached' });
  expect([dbFile, `${dbFile}-wal`, `${dbFile}-shm`].filter((f) => existsSync(f))).toEqual([]);
  expect(readLocationRecord(dataDir)).toMatchObject({ file: moved, previous: null });
  const people = await dispatch(restarted.app.ctx, 'search.global', { q: 'Grace', limit: 5 });
  expect(people).toMatchObject({ ok: true, value: [expect.objectContaining({ title: 'Grace Hopper' })] });
});
