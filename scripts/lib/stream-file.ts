import { createWriteStream, type WriteStream } from 'node:fs';
import { once } from 'node:events';
import { createGzip, type Gzip } from 'node:zlib';

/** Bytes buffered before a write: large enough to be fast, small enough to keep memory flat. */
const CHUNK = 1 << 16;

/** Writes a chunk and waits for the stream to drain when its buffer is full. */
async function put(stream: WriteStream | Gzip, chunk: Buffer): Promise<void> {
  if (!stream.write(chunk)) await once(stream, 'drain');
}

/**
 * A text file written piece by piece with bounded memory, and optionally a gzip copy
 * (`<path>.gz`) written in the same pass. Deterministic: gzip headers carry no time stamp.
 */
export class StreamFile {
  #file: WriteStream;
  #gzip?: Gzip;
  #gzipFile?: WriteStream;
  #pending = '';
  bytes = 0;

  constructor(path: string, gzip = false) {
    this.#file = createWriteStream(path);
    if (gzip) {
      this.#gzip = createGzip();
      this.#gzipFile = createWriteStream(`${path}.gz`);
      this.#gzip.pipe(this.#gzipFile);
    }
  }

  /** Appends text. */
  async write(text: string): Promise<void> {
    this.#pending += text;
    if (this.#pending.length >= CHUNK) await this.#flush();
  }

  /**
   * Appends each text in turn, waiting only when a chunk is written: awaiting `write` for each of
   * millions of CSV rows cost a turn of the event loop per row.
   */
  async writeEach(texts: Iterable<string>): Promise<void> {
    for (const text of texts) {
      this.#pending += text;
      if (this.#pending.length >= CHUNK) await this.#flush();
    }
  }

  /** Writes what is buffered, encoded to UTF-8 once for the file, its gzip copy and the byte count. */
  async #flush(): Promise<void> {
    const chunk = Buffer.from(this.#pending);
    this.#pending = '';
    this.bytes += chunk.length;
    await put(this.#file, chunk);
    if (this.#gzip) await put(this.#gzip, chunk);
  }

  /** Writes what is buffered and closes the file (and its gzip copy); returns their sizes in bytes. */
  async close(): Promise<{ bytes: number; gzipBytes: number | null }> {
    await this.#flush();
    this.#file.end();
    await once(this.#file, 'close');
    let gzipBytes: number | null = null;
    if (this.#gzip && this.#gzipFile) {
      this.#gzip.end();
      await once(this.#gzipFile, 'close');
      gzipBytes = this.#gzipFile.bytesWritten;
    }
    return { bytes: this.bytes, gzipBytes };
  }
}

/** Writes a JSON array one element per line, never holding the whole text; returns the sizes. */
export async function writeJsonArray<T>(path: string, items: Iterable<T>, gzip = false): Promise<{ bytes: number; gzipBytes: number | null }> {
  const file = new StreamFile(path, gzip);
  let first = true;
  await file.write('[');
  await file.writeEach(mapped(items, (item) => {
    const line = `${first ? '\n' : ',\n'}${JSON.stringify(item)}`;
    first = false;
    return line;
  }));
  await file.write(first ? ']\n' : '\n]\n');
  return file.close();
}

/** Lazily maps an iterable, so that each text is made only when it is written. */
export function* mapped<T, R>(items: Iterable<T>, f: (item: T) => R): Generator<R> {
  for (const item of items) yield f(item);
}
