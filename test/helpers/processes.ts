import { spawn, type ChildProcess } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { commandLineOf } from '../../processes';
import { freePort } from './ports';

const root = path.join(__dirname, '..', '..');

/**
 * `npm run worker`, `npm run api` or (`all`) `npm start`, as a child process of the test; with
 * `asTerminalJob`, in a process group of its own, as a shell runs a foreground command; with
 * `readLog`, its log (stdout) piped to the test.
 */
export function spawnLianban(
  part: 'api' | 'worker' | 'all',
  env: NodeJS.ProcessEnv,
  { asTerminalJob = false, readLog = false } = {},
): ChildProcess {
  const only = part === 'all' ? [] : ['--only', part];
  return spawn(process.execPath, ['--import', 'tsx', path.join(root, 'server', 'main.ts'), ...only], {
    cwd: root,
    env: { ...process.env, ...env },
    stdio: ['ignore', readLog ? 'pipe' : 'ignore', 'pipe'],
    detached: asTerminalJob,
  });
}

/**
 * What `npm start` needs to run in `dataDir` on free ports, quietly, with `settings` on top; and
 * the URL its API will answer at.
 */
export async function npmStartEnv(
  dataDir: string,
  settings: NodeJS.ProcessEnv,
): Promise<{ apiUrl: string; env: NodeJS.ProcessEnv }> {
  const port = await freePort();
  return {
    apiUrl: `http://127.0.0.1:${port}/graphql`,
    env: {
      DATA_DIR: dataDir,
      LOG_LEVEL: 'warn',
      PORT: String(port),
      TEMPORAL_DEV_PORT: String(await freePort()),
      TEMPORAL_UI_PORT: String(await freePort()),
      ...settings,
    },
  };
}

/** The fields of /proc/PID/stat after the program's name: state, parent, process group, … */
function statFields(pid: number): string[] {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  return stat.slice(stat.lastIndexOf(')') + 2).split(' ');
}

export function processGroupOf(pid: number): number {
  return Number(statFields(pid)[2]);
}

/** The program a process runs, as the kernel names it (/proc/PID/comm). */
export function programOf(pid: number): string {
  return readFileSync(`/proc/${pid}/comm`, 'utf8').trim();
}

/** The processes whose parent is `parent`. */
export function childPids(parent: number): number[] {
  return readdirSync('/proc')
    .filter((entry) => /^\d+$/.test(entry))
    .map(Number)
    .filter((pid) => {
      try {
        return Number(statFields(pid)[1]) === parent;
      } catch {
        return false;
      }
    });
}

/** The worker process an `npm start` runs as its child (`server/main.ts --only worker`). */
export function workerProcessOf(service: number | undefined): number | undefined {
  if (service === undefined) return undefined;
  return childPids(service).find((pid) => commandLineOf(pid)?.includes('--only worker'));
}

/** One of Lianban's command-line tools (`server/<name>-cli.ts`), with its output gathered. */
export function spawnLianbanScript(
  name: string,
  args: string[],
  env: NodeJS.ProcessEnv,
): { child: ChildProcess; output: Promise<string> } {
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(root, 'server', `${name}-cli.ts`), ...args], {
    cwd: root,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const chunks: Buffer[] = [];
  child.stdout?.on('data', (chunk: Buffer) => chunks.push(chunk));
  child.stderr?.on('data', (chunk: Buffer) => chunks.push(chunk));
  const output = exited(child).then(() => Buffer.concat(chunks).toString('utf8'));
  return { child, output };
}

export async function untilHealthy(url: string, timeoutMs = 90_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const response = await fetch(url.replace('/graphql', '/health')).catch(() => undefined);
    if (response?.ok) return;
    if (Date.now() > deadline) throw new Error(`${url} did not become healthy`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

export function exited(child: ChildProcess): Promise<number | null> {
  return child.exitCode !== null || child.signalCode !== null
    ? Promise.resolve(child.exitCode)
    : new Promise((resolve) => child.once('exit', (code) => resolve(code)));
}

export async function stopGently(child: ChildProcess): Promise<void> {
  const done = exited(child);
  child.kill('SIGTERM');
  await done;
}
