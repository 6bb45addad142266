// `rapport backup`, `rapport backups` and `rapport restore`, the built CLI as a real process: what they print, their
// exit codes (0 done, 1 refused or failed, 2 used wrongly), and that a refused restore changes nothing.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedCustomers } from '../support/backups';
import { createTestApp, tempDir, type TestApp } from '../support/testApp';

const CLI = join(import.meta.dirname, '../../out/cli/rapport.mjs');
let app: TestApp;
const rapport = (args: string[]) =>
  spawnSync(process.execPath, [CLI, '--db', app.file, ...args], {
    encoding: 'utf8',
    env: { ...process.env, TZ: 'UTC' },
  });
const contacts = () => Number(rapport(['check']).stdout.match(/Contacts:\s+(\d+)/)![1]);

beforeAll(async () => {
  // Both bundles ship the backup worker beside their entry (electron.config.ts, cli.vite.config.ts).
  for (const built of ['out/cli/backupWorker.mjs', 'out/main/backupWorker.js']) {
    if (!existsSync(join(import.meta.dirname, '../..', built))) throw new Error(`No ${built}: run npm run build.`);
  }
  app = await createTestApp();
  await seedCustomers(app);
  await app.close();
});
afterAll(async () => app.cleanup().catch(() => undefined));

describe('rapport backup / backups / restore (built CLI)', () => {
  it('backs up into the default folder and lists it with its date and counts', () => {
    const made = rapport(['backup']);
    expect(made.stderr).toBe('');
    expect(made.status).toBe(0);
    const file = made.stdout.match(/to (\S+\.rapport-backup)/)![1]!;
    expect(file.startsWith(join(app.dir, 'Backups', 'Rapport-'))).toBe(true);
    expect(made.stdout).toMatch(/compressed: 3 contacts, 1 company, 1 deal, 1 calendar item, 1 activity\n$/);
    const listed = rapport(['backups']);
    expect(listed.status).toBe(0);
    expect(listed.stdout).toMatch(
      /^1 backup in .*Backups, newest first:\n {2}\d{4}-\d\d-\d\d \d\d:\d\d {2}Rapport-\d{4}-\d\d-\d\d-\d{4}\.rapport-backup {2}\d+ KB {2}\(compressed\)\n {6}3 contacts, 1 company, 1 deal, 1 calendar item, 1 activity\n$/,
    );
    const json = JSON.parse(rapport(['backups', '--json']).stdout);
    expect(json.backups[0]).toMatchObject({ file, state: 'ok', counts: { contacts: 3 } });
  });

  it('encrypts with --passphrase-file; a wrong passphrase is refused (exit 1) and changes nothing', () => {
    const dir = join(tempDir(), 'encrypted');
    const right = join(dir, '..', 'right.txt');
    const wrong = join(dir, '..', 'wrong.txt');
    writeFileSync(right, 'correct horse battery\n');
    writeFileSync(wrong, 'Tr0ub4dor&3\n');
    const made = rapport(['backup', dir, '--passphrase-file', right]);
    expect(made.status).toBe(0);
    expect(made.stdout).toMatch(/compressed, encrypted: 3 contacts/);
    const file = join(dir, readdirSync(dir)[0]!);

    // More data, so a restore shows.
    const add = spawnSync(process.execPath, [
      CLI,
      '--db',
      app.file,
      'import',
      join(import.meta.dirname, '../fixtures/vcard/iphone-3.0.vcf'),
    ]);
    expect(add.status).toBe(0);
    const now = contacts();
    expect(now).toBeGreaterThan(3);

    const refused = rapport(['restore', file, '--passphrase-file', wrong]);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toMatch(
      /^rapport: Wrong passphrase for the backup Rapport-.*\.rapport-backup\. Nothing was restored; your current data is unchanged\.\n$/,
    );
    expect(contacts()).toBe(now);
    const needs = rapport(['restore', file]);
    expect(needs.status).toBe(1);
    expect(needs.stderr).toMatch(/is encrypted: enter its passphrase/);

    const restored = rapport(['restore', file, '--passphrase-file', right]);
    expect(restored.stderr).toBe('');
    expect(restored.status).toBe(0);
    expect(restored.stdout).toMatch(/^Backup Rapport-.*: made .* by Rapport .* \(database version \d+\)\n/);
    expect(restored.stdout).toMatch(/Saved the data it replaced first, as .*-before-restore\.rapport-backup\n/);
    expect(restored.stdout).toMatch(/Restored into .*: 3 contacts, 1 company/);
    expect(contacts()).toBe(3);
    expect(rapport(['check']).status).toBe(0);
  });

  it('restores onto a computer that has no database yet', () => {
    const made = rapport(['backup', join(tempDir(), 'stick')]);
    const file = made.stdout.match(/to (\S+\.rapport-backup)/)![1]!;
    const fresh = join(tempDir(), 'new-computer', 'Rapport', 'rapport.db');
    const r = spawnSync(process.execPath, [CLI, '--db', fresh, 'restore', file], { encoding: 'utf8' });
    expect(r.status).toBe(0);
    expect(r.stdout).toContain(`There was no database at ${fresh} yet.`);
    const check = spawnSync(process.execPath, [CLI, '--db', fresh, 'check'], { encoding: 'utf8' });
    expect(check.stdout).toMatch(/Contacts:\s+3\n/);
  });

  it('refuses what is not a usable backup with exit 1 and the reason', () => {
    const random = join(tempDir(), 'random.rapport-backup');
    writeFileSync(random, 'not a backup at all, just some words\n'.repeat(100));
    const r = rapport(['restore', random]);
    expect(r.status).toBe(1);
    expect(r.stderr).toBe(
      'rapport: random.rapport-backup is not a Rapport backup (it does not start the way Rapport backups do). Nothing was changed.\n',
    );
    const plain = rapport(['restore', app.file]);
    expect(plain.status).toBe(1);
    expect(plain.stderr).toMatch(/is a bare SQLite database, not a Rapport backup/);
    const missing = spawnSync(process.execPath, [CLI, '--db', join(tempDir(), 'none.db'), 'backup'], {
      encoding: 'utf8',
    });
    expect(missing.status).toBe(1);
    expect(missing.stderr).toMatch(/^rapport: no database at .*none\.db\n$/);
    const gone = rapport(['backups', join(tempDir(), 'nowhere')]);
    expect(gone.status).toBe(1);
    expect(gone.stderr).toMatch(/Cannot read the folder .*nowhere/);
    const short = join(tempDir(), 'short.txt');
    writeFileSync(short, 'abc\n');
    expect(rapport(['backup', '--passphrase-file', short]).stderr).toMatch(/too short: use at least 8 characters/);
  });

  it('exit 2 and the usage for wrong usage; the usage lists the commands', () => {
    for (const args of [['backup', 'a', 'b'], ['restore'], ['backups', 'x', 'y'], ['backup', '--passphrase-file']]) {
      const r = rapport(args);
      expect(r.status).toBe(2);
      expect(r.stderr).toContain('Usage: rapport');
    }
    const help = spawnSync(process.execPath, [CLI, '--help'], { encoding: 'utf8' }).stdout;
    expect(help).toContain('backup [DIR] [--passphrase-file F]');
    expect(help).toContain('backups [DIR] [--json]');
    expect(help).toContain('restore BACKUP [--passphrase-file F]');
  });
});
