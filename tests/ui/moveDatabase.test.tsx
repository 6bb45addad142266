// Settings → Your data → where the database is, on the real main-process services: "Move…" with the folder typed
// (jsdom, like the browser host, has no system dialog), refusals shown as main words them, the new place shown
// once moved; and after the restart, "Delete the old copy" deleting just that file.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { screen, within } from '@testing-library/react';
import { writeLocationRecord } from '../../src-main/system/locationRecord';
import { person, renderApp } from './renderApp';

describe('moving the database', () => {
  it('moves it to a typed folder after saying what will happen, then shows the new place', async () => {
    const { user, app } = await renderApp('/settings', async (app) => {
      app.ctx.databaseHome = { dataDir: app.dir };
      await app.call('contacts.create', { contact: person({ fullName: 'Ada Lovelace' }) });
    });
    const section = await screen.findByRole('region', { name: 'Your data' });
    expect(await within(section).findByText(app.file)).toHaveClass('mono', 'selectable');

    await user.click(within(section).getByRole('button', { name: 'Move…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Move the database' });
    expect(dialog).toHaveTextContent(/copy the database into that folder, check the copy .* and then switch to it/);
    expect(dialog).toHaveTextContent('The file where it is now stays as it is, until you delete it.');
    const folderField = within(dialog).getByLabelText('Folder to move it to');

    await user.type(folderField, 'Documents/Rapport');
    await user.click(within(dialog).getByRole('button', { name: 'Move the database' }));
    expect(await within(dialog).findByText('Choose a folder by its full path')).toBeVisible();

    const missing = join(app.dir, 'USB stick');
    await user.clear(folderField);
    await user.type(folderField, missing);
    await user.click(within(dialog).getByRole('button', { name: 'Move the database' }));
    const refusal = await within(dialog).findByRole('alert');
    expect(refusal).toHaveTextContent(`The folder ${missing} is not there`);
    expect(refusal).toHaveTextContent(`Not moved: the database is still at ${app.file}.`);

    const folder = join(app.dir, 'Moved');
    mkdirSync(folder);
    await user.clear(folderField);
    await user.type(folderField, folder);
    await user.click(within(dialog).getByRole('button', { name: 'Move the database' }));
    const moved = join(folder, 'rapport.db');
    expect(await within(dialog).findByText(`Moved to ${moved}. Restart Rapport to use the new place.`)).toHaveRole(
      'status',
    );
    expect(existsSync(moved)).toBe(true);
    await user.click(within(dialog).getAllByRole('button', { name: 'Close' }).at(-1)!);

    expect(await within(section).findByText(moved)).toBeVisible();
    expect(within(section).getByRole('status')).toHaveTextContent('Restart Rapport to use the new place');
    expect(within(section).queryByRole('button', { name: 'Move…' })).toBeNull();
  });

  it('after the restart, deletes the old copy when confirmed — that file and its -wal and -shm only', async () => {
    let old = '';
    const { user, app } = await renderApp('/settings', async (app) => {
      app.ctx.databaseHome = { dataDir: app.dir };
      // As the note stands after a move and a restart: this database is the moved one, the old one kept.
      mkdirSync(join(app.dir, 'before'));
      old = join(app.dir, 'before', 'rapport.db');
      for (const file of [old, `${old}-wal`, `${old}-shm`, join(app.dir, 'before', 'notes.txt')]) {
        writeFileSync(file, 'x');
      }
      await writeLocationRecord(app.dir, { file: app.file, previous: old, movedAt: null });
    });
    const section = await screen.findByRole('region', { name: 'Your data' });
    expect(await within(section).findByText(`The old copy at ${old} is kept until you delete it.`)).toBeVisible();

    await user.click(within(section).getByRole('button', { name: 'Delete the old copy' }));
    const confirm = await screen.findByRole('alertdialog', { name: 'Delete the old copy?' });
    expect(confirm).toHaveTextContent(`This deletes ${old} and the -wal and -shm files beside it, and nothing else.`);
    await user.click(within(confirm).getByRole('button', { name: 'Delete the old copy' }));

    expect(await screen.findByText('Deleted the old copy')).toBeVisible();
    expect(within(section).queryByText(/The old copy at/)).toBeNull();
    expect([old, `${old}-wal`, `${old}-shm`].filter((f) => existsSync(f))).toEqual([]);
    expect(existsSync(join(app.dir, 'before', 'notes.txt'))).toBe(true);
    expect(existsSync(app.file)).toBe(true);
  });

  it('says why a database named by RAPPORT_DB is not moved, and speaks Simplified Chinese', async () => {
    const { user } = await renderApp('/settings');
    const section = await screen.findByRole('region', { name: 'Your data' });
    expect(await within(section).findByText(/RAPPORT_DB \(or --db\) names this file/)).toBeVisible();
    expect(within(section).queryByRole('button', { name: 'Move…' })).toBeNull();
    await user.selectOptions(await screen.findByLabelText('Language'), '简体中文');
    const zh = await screen.findByRole('region', { name: '您的数据' });
    expect(within(zh).getByText('数据库文件')).toBeVisible();
    expect(within(zh).getByRole('button', { name: '在文件夹中显示' })).toBeVisible();
  });
});
