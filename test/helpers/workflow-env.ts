import { randomUUID } from 'node:crypto';
import type { PrismaClient } from '@prisma/client';
import { TestWorkflowEnvironment } from '@temporalio/testing';
import type { Worker } from '@temporalio/worker';
import { itemSnapshot } from '../../api/item-snapshot';
import { createApprovalWorker } from '../../worker/approval-worker';
import { APPROVAL_TASK_QUEUE, approvalWorkflow, applicationWorkflowId, submittedUpdate } from '../../workflows/approval-workflow';

export async function localTemporal(): Promise<TestWorkflowEnvironment> {
  return TestWorkflowEnvironment.createLocal({
    server: { executable: { type: 'existing-path', path: process.env.TEMPORAL_CLI_PATH! } },
  });
}

export function approvalWorker(env: TestWorkflowEnvironment, prisma: PrismaClient): Promise<Worker> {
  return createApprovalWorker({
    connection: env.nativeConnection,
    namespace: env.namespace ?? 'default',
    prisma,
    issuer: { divisionCode: '110102' },
  });
}

/** Starts a case of the current version of `itemCode` and waits until it is in the read model. */
export async function startCase(
  env: TestWorkflowEnvironment,
  prisma: PrismaClient,
  itemCode: string,
  formData: Record<string, unknown>,
  applicantId = 'applicant-1',
) {
  const item = await prisma.serviceItem.findFirstOrThrow({
    where: { code: itemCode, current: true },
    include: { materials: { select: { code: true } } },
  });
  const applicationId = randomUUID();
  const handle = await env.client.workflow.start(approvalWorkflow, {
    taskQueue: APPROVAL_TASK_QUEUE,
    workflowId: applicationWorkflowId(applicationId),
    args: [{ applicationId, applicantId, item: itemSnapshot(item), formData, submittedAt: new Date().toISOString() }],
  });
  await handle.executeUpdate(submittedUpdate);
  return { applicationId, handle };
}
