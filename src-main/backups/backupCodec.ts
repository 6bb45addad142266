// Streams a SQLite file into a .rapport-backup container and back, a megabyte at a time: a 100 MB database never
// needs more than a few buffers of memory. Decoding checks everything the format offers (length, SHA-256, the GCM
// tag, gzip's own checks); what it hands its sink is trusted only once decodeBackup() has returned.
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { open, type FileHandle } from 'node:fs/promises';
import { Transform, type Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { availableParallelism } from 'node:os';
import { promisify } from 'node:util';
import { createGunzip, gzip } from 'node:zlib';
import { RapportError } from '@shared/api/result';
import { decryptor, encryptor, type BackupKey } from './backupCrypto';
import {
  DIGEST_BYTES,
  damagedBackup,
  encodeHeader,
  trailerPrefix,
  type BackupHeader,
  type BackupMetadata,
} from './backupFormat';

const CHUNK = 1024 * 1024;
/** Compressed a block at a time, several blocks at once: gzip is the slowest step by far, and libuv's thread pool
 *  runs each block's deflate on its own core. The blocks are gzip members, whose concatenation is a gzip stream. */
const GZIP_BLOCK = 4 * 1024 * 1024;
const GZIP_PARALLEL = Math.min(4, Math.max(2, availableParallelism()));
const gzipBlock = promisify(gzip);

type Sink = (source: AsyncIterable<Buffer>) => Promise<void>;
type Step = (source: AsyncIterable<Buffer>) => AsyncGenerator<Buffer>;
/** stream.pipeline with any number of transforms before an async sink (its typings stop at fixed arities). */
const runPipeline = pipeline as unknown as (
  source: Readable,
  ...rest: Array<NodeJS.ReadWriteStream | Step | Sink>
) => Promise<void>;

/** Marks errors that come from the sink (a full disk while restoring), so they are not taken for damage. */
class SinkError extends Error {
  constructor(override readonly cause: unknown) {
    super('sink failed');
  }
}

/**
 * stream.pipeline from `source` through `stages` into the async `sink`. When the sink fails (a full disk), that is
 * the error thrown, as a SinkError: pipeline itself may report the abort it then caused upstream instead.
 */
async function pipeInto(source: Readable, stages: Array<NodeJS.ReadWriteStream | Step>, sink: Sink): Promise<void> {
  let failed = null as { error: unknown } | null;
  try {
    await runPipeline(source, ...stages, async (chunks: AsyncIterable<Buffer>) => {
      try {
        await sink(chunks);
      } catch (error) {
        failed = { error };
        throw error;
      }
    });
  } catch (error) {
    throw failed ? new SinkError(failed.error) : error;
  }
}
/** gzip level 1: most of what level 6 saves on a SQLite file, in a third of the time (see tests/bench). */
const GZIP_LEVEL = 1;

function gzipInBlocks() {
  return async function* (source: AsyncIterable<Buffer>): AsyncGenerator<Buffer> {
    const inFlight: Array<Promise<Buffer>> = [];
    let pending: Buffer[] = [];
    let pendingBytes = 0;
    let blocks = 0;
    const send = () => {
      const compressing = gzipBlock(Buffer.concat(pending, pendingBytes), { level: GZIP_LEVEL });
      compressing.catch(() => undefined); // awaited in order below; this only keeps a failure from going unheard
      inFlight.push(compressing);
      pending = [];
      pendingBytes = 0;
      blocks++;
    };
    for await (const chunk of source) {
      pending.push(chunk);
      pendingBytes += chunk.length;
      if (pendingBytes < GZIP_BLOCK) continue;
      send();
      if (inFlight.length >= GZIP_PARALLEL) yield await inFlight.shift()!;
    }
    if (pendingBytes > 0 || blocks === 0) send();
    while (inFlight.length > 0) yield await inFlight.shift()!;
  };
}

/** Passes chunks through, showing each to `see` (a hash, a byte count) on the way. */
function tap(see: (chunk: Buffer) => void): Transform {
  return new Transform({
    transform(chunk: Buffer, _encoding, done) {
      see(chunk);
      done(null, chunk);
    },
  });
}

export interface Encoded {
  /** Bytes written. */
  bytes: number;
  /** SHA-256 and length of the database as it went in: what decoding the file must give back. */
  database: { digest: Buffer; bytes: number };
}

/**
 * Writes the container for `databaseFile` to `handle` (an empty file opened for writing): header, payload,
 * trailer, then fsync.
 */
export async function encodeBackup(
  databaseFile: string,
  handle: FileHandle,
  metadata: BackupMetadata,
  key: BackupKey | null,
): Promise<Encoded> {
  const header = encodeHeader(metadata);
  const digest = createHash('sha256').update(header);
  let position = 0;
  const write = async (bytes: Buffer) => {
    let offset = 0;
    while (offset < bytes.length) {
      const { bytesWritten } = await handle.write(bytes, offset, bytes.length - offset, position);
      offset += bytesWritten;
      position += bytesWritten;
    }
  };
  await write(header);
  const cipher = key ? encryptor(key.key, key.params, header) : null;
  let payloadBytes = 0;
  const plain = createHash('sha256');
  let plainBytes = 0;
  await pipeInto(
    createReadStream(databaseFile, { highWaterMark: CHUNK }),
    [
      tap((chunk) => {
        plain.update(chunk);
        plainBytes += chunk.length;
      }),
      ...(metadata.compression === 'gzip' ? [gzipInBlocks()] : []),
      ...(cipher ? [cipher] : []),
    ],
    async (source) => {
      for await (const chunk of source) {
        digest.update(chunk);
        payloadBytes += chunk.length;
        await write(chunk);
      }
    },
  ).catch((error: unknown) => {
    throw error instanceof SinkError ? error.cause : error;
  });
  const prefix = trailerPrefix(payloadBytes, cipher ? cipher.getAuthTag() : null);
  digest.update(prefix);
  await write(Buffer.concat([prefix, digest.digest()]));
  await handle.sync();
  return { bytes: position, database: { digest: plain.digest(), bytes: plainBytes } };
}

const isDamage = (error: unknown) => {
  const e = error as NodeJS.ErrnoException & { message?: string };
  return (
    (typeof e.code === 'string' && e.code.startsWith('Z_')) ||
    /unable to authenticate|unsupported state|bad decrypt/i.test(e.message ?? '')
  );
};

/**
 * Decodes the payload of a backup whose header was read (and whose passphrase, if any, gave `key`) into `sink`.
 * Throws "damaged" if the file is incomplete, altered or corrupted — after the sink has seen bytes, which is why
 * sinks write to temporary files only.
 */
export async function decodeBackup(header: BackupHeader, key: Buffer | null, sink: Sink): Promise<void> {
  const { file, metadata, headerBytes, trailer } = header;
  if (!trailer) throw damagedBackup(file, 'it is incomplete: it ends before its last part');
  if (metadata.encryption && !key) throw new RapportError('internal', 'decodeBackup: the key is missing');
  const digest = createHash('sha256').update(headerBytes);
  const stages: Array<NodeJS.ReadWriteStream> = [tap((chunk) => digest.update(chunk))];
  if (metadata.encryption && key) stages.push(decryptor(key, metadata.encryption, headerBytes, trailer.tag));
  if (metadata.compression === 'gzip') stages.push(createGunzip({ chunkSize: 256 * 1024 }));
  const source: Readable =
    trailer.payloadBytes === 0
      ? createReadStream(file, { start: 1, end: 0 })
      : createReadStream(file, {
          start: headerBytes.length,
          end: headerBytes.length + trailer.payloadBytes - 1,
          highWaterMark: CHUNK,
        });
  try {
    await pipeInto(source, stages, sink);
  } catch (error) {
    if (error instanceof SinkError) throw error.cause;
    if (isDamage(error)) {
      throw damagedBackup(
        file,
        metadata.encryption ? 'its contents do not match what was encrypted' : 'its contents cannot be unpacked',
      );
    }
    throw error;
  }
  digest.update(trailerPrefix(trailer.payloadBytes, metadata.encryption ? trailer.tag : null));
  const actual = digest.digest();
  if (actual.length !== DIGEST_BYTES || !actual.equals(trailer.digest)) {
    throw damagedBackup(file, 'its checksum does not match its contents');
  }
}

/** A sink that writes the decoded database to a new file (never an existing one), synced to disk. */
export function intoNewFile(path: string) {
  return async (source: AsyncIterable<Buffer>) => {
    const handle = await open(path, 'wx');
    try {
      for await (const chunk of source) await handle.write(chunk);
      await handle.sync();
    } finally {
      await handle.close();
    }
  };
}

/** A sink that checks the decoded bytes are the database that was encoded (its SHA-256 and length). */
export function sameDatabaseAs(expected: Encoded['database'], onMismatch: () => Error) {
  return async (source: AsyncIterable<Buffer>) => {
    const hash = createHash('sha256');
    let bytes = 0;
    for await (const chunk of source) {
      hash.update(chunk);
      bytes += chunk.length;
    }
    if (bytes !== expected.bytes || !hash.digest().equals(expected.digest)) throw onMismatch();
  };
}
