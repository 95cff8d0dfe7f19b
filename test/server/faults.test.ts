import type { ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import pino from 'pino';
import { startDevServer, type DevServer } from '../../temporal/dev-server';
import { fiveInOneForm } from '../helpers/forms';
import { errorCodes } from '../helpers/graphql';
import { officer, Person, untilAnswered, waitForStatus } from '../helpers/lianban-client';
import { freePort } from '../helpers/ports';
import { startPostgres, type PostgresServer } from '../helpers/postgres-server';
import { exited, spawnLianban, stopGently, untilHealthy } from '../helpers/processes';
import { tempDir } from '../helpers/temp-dir';

/**
 * Whatever fails, no decision is lost or made twice. This file runs its own PostgreSQL and
 * Temporal servers, since it takes them down.
 */
const dataDir = tempDir();
const secret = randomBytes(32).toString('base64url');
const log = pino({ level: 'warn' });
let postgres: PostgresServer;
let temporal: DevServer;
let temporalPort: number;
let env: NodeJS.ProcessEnv;
let apiUrl: string;
let api: ChildProcess;
let worker: ChildProcess;
let applicant: Person;

const startTemporal = () =>
  startDevServer({
    cliPath: process.env.TEMPORAL_CLI_PATH!,
    dataDir: dataDir.path,
    namespace: 'default',
    port: temporalPort,
    log,
  });

async function startApi() {
  api = spawnLianban('api', { ...env, PORT: new URL(apiUrl).port });
  await untilHealthy(apiUrl);
}

async function person(agency: Parameters<typeof officer>[0]) {
  return Person.signInAt(apiUrl, secret, officer(agency));
}

beforeAll(async () => {
  postgres = startPostgres(await freePort());
  temporalPort = await freePort();
  temporal = await startTemporal();
  env = {
    DATABASE_URL: postgres.url,
    TEMPORAL_ADDRESS: temporal.address,
    DATA_DIR: dataDir.path,
    AUTH_SECRET: secret,
    LOG_LEVEL: 'warn',
  };
  apiUrl = `http://127.0.0.1:${await freePort()}/graphql`;
  worker = spawnLianban('worker', env);
  await startApi();
  applicant = await Person.signInAt(apiUrl, secret, { sub: 'enterprise-faults', role: 'APPLICANT' });
}, 150_000);

afterAll(async () => {
  for (const child of [api, worker]) if (child) await stopGently(child);
  await temporal?.stop();
  postgres?.stop();
  dataDir.remove();
}, 60_000);

/** What the read model says of a case: every decision once, no task or certificate twice. */
async function recorded(applicationId: string) {
  const client = new Client({ connectionString: postgres.url });
  await client.connect();
  try {
    const tasks = await client.query(
      'SELECT "agencyCode", round, status, decision FROM "ReviewTask" WHERE "applicationId" = $1',
      [applicationId],
    );
    const decisions = await client.query(
      `SELECT action, count(*)::int AS n FROM "TimelineEntry" WHERE "applicationId" = $1 AND action LIKE 'TASK_%' GROUP BY action`,
      [applicationId],
    );
    const certificates = await client.query('SELECT count(*)::int AS n FROM "Certificate" WHERE "applicationId" = $1', [
      applicationId,
    ]);
    return {
      tasks: tasks.rows as Array<{ agencyCode: string; round: number; status: string; decision: string | null }>,
      decisions: Object.fromEntries(decisions.rows.map((row: { action: string; n: number }) => [row.action, row.n])),
      certificates: (certificates.rows[0] as { n: number }).n,
    };
  } finally {
    await client.end();
  }
}

it('keeps every decision through a worker killed mid-update, an API restart, a Temporal restart and a database outage', async () => {
  const { id } = await applicant.submit('XC-0001', fiveInOneForm);

  // 1. kill -9 the only worker while the window's decision is on its way; a new worker finishes it,
  //    and the decision sent again (its answer may come after the call deadline) is answered once.
  const window = await person('WINDOW');
  const task = (await window.myTasks('OPEN')).find((candidate) => candidate.application.id === id)!;
  await window.claim(task.id);
  const deciding = window.complete(task.id, { decision: 'APPROVE' });
  worker.kill('SIGKILL');
  await exited(worker);
  worker = spawnLianban('worker', env);
  await deciding;
  expect((await untilAnswered(() => window.complete(task.id, { decision: 'APPROVE' }))).data).toEqual({
    completeTask: { id: task.id, status: 'COMPLETED', decision: 'APPROVE' },
  });

  // 2. restart the API between two decisions.
  await (await person('AIC')).review(id);
  await stopGently(api);
  await startApi();
  await (await person('QTS')).review(id);

  // 3. restart the Temporal dev server (its SQLite file survives).
  await temporal.stop();
  temporal = await startTemporal();
  await untilHealthy(apiUrl);
  await (await person('TAX')).review(id);

  // 4. the database is down for a moment: a clear, retryable error, then everything goes on.
  postgres.pause();
  const during = await applicant.request('query ($id: ID!) { application(id: $id) { status } }', { id });
  expect(errorCodes(during)).toEqual(['SERVICE_UNAVAILABLE']);
  postgres.resume();
  await untilHealthy(apiUrl);
  await (await person('HRSS')).review(id);
  await (await person('STATS')).review(id);

  await waitForStatus(applicant, id, 'ISSUED', 60_000);
  const record = await recorded(id);
  expect(record.tasks).toHaveLength(6);
  expect(record.tasks.every((row) => row.round === 1 && row.status === 'COMPLETED' && row.decision === 'APPROVE')).toBe(
    true,
  );
  expect(record.decisions).toEqual({ TASK_CLAIMED: 6, TASK_APPROVE: 6 });
  expect(record.certificates).toBe(1);
}, 240_000);
