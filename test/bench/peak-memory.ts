import { readFileSync } from 'node:fs';
import path from 'node:path';
import { childPids } from '../helpers/processes';

/** One row of a layout's memory table. */
export interface MemoryFigure {
  process: string;
  /** Peak resident memory (VmHWM); undefined when the process was gone before it was read. */
  mib?: number;
  detail?: string;
}

/** A memory figure of a live process from /proc: VmRSS now, or VmHWM, its peak. */
export function statusMiB(pid: number | undefined, field: 'VmRSS' | 'VmHWM'): number | undefined {
  if (pid === undefined) return undefined;
  try {
    const match = new RegExp(`${field}:\\s+(\\d+) kB`).exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) / 1024 : undefined;
  } catch {
    return undefined;
  }
}

const peakMiB = (pid: number | undefined) => statusMiB(pid, 'VmHWM');

export function processMemory(name: string, pid: number | undefined): MemoryFigure {
  return { process: name, mib: peakMiB(pid) };
}

/** The Temporal dev server's pid, from the "server-pid owner-pid" file `startDevServer` keeps in its data folder. */
export function devServerPid(dataDir: string): number | undefined {
  try {
    return Number(readFileSync(path.join(dataDir, 'temporal.pid'), 'utf8').split(' ')[0]);
  } catch {
    return undefined;
  }
}

export /** The embedded PostgreSQL's postmaster, from the first line of its postmaster.pid. */
function embeddedPostmasterPid(dataDir: string): number | undefined {
  try {
    return Number(readFileSync(path.join(dataDir, 'postgres', 'postmaster.pid'), 'utf8').split('\n')[0]);
  } catch {
    return undefined;
  }
}

/**
 * PostgreSQL is a process per connection under the postmaster. Each child's VmHWM counts the
 * shared buffers it touched, so their sum overstates the whole; the largest child is the fair figure.
 */
export function postgresMemory(postmaster: number | undefined): MemoryFigure[] {
  const children = postmaster === undefined ? [] : childPids(postmaster).map(peakMiB);
  const peaks = children.filter((mib): mib is number => mib !== undefined);
  const sum = peaks.reduce((total, mib) => total + mib, 0);
  return [
    processMemory('postgres postmaster', postmaster),
    {
      process: `postgres children (${peaks.length})`,
      mib: peaks.length ? Math.max(...peaks) : undefined,
      detail: `largest; sum ${sum.toFixed(0)} MiB counts shared buffers in each`,
    },
  ];
}
