// The .rapport-backup file, byte by byte, and reading its header without the passphrase:
//
//   "RAPPORT-BACKUP"   14 bytes, ASCII: what the file is
//   format version     u16, big-endian: 1, or 2 when the payload is brotli (FORMAT_VERSION is the newest read)
//   metadata length    u32, big-endian
//   metadata           UTF-8 JSON (BackupMetadata): when, which Rapport, schema, counts, compression, encryption params
//   payload            the SQLite database file, as `compression` says, then AES-256-GCM-encrypted if encrypted:
//                        null      the file itself
//                        'brotli'  (written since format 2) the file in 4 MiB blocks (the last one shorter), each a
//                                  frame: u32 BE block length · u32 BE packed length · the block as one brotli stream
//                        'gzip'    (format 1; read, no longer written) gzip members, one per 4 MiB block
//   trailer            u64 payload length · 16-byte GCM tag (zeros when not encrypted) · SHA-256 of all before it
//
// The header (magic to metadata) is the GCM additional data, so an encrypted backup's header cannot be swapped or
// edited. The metadata holds nothing sensitive: dates, versions, counts and the KDF/cipher parameters. Brotli streams
// carry no checksum of their own (gzip's carry a CRC-32): a restore relies on the SHA-256, which covers every byte.
import { open, stat, type FileHandle } from 'node:fs/promises';
import { basename } from 'node:path';
import { z } from 'zod';
import type { BackupCounts, BackupInfo } from '@shared/domain/backups';
import { RapportError } from '@shared/api/result';
import { MIGRATIONS } from '../db/migrations';

export const BACKUP_EXTENSION = '.rapport-backup';
export const MAGIC = Buffer.from('RAPPORT-BACKUP', 'ascii');
/** The newest format this version reads. Files are written as the oldest format that describes them, so an older
 *  Rapport still restores an uncompressed backup and says "update Rapport" (not "damaged") to a brotli one. */
export const FORMAT_VERSION = 2;
const formatVersionOf = (metadata: BackupMetadata) => (metadata.compression === 'brotli' ? 2 : 1);
const PREAMBLE_BYTES = MAGIC.length + 2 + 4;
const MAX_METADATA_BYTES = 64 * 1024;
export const TAG_BYTES = 16;
export const DIGEST_BYTES = 32;
export const TRAILER_BYTES = 8 + TAG_BYTES + DIGEST_BYTES;
const SQLITE_MAGIC = Buffer.from('SQLite format 3\0', 'latin1');

const counts = z.object({
  contacts: z.number().int().min(0),
  companies: z.number().int().min(0),
  deals: z.number().int().min(0),
  events: z.number().int().min(0),
  activities: z.number().int().min(0),
});

const base64 = z.string().regex(/^[A-Za-z0-9+/]+={0,2}$/);
/** scrypt's cost parameters, bounded so a hostile file cannot make Rapport allocate gigabytes. */
export const encryptionSchema = z.object({
  cipher: z.literal('aes-256-gcm'),
  kdf: z.literal('scrypt'),
  N: z
    .number()
    .int()
    .min(1024)
    .max(2 ** 20),
  r: z.number().int().min(1).max(32),
  p: z.number().int().min(1).max(16),
  salt: base64,
  iv: base64,
  /** SHA-256 of the second half of the derived key: tells a wrong passphrase from a damaged file at once. */
  keyCheck: base64,
});
export type EncryptionParams = z.infer<typeof encryptionSchema>;

export const metadataSchema = z.object({
  app: z.literal('Rapport'),
  createdAt: z.iso.datetime(),
  appVersion: z.string().max(100),
  /** How many migrations the database had, and which: a name this version does not know means "newer". */
  schemaVersion: z.number().int().min(0),
  migrations: z.array(z.string().max(200)).max(10_000),
  counts,
  /** Size of the SQLite file inside. */
  databaseBytes: z.number().int().min(0),
  compression: z.enum(['brotli', 'gzip']).nullable(),
  encryption: encryptionSchema.nullable(),
  /** Saved just before a restore replaced the data. */
  beforeRestore: z.boolean(),
});
export type BackupMetadata = z.infer<typeof metadataSchema>;

export function encodeHeader(metadata: BackupMetadata): Buffer {
  const json = Buffer.from(JSON.stringify(metadata), 'utf8');
  const preamble = Buffer.alloc(PREAMBLE_BYTES);
  MAGIC.copy(preamble, 0);
  preamble.writeUInt16BE(formatVersionOf(metadata), MAGIC.length);
  preamble.writeUInt32BE(json.length, MAGIC.length + 2);
  return Buffer.concat([preamble, json]);
}

export interface Trailer {
  payloadBytes: number;
  tag: Buffer;
  digest: Buffer;
}

/** The trailer's bytes before the digest (length and tag): the digest covers them too. */
export function trailerPrefix(payloadBytes: number, tag: Buffer | null): Buffer {
  const prefix = Buffer.alloc(8 + TAG_BYTES);
  prefix.writeBigUInt64BE(BigInt(payloadBytes), 0);
  if (tag) tag.copy(prefix, 8);
  return prefix;
}

export interface BackupHeader {
  file: string;
  metadata: BackupMetadata;
  /** The header's exact bytes (the GCM additional data and the start of the digest). */
  headerBytes: Buffer;
  fileBytes: number;
  /** Present when the file is as long as its trailer says: complete, as far as can be told without reading it. */
  trailer: Trailer | null;
}

export const notABackup = (file: string, why: string) =>
  new RapportError('invalid_input', `${basename(file)} is not a Rapport backup (${why}). Nothing was changed.`);

