// The thin Electron layer, in the real Electron binary. Build machines cannot download Electron, so these tests
// skip there with a message; on a developer's machine (after `npm install` with the binary) they run.
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { _electron as electron } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../support/testApp';

const require = createRequire(import.meta.url);
function electronBinary(): string | null {
  try {
    return require('electron') as unknown as string;
  } catch {
    return null;
  }
}
const binary = electronBinary();
if (!binary)
  console.warn(
    '[e2e] Skipping the Electron window tests: no Electron binary here (installed with ELECTRON_SKIP_BINARY_DOWNLOAD=1).',
  );

describe.skipIf(!binary)('Electron window', () => {
  it('opens a context-isolated window without Node that exposes only the contract and cannot navigate away', async () => {
    const home = tempDir('rapport-electron-');
    const app = await electron.launch({
      executablePath: binary!,
      args: [join(import.meta.dirname, '../../out/main/index.js')],
      env: { ...process.env, XDG_CONFIG_HOME: home, APPDATA: home, RAPPORT_DB: join(home, 'rapport.db') },
    });
    try {
      const window = await app.firstWindow();
      const exposed = await window.evaluate(() => ({
        keys: Object.keys((window as unknown as { rapport: object }).rapport).sort(),
        hasRequire: typeof (window as unknown as { require?: unknown }).require,
        hasProcess: typeof (window as unknown as { process?: unknown }).process,
      }));
      expect(exposed.keys).toContain('contacts');
      expect(exposed.hasRequire).toBe('undefined');
      expect(exposed.hasProcess).toBe('undefined');
      // Navigation away from the app is refused.
      await window.evaluate(() => (location.href = 'https://example.com/'));
      await new Promise((r) => setTimeout(r, 500));
      expect(window.url()).not.toContain('example.com');
    } finally {
      await app.close();
    }
  });
});
