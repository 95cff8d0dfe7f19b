import type { ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';

/*
 * The embedded layout starts servers of its own (Temporal's dev server, PostgreSQL) as child
 * processes. A start after `kill -9` finds them still running, with the pid files they left.
 */

/**
 * Whether the process runs. One that has exited and waits only to be reaped holds no port or
 * file; but the leader of a multi-threaded process (Go's, the dev server) shows as exited while
 * its other threads still tear down, holding them: it is gone only once it is the last thread.
 */
export function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  return statusFields(pid)?.[0] !== 'Z' || threadsOf(pid) > 1;
}

function threadsOf(pid: number): number {
  try {
    return Number(/^Threads:\s+(\d+)/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 1);
  } catch {
    return 1;
  }
}

/** The process's command line, its arguments joined by spaces; undefined once it is gone. */
export function commandLineOf(pid: number): string | undefined {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').join(' ');
  } catch {
    return undefined;
  }
}

/**
 * A process as it can be told apart from a later one that reuses its pid (after a reboot or a
 * container restart): its pid and its start time in clock ticks since boot. Without /proc (not
 * Linux) the pid alone.
 */
export function processIdentity(pid: number): string {
  const fields = statusFields(pid);
  return fields ? `${pid}:${fields[19]}` : String(pid);
}

/** The fields of /proc/PID/stat after the command name (state first); undefined without it. */
function statusFields(pid: number): string[] | undefined {
  try {
    // The command name may itself hold spaces and parentheses.
    return readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ').at(-1)!.split(' ');
  } catch {
    return undefined;
  }
}

/** The pid of a process identity. */
export const pidOf = (identity: string): number => Number(identity.split(':')[0]);

/** Whether the process that `identity` names (from `processIdentity`, or a bare pid) still runs. */
export function stillRunning(identity: string): boolean {
  const pid = pidOf(identity);
  return pid > 0 && alive(pid) && (!identity.includes(':') || processIdentity(pid) === identity);
}

/** Resolves once the process has exited, or false after `ms`. */
export async function exitedWithin(pid: number, ms: number): Promise<boolean> {
  const deadline = Date.now() + ms;
  while (alive(pid)) {
    if (Date.now() > deadline) return false;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return true;
}

/** The last lines a child server wrote to stderr, for the error that says why it did not start. */
export function stderrTail(child: ChildProcess, chunks = 50): string[] {
  const tail: string[] = [];
  child.stderr?.on('data', (chunk: Buffer) => {
    tail.push(chunk.toString());
    if (tail.length > chunks) tail.shift();
  });
  return tail;
}

/** Stops a child server: `signal`, then `force` if it has not exited within `graceMs`. */
export async function stopChild(
  child: ChildProcess,
  signal: NodeJS.Signals,
  force: NodeJS.Signals,
  graceMs: number,
): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill(signal);
  const timer = setTimeout(() => child.kill(force), graceMs);
  await exited;
  clearTimeout(timer);
}
