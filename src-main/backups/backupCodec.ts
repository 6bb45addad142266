// Streams a SQLite file into a .rapport-backup container and back, a few megabytes at a time: a 200 MB database
// never needs more than a few blocks of memory. Encoding checks that every compressed block decompresses to the
// database's bytes before it is written. Decoding checks everything the format offers (length, SHA-256, the GCM tag,
// the frames' lengths, gzip's CRCs); what it hands its sink is trusted only once decodeBackup() has returned.
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { open, type FileHandle } from 'node:fs/promises';
import { Transform, type Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGunzip } from 'node:zlib';
import { RapportError } from '@shared/api/result';
import { decryptor, encryptor, type BackupKey } from './backupCrypto';
import { BLOCK_BYTES, BlockMismatch, DamagedPayload, packBlocks, unpackBlocks } from './brotliBlocks';
import {
  DIGEST_BYTES,
  damagedBackup,
  encodeHeader,
  trailerPrefix,
  type BackupHeader,
  type BackupMetadata,
} from './backupFormat';

const CHUNK = 1024 * 1024;

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
 * stream.pipeline from `source` through `stages` into the async `sink`, throwing the error that started a failure:
 * pipeline itself may report the abort it then caused elsewhere instead. When the sink fails (a full disk), that is
 * thrown as a SinkError; when a stage does (damage), as it is — even though it reaches the sink too, through its loop
 * over the chunks.
 */
async function pipeInto(source: Readable, stages: Array<NodeJS.ReadWriteStream | Step>, sink: Sink): Promise<void> {
  let first = null as { error: unknown; inSink: boolean } | null;
  const watch = (step: Step): Step =>
    async function* (chunks) {
      try {
        yield* step(chunks);
      } catch (error) {
        first ??= { error, inSink: false };
        throw error;
      }
    };
  let sinkSettled: Promise<void> = Promise.resolve();
  try {
    await runPipeline(
      source,
      ...stages.map((stage) => (typeof stage === 'function' ? watch(stage) : stage)),
      (chunks: AsyncIterable<Buffer>) => {
        let upstream = false;
        const watched = async function* () {
          try {
            yield* chunks;
          } catch (error) {
            upstream = true;
            throw error;
          }
        };
        const running = sink(watched()).catch((error: unknown) => {
          if (!upstream) first ??= { error, inSink: true };
          throw error;
        });
        sinkSettled = running.then(
          () => undefined,
          () => undefined,
        );
        return running;
      },
    );
  } catch (error) {
    // A stage that stops reading early aborts the stages before it, and pipeline may report that abort before the
    // stage's own error has come out of it: the sink sees that error last, so wait for the sink.
    await sinkSettled;
    if (!first) throw error;
    throw first.inSink ? new SinkError(first.error) : first.error;
  }
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
  /** The SHA-256 the trailer ends with (of everything before it). */
  digest: Buffer;
  /** For an encrypted backup, SHA-256 and length of the payload before encryption (the frames, or the database
   *  itself): what reading the file back and decrypting it must give. (Unencrypted, the digest covers the payload.) */
  encrypted: { digest: Buffer; bytes: number } | null;
}

/** The database file in blocks of BLOCK_BYTES, each read into a buffer of its own (no copying into blocks). */
async function* blocksOf(file: string): AsyncGenerator<Buffer> {
  const handle = await open(file, 'r');
  try {
    for (;;) {
      const block = Buffer.allocUnsafe(BLOCK_BYTES);
      let filled = 0;
      for (let read = -1; read !== 0 && filled < BLOCK_BYTES; filled += read) {
        read = (await handle.read(block, filled, BLOCK_BYTES - filled, null)).bytesRead;
      }
      if (filled > 0) yield block.subarray(0, filled);
      if (filled < BLOCK_BYTES) return;
    }
  } finally {
    await handle.close();
  }
}

/**
 * Writes the container for `databaseFile` to `handle` (an empty file opened for writing): header, payload,
 * trailer, then fsync. Throws `notVerified()` if a compressed block does not decompress to the database's bytes.
 */
