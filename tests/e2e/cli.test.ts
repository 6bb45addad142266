// The built `rapport` CLI as a real process: exit codes, stdout/stderr, and the default database location.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/testApp';
import { person } from '../support/fixtures';

const CLI = join(import.meta.dirname, '../../out/cli/rapport.mjs');
let app: TestApp;
const rapport = (args: string[], env: Record<string, string> = {}) =>
  spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', env: { ...process.env, ...env } });

beforeAll(async () => {
  if (!existsSync(CLI)) throw new Error('Build the CLI first (npm run build).');
  app = await createTestApp();
  await app.call('contacts.create', {
    contact: person({ fullName: '李小龙', phones: [{ label: '', value: '+86 138 0013 8000' }] }),
  });
  await app.close();
});
afterAll(async () => app.cleanup().catch(() => undefined));

describe('rapport (built CLI)', () => {
  it('check: exit 0 and the counts on a sound database', () => {
    const r = rapport(['--db', app.file, 'check']);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/Contacts:\s+1\n/);
    expect(r.stderr).toBe('');
  });

  it('contacts search: finds by pinyin initials, JSON on request', () => {
    const r = rapport(['--db', app.file, 'contacts', 'search', 'lxl', '--json']);
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)[0]).toMatchObject({ displayName: '李小龙', phones: [{ value: '+86 138 0013 8000' }] });
  });

  it('uses the same default database as the app (here via XDG_CONFIG_HOME)', () => {
    const r = rapport(['check'], { XDG_CONFIG_HOME: join(app.dir, 'config'), RAPPORT_DB: '' });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(join(app.dir, 'config', 'Rapport', 'rapport.db'));
  });

  it('exit 2 and usage on stderr for bad usage', () => {
    const r = rapport(['contacts', 'delete', 'everyone']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('Usage: rapport');
  });
});
