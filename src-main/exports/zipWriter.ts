// A zip archive written while it is made: each file is deflated (fflate) as its bytes arrive and the compressed
// chunks are handed to a sink and awaited before more is read, so memory holds a chunk, not the archive. Files
// are written one after another; sizes and CRCs follow each file's data (a data descriptor), as the format allows.
import { Zip, ZipDeflate } from 'fflate';

/** Takes the archive's bytes in order; the next chunk waits until the promise settles. */
export type ZipSink = (chunk: Uint8Array) => Promise<void>;

export class ZipWriter {
  readonly #zip: Zip;
  readonly #sink: ZipSink;
  readonly #modified: Date;
  #pending: Uint8Array[] = [];
  #error: Error | null = null;

  /** `modified` is the time every file carries in the archive. */
  constructor(sink: ZipSink, modified: Date) {
    this.#sink = sink;
    this.#modified = modified;
    this.#zip = new Zip((error, chunk) => {
      if (error) this.#error = error;
      else this.#pending.push(chunk);
    });
  }

  /** Adds one file; `produce` hands its content over in pieces through `write`, and the file ends when it returns. */
  async addFile(name: string, produce: (write: (bytes: Uint8Array) => Promise<void>) => Promise<void>): Promise<void> {
    const file = new ZipDeflate(name, { level: 6 });
    file.mtime = this.#modified;
    this.#zip.add(file);
    await produce(async (bytes) => {
      file.push(bytes);
      await this.#flush();
    });
    file.push(new Uint8Array(0), true);
    await this.#flush();
  }

  /** Writes the central directory; the archive is complete once this resolves. */
  async end(): Promise<void> {
    this.#zip.end();
    await this.#flush();
  }

  async #flush(): Promise<void> {
    if (this.#error) throw this.#error;
    if (this.#pending.length === 0) return;
    // fflate emits headers and deflate blocks as many small pieces: one write for all of them.
    const chunk = this.#pending.length === 1 ? this.#pending[0]! : Buffer.concat(this.#pending);
    this.#pending = [];
    await this.#sink(chunk);
  }
}
