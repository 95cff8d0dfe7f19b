import type { ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import type { Logger } from '../../logger';
import { exited, spawnLianban, untilHealthy } from '../helpers/processes';
import type { MemoryFigure } from './peak-memory';

/** A deployment the benchmark drives: its GraphQL endpoints and the peak memory of its processes. */
export interface RunningLayout {
  urls: string[];
  /** Read while every process still runs, after the cases. */
  peakMemory(): MemoryFigure[];
}

export interface LayoutContext {
  cliPath: string;
  secret: string;
  log: Logger;
  /** Whatever a layout starts, it registers here to be stopped, even when its start fails halfway. */
  teardown: Teardown;
}

export interface Layout {
  name: string;
  description: string;
  start(context: LayoutContext): Promise<RunningLayout>;
}

/** Stops what was started, last first; one failing step does not keep the others from running. */
export class Teardown {
  private readonly steps: Array<() => unknown> = [];

  add(step: () => unknown): void {
    this.steps.push(step);
  }

  async run(): Promise<void> {
    for (let step = this.steps.pop(); step; step = this.steps.pop()) {
      await Promise.resolve()
        .then(step)
        .catch((error: unknown) => console.error('while stopping:', error instanceof Error ? error.message : error));
    }
  }
}

/** Settings every Lianban process of a layout shares: its data folder, the signing secret, no rate limit. */
export function lianbanEnv(dataDir: string, secret: string): NodeJS.ProcessEnv {
  return { DATA_DIR: dataDir, AUTH_SECRET: secret, RATE_LIMIT_PER_MINUTE: '0', LOG_LEVEL: 'warn' };
}

/** Starts a Lianban process and passes its stderr on, each line labelled with `name`. */
export function startLianban(name: string, part: 'api' | 'worker' | 'all', env: NodeJS.ProcessEnv): ChildProcess {
  const child = spawnLianban(part, env);
  createInterface({ input: child.stderr! }).on('line', (line) => process.stderr.write(`[${name}] ${line}\n`));
  return child;
}

/** Waits until the API answers /health, failing at once if its process ends first. */
export async function untilServing(name: string, url: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  let serving = false;
  const died = exited(child).then((code) => {
    if (!serving) throw new Error(`${name} exited with code ${code} before serving ${url}`);
  });
  await Promise.race([untilHealthy(url, timeoutMs), died]);
  serving = true;
}
