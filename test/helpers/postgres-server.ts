import { execFileSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pino from 'pino';
import { binaries, serverUser } from '../../prisma/embedded-postgres';

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
 * A throwaway PostgreSQL server on loopback for the test run, from the binaries the embedded
 * layout uses: its own data folder, trust authentication, no fsync. As root it runs as the
 * `postgres` user, since PostgreSQL refuses root.
 */
export function startPostgres(port: number): PostgresServer {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'lianban-postgres-'));
  const user = serverUser(pino({ level: 'warn' }));
  if (user) chownSync(dir, user.uid, user.gid);
  const run = (command: string, args: string[]) => execFileSync(command, args, { stdio: 'pipe', ...user });
  const data = path.join(dir, 'data');
  run(binaries().initdb, ['-D', data, '-A', 'trust', '-U', 'postgres', '--no-sync', '-E', 'UTF8', '--no-locale']);
  const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200`;
  const start = () => run(binaries().pgCtl, ['-D', data, '-o', options, '-l', path.join(dir, 'log'), '-w', 'start']);
  const halt = () => run(binaries().pgCtl, ['-D', data, '-m', 'immediate', '-w', 'stop']);
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
