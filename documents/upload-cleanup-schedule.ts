import { ScheduleAlreadyRunning, ScheduleOverlapPolicy, type Client } from '@temporalio/client';
import { APPROVAL_TASK_QUEUE } from '../workflows/approval-contract';
import {
  UPLOAD_CLEANUP_SCHEDULE_ID,
  UPLOAD_CLEANUP_WORKFLOW,
  UPLOAD_CLEANUP_WORKFLOW_ID,
  type UploadCleanupWorkflow,
} from '../workflows/upload-cleanup-contract';

/**
 * Makes sure Temporal runs the clean-up of unattached uploads every hour, with this process's
 * setting of how long they are kept. A schedule lives in Temporal, not in a process's memory:
 * it runs whichever worker is up, and a restart neither skips nor doubles it.
 */
export async function scheduleUploadCleanup(client: Client, keptDays: number): Promise<void> {
  const spec = { intervals: [{ every: '1 hour' }] };
  const action = {
    type: 'startWorkflow' as const,
    workflowType: UPLOAD_CLEANUP_WORKFLOW,
    workflowId: UPLOAD_CLEANUP_WORKFLOW_ID,
    taskQueue: APPROVAL_TASK_QUEUE,
    args: [keptDays] as Parameters<UploadCleanupWorkflow>,
  };
  try {
    await client.schedule.create({
      scheduleId: UPLOAD_CLEANUP_SCHEDULE_ID,
      spec,
      action,
      policies: { overlap: ScheduleOverlapPolicy.SKIP },
    });
  } catch (error) {
    if (!(error instanceof ScheduleAlreadyRunning)) throw error;
    await client.schedule.getHandle(UPLOAD_CLEANUP_SCHEDULE_ID).update((current) => ({ ...current, spec, action }));
  }
}
