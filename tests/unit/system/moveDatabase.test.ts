// Moving the database to another folder, on real SQLite files: the copy holds what the database holds, the note in
// the data folder names it (and defaultDatabaseFile follows the note), the old file is not touched and is deleted
// only when asked — that file and its -wal and -shm, nothing else. Each refusal names the folder and leaves the
// database in use, taking writes, with nothing under the final name in the folder and no note written.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import SQLite from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { countRecords } from '../../../src-main/backups/databaseFacts';
import { defaultDatabaseFile } from '../../../src-main/paths';
import { growDatabase, leftovers, seedCustomers } from '../../support/backups';
import { canMount, makeReadOnly, makeSmallDisk } from '../../support/folders';
import { person } from '../../support/fixtures';
import { createTestApp, FROZEN_NOW, tempDir, type TestApp } from '../../support/testApp';

if (!canMount) console.warn('moveDatabase: not root or cannot mount a tmpfs here — the full-disk test is skipped');

/** XDG_CONFIG_HOME of a pretend Linux user: the data folder is its "Rapport" folder, as in the app. */
let config: string;
let dataDir: string;
let env: NodeJS.ProcessEnv;
let app: TestApp;
let counts: Awaited<ReturnType<typeof seedCustomers>>;
const undo: Array<() => void> = [];
const apps: TestApp[] = [];

beforeEach(async () => {
  config = tempDir('rapport-config-');
  dataDir = join(config, 'Rapport');
  env = { XDG_CONFIG_HOME: config };
  app = await createTestApp({ file: join(dataDir, 'rapport.db') });
  app.ctx.databaseHome = { dataDir };
  apps.push(app);
  counts = await seedCustomers(app);
});
afterEach(async () => {
  for (const step of undo.splice(0).reverse()) step();
  for (const opened of apps.splice(0)) await opened.cleanup().catch(() => undefined);
  rmSync(config, { recursive: true, force: true });
});

const hash = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');
const note = () => join(dataDir, 'location.json');
const newFolder = () => {
  const folder = join(tempDir('rapport-drive-'), 'Rapport');
  mkdirSync(folder);
  undo.push(() => rmSync(folder, { recursive: true, force: true }));
  return folder;
};

function recordsIn(file: string) {
  const db = new SQLite(file, { readonly: true, fileMustExist: true });
  try {
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    return countRecords(db);
  } finally {
    db.close();
  }
}

/** What starting Rapport again does: open the file the note names, in the same data folder. */
async function restart(): Promise<TestApp> {
  await app.close();
  const again = await createTestApp({ file: defaultDatabaseFile(env, 'linux') });
  again.ctx.databaseHome = { dataDir };
  apps.push(again);
  return again;
}

