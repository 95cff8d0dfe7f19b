import { randomUUID } from 'node:crypto';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { Worker } from '@temporalio/worker';
import { sleepThreeDaysWorkflow } from '../fixtures/sleeping-workflow';
import { startTimeSkipping } from '../helpers/time-skipping';

const DAY_MS = 24 * 60 * 60 * 1000;
const TASK_QUEUE = 'time-skipping';

let env: TestWorkflowEnvironment;

// The first run on a machine fetches the test server from Maven Central.
beforeAll(async () => {
  env = await startTimeSkipping();
}, 300_000);

afterAll(async () => {
  await env?.teardown();
});

it('runs a workflow that sleeps three days in a few seconds of real time', async () => {
  const worker = await Worker.create({
    connection: env.nativeConnection,
    taskQueue: TASK_QUEUE,
    workflowsPath: require.resolve('../fixtures/sleeping-workflow'),
  });
  const serverStart = await env.currentTimeMs();
  const realStart = Date.now();
  const finishedAt = await worker.runUntil(
    env.client.workflow.execute(sleepThreeDaysWorkflow, { taskQueue: TASK_QUEUE, workflowId: `sleep-${randomUUID()}` }),
  );
  expect(Date.now() - realStart).toBeLessThan(30_000);
  expect(finishedAt).toBeGreaterThanOrEqual(serverStart + 3 * DAY_MS);
});

it('moves the server clock forward on env.sleep', async () => {
  const before = await env.currentTimeMs();
  const realStart = Date.now();
  await env.sleep('2 days');
  expect(await env.currentTimeMs()).toBeGreaterThanOrEqual(before + 2 * DAY_MS);
  expect(Date.now() - realStart).toBeLessThan(10_000);
});
