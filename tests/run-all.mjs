#!/usr/bin/env node
// `npm test`: typecheck, lint, formatting, unit, UI and end-to-end tests, then one line with the real totals:
// "N passed, N failed" (each test counts once; typecheck, lint, formatting and the build count as one check each).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
rmSync('reports', { recursive: true, force: true });
mkdirSync('reports', { recursive: true });

let passed = 0;
let failed = 0;
const failures = [];

function run(label, args) {
  console.log(`\n=== ${label} ===`);
  const r = spawnSync(npx, args, { stdio: 'inherit', env: process.env });
  return r.status === 0;
}

function check(label, args) {
  const ok = run(label, args);
  if (ok) passed++;
  else {
    failed++;
    failures.push(label);
  }
  return ok;
}

function vitestProject(project) {
  const report = `reports/${project}.json`;
  const ok = run(`${project} tests`, [
    'vitest',
    'run',
    '--project',
    project,
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${report}`,
  ]);
  if (existsSync(report)) {
    const json = JSON.parse(readFileSync(report, 'utf8'));
    passed += json.numPassedTests;
    failed += json.numFailedTests;
    // A file that fails to load has no tests to count: count the file as a failure.
    const brokenFiles = json.testResults.filter((f) => f.status === 'failed' && f.assertionResults.length === 0).length;
    failed += brokenFiles;
    if (!ok) failures.push(`${project} tests`);
  } else {
    failed++;
    failures.push(`${project} tests (no report)`);
  }
  return ok;
}

check('typecheck', ['tsc', '-p', 'tsconfig.json', '--noEmit']);
// src-shared again with no DOM and no Node types: it runs on both sides (see tsconfig.shared.json).
check('typecheck of src-shared alone', ['tsc', '-p', 'tsconfig.shared.json', '--noEmit']);
check('lint', ['eslint', '.', '--max-warnings=0']);
check('format', ['prettier', '--check', '.']);
vitestProject('unit');
for (const zone of ['ny', 'berlin', 'shanghai']) vitestProject(`calendar-tz-${zone}`);
vitestProject('ui');
if (
  check('build', ['electron-vite', 'build', '-c', 'electron.config.ts']) &&
  check('build cli', ['vite', 'build', '-c', 'cli.vite.config.ts'])
) {
  vitestProject('e2e');
} else {
  failures.push('e2e tests (skipped: the build failed)');
  failed++;
}

if (failures.length) console.log(`\nFailed: ${failures.join(', ')}`);
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
