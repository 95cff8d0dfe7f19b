import type { ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Client, Connection } from '@temporalio/client';
import { applicationIdFor } from '../../cases/case-commands';
import { loadConfig } from '../../config';
import type { FailpointName } from '../../failpoints';
import { decodeHistory, EncryptionCodec } from '../../temporal/payload-codec';
import { payloadKeys } from '../../temporal/payload-keys';
import { fiveInOneForm } from '../helpers/forms';
import { officer, Person, untilAnswered, waitForStatus } from '../helpers/lianban-client';
import { exited, npmStartEnv, spawnLianban, spawnLianbanScript, stopGently, untilHealthy } from '../helpers/processes';
import { tempDir } from '../helpers/temp-dir';
import type { AgencyCode } from '../../domain/definition';

/**
 * `kill -9` of the whole service (worker, API and its Temporal dev server) at each instant of a
 * decision, reached by fail points rather than timing: the read-model write about to start,
 * the write committed but the workflow task not yet done with it, and Temporal's answer in but
 * not yet the client's. After each, the decision sent again is answered with its one effect,
 * and the case finishes with the history, the read model and the audit chain in agreement.
 */
const CRASHES: Array<{ point: FailpointName; key: string }> = [
  { point: 'sync-case:before-write', key: '-HRSS-1:COMPLETED' },
  { point: 'sync-case:after-write', key: '-HRSS-1:COMPLETED' },
  { point: 'decision:before-answer', key: '-HRSS-1:completeTask' },
];

const dataDir = tempDir();
const secret = randomBytes(32).toString('base64url');
const applicantSub = 'enterprise-crash-points';
let env: NodeJS.ProcessEnv;
let apiUrl: string;
let service: ChildProcess | undefined;

const idSecret = randomBytes(32).toString('base64url');
const caseIdOf = (point: string) => applicationIdFor(idSecret, applicantSub, point);

async function startLianban(armed?: string) {
  service = spawnLianban('all', { ...env, ...(armed ? { LIANBAN_FAILPOINTS: armed } : {}) });
  await untilHealthy(apiUrl);
}

/** The dev server outlives the service it belongs to when that is killed: kill it as well. */
function killDevServer() {
  const [serverPid] = readFileSync(path.join(dataDir.path, 'temporal.pid'), 'utf8').split(' ').map(Number);
  try {
    process.kill(serverPid, 'SIGKILL');
  } catch {
    // Already gone.
  }
}

const person = (agency: AgencyCode) => Person.signInAt(apiUrl, secret, officer(agency));

async function withTemporal<T>(use: (client: Client) => Promise<T>): Promise<T> {
  const connection = await Connection.connect({ address: `127.0.0.1:${env.TEMPORAL_DEV_PORT}` });
  try {
    return await use(new Client({ connection }));
  } finally {
    await connection.close();
  }
}

/** Each task's decisions as Temporal's history holds them (updates accepted and not refused). */
async function decisionsInHistory(applicationId: string): Promise<Record<string, number>> {
  const stored = await withTemporal((client) => client.workflow.getHandle(applicationId).fetchHistory());
  const history = await decodeHistory(stored, [new EncryptionCodec(payloadKeys(loadConfig(env)))]);
  const counts: Record<string, number> = {};
  for (const event of history.events ?? []) {
    const request = event.workflowExecutionUpdateAcceptedEventAttributes?.acceptedRequest;
    if (request?.input?.name !== 'completeTask') continue;
    const payload = request.input.args?.payloads?.[0]?.data;
    const { taskId } = JSON.parse(Buffer.from(payload!).toString('utf8')) as { taskId: string };
    const agency = taskId.slice(applicationId.length + 1);
    counts[agency] = (counts[agency] ?? 0) + 1;
  }
  return counts;
}

beforeAll(async () => {
  ({ apiUrl, env } = await npmStartEnv(dataDir.path, { AUTH_SECRET: secret, APPLICATION_ID_SECRET: idSecret }));
}, 60_000);

afterAll(async () => {
  if (service) await stopGently(service);
  dataDir.remove();
}, 60_000);

it.each(CRASHES)(
  'a decision interrupted at $point is taken once and the case finishes in agreement with its history',
  async ({ point, key }) => {
    const id = caseIdOf(point);
    await startLianban(`${point}@${id}${key}`);
    const applicant = await Person.signInAt(apiUrl, secret, { sub: applicantSub, role: 'APPLICANT' });
    expect((await applicant.submit('XC-0001', fiveInOneForm, point)).id).toBe(id);
    for (const agency of ['WINDOW', 'AIC', 'QTS'] as const) await (await person(agency)).review(id);
    const [tax, hrss, stats] = await Promise.all([person('TAX'), person('HRSS'), person('STATS')]);
    const taskOf = async (reviewer: Person) =>
      (await reviewer.myTasks()).find((task) => task.application.id === id && task.status !== 'COMPLETED')!.id;
    const [taxTask, hrssTask] = [await taskOf(tax), await taskOf(hrss)];
    expect((await tax.claim(taxTask)).errors).toBeUndefined();
    expect((await hrss.claim(hrssTask)).errors).toBeUndefined();

    // The fail point kills the whole process in the middle of HRSS's decision.
    const decision = { decision: 'APPROVE', comment: 'HRSS ok' };
    const interrupted = await hrss.complete(hrssTask, decision).catch((error: unknown) => String(error));
    expect(interrupted).toMatch(/fetch failed/);
    expect(await exited(service!)).toBeNull();
    killDevServer();

    await startLianban();
    const retried = await untilAnswered(() => hrss.complete(hrssTask, decision));
    expect(retried).toEqual({ data: { completeTask: { id: hrssTask, status: 'COMPLETED', decision: 'APPROVE' } } });
    expect(await untilAnswered(() => tax.complete(taxTask, { decision: 'APPROVE' }))).toEqual({
      data: { completeTask: { id: taxTask, status: 'COMPLETED', decision: 'APPROVE' } },
    });
    await stats.review(id);

    const issued = await waitForStatus(applicant, id, 'ISSUED', 60_000);
    expect(issued.certificate.number).toBeTruthy();
    expect(await decisionsInHistory(id)).toEqual({
      'WINDOW-1': 1,
      'AIC-1': 1,
      'QTS-1': 1,
      'TAX-1': 1,
      'HRSS-1': 1,
      'STATS-1': 1,
    });
    expect(
      issued.tasks
        .map((task: { agency: { code: string }; decision: string }) => [task.agency.code, task.decision])
        .sort(),
    ).toEqual([
      ['AIC', 'APPROVE'],
      ['HRSS', 'APPROVE'],
      ['QTS', 'APPROVE'],
      ['STATS', 'APPROVE'],
      ['TAX', 'APPROVE'],
      ['WINDOW', 'APPROVE'],
    ]);
    const auditor = await Person.signInAt(apiUrl, secret, { sub: 'auditor-crash', role: 'AUDITOR' });
    const { verifyAudit } = await auditor.data(
      'query ($id: ID!) { verifyAudit(id: $id) { intact entries problems { kind position detail } } }',
      { id },
    );
    expect(verifyAudit).toMatchObject({ intact: true, problems: [] });
    await stopGently(service!);
    service = undefined;
  },
  240_000,
);

it('reconcile finds the read model of every case in agreement with its history', async () => {
  const reconcile = spawnLianbanScript('reconcile', ['--all'], env);
  const output = await reconcile.output;
  expect(output).toContain(`${CRASHES.length} case(s) checked, 0 with differences left`);
  expect(reconcile.child.exitCode).toBe(0);
}, 120_000);
