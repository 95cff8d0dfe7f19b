import { proxyActivities } from '@temporalio/workflow';
import type { UploadCleanupActivities } from '../documents/upload-cleanup-activities';
import type { UploadCleanupWorkflow } from './upload-cleanup-contract';

/**
 * A run that keeps failing (the store unreadable) fails after a few tries rather than retrying
 * until the next run is due, so the schedule's failed runs show it in the Web UI.
 */
const CLEANUP_RETRIES = {
  startToCloseTimeout: '1 hour',
  heartbeatTimeout: '1 minute',
  retry: { initialInterval: '1 second', maximumInterval: '1 minute', maximumAttempts: 5 },
} as const;

const { deleteUnusedUploads } = proxyActivities<UploadCleanupActivities>(CLEANUP_RETRIES);

/** One run of the schedule; the activity resumes where a crashed attempt stopped, by age. */
export const uploadCleanupWorkflow: UploadCleanupWorkflow = (keptDays) => deleteUnusedUploads(keptDays);
