import type { ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import pino from 'pino';
import { Client } from 'pg';
import { signToken } from '../../api/token';
import type { Identity } from '../../api/identity';
import { LIVE_APPLICATION_NAME } from '../../server/service';
import { startDevServer, type DevServer } from '../../temporal/dev-server';
import { freshDatabaseUrl } from '../helpers/database';
import { fiveInOneForm, tobaccoForm } from '../helpers/forms';
import { officer, Person } from '../helpers/lianban-client';
import { freePort } from '../helpers/ports';
import { exited, spawnLianban, stopGently, untilHealthy } from '../helpers/processes';
import { subscribe, type Subscription } from '../helpers/subscription';
import { tempDir } from '../helpers/temp-dir';

/**
 * Live updates across processes: two API processes and a worker share one PostgreSQL; a change
 * made through one API reaches subscribers of the other, and only those who may see it.
 */
const dataDir = tempDir();
const secret = randomBytes(32).toString('base64url');
let database: Awaited<ReturnType<typeof freshDatabaseUrl>>;
let temporal: DevServer;
const processes: ChildProcess[] = [];
let apiA: { url: string; process: ChildProcess; log: string };
let apiB: string;
const subscriptions: Subscription[] = [];

function lianban(part: 'api' | 'worker', env: NodeJS.ProcessEnv, options: { readLog?: boolean } = {}): ChildProcess {
  const child = spawnLianban(part, env, options);
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
  const [portA, portB] = [await freePort(), await freePort()];
  const processA = lianban('api', { ...shared, PORT: String(portA) }, { readLog: true });
  apiA = { url: `http://127.0.0.1:${portA}/graphql`, process: processA, log: '' };
  processA.stdout!.on('data', (chunk: Buffer) => (apiA.log += chunk.toString()));
  lianban('api', { ...shared, PORT: String(portB) });
  apiB = `http://127.0.0.1:${portB}/graphql`;
  await Promise.all([untilHealthy(apiA.url), untilHealthy(apiB)]);
}, 150_000);

afterAll(async () => {
  subscriptions.forEach((subscription) => subscription.close());
  await Promise.all(processes.map(stopGently));
  await temporal?.stop();
  await database?.drop();
  dataDir.remove();
}, 60_000);

/** A subscription at API A, closed after the file. */
async function subscribeAtA(identity: Identity, query: string, variables: Record<string, unknown> = {}) {
  const token = await signToken(identity, { secret, expiresIn: '1h' });
  const subscription = await subscribe(apiA.url, token, query, variables);
  subscriptions.push(subscription);
  return subscription;
}

const atB = (identity: Identity) => Person.signInAt(apiB, secret, identity);
const CASE = 'subscription ($id: ID!) { applicationChanged(id: $id) { id status tasks { agency { code } status } } }';
const MY_CASES = 'subscription { myApplicationsChanged { id status } }';
const TASKS = 'subscription { tasksChanged { taskId applicationId } }';
const statusOf = (result: { data?: any }) => result.data?.applicationChanged?.status as string | undefined;

it('tells an applicant following a case at one API that the window accepted it through another', async () => {
  const applicant = await atB({ sub: 'enterprise-live', role: 'APPLICANT' });
  const { id } = await applicant.submit('XC-0001', fiveInOneForm);
  const following = await subscribeAtA(applicant.identity, CASE, { id });
  const mine = await subscribeAtA(applicant.identity, MY_CASES);

  await (await atB(officer('WINDOW'))).review(id);
  const accepted = await following.next((result) => statusOf(result) === 'UNDER_REVIEW');
  expect(accepted.errors).toBeUndefined();
  // The case as the applicant reads it: every agency's task, the new joint review's among them.
  expect(accepted.data!.applicationChanged.tasks).toEqual(
    expect.arrayContaining([{ agency: { code: 'AIC' }, status: 'OPEN' }]),
  );
  await mine.next((result) => result.data?.myApplicationsChanged?.status === 'UNDER_REVIEW');
  expect(mine.results.every((result) => result.data?.myApplicationsChanged.id === id)).toBe(true);
}, 60_000);

