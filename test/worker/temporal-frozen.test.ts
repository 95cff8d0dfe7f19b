import pino from 'pino';
import { startDevServer, type DevServer } from '../../worker/dev-server';
import { fiveInOneForm } from '../helpers/forms';
import type { GraphQLResponse } from '../helpers/graphql';
import { officer, Person, untilAnswered } from '../helpers/lianban-client';
import { freePort } from '../helpers/ports';
import { startTestService, type TestService } from '../helpers/service';
import { tempDir } from '../helpers/temp-dir';

/**
 * A Temporal server that hangs (SIGSTOP: the connection stays open, nothing answers) holds no
 * request: a change answers a retryable SERVICE_UNAVAILABLE once its call deadline passes, and
 * /health answers at once. Once the server runs again, the same change sent again is answered
 * with its one effect, whether or not the first attempt reached the case.
 */
const CALL_TIMEOUT_SECONDS = 3;
const temporalDir = tempDir();
let temporal: DevServer;
let service: TestService;
let applicant: Person;
let window: Person;

beforeAll(async () => {
  temporal = await startDevServer({
    cliPath: process.env.TEMPORAL_CLI_PATH!,
    dataDir: temporalDir.path,
    namespace: 'default',
    port: await freePort(),
    log: pino({ level: 'warn' }),
  });
  service = await startTestService({
    TEMPORAL_ADDRESS: temporal.address,
    TEMPORAL_CALL_TIMEOUT_SECONDS: String(CALL_TIMEOUT_SECONDS),
  });
  applicant = await Person.signIn(service, { sub: 'enterprise-temporal-frozen', role: 'APPLICANT' });
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

const unavailable = (response: GraphQLResponse<unknown>) =>
  response.errors?.length === 1 && response.errors[0].extensions?.code === 'SERVICE_UNAVAILABLE';

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
    expect(unavailable(result)).toBe(true);
    expect(result.errors![0].extensions).toEqual({ code: 'SERVICE_UNAVAILABLE', retryable: true });
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
  expect(submitted.errors).toBeUndefined();
  const { myApplications } = await applicant.data('{ myApplications { id } }');
  expect(myApplications).toHaveLength(2);
  expect(myApplications).toContainEqual({
    id: (submitted.data as { submitApplication: { id: string } }).submitApplication.id,
  });
}, 120_000);