describe('moving the database', () => {
  it('copies and checks it, notes the new place (followed from then on), and leaves the old file untouched', async () => {
    const folder = newFolder();
    app.handle.sqlite.pragma('wal_checkpoint(TRUNCATE)');
    const before = hash(app.file);
    expect(defaultDatabaseFile(env, 'linux')).toBe(app.file);

    const moved = await app.call('database.move', { folder });

    const file = join(folder, 'rapport.db');
    expect(moved).toEqual({ file, oldFile: app.file, restarting: false });
    expect(readdirSync(folder)).toEqual(['rapport.db']); // self-contained: no -wal, no temporary file
    expect(recordsIn(file)).toEqual(counts);
    expect(JSON.parse(readFileSync(note(), 'utf8'))).toEqual({
      file,
      previous: app.file,
      movedAt: FROZEN_NOW.toISOString(),
    });
    expect(defaultDatabaseFile(env, 'linux')).toBe(file);
    expect(defaultDatabaseFile({ ...env, RAPPORT_DB: '/elsewhere/try.db' }, 'linux')).toBe('/elsewhere/try.db');
    expect(hash(app.file)).toBe(before);
    expect(recordsIn(app.file)).toEqual(counts);
    expect(app.events).toContainEqual({ event: 'data.changed', payload: { entities: ['database'] } });

    // Until the restart: Settings shows the new place, and nothing more is written to the old file (it would be
    // lost to the new one).
    expect(await app.call('database.location', {})).toEqual({
      file,
      folder,
      oldCopy: null,
      movable: true,
      restartNeeded: true,
    });
    await expect(app.call('contacts.create', { contact: person({ fullName: 'Too late' }) })).rejects.toThrow(
      'Nothing was saved: Rapport is moving its database, or has moved it and must start again to save changes.',
    );
    await expect(app.call('database.move', { folder: newFolder() })).rejects.toThrow(
      `The database was just moved to ${file}: restart Rapport to use it there before moving it again.`,
    );
    await expect(app.call('database.deleteOldCopy', {})).rejects.toThrow(/^Rapport still uses /);
    expect(hash(app.file)).toBe(before);

    // After it: the new file is in use and takes writes, the old copy is offered for deletion.
    const after = await restart();
    expect(after.ctx.dbFile).toBe(file);
    await after.call('contacts.create', { contact: person({ fullName: 'Written after the move' }) });
    expect(recordsIn(file).contacts).toBe(counts.contacts + 1);
    expect(await after.call('database.location', {})).toEqual({
      file,
      folder,
      oldCopy: app.file,
      movable: true,
      restartNeeded: false,
    });
    expect(hash(app.file)).toBe(before);
  });

  it('restarts the app by itself where it can, once the answer is on its way', async () => {
    const restartApp = vi.fn();
    app.ctx.restart = restartApp;
    const moved = await app.call('database.move', { folder: newFolder() });
    expect(moved.restarting).toBe(true);
    expect(restartApp).not.toHaveBeenCalled();
    await vi.waitFor(() => expect(restartApp).toHaveBeenCalledOnce());
  });

  it('deletes the old copy when asked: that file and its -wal and -shm, nothing else', async () => {
    const old = app.file;
    mkdirSync(join(dataDir, 'Backups'));
    writeFileSync(join(dataDir, 'Backups', 'Rapport-2026-11-22-1000.rapport-backup'), 'a backup');
    writeFileSync(join(dataDir, 'rapport.db.v3-20261101T000000.bak'), 'kept before an upgrade');
    writeFileSync(join(dataDir, 'notes.txt'), 'mine');
    const { file } = await app.call('database.move', { folder: newFolder() });
    const after = await restart();
    // As a crash would leave them beside the old file.
    writeFileSync(`${old}-wal`, 'wal');
    writeFileSync(`${old}-shm`, 'shm');

    expect(await after.call('database.deleteOldCopy', {})).toEqual({ deleted: [old, `${old}-wal`, `${old}-shm`] });

    expect(readdirSync(dataDir).sort()).toEqual([
      'Backups',
      'location.json',
      'notes.txt',
      'rapport.db.v3-20261101T000000.bak',
    ]);
    expect(readdirSync(join(dataDir, 'Backups'))).toEqual(['Rapport-2026-11-22-1000.rapport-backup']);
    expect(JSON.parse(readFileSync(note(), 'utf8'))).toMatchObject({ file, previous: null });
    expect(recordsIn(file)).toEqual(counts);
    expect((await after.call('database.location', {})).oldCopy).toBeNull();
    await expect(after.call('database.deleteOldCopy', {})).rejects.toThrow(
      'There is no old copy of the database to delete.',
    );
  });

  it('a move killed just before the rename leaves no rapport.db in the folder; the next one cleans up and succeeds', () => {
    const folder = newFolder();
    const child = spawnSync(
      process.execPath,
      ['--import', 'tsx', join(import.meta.dirname, '../../support/killedMove.ts'), app.file, dataDir, folder],
      { cwd: join(import.meta.dirname, '../../..'), encoding: 'utf8' },
    );
    expect(child.signal, child.stderr).toBe('SIGKILL');
    const left = readdirSync(folder);
    expect(left).not.toContain('rapport.db');
    expect(left).toEqual([expect.stringMatching(/^rapport\.db\.moving-\d+-[0-9a-f]+\.tmp$/)]);
    expect(existsSync(note())).toBe(false);
    expect(defaultDatabaseFile(env, 'linux')).toBe(app.file);
    return (async () => {
      await app.call('contacts.create', { contact: person({ fullName: 'Still here' }) });
      const moved = await app.call('database.move', { folder });
      expect(readdirSync(folder)).toEqual(['rapport.db']);
      expect(recordsIn(moved.file).contacts).toBe(counts.contacts + 1);
    })();
  }, 30_000);
});

