// The `rapport` command line, run in-process on real database files.
import { writeFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../../src-main/cli/runCli';
import { LATEST_SCHEMA_VERSION } from '../../src-main/db/migrate';
import { person } from '../support/fixtures';
import { createTestApp, type TestApp } from '../support/testApp';

async function cli(args: string[], env: NodeJS.ProcessEnv = {}) {
  let out = '';
  let err = '';
  const code = await runCli(args, { out: (s) => (out += s), err: (s) => (err += s), env });
  return { code, out, err };
}

let app: TestApp;
beforeEach(async () => {
  app = await createTestApp();
  await app.call('contacts.create', {
    contact: person({ fullName: '张三', phones: [{ label: '', value: '138-0013-8000' }] }),
  });
  await app.call('contacts.create', {
    contact: person({ givenName: 'Ada', familyName: 'Lovelace', emails: [{ label: '', value: 'ada@example.com' }] }),
  });
  await app.close();
});
afterEach(async () => app.cleanup().catch(() => undefined));

describe('rapport check', () => {
  it('reports a sound database with its version and counts, exit 0, without changing it', async () => {
    const before = readFileSync(app.file);
    const r = await cli(['--db', app.file, 'check']);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/Integrity:\s+ok/);
    expect(r.out).toContain(`Schema version: ${LATEST_SCHEMA_VERSION} (this Rapport knows ${LATEST_SCHEMA_VERSION})`);
    expect(r.out).toMatch(/Contacts:\s+2/);
    expect(r.out).toMatch(/Result:\s+sound/);
    expect(readFileSync(app.file).equals(before)).toBe(true);
  });

  it('exits 1 on a damaged file and on a missing one, with the reason on stderr', async () => {
    const bad = join(app.dir, 'bad.db');
    writeFileSync(bad, 'SQLite format 3\0' + 'x'.repeat(5000));
    const damaged = await cli(['--db', bad, 'check']);
    expect(damaged.code).toBe(1);
    expect(damaged.err).toMatch(/rapport: .*(malformed|not a database)/);
    const missing = await cli(['--db', join(app.dir, 'nope.db'), 'check']);
    expect(missing).toMatchObject({ code: 1, err: expect.stringContaining('no database at') });
  });

  it('uses the default database (RAPPORT_DB here) without --db', async () => {
    const r = await cli(['check'], { RAPPORT_DB: app.file });
    expect(r.out).toContain(`Database:       ${app.file}`);
  });
});

describe('rapport contacts search', () => {
  it('finds people by pinyin initials and by phone digits', async () => {
    const zs = await cli(['--db', app.file, 'contacts', 'search', 'zs']);
    expect(zs.code).toBe(0);
    expect(zs.out).toMatch(/张三\s+·\s+138-0013-8000/);
    expect(zs.out).toMatch(/1 contact\n$/);
    const digits = await cli(['--db', app.file, 'contacts', 'search', '13800138000']);
    expect(digits.out).toContain('张三');
  });

  it('prints JSON with --json', async () => {
    const r = await cli(['--db', app.file, 'contacts', 'search', 'ada', '--json']);
    const parsed = JSON.parse(r.out) as Array<{ displayName: string; emails: Array<{ value: string }> }>;
    expect(parsed.map((c) => [c.displayName, c.emails[0]?.value])).toEqual([['Ada Lovelace', 'ada@example.com']]);
  });

  it('says so when nothing matches', async () => {
    expect((await cli(['--db', app.file, 'contacts', 'search', 'nobody'])).out).toBe('No contacts match "nobody".\n');
  });
});

describe('usage', () => {
  it('exits 2 with the usage on stderr for bad usage', async () => {
    for (const args of [[], ['frobnicate'], ['contacts', 'search'], ['--nope', 'check'], ['check', 'extra']]) {
      const r = await cli(args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.err).toContain('Usage: rapport');
      expect(r.out).toBe('');
    }
    expect((await cli(['--help'])).code).toBe(0);
  });
});
