import { createHash, randomUUID } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, readdir, readFile, rename, rm, stat, utimes } from 'node:fs/promises';
import path from 'node:path';
import { Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { recogniseDocument, type DocumentFormat } from './file-type';

export interface StoredBlob {
  sha256: string;
  size: number;
  format: DocumentFormat;
}

export interface PutOptions {
  maxBytes: number;
  /** Formats the material accepts; unset: any document format. */
  accept?: readonly DocumentFormat[];
}

/** Why an upload was refused; nothing of it is kept. */
export class DocumentRefused extends Error {
  override name = 'DocumentRefused';
}

/**
 * Content-addressed storage: a blob is kept once under its SHA-256, whoever uploads it and
 * however often. An S3-compatible store can implement the same interface.
 */
export interface DocumentStore {
  put(content: AsyncIterable<Uint8Array>, options: PutOptions): Promise<StoredBlob>;
  read(sha256: string): Readable;
  has(sha256: string): Promise<boolean>;
  remove(sha256: string): Promise<void>;
  /** Every stored blob with when it was last stored, for the sweep of files nothing names. */
  blobs(): AsyncIterable<{ sha256: string; storedAt: Date }>;
  /** Removes uploads a crash left half-received before `before`; answers how many. */
  removeAbandoned(before: Date): Promise<number>;
}

class TooLarge extends Error {}

export class FileDocumentStore implements DocumentStore {
  constructor(private readonly root: string) {}

  private blobPath(sha256: string): string {
    if (!/^[0-9a-f]{64}$/.test(sha256)) throw new Error(`not a SHA-256: ${sha256}`);
    return path.join(this.root, sha256.slice(0, 2), sha256.slice(2, 4), sha256);
  }

  async put(content: AsyncIterable<Uint8Array>, options: PutOptions): Promise<StoredBlob> {
    const incoming = path.join(this.root, 'incoming');
    await mkdir(incoming, { recursive: true });
    const temporary = path.join(incoming, randomUUID());
    const hash = createHash('sha256');
    let size = 0;
    const meter = new Transform({
      transform(chunk: Buffer, _encoding, done) {
        size += chunk.length;
        if (size > options.maxBytes) return done(new TooLarge());
        hash.update(chunk);
        done(null, chunk);
      },
    });
    try {
      await pipeline(Readable.from(content), meter, createWriteStream(temporary, { flags: 'wx' }));
      if (size === 0) throw new DocumentRefused('the file is empty');
      const detected = await recogniseDocument(await readFile(temporary));
      if ('problem' in detected) throw new DocumentRefused(detected.problem);
      if (options.accept && !options.accept.includes(detected.format)) {
        throw new DocumentRefused(
          `the content is ${detected.format}; this material accepts ${options.accept.join(', ')}`,
        );
      }
      const sha256 = hash.digest('hex');
      const target = this.blobPath(sha256);
      await mkdir(path.dirname(target), { recursive: true });
      // Already stored: marked as stored again now, since the sweep of unnamed files leaves recent
      // ones alone; a file gone meanwhile is stored anew.
      const now = new Date();
      const stored = await utimes(target, now, now).then(
        () => true,
        () => false,
      );
      if (stored) await rm(temporary);
      else await rename(temporary, target);
      return { sha256, size, format: detected.format };
    } catch (error) {
      await rm(temporary, { force: true });
      if (error instanceof TooLarge) throw new DocumentRefused(`the file is larger than ${options.maxBytes} bytes`);
      throw error;
    }
  }

  read(sha256: string): Readable {
    return createReadStream(this.blobPath(sha256));
  }

  has(sha256: string): Promise<boolean> {
    return stat(this.blobPath(sha256)).then(
      () => true,
      () => false,
    );
  }

  remove(sha256: string): Promise<void> {
    return rm(this.blobPath(sha256), { force: true });
  }

  async *blobs(): AsyncIterable<{ sha256: string; storedAt: Date }> {
    const hex = (length: number) => (name: string) => new RegExp(`^[0-9a-f]{${length}}$`).test(name);
    const entries = (dir: string) => readdir(dir).catch(() => [] as string[]);
    for (const first of (await entries(this.root)).filter(hex(2))) {
      for (const second of (await entries(path.join(this.root, first))).filter(hex(2))) {
        for (const sha256 of (await entries(path.join(this.root, first, second))).filter(hex(64))) {
          const stored = await stat(this.blobPath(sha256)).catch(() => undefined);
          if (stored) yield { sha256, storedAt: stored.mtime };
        }
      }
    }
  }

  async removeAbandoned(before: Date): Promise<number> {
    const incoming = path.join(this.root, 'incoming');
    let removed = 0;
    for (const name of await readdir(incoming).catch(() => [] as string[])) {
      const file = path.join(incoming, name);
      const received = await stat(file).catch(() => undefined);
      if (received && received.mtime < before) {
        await rm(file, { force: true });
        removed += 1;
      }
    }
    return removed;
  }
}
