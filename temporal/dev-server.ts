import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { Connection } from '@temporalio/client';
import type { Logger } from '../logger';
import { commandLineOf, exitedWithin, pidOf, processIdentity, stderrTail, stillRunning, stopChild } from '../processes';

export interface DevServerOptions {
  cliPath: string;
  dataDir: string;
  namespace: string;
  port: number;
  /** Omitted: no Web UI (tests). */
  uiPort?: number;
  /** Where the Web UI asks to decode the encrypted payloads it shows (Lianban's /codec). */
  uiCodecEndpoint?: string;
  log: Logger;
  readyTimeoutMs?: number;
}

export interface DevServer {
  address: string;
  /** The server's process, for tests that freeze or kill it. */
  pid?: number;
  uiUrl?: string;
  stop(): Promise<void>;
}

export class DevServerError extends Error {
  override name = 'DevServerError';
}

const HOST = '127.0.0.1';

function portInUse(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host: HOST, port });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

/** The pid of the live process that runs a dev server on `dataDir`, other than this one. */
export function devServerOwner(dataDir: string): number | undefined {
  const pids = readPidFile(path.join(dataDir, 'temporal.pid'));
  const owned = pids && pids.owner !== processIdentity(process.pid) && stillRunning(pids.owner);
  return owned ? pidOf(pids.owner) : undefined;
}

/** The pid file: the server's pid and its owner's identity (`processIdentity`; a bare pid before 0.2). */
function readPidFile(pidFile: string): { serverPid: number; owner: string } | undefined {
  try {
    const [serverPid, owner] = readFileSync(pidFile, 'utf8').trim().split(' ');
    return { serverPid: Number(serverPid), owner };
  } catch {
    return undefined;
  }
}

/**
 * A dev server left behind by a process that was killed outright still holds the port and the
 * SQLite file; the pid file (server pid, owner) lets the next start end it instead of failing.
 * A server whose owner still runs belongs to another instance on the same DATA_DIR.
 */
async function stopOrphan(pidFile: string, cliPath: string, log: Logger): Promise<void> {
  const owner = devServerOwner(path.dirname(pidFile));
  if (owner !== undefined) {
    throw new DevServerError(
      `Another Lianban process (pid ${owner}) runs a Temporal dev server on ${path.dirname(pidFile)}; ` +
        'stop it, or give this one its own DATA_DIR.',
    );
  }
  const serverPid = readPidFile(pidFile)?.serverPid;
  const commandLine = serverPid ? commandLineOf(serverPid) : undefined;
  if (serverPid && commandLine?.startsWith(cliPath) && commandLine.includes('start-dev')) {
    log.warn({ pid: serverPid }, 'Stopping a Temporal dev server left running by an earlier start');
    process.kill(serverPid, 'SIGKILL');
    // Its port is free only once it is gone.
    if (!(await exitedWithin(serverPid, 10_000))) {
      throw new DevServerError(`The Temporal dev server left running (pid ${serverPid}) did not stop on SIGKILL`);
    }
  }
  rmSync(pidFile, { force: true });
}

async function waitUntilReady(address: string, child: ChildProcess, timeoutMs: number, stderr: string[]) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) {
      const how = child.exitCode !== null ? `with code ${child.exitCode}` : `on ${child.signalCode}`;
      throw new DevServerError(`The Temporal dev server exited ${how}:\n${stderr.join('')}`);
    }
    const connection = await Connection.connect({ address, connectTimeout: 1000 }).catch(() => undefined);
    try {
      if (connection) {
        await connection.workflowService.getSystemInfo({});
        return;
      }
    } catch {
      // Not serving yet.
    } finally {
      await connection?.close();
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new DevServerError(`The Temporal dev server did not answer on ${address} within ${timeoutMs} ms`);
}

/** Starts `temporal server start-dev` with its SQLite file under dataDir, so cases survive restarts. */
export async function startDevServer(options: DevServerOptions): Promise<DevServer> {
  const { cliPath, dataDir, namespace, port, uiPort, log } = options;
  mkdirSync(dataDir, { recursive: true });
  const pidFile = path.join(dataDir, 'temporal.pid');
  await stopOrphan(pidFile, cliPath, log);
  for (const [name, value] of [
    ['TEMPORAL_DEV_PORT', port],
    ['TEMPORAL_UI_PORT', uiPort],
  ] as const) {
    if (value !== undefined && (await portInUse(value))) {
      throw new DevServerError(
        `Port ${value} (${name}) is in use. If a Temporal server runs there, set TEMPORAL_ADDRESS=${HOST}:${port} ` +
          `to use it; otherwise set ${name} to a free port.`,
      );
    }
  }
  const args = [
    'server',
    'start-dev',
    '--ip',
    HOST,
    '--port',
    String(port),
    '--namespace',
    namespace,
    '--db-filename',
    path.join(dataDir, 'temporal.db'),
    '--log-format',
    'pretty',
    '--log-level',
    'warn',
    '--dynamic-config-value',
    'frontend.enableUpdateWorkflowExecution=true',
    '--dynamic-config-value',
    'frontend.enableUpdateWorkflowExecutionAsyncAccepted=true',
    // The read-model write is an activity on the workflow's own queue: the server hands it back
    // with the workflow task's answer instead of through a poll.
    '--dynamic-config-value',
    'system.enableActivityEagerExecution=true',
    // A write-ahead log instead of SQLite's rollback journal: fewer syncs per commit, each
    // commit still synced (FULL), so a crash keeps every workflow task the server answered.
    '--sqlite-pragma',
    'journal_mode=wal',
    '--sqlite-pragma',
    'synchronous=full',
    ...(uiPort === undefined ? ['--headless'] : ['--ui-port', String(uiPort)]),
    ...(uiPort !== undefined && options.uiCodecEndpoint ? ['--ui-codec-endpoint', options.uiCodecEndpoint] : []),
  ];
  // A process group of its own: Ctrl-C in a terminal reaches the service, which stops the dev
  // server after its worker and API, not the dev server first under a worker still polling it.
  const child = spawn(cliPath, args, { stdio: ['ignore', 'ignore', 'pipe'], detached: true });
  if (child.pid) writeFileSync(pidFile, `${child.pid} ${processIdentity(process.pid)}`);
  const stderr = stderrTail(child);
  const address = `${HOST}:${port}`;
  const stop = async () => {
    await stopChild(child, 'SIGTERM', 'SIGKILL', 10_000);
    rmSync(pidFile, { force: true });
  };
  try {
    await waitUntilReady(address, child, options.readyTimeoutMs ?? 60_000, stderr);
  } catch (error) {
    await stop();
    throw error;
  }
  const uiUrl = uiPort === undefined ? undefined : `http://localhost:${uiPort}`;
  log.info({ address, uiUrl }, 'Temporal dev server is ready');
  return { address, uiUrl, pid: child.pid, stop };
}
