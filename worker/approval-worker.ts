import type { PrismaClient } from '@prisma/client';
import type { Client } from '@temporalio/client';
import type { DataConverter } from '@temporalio/common';
import { NativeConnection, Worker, type WorkerOptions } from '@temporalio/worker';
import { createCalendarActivities } from '../calendar/calendar-activities';
import { createCaseActivities, type CaseActivityDependencies } from '../activities/case-activities';
import { createCertificateActivities, type IssuerSettings } from '../documents/certificates';
import type { DocumentStore } from '../documents/document-store';
import type { Carrier } from '../delivery/carrier';
import { createDeliveryActivities } from '../delivery/delivery-activities';
import { createUploadCleanupActivities } from '../documents/upload-cleanup-activities';
import { createInvitationActivities } from '../ratings/invitation-activities';
import { createRectificationActivities } from '../ratings/rectification-activities';
import { APPROVAL_TASK_QUEUE } from '../workflows/approval-contract';
import { ignoredCaseSinks } from '../audit/replay';

export interface ApprovalWorkerOptions {
  connection: NativeConnection;
  namespace: string;
  prisma: PrismaClient;
  database: CaseActivityDependencies['database'];
  documents: DocumentStore;
  issuer: IssuerSettings;
  /** Books the waybills of licences to be delivered. */
  carrier: Carrier;
  onRefusedWrite?: CaseActivityDependencies['onRefusedWrite'];
  /** For the activity that tells open cases of a calendar correction. */
  temporal: Client;
  /** Encrypts what the worker hands Temporal (temporal/payload-codec.ts). */
  dataConverter: DataConverter;
  /** Tracing's interceptors and span sink, when tracing is on. */
  tracing?: Pick<WorkerOptions, 'interceptors' | 'sinks'>;
}

/** A worker for approval cases, with the real side effects wired in. */
export function createApprovalWorker(options: ApprovalWorkerOptions): Promise<Worker> {
  return Worker.create({
    connection: options.connection,
    namespace: options.namespace,
    taskQueue: APPROVAL_TASK_QUEUE,
    dataConverter: options.dataConverter,
    workflowsPath: require.resolve('../workflows'),
    activities: {
      ...createCaseActivities({ database: options.database, onRefusedWrite: options.onRefusedWrite }),
      ...createCertificateActivities({
        prisma: options.prisma,
        documents: options.documents,
        issuer: options.issuer,
        clock: () => new Date(),
      }),
      ...createDeliveryActivities({ carrier: options.carrier }),
      ...createCalendarActivities({ prisma: options.prisma, temporal: options.temporal }),
      ...createUploadCleanupActivities({ prisma: options.prisma, store: options.documents, clock: () => new Date() }),
      ...createRectificationActivities({ prisma: options.prisma }),
      ...createInvitationActivities({ prisma: options.prisma, clock: () => new Date() }),
    },
    ...options.tracing,
    // Only the audit tools' replays listen to the case's reports (audit/case-replay.ts).
    sinks: { ...options.tracing?.sinks, ...ignoredCaseSinks },
  });
}
