import { TestWorkflowEnvironment } from '@temporalio/testing';
import { Worker } from '@temporalio/worker';
import type { Database } from '../../prisma/database';
import { createSmokeActivities } from '../fixtures/smoke-activities';
import { smokeWorkflow } from '../fixtures/smoke-workflow';
import { openTestDatabase } from '../helpers/database';
import { readCatalogueDirectory } from '../../service-items/catalogue-files';

let env: TestWorkflowEnvironment;
let database: Database;

beforeAll(async () => {
  env = await TestWorkflowEnvironment.createLocal({
    server: { executable: { type: 'existing-path', path: process.env.TEMPORAL_CLI_PATH! } },
  });
  database = await openTestDatabase();
}, 120_000);

afterAll(async () => {
  await env?.teardown();
  await database?.close();
});

it('runs a workflow and its activity on the provisioned Temporal dev server', async () => {
  const worker = await Worker.create({
    connection: env.nativeConnection,
    taskQueue: 'smoke',
    workflowsPath: require.resolve('../fixtures/smoke-workflow'),
    activities: createSmokeActivities(database.prisma),
  });
  const result = await worker.runUntil(
    env.client.workflow.execute(smokeWorkflow, {
      taskQueue: 'smoke',
      workflowId: `smoke-${Date.now()}`,
      args: ['hello'],
    }),
  );
  expect(result).toBe(`hello: ${readCatalogueDirectory().items.length} items`);
});
