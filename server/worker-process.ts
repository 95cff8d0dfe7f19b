import { fork, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { SUPERVISOR_PID_VARIABLE } from '../config';
import type { Logger } from '../logger';
import { stopChild } from '../processes';

/*
 * `npm start` runs the approval worker in a child process of its own, so that the worker's
 * activities and the API's requests do not queue on one event loop: each gets a core. The parent
 * owns the embedded PostgreSQL and Temporal dev server and hands the child their addresses; the
 * child is `server/main.ts --only worker`, the same entry `npm run worker` runs.
 */

/** What the child tells its parent over the IPC channel. */
export type WorkerProcessMessage = { type: 'ready' } | { type: 'refused-write'; applicationId: string; reason: string };

export interface WorkerProcess {
  /** Resolves once the child's worker polls Temporal. */
  ready: Promise<void>;
  /** Rejects when the child exits without having been asked to stop. */
  failure: Promise<never>;
  running(): boolean;
  stop(): Promise<void>;
}

export interface WorkerProcessOptions {
  temporalAddress: string;
  databaseUrl: string;
  log: Logger;
  /** The child reports each write the read model refused; it has logged it already. */
  onRefusedWrite: (applicationId: string, reason: string) => void;
  /** How long a stopping worker may finish the activities it holds before it is killed. */
  graceMs?: number;
}

export function startWorkerProcess(options: WorkerProcessOptions): WorkerProcess {
  const child: ChildProcess = fork(path.join(__dirname, 'main.ts'), ['--only', 'worker'], {
    // The same loader (tsx) and flags as this process.
    execArgv: process.execArgv,
    env: {
      ...process.env,
      TEMPORAL_ADDRESS: options.temporalAddress,
      DATABASE_URL: options.databaseUrl,
      [SUPERVISOR_PID_VARIABLE]: String(process.pid),
    },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  let stopping = false;
  let isReady = false;
  const exit = new Promise<string>((resolve) =>
    child.once('exit', (code, signal) => resolve(signal ? `signal ${signal}` : `code ${code}`)),
  );
  const ready = new Promise<void>((resolve, reject) => {
    child.on('message', (message: WorkerProcessMessage) => {
      if (message.type === 'ready') {
        isReady = true;
        resolve();
      } else if (message.type === 'refused-write') {
        options.onRefusedWrite(message.applicationId, message.reason);
      }
    });
    void exit.then((how) => reject(new Error(`The worker process exited (${how}) before it was ready`)));
  });
  const failure = exit.then((how): never => {
    if (stopping) return new Promise<never>(() => undefined) as never;
    throw new Error(`The worker process (pid ${child.pid}) exited by itself (${how})`);
  });
  // Either rejection is the caller's to handle; neither may end the process unhandled.
  ready.catch(() => undefined);
  failure.catch(() => undefined);
  options.log.debug({ pid: child.pid }, 'Started the worker process');
  return {
    ready,
    failure,
    running: () => isReady && child.exitCode === null && child.signalCode === null,
    stop: async () => {
      stopping = true;
      await stopChild(child, 'SIGTERM', 'SIGKILL', options.graceMs ?? 30_000);
    },
  };
}

/**
 * In the child: tells the parent, if there is one, what it should know. Without a parent (`npm run
 * worker` on its own) it does nothing.
 */
export function tellSupervisor(message: WorkerProcessMessage): void {
  if (process.send && process.connected) process.send(message);
}

/**
 * In the child: a parent that died (`kill -9`, power cut) leaves the IPC channel closed. The
 * worker goes with it at once, as it would have in one process; Temporal hands its activities
 * to the next worker after their timeouts.
 */
export function exitWithSupervisor(): void {
  if (!process.send) return;
  const die = () => process.kill(process.pid, 'SIGKILL');
  process.once('disconnect', die);
  if (!process.connected) die();
}
