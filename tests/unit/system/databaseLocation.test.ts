// Finding the database at start-up (the app, the CLI): RAPPORT_DB, else the note of a move, else rapport.db in the
// data folder. A moved database that is missing (an unplugged drive) or a note that cannot be read stops start-up
// with a message saying where the file was expected — nothing is created in its place — and the copy kept from
// before the move can be gone back to.
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../../../src-main/cli/runCli';
import { databaseFileToOpen, defaultDatabaseFile, locateDatabase } from '../../../src-main/paths';
import { goBackToOldCopy } from '../../../src-main/system/databaseLocation';
import { writeLocationRecord } from '../../../src-main/system/locationRecord';
import { FROZEN_NOW, tempDir } from '../../support/testApp';

let config: string;
let dataDir: string;
let env: NodeJS.ProcessEnv;
let drive: string;
beforeEach(() => {
  config = tempDir('rapport-config-');
  dataDir = join(config, 'Rapport');
  mkdirSync(dataDir);
  env = { XDG_CONFIG_HOME: config };
  drive = tempDir('rapport-drive-');
});
afterEach(() => {
  rmSync(config, { recursive: true, force: true });
  rmSync(drive, { recursive: true, force: true });
});

const here = () => join(dataDir, 'rapport.db');
const moved = () => join(drive, 'rapport.db');

async function cli(args: string[]) {
  let out = '';
  let err = '';
  const code = await runCli(args, { out: (s) => (out += s), err: (s) => (err += s), env });
  return { code, out, err };
}

describe('where the database is', () => {
  it('rapport.db in the data folder, until a move notes another place; RAPPORT_DB wins over both', async () => {
    expect(locateDatabase(env, 'linux')).toEqual({
      file: here(),
      dataDir,
      previous: null,
      movedAt: null,
      problem: null,
    });
    writeFileSync(moved(), '');
    await writeLocationRecord(dataDir, { file: moved(), previous: here(), movedAt: FROZEN_NOW.toISOString() });
    expect(locateDatabase(env, 'linux')).toEqual({
      file: moved(),
      dataDir,
      previous: here(),
      movedAt: FROZEN_NOW.toISOString(),
      problem: null,
    });
    expect(databaseFileToOpen(env, 'linux')).toBe(moved());
    expect(locateDatabase({ ...env, RAPPORT_DB: '/tmp/try.db' }, 'linux')).toMatchObject({
      file: '/tmp/try.db',
      dataDir: null,
    });
  });

  it('the note is replaced whole: no temporary file is left beside it', async () => {
    await writeLocationRecord(dataDir, { file: moved(), previous: here(), movedAt: null });
    await writeLocationRecord(dataDir, { file: moved(), previous: null, movedAt: null });
    expect(JSON.parse(readFileSync(join(dataDir, 'location.json'), 'utf8'))).toEqual({
      file: moved(),
      previous: null,
      movedAt: null,
    });
    expect(readdirSync(dataDir)).toEqual(['location.json']);
  });
});

describe('a moved database that is not there at start-up', () => {
  beforeEach(async () => {
    writeFileSync(here(), 'the copy kept from before the move');
    await writeLocationRecord(dataDir, { file: moved(), previous: here(), movedAt: FROZEN_NOW.toISOString() });
  });

  it('is refused, saying where it was expected; nothing is created there', async () => {
    const located = locateDatabase(env, 'linux');
    expect(located.file).toBe(moved());
    expect(located.problem).toBe(
      `Rapport's database was moved to ${moved()}, but it is not there now (a drive not plugged in, or a folder moved or renamed?). Nothing was created in its place. Plug the drive in or put the file back, then start Rapport again.`,
    );
    expect(() => databaseFileToOpen(env, 'linux')).toThrow(located.problem!);
    // The CLI says so too, and does not start on an empty database.
    const run = await cli(['check']);
    expect(run.code).toBe(1);
    expect(run.err).toBe(`rapport: ${located.problem}\n`);
    expect(existsSync(moved())).toBe(false);
    // --db still names any file.
    expect((await cli(['--db', join(drive, 'other.db'), 'check'])).err).toMatch(/^rapport: no database at /);
    // The help still says where the file is expected.
    expect((await cli(['--help'])).out).toContain(`--db FILE    The database file (default: `);
  });

  it('plugged in again: it is found', () => {
    writeFileSync(moved(), '');
    expect(databaseFileToOpen(env, 'linux')).toBe(moved());
  });

  it('can be given up for the copy kept from before the move', async () => {
    expect(await goBackToOldCopy(dataDir, FROZEN_NOW)).toBe(here());
    expect(locateDatabase(env, 'linux')).toMatchObject({ file: here(), previous: null, problem: null });
    expect(defaultDatabaseFile(env, 'linux')).toBe(here());
    expect(readFileSync(here(), 'utf8')).toBe('the copy kept from before the move');
  });

  it('cannot go back to an old copy that is gone too', async () => {
    rmSync(here());
    await expect(goBackToOldCopy(dataDir, FROZEN_NOW)).rejects.toThrow(
      'There is no old copy of the database to go back to.',
    );
    expect(locateDatabase(env, 'linux').file).toBe(moved());
  });
});

it('a note that cannot be read stops start-up, naming it', () => {
  const noteFile = join(dataDir, 'location.json');
  writeFileSync(noteFile, '{"file": "rapport.db"}');
  expect(() => databaseFileToOpen(env, 'linux')).toThrow(
    `Rapport cannot read ${noteFile}, its note of where the database is (it does not name the database file by its full path).`,
  );
  writeFileSync(noteFile, '{"file": ');
  expect(locateDatabase(env, 'linux').problem).toMatch(new RegExp(`^Rapport cannot read ${noteFile}, its note`));
});
