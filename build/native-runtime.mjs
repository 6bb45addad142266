#!/usr/bin/env node
// better-sqlite3 is a native addon built for one runtime at a time: plain Node (tests, CLI, web host) or
// Electron (`npm run dev`). This script makes the installed binary match the runtime about to use it, and keeps
// a copy of each build, so switching between `npm test` and `npm run dev` costs a file copy, not a recompile.
//   node build/native-runtime.mjs node|electron
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
const target = process.argv[2];
if (target !== 'node' && target !== 'electron') {
  console.error('usage: native-runtime.mjs node|electron');
  process.exit(2);
}
const root = dirname(require.resolve('better-sqlite3/package.json'));
const binary = join(root, 'build', 'Release', 'better_sqlite3.node');
const cacheDir = join(process.cwd(), 'node_modules', '.cache', 'rapport-native');
const markerFile = join(cacheDir, 'current.json');
mkdirSync(cacheDir, { recursive: true });

const loadsInNode = () =>
  spawnSync(process.execPath, ['-e', "new (require('better-sqlite3'))(':memory:').close()"], { stdio: 'ignore' })
    .status === 0;
const marker = () => (existsSync(markerFile) ? JSON.parse(readFileSync(markerFile, 'utf8')) : null);
const mark = (runtime, key) => writeFileSync(markerFile, JSON.stringify({ runtime, key }));
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';

const nodeKey = `node-${process.versions.modules}-${process.platform}-${process.arch}`;

if (target === 'node') {
  if (!existsSync(binary) || !loadsInNode()) {
    const cached = join(cacheDir, `${nodeKey}.node`);
    if (existsSync(cached)) {
      copyFileSync(cached, binary);
      console.log(`better-sqlite3: restored the Node build (${nodeKey}).`);
    }
    if (!loadsInNode()) {
      console.log('better-sqlite3: building for Node (this takes a minute or two)…');
      execFileSync(npm, ['rebuild', 'better-sqlite3'], { stdio: 'inherit' });
    }
  }
  copyFileSync(binary, join(cacheDir, `${nodeKey}.node`));
  mark('node', nodeKey);
} else {
  let electronVersion;
  try {
    electronVersion = require('electron/package.json').version;
    require('electron'); // throws when the Electron binary was never downloaded
  } catch {
    console.error(
      'Electron is not installed on this machine (it was installed with ELECTRON_SKIP_BINARY_DOWNLOAD=1?).\nRun `npm install` without that variable to download it; the web host (`npm run web`) works without it.',
    );
    process.exit(1);
  }
  const electronKey = `electron-${electronVersion}-${process.platform}-${process.arch}`;
  if (marker()?.key === electronKey && existsSync(binary)) process.exit(0);
  if (existsSync(binary) && loadsInNode()) copyFileSync(binary, join(cacheDir, `${nodeKey}.node`));
  const cached = join(cacheDir, `${electronKey}.node`);
  if (existsSync(cached)) {
    copyFileSync(cached, binary);
  } else {
    console.log(`better-sqlite3: building for Electron ${electronVersion}…`);
    execFileSync(npx, ['electron-builder', 'install-app-deps'], { stdio: 'inherit' });
    copyFileSync(binary, cached);
  }
  mark('electron', electronKey);
}
