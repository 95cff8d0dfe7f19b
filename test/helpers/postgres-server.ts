import { execFileSync, spawnSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** Debian keeps the server binaries out of PATH. */
function binary(name: string): string {
  const debian = ['17', '16', '15', '14']
    .map((version) => `/usr/lib/postgresql/${version}/bin/${name}`)
    .find(existsSync);
  const found = debian ?? spawnSync('which', [name], { encoding: 'utf8' }).stdout.trim();
  if (!found) {
    throw new Error(
      `PostgreSQL's ${name} was not found: install the server (apt-get install postgresql), or set TEST_DATABASE_URL`,
    );
  }
  return found;
}

export interface PostgresServer {
  url: string;
  /** The postmaster's pid while the server runs; its backends are its child processes. */
  pid: () => number | undefined;
  /** Takes the server down without removing its data; `resume` brings it back on the same port. */
  pause: () => void;
  resume: () => void;
  stop: () => void;
}

/**
 * A throwaway PostgreSQL server on loopback for the test run: its own data folder, trust
 * authentication, no fsync. As root it runs as the `postgres` user, since PostgreSQL refuses root.
 */
export function startPostgres(port: number): PostgresServer {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'lianban-postgres-'));
  const asRoot = process.getuid?.() === 0;
  if (asRoot) {
    const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }));
    const gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }));
    chownSync(dir, uid, gid);
  }
  const run = (command: string, args: string[]) =>
    asRoot
      ? execFileSync('runuser', ['-u', 'postgres', '--', command, ...args], { stdio: 'pipe' })
      : execFileSync(command, args, { stdio: 'pipe' });
  const data = path.join(dir, 'data');
  run(binary('initdb'), ['-D', data, '-A', 'trust', '-U', 'postgres', '--no-sync', '-E', 'UTF8']);
  const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200`;
  const start = () => run(binary('pg_ctl'), ['-D', data, '-o', options, '-l', path.join(dir, 'log'), '-w', 'start']);
  const halt = () => run(binary('pg_ctl'), ['-D', data, '-m', 'immediate', '-w', 'stop']);
  start();
  return {
    url: `postgresql://postgres@127.0.0.1:${port}/postgres`,
    pid: () => {
      const pidFile = path.join(data, 'postmaster.pid');
      return existsSync(pidFile) ? Number(readFileSync(pidFile, 'utf8').split('\n')[0]) : undefined;
    },
    pause: halt,
    resume: start,
    stop: () => {
      if (existsSync(path.join(data, 'postmaster.pid'))) halt();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
