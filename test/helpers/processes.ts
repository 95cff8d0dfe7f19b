import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';

const root = path.join(__dirname, '..', '..');

/** `npm run worker`, `npm run api` or (`all`) `npm start`, as a child process of the test. */
export function spawnLianban(part: 'api' | 'worker' | 'all', env: NodeJS.ProcessEnv): ChildProcess {
  const only = part === 'all' ? [] : ['--only', part];
  return spawn(process.execPath, ['--import', 'tsx', path.join(root, 'server', 'main.ts'), ...only], {
    cwd: root,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
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