it('tells another applicant nothing of a case not theirs, as if it did not exist, nor of it in their own list', async () => {
  const applicant = await atB({ sub: 'enterprise-live-2', role: 'APPLICANT' });
  const other = { sub: 'enterprise-live-nosy', role: 'APPLICANT' } as const;
  const { id } = await applicant.submit('XC-0003', tobaccoForm);

  const nosy = await subscribeAtA(other, CASE, { id });
  const missing = await subscribeAtA(other, CASE, { id: 'no-such-case' });
  await Promise.all([nosy.ended, missing.ended]);
  expect(nosy.results).toEqual([{ errors: [expect.objectContaining({ message: `No application ${id}` })] }]);
  expect(nosy.results[0].errors![0].extensions).toEqual(missing.results[0].errors![0].extensions);
  expect(nosy.results[0].errors![0].extensions?.code).toBe('NOT_FOUND');

  const theirList = await subscribeAtA(other, MY_CASES);
  await (await atB(officer('WINDOW'))).review(id);
  // Their own next case is heard; by then the other's change would have been heard too.
  const own = await (await atB(other)).submit('XC-0003', tobaccoForm);
  await theirList.next((result) => result.data?.myApplicationsChanged?.id === own.id);
  expect(theirList.results.map((result) => result.data?.myApplicationsChanged?.id)).not.toContain(id);
}, 60_000);

it("tells an agency's reviewers of their new task, and a reviewer of another agency nothing of it", async () => {
  const aic = await subscribeAtA(officer('AIC'), TASKS);
  const tobacco = await subscribeAtA(officer('TOBACCO'), TASKS);
  const applicant = await atB({ sub: 'enterprise-live-3', role: 'APPLICANT' });
  const { id } = await applicant.submit('XC-0001', fiveInOneForm);
  await (await atB(officer('WINDOW'))).review(id);

  const heard = await aic.next((result) => result.data?.tasksChanged?.applicationId === id);
  const [task] = (await (await atB(officer('AIC'))).myTasks('OPEN')).filter((open) => open.application.id === id);
  expect(heard.data!.tasksChanged).toEqual({ taskId: task.id, applicationId: id });

  // A tobacco case reaches the tobacco reviewer; the five-in-one case before it never did.
  const tobaccoCase = await applicant.submit('XC-0003', tobaccoForm);
  await (await atB(officer('WINDOW'))).review(tobaccoCase.id);
  await tobacco.next((result) => result.data?.tasksChanged?.applicationId === tobaccoCase.id);
  expect(tobacco.results.map((result) => result.data?.tasksChanged?.applicationId)).not.toContain(id);
  expect(aic.results.map((result) => result.data?.tasksChanged?.applicationId)).not.toContain(tobaccoCase.id);
}, 60_000);

it('goes on after the database drops the connection that listens, and says so in the log', async () => {
  const applicant = await atB({ sub: 'enterprise-live-4', role: 'APPLICANT' });
  const { id } = await applicant.submit('XC-0001', fiveInOneForm);
  const following = await subscribeAtA(applicant.identity, CASE, { id });

  const admin = new Client({ connectionString: database.url });
  await admin.connect();
  try {
    const name = `${LIVE_APPLICATION_NAME} ${apiA.process.pid}`;
    const { rows } = await admin.query<{ terminated: boolean }>(
      'SELECT pg_terminate_backend(pid) AS terminated FROM pg_stat_activity WHERE application_name = $1',
      [name],
    );
    expect(rows).toEqual([{ terminated: true }]);
    // Back, it tells its subscribers to read again: the case, as it stands, arrives once more.
    await following.next((result) => statusOf(result) === 'SUBMITTED');
    expect(apiA.log).toMatch(/Live updates: the database connection that listens for changes dropped; reconnecting/);
  } finally {
    await admin.end();
  }

  await (await atB(officer('WINDOW'))).review(id);
  await following.next((result) => statusOf(result) === 'UNDER_REVIEW');
}, 60_000);

it('ends its subscribers’ streams when it stops, rather than waiting for them', async () => {
  const applicant = { sub: 'enterprise-live-5', role: 'APPLICANT' } as const;
  const open = await subscribeAtA(applicant, MY_CASES);
  const exit = exited(apiA.process);
  apiA.process.kill('SIGTERM');
  await open.ended;
  expect(await exit).toBe(0);
}, 30_000);
