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

describe('rapport import / export (built CLI)', () => {
  const fixture = (name: string) => join(import.meta.dirname, '../fixtures', name);

  it('imports a Chinese Excel (GB18030) sheet, reports JSON, and finds the people by pinyin', () => {
    const r = rapport(['--db', app.file, 'import', fixture('csv/contacts-gb18030.csv'), '--json']);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const summary = JSON.parse(r.stdout);
    expect(summary).toMatchObject({ format: 'csv', encoding: 'gb18030', dryRun: false });
    expect(summary.created).toBeGreaterThan(0);
    expect(summary.batchId).toEqual(expect.any(Number));
    // 张三 has the same mobile number as 李小龙 (already here): a probable duplicate, skipped by default.
    expect(summary.duplicates).toEqual([expect.objectContaining({ row: 2, existingName: '李小龙', reason: 'phone' })]);
    const found = rapport(['--db', app.file, 'contacts', 'search', 'oynn']);
    expect(found.stdout).toContain('欧阳娜娜');
  });

  it('dry-runs a vCard file without writing anything', () => {
    const before = rapport(['--db', app.file, 'check']).stdout.match(/Contacts:\s+(\d+)/)![1];
    const r = rapport(['--db', app.file, 'import', fixture('vcard/iphone-3.0.vcf'), '--dry-run']);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^Dry run \(nothing written\)/);
    expect(rapport(['--db', app.file, 'check']).stdout.match(/Contacts:\s+(\d+)/)![1]).toBe(before);
  });

  it('exports CSV for Excel and vCard, and refuses an unreadable file with exit 1', () => {
    const csvOut = join(app.dir, 'out.csv');
    const r = rapport(['--db', app.file, 'export', csvOut]);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^Exported \d+ contacts to /);
    const vcfOut = join(app.dir, 'out.vcf');
    expect(rapport(['--db', app.file, 'export', vcfOut]).status).toBe(0);
    const bad = rapport(['--db', app.file, 'import', fixture('csv/bad-binary-png.csv')]);
    expect(bad.status).toBe(1);
    expect(bad.stderr).toMatch(/^rapport: bad-binary-png\.csv: This file is not text/);
  });

  it('exit 2 for a bad option value', () => {
    const r = rapport(['--db', app.file, 'import', 'x.csv', '--on-duplicate', 'merge']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('--on-duplicate must be one of skip, update, overwrite, create');
  });
});

describe('an import killed mid-way (SIGKILL)', () => {
  it('leaves the database sound and without a single row of it', async () => {
    const { spawn } = await import('node:child_process');
    const { writeFileSync } = await import('node:fs');
    const file = join(app.dir, 'big.csv');
    const rows = ['Name,Email,Phone,Company'];
    for (let i = 0; i < 30_000; i++)
      rows.push(`Person ${i},p${i}@example.com,555-${String(i).padStart(7, '0')},Company ${i % 500}`);
    writeFileSync(file, rows.join('\n'));
    const before = rapport(['--db', app.file, 'check']).stdout.match(/Contacts:\s+(\d+)/)![1];

    const child = spawn(process.execPath, [CLI, '--db', app.file, 'import', file], { stdio: 'ignore' });
    // Kill it inside the commit: once the write-ahead log has grown by megabytes, rows are being written.
    const { existsSync, statSync } = await import('node:fs');
    const wal = `${app.file}-wal`;
    const started = Date.now();
    while (!(existsSync(wal) && statSync(wal).size > 4 * 1024 * 1024)) {
      if (Date.now() - started > 30_000) throw new Error('the import never started writing');
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    child.kill('SIGKILL');
    await new Promise((resolve) => child.on('exit', resolve));

    const after = rapport(['--db', app.file, 'check']);
    expect(after.status).toBe(0);
    expect(after.stdout).toMatch(/Integrity:\s+ok/);
    expect(after.stdout.match(/Contacts:\s+(\d+)/)![1]).toBe(before);
  }, 60_000);
});
