// `rapport export-all FILE.zip` as a real process (the built CLI): the zip on disk, under its final name only when
// whole, exit codes and messages for a wrong name or a missing database.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { company, person } from '../support/fixtures';
import { createTestApp, type TestApp } from '../support/testApp';

const CLI = join(import.meta.dirname, '../../out/cli/rapport.mjs');
let app: TestApp;
const rapport = (args: string[]) =>
  spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', env: { ...process.env, RAPPORT_DB: '' } });

beforeAll(async () => {
  if (!existsSync(CLI)) throw new Error('Build the CLI first (npm run build).');
  app = await createTestApp();
  const firm = await app.call('companies.create', { company: company({ name: '深圳华强电子有限公司' }) });
  await app.call('contacts.create', {
    contact: person({ fullName: '李小龙', companyId: firm.id, phones: [{ label: '', value: '+86 138 0013 8000' }] }),
  });
  await app.call('contacts.create', { contact: person({ givenName: 'Ada', familyName: 'Lovelace' }) });
  await app.close();
});
afterAll(async () => app.cleanup().catch(() => undefined));

describe('rapport export-all (built CLI)', () => {
  it('writes the zip: README, vCards, calendar and a CSV per table, and says what it wrote', () => {
    const out = join(app.dir, 'everything.zip');
    const r = rapport(['--db', app.file, 'export-all', out]);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(
      /^Exported everything to .*everything\.zip:\n {2}2 people in contacts\.vcf, 0 calendar items/,
    );
    expect(r.stdout).toMatch(/\d+ rows in \d+ tables/);
    expect(readdirSync(app.dir).filter((f) => f.endsWith('.partial'))).toEqual([]);

    const zip = unzipSync(new Uint8Array(readFileSync(out)));
    expect(Object.keys(zip)).toEqual(
      expect.arrayContaining([
        'README.txt',
        'contacts.vcf',
        'calendar.ics',
        'tables/contact.csv',
        'tables/company.csv',
      ]),
    );
    const contacts = Buffer.from(zip['tables/contact.csv']!);
    expect([...contacts.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(contacts.includes(Buffer.from('李小龙', 'utf8'))).toBe(true);
    expect(
      Buffer.from(zip['contacts.vcf']!)
        .toString('utf8')
        .match(/BEGIN:VCARD/g),
    ).toHaveLength(2);
    expect(Buffer.from(zip['README.txt']!).toString('utf8')).toContain('tables/company.csv');
  });

  it('is listed in the help', () => {
    const r = rapport(['--help']);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('export-all FILE.zip');
  });

  it('exit 2 for a file name that is not a .zip, exit 1 for a missing database (and creates none)', () => {
    const wrong = rapport(['--db', app.file, 'export-all', join(app.dir, 'everything.csv')]);
    expect(wrong.status).toBe(2);
    expect(wrong.stderr).toContain('ending in .zip');
    expect(wrong.stderr).toContain('Usage: rapport');

    const missing = join(app.dir, 'nowhere.db');
    const none = rapport(['--db', missing, 'export-all', join(app.dir, 'x.zip')]);
    expect(none.status).toBe(1);
    expect(none.stderr).toContain(`no database at ${missing}`);
    expect(existsSync(missing)).toBe(false);
    expect(existsSync(join(app.dir, 'x.zip'))).toBe(false);
  });
});
