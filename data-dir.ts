import { chmodSync, linkSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/*
 * DATA_DIR holds the embedded database, the Temporal dev server's store, the documents and the
 * secrets: it is its owner's alone. `npm start` also sets the umask to 077, so every file that
 * it and the servers it starts create in it is too.
 */

/**
 * Creates DATA_DIR, or takes away what others may do in one made by an earlier release. As root,
 * others keep the search bit: the embedded PostgreSQL runs as the user postgres and passes
 * through to its cluster (they may not list or read anything).
 */
export function makeDataDirPrivate(dataDir: string): void {
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  chmodSync(dataDir, process.getuid?.() === 0 ? 0o701 : 0o700);
}

/**
 * The secret of that name in DATA_DIR if one was generated there; never makes one, for tools,
 * whose own secret no service would read.
 */
export function existingLocalSecret(dataDir: string, name: string): string | undefined {
  try {
    return readFileSync(path.join(dataDir, name), 'utf8').trim();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

/**
 * A secret generated once into DATA_DIR (mode 0600) the first time it is asked for, so that the
 * service, its worker process and the command-line tools agree without any set-up. Two
 * processes asking at once agree too: the first to create the file wins.
 */
export function localSecret(dataDir: string, name: string, generate: () => string): string {
  const existing = existingLocalSecret(dataDir, name);
  if (existing !== undefined) return existing;
  const file = path.join(dataDir, name);
  mkdirSync(dataDir, { recursive: true });
  const secret = generate();
  // Written whole under a name of its own, then linked into place: a process that starts at the
  // same moment finds either no file or the whole secret, never a half-written one.
  const draft = `${file}.${process.pid}.draft`;
  writeFileSync(draft, secret, { mode: 0o600 });
  try {
    linkSync(draft, file);
    return secret;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    return readFileSync(file, 'utf8').trim();
  } finally {
    rmSync(draft, { force: true });
  }
}
