import type { Carrier } from '../../delivery/carrier';
import { randomUUID } from 'node:crypto';
import type { PrismaClient } from '@prisma/client';
import { TestWorkflowEnvironment } from '@temporalio/testing';
import type { Worker } from '@temporalio/worker';
import { FileDocumentStore } from '../../documents/document-store';
import { itemSnapshot } from '../../cases/item-snapshot';
import { currentCalendar } from '../../calendar/calendar-store';
import type { WorkCalendar } from '../../domain/calendar';
import { tempDir } from './temp-dir';
import { createApprovalWorker } from '../../worker/approval-worker';
import type { WorkflowHandle } from '@temporalio/client';
import type { Database } from '../../prisma/database';
import { openTestDatabase } from './database';
import { approvalWorkflow } from '../../workflows/approval-workflow';
import {
  APPROVAL_TASK_QUEUE,
  applicationWorkflowId,
  claimTaskUpdate,
  completeTaskUpdate,
  submittedUpdate,
} from '../../workflows/approval-contract';
import type { Actor } from '../../domain/case-events';
import type { Correction, Decision } from '../../domain/case-model';
import { taskId } from '../../domain/case-steps';
import type { AgencyCode } from '../../domain/definition';

export async function localTemporal(): Promise<TestWorkflowEnvironment> {
  return TestWorkflowEnvironment.createLocal({
    server: { executable: { type: 'existing-path', path: process.env.TEMPORAL_CLI_PATH! } },
  });
}

/**
 * For one test file: a Temporal server from `start`, a fresh database and an approval worker
 * running on them, stopped after the file's tests. Read `env` and `database` inside the tests.
 */
export function approvalWorkerPerFile(start: () => Promise<TestWorkflowEnvironment>, carrier = noCarrier) {
  let worker: Worker | undefined;
  let running: Promise<void> | undefined;
  const run = async () => {
    worker = await approvalWorker(parts.env, parts.database, carrier);
    running = worker.run();
  };
  const stop = async () => {
    worker?.shutdown();
    await running;
  };
  const parts = {
    env: undefined as unknown as TestWorkflowEnvironment,
    database: undefined as unknown as Database,
    /** Stops the worker and starts a new one, as a deployment or a crash and restart would. */
    replaceWorker: async () => {
      await stop();
      await run();
    },
  };
  beforeAll(async () => {
    [parts.env, parts.database] = await Promise.all([start(), openTestDatabase()]);
    await run();
  }, 180_000);
  afterAll(async () => {
    await stop();
    await parts.env?.teardown();
    await parts.database?.close();
  });
  return parts;
}

/** Workflow tests deliver nothing unless they pass a carrier: their cases are collected at the hall. */
const noCarrier: Carrier = {
  bookWaybill: () => Promise.reject(new Error('No carrier in workflow tests')),
};

export function approvalWorker(env: TestWorkflowEnvironment, database: Database, carrier = noCarrier): Promise<Worker> {
  return createApprovalWorker({
    connection: env.nativeConnection,
    namespace: env.namespace ?? 'default',
    prisma: database.prisma,
    database,
    documents: new FileDocumentStore(tempDir('lianban-documents-').path),
    issuer: { divisionCode: '110102' },
    carrier,
    temporal: env.client,
    dataConverter: env.client.options.dataConverter,
  });
}

/**
 * Starts a case of the current version of `itemCode` and waits until it is in the read model.
 * The case counts with the database's calendar unless the test gives one.
 */
export async function startCase(
  env: TestWorkflowEnvironment,
  prisma: PrismaClient,
  itemCode: string,
  formData: Record<string, unknown>,
  applicantId = 'applicant-1',
  options: { calendar?: WorkCalendar; submittedAt?: Date; deliveryDeadlineDays?: number; taskQueue?: string } = {},
) {
  const item = await prisma.serviceItem.findFirstOrThrow({
    where: { code: itemCode, current: true },
    include: { materials: { select: { code: true } } },
  });
  const applicationId = randomUUID();
  const handle = await env.client.workflow.start(approvalWorkflow, {
    taskQueue: options.taskQueue ?? APPROVAL_TASK_QUEUE,
    workflowId: applicationWorkflowId(applicationId),
    args: [
      {
        applicationId,
        applicantId,
        item: itemSnapshot(item),
        formData,
        submittedAt: (options.submittedAt ?? new Date()).toISOString(),
        calendar: options.calendar ?? (await currentCalendar(prisma)),
        deliveryDeadlineDays: options.deliveryDeadlineDays,
      },
    ],
  });
  await handle.executeUpdate(submittedUpdate);
  return { applicationId, handle };
}

export const caseOfficer = (agency: AgencyCode): Actor =>
  agency === 'WINDOW'
    ? { sub: 'clerk-1', role: 'WINDOW', agency }
    : { sub: `officer-${agency}`, role: 'REVIEWER', agency };

/** Claims and decides an agency's task on a case, straight through the workflow's updates. */
export async function decide(
  handle: WorkflowHandle<typeof approvalWorkflow>,
  agency: AgencyCode,
  decision: Decision,
  extra: { round?: number; comment?: string; corrections?: Correction[] } = {},
) {
  const id = taskId(handle.workflowId, agency, extra.round ?? 1);
  await handle.executeUpdate(claimTaskUpdate, { args: [{ taskId: id, actor: caseOfficer(agency) }] });
  return handle.executeUpdate(completeTaskUpdate, {
    args: [
      { taskId: id, actor: caseOfficer(agency), decision, comment: extra.comment, corrections: extra.corrections },
    ],
  });
}

/** A document row for workflow tests, which attach documents without uploading them. */
export async function registeredDocument(prisma: PrismaClient, id: string): Promise<string> {
  await prisma.document.createMany({
    data: [
      {
        id,
        ownerId: 'applicant-1',
        name: `${id}.pdf`,
        sha256: '0'.repeat(64),
        size: 1,
        format: 'PDF',
        mediaType: 'application/pdf',
      },
    ],
    skipDuplicates: true,
  });
  return id;
}
