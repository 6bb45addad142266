// The SecretStore port over Electron's safeStorage: each secret is encrypted with the operating system's key (the
// macOS Keychain, Windows DPAPI, the Linux secret service) and kept as a small file in Rapport's data folder —
// never in the database, which every backup copies. Where Linux has no secret service, safeStorage would fall back
// to a hard-coded key ("basic_text"): that counts as no keychain, and the passphrase is asked for each time.
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { safeStorage } from 'electron';
import { RapportError } from '@shared/api/result';
import type { SecretStore } from '../ports';

export function safeStorageSecrets(folder: string): SecretStore {
  const fileOf = (name: string) => join(folder, `${name.replace(/[^a-z0-9-]/gi, '_')}.secret`);
  const available = () =>
    safeStorage.isEncryptionAvailable() &&
    (process.platform !== 'linux' || safeStorage.getSelectedStorageBackend() !== 'basic_text');
  return {
    available,
    async get(name) {
      if (!available()) return null;
      try {
        return safeStorage.decryptString(readFileSync(fileOf(name)));
      } catch {
        return null; // none kept, or kept under another login: as if none
      }
    },
    async set(name, value) {
      const file = fileOf(name);
      if (value === null) {
        rmSync(file, { force: true });
        return;
      }
      if (!available())
        throw new RapportError('conflict', 'This computer has no keychain Rapport can keep a passphrase in.');
      mkdirSync(folder, { recursive: true });
      writeFileSync(`${file}.partial`, safeStorage.encryptString(value), { mode: 0o600 });
      renameSync(`${file}.partial`, file);
    },
  };
}