export async function encodeBackup(
  databaseFile: string,
  handle: FileHandle,
  metadata: BackupMetadata,
  key: BackupKey | null,
  notVerified: () => Error,
): Promise<Encoded> {
  if (metadata.compression === 'gzip') throw new RapportError('internal', 'gzip backups are read, no longer written');
  const header = encodeHeader(metadata);
  const digest = createHash('sha256');
  let position = 0;
  const write = async (bytes: Buffer) => {
    let offset = 0;
    while (offset < bytes.length) {
      const { bytesWritten } = await handle.write(bytes, offset, bytes.length - offset, position);
      offset += bytesWritten;
      position += bytesWritten;
    }
  };
  /** Everything but the trailer's digest goes through here. */
  const writeDigested = (bytes: Buffer) => {
    digest.update(bytes);
    return write(bytes);
  };
  await writeDigested(header);
  const cipher = key ? encryptor(key.key, key.params, header) : null;
  const plain = cipher ? createHash('sha256') : null;
  let plainBytes = 0;
  const blocks = blocksOf(databaseFile);
  try {
    for await (const chunk of metadata.compression === 'brotli' ? packBlocks(blocks) : blocks) {
      plain?.update(chunk);
      plainBytes += chunk.length;
      await writeDigested(cipher ? cipher.update(chunk) : chunk);
    }
  } catch (error) {
    throw error instanceof BlockMismatch ? notVerified() : error;
  }
  if (cipher) await writeDigested(cipher.final()); // empty: GCM is a stream cipher
  const payloadBytes = position - header.length;
  await writeDigested(trailerPrefix(payloadBytes, cipher ? cipher.getAuthTag() : null));
  const sum = digest.digest();
  await write(sum);
  await handle.sync();
  return { bytes: position, digest: sum, encrypted: plain ? { digest: plain.digest(), bytes: plainBytes } : null };
}

const isDamage = (error: unknown) => {
  const e = error as NodeJS.ErrnoException & { message?: string };
  return (
    error instanceof DamagedPayload ||
    (typeof e.code === 'string' && e.code.startsWith('Z_')) ||
    /unable to authenticate|unsupported state|bad decrypt/i.test(e.message ?? '')
  );
};

/**
 * Decodes the payload of a backup whose header was read (and whose passphrase, if any, gave `key`) into `sink`.
 * Throws "damaged" if the file is incomplete, altered or corrupted — after the sink has seen bytes, which is why
 * sinks write to temporary files only. With `unpack: false` the sink gets the payload decrypted but still
 * compressed: what a backup that was just written is read back as (its blocks were checked as they were packed).
 */
export async function decodeBackup(
  header: BackupHeader,
  key: Buffer | null,
  sink: Sink,
  { unpack = true }: { unpack?: boolean } = {},
): Promise<void> {
  const { file, metadata, headerBytes, trailer } = header;
  if (!trailer) throw damagedBackup(file, 'it is incomplete: it ends before its last part');
  if (metadata.encryption && !key) throw new RapportError('internal', 'decodeBackup: the key is missing');
  const digest = createHash('sha256').update(headerBytes);
  const stages: Array<NodeJS.ReadWriteStream | Step> = [tap((chunk) => digest.update(chunk))];
  if (metadata.encryption && key) stages.push(decryptor(key, metadata.encryption, headerBytes, trailer.tag));
  if (unpack && metadata.compression === 'brotli') stages.push(unpackBlocks);
  if (unpack && metadata.compression === 'gzip') stages.push(createGunzip({ chunkSize: 256 * 1024 }));
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

/** A sink that only reads: decodeBackup's own checks are the point. */
export async function drain(source: AsyncIterable<Buffer>): Promise<void> {
  for await (const chunk of source) void chunk;
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

/** A sink that checks the bytes it gets are the ones expected (their SHA-256 and length). */
export function sameBytesAs(expected: { digest: Buffer; bytes: number }, onMismatch: () => Error) {
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
