// The passphrase side of encrypted backups: scrypt turns the passphrase into a 256-bit AES-GCM key (and a second
// half whose hash, stored in the header, tells a wrong passphrase from a damaged file before anything is read).
import { createCipheriv, createDecipheriv, createHash, randomBytes, scrypt, timingSafeEqual } from 'node:crypto';
import { basename } from 'node:path';
import { RapportError } from '@shared/api/result';
import type { EncryptionParams } from './backupFormat';

/** scrypt's cost: N = 2^17, r = 8 (128 MiB, about half a second) — OWASP's recommendation for scrypt. */
export const SCRYPT_COST = { N: 2 ** 17, r: 8, p: 1 } as const;

export interface BackupKey {
  key: Buffer;
  params: EncryptionParams;
}

function derive(passphrase: string, salt: Buffer, cost: { N: number; r: number; p: number }): Promise<Buffer> {
  return new Promise((resolve, reject) =>
    scrypt(
      passphrase.normalize('NFC'),
      salt,
      64,
      { ...cost, maxmem: 256 * cost.N * cost.r + 16 * 1024 * 1024 },
      (error, derived) => (error ? reject(error) : resolve(derived)),
    ),
  );
}

const keyCheckOf = (derived: Buffer) => createHash('sha256').update(derived.subarray(32)).digest();

/** A fresh key for a new backup: new salt, new IV. */
export async function newBackupKey(
  passphrase: string,
  cost: { N: number; r: number; p: number } = SCRYPT_COST,
): Promise<BackupKey> {
  const salt = randomBytes(16);
  const derived = await derive(passphrase, salt, cost);
  return {
    key: derived.subarray(0, 32),
    params: {
      cipher: 'aes-256-gcm',
      kdf: 'scrypt',
      ...cost,
      salt: salt.toString('base64'),
      iv: randomBytes(12).toString('base64'),
      keyCheck: keyCheckOf(derived).toString('base64'),
    },
  };
}

/** The key of an existing backup; a wrong passphrase is refused here, before any of the file is decrypted. */
export async function keyOfBackup(
  file: string,
  params: EncryptionParams,
  passphrase: string | null | undefined,
): Promise<Buffer> {
  if (!passphrase) {
    throw new RapportError(
      'forbidden',
      `The backup ${basename(file)} is encrypted: enter its passphrase to restore it. Nothing was changed.`,
      [{ path: 'passphrase', message: 'validation.required' }],
    );
  }
  const derived = await derive(passphrase, Buffer.from(params.salt, 'base64'), params);
  const expected = Buffer.from(params.keyCheck, 'base64');
  const actual = keyCheckOf(derived);
  if (expected.length !== actual.length || !timingSafeEqual(expected, actual)) {
    throw new RapportError(
      'forbidden',
      `Wrong passphrase for the backup ${basename(file)}. Nothing was restored; your current data is unchanged.`,
      [{ path: 'passphrase', message: 'Wrong passphrase' }],
    );
  }
  return derived.subarray(0, 32);
}

export function encryptor(key: Buffer, params: EncryptionParams, header: Buffer) {
  const cipher = createCipheriv('aes-256-gcm', key, Buffer.from(params.iv, 'base64'));
  cipher.setAAD(header);
  return cipher;
}

export function decryptor(key: Buffer, params: EncryptionParams, header: Buffer, tag: Buffer) {
  const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(params.iv, 'base64'));
  decipher.setAAD(header);
  decipher.setAuthTag(tag);
  return decipher;
}
