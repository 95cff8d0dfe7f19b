import type { ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import pino from 'pino';
import { startDevServer, type DevServer } from '../../temporal/dev-server';
import { freshDatabaseUrl } from '../helpers/database';
import { fiveInOneForm } from '../helpers/forms';
import { officer, Person, waitForStatus } from '../helpers/lianban-client';
import { freePort } from '../helpers/ports';
import { exited, spawnLianban, stopGently, untilHealthy } from '../helpers/processes';
import { tempDir } from '../helpers/temp-dir';

const dataDir = tempDir();
const secret = randomBytes(32).toString('base64url');
let database: Awaited<ReturnType<typeof freshDatabaseUrl>>;
let temporal: DevServer;
const processes: ChildProcess[] = [];
const apis: string[] = [];

function lianban(part: 'api' | 'worker', env: NodeJS.ProcessEnv): ChildProcess {
  const child = spawnLianban(part, env);
  processes.push(child);
  return child;
}

beforeAll(async () => {
  database = await freshDatabaseUrl();
  temporal = await startDevServer({
    cliPath: process.env.TEMPORAL_CLI_PATH!,
    dataDir: dataDir.path,
    namespace: 'default',
    port: await freePort(),
    log: pino({ level: 'warn' }),
  });
  const shared = {
    DATABASE_URL: database.url,
    TEMPORAL_ADDRESS: temporal.address,
    DATA_DIR: dataDir.path,
    AUTH_SECRET: secret,
    LOG_LEVEL: 'warn',
  };
  lianban('worker', shared);
  lianban('worker', shared);
  for (let i = 0; i < 2; i += 1) {
    const port = await freePort();
    lianban('api', { ...shared, PORT: String(port) });
    apis.push(`http://127.0.0.1:${port}/graphql`);
  }
  await Promise.all(apis.map((url) => untilHealthy(url)));
}, 150_000);

afterAll(async () => {
  await Promise.all(processes.map(stopGently));
  await temporal?.stop();
  await database?.drop();
  dataDir.remove();
}, 60_000);

it('runs a five-in-one case through two API processes and two workers sharing one Temporal and one PostgreSQL', async () => {
  const [first, second] = apis;
  const applicant = await Person.signInAt(first, secret, { sub: 'enterprise-scaled', role: 'APPLICANT' });
  const { id } = await applicant.submit('XC-0001', fiveInOneForm);
  const agencies = ['WINDOW', 'AIC', 'QTS', 'TAX', 'HRSS', 'STATS'] as const;
  for (const [index, agency] of agencies.entries()) {
    const reviewer = await Person.signInAt(index % 2 === 0 ? second : first, secret, officer(agency));
    await reviewer.review(id);
  }
  const watcher = await Person.signInAt(second, secret, applicant.identity);
  const issued = await waitForStatus(watcher, id, 'ISSUED');
  expect(issued.certificate.uscc).toHaveLength(18);
  expect(issued.tasks.every((task: { status: string }) => task.status === 'COMPLETED')).toBe(true);
}, 60_000);

it('refuses to start one part alone on the embedded database', async () => {
  const child = spawnLianban('worker', {
    DATABASE_URL: '',
    TEMPORAL_ADDRESS: temporal.address,
    DATA_DIR: dataDir.path,
  });
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const code = await exited(child);
  expect(code).toBe(1);
  expect(stderr).toContain('DATABASE_URL');
}, 30_000);
