import { proxyActivities } from '@temporalio/workflow';
import type { UploadCleanupActivities } from '../documents/upload-cleanup-activities';
import type { UploadCleanupWorkflow } from './upload-cleanup-contract';

const { deleteUnusedUploads } = proxyActivities<UploadCleanupActivities>({
  startToCloseTimeout: '1 hour',
  heartbeatTimeout: '1 minute',
  retry: { initialInterval: '1 second', maximumInterval: '1 minute' },
});

/** One run of the schedule; the activity resumes where a crashed attempt stopped, by age. */
export const uploadCleanupWorkflow: UploadCleanupWorkflow = (keptDays) => deleteUnusedUploads(keptDays);
