import type { ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { alive, exitedWithin } from '../../processes';
import { fiveInOneForm } from '../helpers/forms';
import { officer, Person, waitForStatus } from '../helpers/lianban-client';
import {
  childPids,
  exited,
  npmStartEnv,
  processGroupOf,
  programOf,
  spawnLianban,
  stopGently,
  untilHealthy,
  workerProcessOf,
} from '../helpers/processes';
import { tempDir } from '../helpers/temp-dir';

/**
 * `npm start` serves the API itself and runs the worker as its child process, each on an event
 * loop of its own; it stops both in order, and a worker never outlives it.
 */
const dataDir = tempDir();
const secret = randomBytes(32).toString('base64url');
let env: NodeJS.ProcessEnv;
let apiUrl: string;
let service: ChildProcess | undefined;

/** The files in `dir`, and in its folders too when `deep`. */
function filesIn(dir: string, deep: boolean): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) return deep ? filesIn(file, deep) : [];
    return entry.isFile() ? [file] : [];
  });
}

async function start(options?: Parameters<typeof spawnLianban>[2]): Promise<ChildProcess> {
  // A test that failed halfway left its service running.
  if (service) await stopGently(service);
  service = spawnLianban('all', env, options);
  await untilHealthy(apiUrl);
  return service;
}

beforeAll(async () => {
  ({ apiUrl, env } = await npmStartEnv(dataDir.path, { AUTH_SECRET: secret }));
}, 60_000);

afterAll(async () => {
  if (service) await stopGently(service);
  dataDir.remove();
}, 60_000);

it('runs the worker in a process of its own, which finishes a case, and stops it with the service', async () => {
  const main = await start();
  const worker = workerProcessOf(main.pid);
  expect(worker).toBeDefined();
  const health = (await (await fetch(apiUrl.replace('/graphql', '/health'))).json()) as Record<string, string>;
  expect(health).toMatchObject({ status: 'ok', worker: 'ok' });

  const applicant = await Person.signInAt(apiUrl, secret, { sub: 'enterprise-one-command', role: 'APPLICANT' });
  const { id } = await applicant.submit('XC-0001', fiveInOneForm);
  for (const agency of ['WINDOW', 'AIC', 'QTS', 'TAX', 'HRSS', 'STATS'] as const) {
    await (await Person.signInAt(apiUrl, secret, officer(agency))).review(id);
  }
  expect((await waitForStatus(applicant, id, 'ISSUED')).certificate.uscc).toHaveLength(18);

  // DATA_DIR is its owner's: others may at most pass through it (as root, the postgres user
  // must reach its cluster), and nobody else reads or writes what is in it.
  expect(statSync(dataDir.path).mode & 0o077).toBe(process.getuid?.() === 0 ? 0o001 : 0);
  const stored = [...filesIn(dataDir.path, false), ...filesIn(path.join(dataDir.path, 'documents'), true)];
  expect(stored.map((file) => path.basename(file))).toEqual(expect.arrayContaining(['payload-keys', 'temporal.db']));
  expect(stored.filter((file) => statSync(file).mode & 0o077)).toEqual([]);

  const code = exited(main);
  main.kill('SIGTERM');
  expect(await code).toBe(0);
  expect(alive(worker!)).toBe(false);
  service = undefined;
}, 180_000);

it('takes its worker with it when killed outright, and starts again on the same DATA_DIR', async () => {
  const main = await start();
  const worker = workerProcessOf(main.pid)!;
  main.kill('SIGKILL');
  await exited(main);
  expect(await exitedWithin(worker, 10_000)).toBe(true);

  const again = await start();
  expect(workerProcessOf(again.pid)).toBeDefined();
  await stopGently(again);
  service = undefined;
}, 180_000);

it('stops with an error when its worker process dies, instead of serving decisions nobody takes', async () => {
  const main = await start();
  const worker = workerProcessOf(main.pid)!;
  const code = exited(main);
  process.kill(worker, 'SIGKILL');
  expect(await code).toBe(1);
  service = undefined;
}, 180_000);

it.each([
  ['Ctrl-C in its terminal', 'SIGINT'],
  ['its terminal closing', 'SIGHUP'],
] as const)(
  'stops on %s by itself, the servers last: they are not in the terminal’s process group',
  async (_what, signal) => {
    const main = await start({ asTerminalJob: true });
    const worker = workerProcessOf(main.pid)!;
    const servers = childPids(main.pid!).filter((pid) => ['postgres', 'temporal'].includes(programOf(pid)));
    expect(servers.map(programOf).sort()).toEqual(['postgres', 'temporal']);
    for (const pid of servers) expect(processGroupOf(pid)).not.toBe(processGroupOf(main.pid!));

    // What a terminal does: the signal to every process of the foreground job.
    const code = exited(main);
    process.kill(-main.pid!, signal);
    expect(await code).toBe(0);
    for (const pid of [worker, ...servers]) expect(alive(pid)).toBe(false);
    service = undefined;
  },
  180_000,
);
