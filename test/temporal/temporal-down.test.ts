import { applicationIdSecret } from '../../api/secret';
import { applicationIdFor } from '../../cases/case-commands';
import pino from 'pino';
import { startDevServer, type DevServer } from '../../temporal/dev-server';
import { fiveInOneForm } from '../helpers/forms';
import type { GraphQLResponse } from '../helpers/graphql';
import { officer, Person, untilAnswered } from '../helpers/lianban-client';
import { freePort } from '../helpers/ports';
import { untilHealthy } from '../helpers/processes';
import { startTestService, type TestService } from '../helpers/service';
import { tempDir } from '../helpers/temp-dir';

/**
 * While Temporal cannot be reached, a change answers a retryable SERVICE_UNAVAILABLE within the
 * client's retry budget (not a hang, not a masked 500), reads from the database still answer,
 * and once Temporal is back the same change goes through. A server that hangs instead (SIGSTOP:
 * the connection stays open, nothing answers) holds no request past the call deadline, and
 * /health answers at once; the same change sent again after the thaw gets its one effect,
 * whether or not the first attempt reached the case. The dev server is the test's own.
 */
const RETRY_SECONDS = 2;
const CALL_TIMEOUT_SECONDS = 3;
const temporalDir = tempDir();
let temporalPort: number;
let temporal: DevServer;
let service: TestService;
let applicant: Person;
let window: Person;

const startTemporal = () =>
  startDevServer({
    cliPath: process.env.TEMPORAL_CLI_PATH!,
    dataDir: temporalDir.path,
    namespace: 'default',
    port: temporalPort,
    log: pino({ level: 'warn' }),
  });

beforeAll(async () => {
  temporalPort = await freePort();
  temporal = await startTemporal();
  service = await startTestService({
    TEMPORAL_ADDRESS: temporal.address,
    TEMPORAL_CLIENT_RETRY_SECONDS: String(RETRY_SECONDS),
    TEMPORAL_CALL_TIMEOUT_SECONDS: String(CALL_TIMEOUT_SECONDS),
  });
  applicant = await Person.signIn(service, { sub: 'enterprise-temporal-down', role: 'APPLICANT' });
  window = await Person.signIn(service, officer('WINDOW'));
}, 120_000);

afterAll(async () => {
  if (temporal?.pid) process.kill(temporal.pid, 'SIGCONT');
  await service?.stop();
  await temporal?.stop();
  temporalDir.remove();
}, 60_000);

const SUBMIT = `mutation ($input: SubmitApplicationInput!) { submitApplication(input: $input) { id status } }`;

async function timed<T>(call: () => Promise<T>): Promise<{ result: T; seconds: number }> {
  const started = performance.now();
  const result = await call();
  return { result, seconds: (performance.now() - started) / 1000 };
}

function expectUnavailable(response: GraphQLResponse<unknown>) {
  expect(response.errors).toHaveLength(1);
  expect(response.errors![0].extensions).toEqual({ code: 'SERVICE_UNAVAILABLE', retryable: true });
}

it('answers changes with a prompt, retryable SERVICE_UNAVAILABLE while Temporal is down, and serves reads', async () => {
  const { id } = await applicant.submit('XC-0001', fiveInOneForm);
  const task = (await window.myTasks('OPEN')).find((candidate) => candidate.application.id === id)!;
  const documentIds = await applicant.documentsFor('XC-0001');

  await temporal.stop();

  const submitting = await timed(() =>
    applicant.request(SUBMIT, { input: { itemCode: 'XC-0001', formData: fiveInOneForm, documentIds } }),
  );
  expectUnavailable(submitting.result);
  const claiming = await timed(() => window.claim(task.id));
  expectUnavailable(claiming.result);
  const auditor = await Person.signIn(service, { sub: 'auditor-temporal-down', role: 'AUDITOR' });
  expectUnavailable(await auditor.request('query ($id: ID!) { caseHistory(id: $id) { nodes { eventId } } }', { id }));
  // The retry budget, one more attempt and the request itself; the SDK's default retries took ~20 s.
  for (const { seconds } of [submitting, claiming]) expect(seconds).toBeLessThan(RETRY_SECONDS + 3);

  // What the read model holds still answers.
  expect((await applicant.data('{ myApplications { nodes { id status } } }')).myApplications.nodes).toEqual([
    { id, status: 'SUBMITTED' },
  ]);
  expect((await applicant.application(id)).tasks).toEqual([
    expect.objectContaining({ id: task.id, status: 'OPEN', agency: { code: 'WINDOW' } }),
  ]);
  const health = await fetch(service.url.replace('/graphql', '/health'));
  expect(health.status).toBe(503);
  expect(await health.json()).toMatchObject({ status: 'degraded', database: 'ok', temporal: 'unavailable' });

  // Temporal back: the same claim goes through, once.
  temporal = await startTemporal();
  await untilHealthy(service.url, 30_000);
  // The first calls to a restarted server may outlast the short call deadline set here: the
  // client sends the claim again while it is told the service is unavailable.
  expect((await untilAnswered(() => window.claim(task.id))).data).toEqual({
    claimTask: { id: task.id, status: 'CLAIMED', assignee: window.identity.sub },
  });
}, 120_000);

it('answers SERVICE_UNAVAILABLE by the deadline while Temporal hangs, and a retry gets the one effect', async () => {
  const { id } = await applicant.submit('XC-0001', fiveInOneForm);
  const task = (await window.myTasks('OPEN')).find((candidate) => candidate.application.id === id)!;
  const documentIds = await applicant.documentsFor('XC-0001');
  const submission = { itemCode: 'XC-0001', formData: fiveInOneForm, documentIds, idempotencyKey: 'frozen' };

  process.kill(temporal.pid!, 'SIGSTOP');
  const claiming = await timed(() => window.claim(task.id));
  const submitting = await timed(() => applicant.request(SUBMIT, { input: submission }));
  const health = await timed(() => fetch(service.url.replace('/graphql', '/health')));
  process.kill(temporal.pid!, 'SIGCONT');

  for (const { result, seconds } of [claiming, submitting]) {
    expectUnavailable(result);
    expect(seconds).toBeLessThan(CALL_TIMEOUT_SECONDS + 3);
  }
  expect(health.result.status).toBe(503);
  expect(await health.result.json()).toMatchObject({ database: 'ok', temporal: 'unavailable' });
  expect(health.seconds).toBeLessThan(3);

  // Thawed: the same claim and the same submission are answered with what they did, once.
  expect((await untilAnswered(() => window.claim(task.id))).data).toEqual({
    claimTask: { id: task.id, status: 'CLAIMED', assignee: window.identity.sub },
  });
  const submitted = await untilAnswered(() => applicant.request(SUBMIT, { input: submission }));
  const frozenId = applicationIdFor(applicationIdSecret(service.config), applicant.identity.sub, 'frozen');
  expect(submitted).toEqual({ data: { submitApplication: { id: frozenId, status: 'SUBMITTED' } } });
  const { myApplications } = await applicant.data('{ myApplications { nodes { id } } }');
  expect(myApplications.nodes.filter((application: { id: string }) => application.id === frozenId)).toHaveLength(1);
}, 120_000);
