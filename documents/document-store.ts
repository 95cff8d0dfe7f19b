import { createHash, randomUUID } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, readFile, rename, rm, stat } from 'node:fs/promises';
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
      if (await this.has(sha256)) await rm(temporary);
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
}
