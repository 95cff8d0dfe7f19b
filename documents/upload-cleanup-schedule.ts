import type { Client } from '@temporalio/client';
import { ensureSchedule } from '../temporal/schedules';
import {
  UPLOAD_CLEANUP_SCHEDULE_ID,
  UPLOAD_CLEANUP_WORKFLOW,
  UPLOAD_CLEANUP_WORKFLOW_ID,
  type UploadCleanupWorkflow,
} from '../workflows/upload-cleanup-contract';

/** The clean-up of unattached uploads every hour, with this process's setting of how long they are kept. */
export function scheduleUploadCleanup(client: Client, keptDays: number): Promise<void> {
  const args: Parameters<UploadCleanupWorkflow> = [keptDays];
  return ensureSchedule(client, {
    scheduleId: UPLOAD_CLEANUP_SCHEDULE_ID,
    every: '1 hour',
    workflowType: UPLOAD_CLEANUP_WORKFLOW,
    workflowId: UPLOAD_CLEANUP_WORKFLOW_ID,
    args,
  });
}