describe('a folder the database cannot move to', () => {
  /** The refusal names the folder; the database stays in use and takes writes; nothing was noted. */
  async function expectRefused(folder: string, message: RegExp | string) {
    await expect(app.call('database.move', { folder })).rejects.toThrow(message);
    expect(existsSync(note())).toBe(false);
    expect(defaultDatabaseFile(env, 'linux')).toBe(app.file);
    expect(await app.call('database.location', {})).toMatchObject({ file: app.file, restartNeeded: false });
    const before = recordsIn(app.file).contacts;
    await app.call('contacts.create', { contact: person({ fullName: 'Written after the refusal' }) });
    expect(recordsIn(app.file).contacts).toBe(before + 1);
  }

  it('the folder it is in already (however it is spelled)', async () => {
    const message = `The database is already in ${dataDir}: choose another folder to move it to.`;
    await expectRefused(dataDir, message);
    const link = join(config, 'link-to-data');
    symlinkSync(dataDir, link);
    await expect(app.call('database.move', { folder: link })).rejects.toThrow(/^The database is already in /);
    await expect(app.call('database.move', { folder: `${dataDir}/.` })).rejects.toThrow(message);
  });

  it('one that already holds a Rapport database (or what SQLite keeps beside one)', async () => {
    const folder = newFolder();
    writeFileSync(join(folder, 'rapport.db'), 'somebody else’s data');
    await expectRefused(
      folder,
      `There is already a Rapport database in ${folder} (rapport.db). Rapport does not replace it: choose another folder, or move that file away first. The database was not moved: Rapport goes on using it where it is.`,
    );
    expect(readFileSync(join(folder, 'rapport.db'), 'utf8')).toBe('somebody else’s data');
    const other = newFolder();
    writeFileSync(join(other, 'rapport.db-wal'), 'a stray log');
    await expectRefused(other, /^There is already a Rapport database in .* \(rapport\.db-wal\)/);
    expect(readdirSync(other)).toEqual(['rapport.db-wal']);
  });

  it('one that is not there (an unplugged drive): not created somewhere else either', async () => {
    const folder = join(newFolder(), 'USB stick');
    await expectRefused(
      folder,
      `The folder ${folder} is not there (an unplugged drive, or a folder moved or renamed?). The database was not moved: Rapport goes on using it where it is.`,
    );
    expect(existsSync(folder)).toBe(false);
  });

  it('a file rather than a folder', async () => {
    const file = join(newFolder(), 'notes.txt');
    writeFileSync(file, '');
    await expectRefused(file, `${file} is a file, not a folder.`);
  });

  it('a read-only one', async () => {
    const folder = newFolder();
    undo.push(makeReadOnly(folder));
    await expectRefused(
      folder,
      `Rapport may not write in ${folder}: the folder is read-only or belongs to someone else. The database was not moved: Rapport goes on using it where it is.`,
    );
    expect(readdirSync(folder)).toEqual([]);
  });

  it.skipIf(!canMount)('one on a disk too full to take it', async () => {
    const folder = newFolder();
    undo.push(makeSmallDisk(folder, '1m'));
    growDatabase(app);
    await expectRefused(
      folder,
      new RegExp(
        `^There is not enough free space in ${folder} \\(it needs about \\d+ MB\\)\\. The database was not moved: Rapport goes on using it where it is\\.$`,
      ),
    );
    expect(readdirSync(folder)).toEqual([]);
    expect(leftovers(join(folder, 'rapport.db'))).toEqual([]);
  });

  it('the backups folder, or a folder inside it', async () => {
    const backups = join(dataDir, 'Backups');
    mkdirSync(backups);
    await expectRefused(backups, new RegExp(`^${backups} is in the backups folder \\(${backups}\\)\\.`));
    const chosen = newFolder();
    mkdirSync(join(chosen, 'inside'));
    await app.call('settings.update', { backupFolder: chosen });
    await expectRefused(join(chosen, 'inside'), `${join(chosen, 'inside')} is in the backups folder (${chosen}).`);
    expect(readdirSync(chosen)).toEqual(['inside']);
  });

  it('any, when the file was named outright (RAPPORT_DB, --db)', async () => {
    delete app.ctx.databaseHome;
    expect(await app.call('database.location', {})).toMatchObject({ movable: false, oldCopy: null });
    await expectRefused(newFolder(), /by name \(RAPPORT_DB or --db\), so it does not move that file/);
  });

  it('a path that is not a full one', async () => {
    await expect(app.call('database.move', { folder: 'Documents/Rapport' })).rejects.toMatchObject({
      code: 'invalid_input',
    });
  });
});