export const damagedBackup = (file: string, why: string) =>
  new RapportError(
    'invalid_input',
    `The backup ${basename(file)} is damaged (${why}) and cannot be restored. Nothing was changed.`,
  );

/** Reads what a backup says about itself: only its first and last bytes, never the payload. */
export async function readBackupHeader(file: string): Promise<BackupHeader> {
  let handle: FileHandle;
  try {
    handle = await open(file, 'r');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new RapportError(
      code === 'ENOENT' ? 'not_found' : 'invalid_input',
      code === 'ENOENT'
        ? `There is no file ${file}.`
        : `Cannot read ${file}: ${code === 'EISDIR' ? 'it is a folder' : (error as Error).message}`,
    );
  }
  try {
    const fileBytes = (await handle.stat()).size;
    const preamble = Buffer.alloc(PREAMBLE_BYTES);
    const { bytesRead } = await handle.read(preamble, 0, PREAMBLE_BYTES, 0);
    if (bytesRead >= SQLITE_MAGIC.length && preamble.subarray(0, SQLITE_MAGIC.length).equals(SQLITE_MAGIC)) {
      throw new RapportError(
        'invalid_input',
        `${basename(file)} is a bare SQLite database, not a Rapport backup. (To open a database file itself, start Rapport with RAPPORT_DB=${file}.) Nothing was changed.`,
      );
    }
    if (bytesRead < PREAMBLE_BYTES || !preamble.subarray(0, MAGIC.length).equals(MAGIC)) {
      throw notABackup(file, 'it does not start the way Rapport backups do');
    }
    const version = preamble.readUInt16BE(MAGIC.length);
    if (version > FORMAT_VERSION) {
      throw new RapportError(
        'conflict',
        `The backup ${basename(file)} was made by a newer version of Rapport (backup format ${version}; this version reads ${FORMAT_VERSION}). Update Rapport to restore it. Nothing was changed.`,
      );
    }
    const metadataBytes = preamble.readUInt32BE(MAGIC.length + 2);
    if (metadataBytes > MAX_METADATA_BYTES || PREAMBLE_BYTES + metadataBytes > fileBytes) {
      throw damagedBackup(file, 'its header is cut short');
    }
    const json = Buffer.alloc(metadataBytes);
    await handle.read(json, 0, metadataBytes, PREAMBLE_BYTES);
    let metadata: BackupMetadata;
    try {
      metadata = metadataSchema.parse(JSON.parse(json.toString('utf8')));
    } catch {
      throw damagedBackup(file, 'its header cannot be read');
    }
    const headerBytes = Buffer.concat([preamble, json]);
    let trailer: Trailer | null = null;
    if (fileBytes >= headerBytes.length + TRAILER_BYTES) {
      const raw = Buffer.alloc(TRAILER_BYTES);
      await handle.read(raw, 0, TRAILER_BYTES, fileBytes - TRAILER_BYTES);
      const payloadBytes = Number(raw.readBigUInt64BE(0));
      if (headerBytes.length + payloadBytes + TRAILER_BYTES === fileBytes) {
        trailer = {
          payloadBytes,
          tag: raw.subarray(8, 8 + TAG_BYTES),
          digest: raw.subarray(8 + TAG_BYTES),
        };
      }
    }
    return { file, metadata, headerBytes, fileBytes, trailer };
  } finally {
    await handle.close();
  }
}

/** Migrations the backup's database has that this version of Rapport does not know. */
export const unknownMigrations = (metadata: BackupMetadata): string[] =>
  metadata.migrations.filter((name) => !(name in MIGRATIONS));

export const fromNewerRapport = (file: string, metadata: BackupMetadata) =>
  new RapportError(
    'conflict',
    `The backup ${basename(file)} was made by a newer version of Rapport (${metadata.appVersion}, database version ${metadata.schemaVersion}; this version knows ${Object.keys(MIGRATIONS).length}). Update Rapport to restore it. Nothing was changed.`,
  );

/** What the list and the restore dialog show about a file: its header, or why it cannot be used. */
export async function describeBackup(file: string): Promise<BackupInfo> {
  try {
    const header = await readBackupHeader(file);
    const { metadata } = header;
    const newer = unknownMigrations(metadata).length > 0;
    return {
      ...infoBase(file, header.fileBytes),
      state: header.trailer === null ? 'damaged' : newer ? 'newer' : 'ok',
      problem:
        header.trailer === null
          ? damagedBackup(file, 'it is incomplete').message
          : newer
            ? fromNewerRapport(file, metadata).message
            : null,
      createdAt: metadata.createdAt,
      appVersion: metadata.appVersion,
      schemaVersion: metadata.schemaVersion,
      counts: metadata.counts,
      compressed: metadata.compression !== null,
      encrypted: metadata.encryption !== null,
      beforeRestore: metadata.beforeRestore,
    };
  } catch (error) {
    if (!(error instanceof RapportError) || error.code === 'not_found') throw error;
    const bytes = await stat(file).then(
      (s) => s.size,
      () => 0,
    );
    // A newer backup format is readable by a newer Rapport: 'newer', like a newer schema.
    return { ...infoBase(file, bytes), state: error.code === 'conflict' ? 'newer' : 'damaged', problem: error.message };
  }
}

function infoBase(file: string, bytes: number): BackupInfo {
  return {
    file,
    name: basename(file),
    bytes,
    state: 'damaged',
    problem: null,
    createdAt: null,
    appVersion: null,
    schemaVersion: null,
    counts: null,
    compressed: false,
    encrypted: false,
    beforeRestore: false,
  };
}

export const sameCounts = (a: BackupCounts, b: BackupCounts) =>
  a.contacts === b.contacts &&
  a.companies === b.companies &&
  a.deals === b.deals &&
  a.events === b.events &&
  a.activities === b.activities;
