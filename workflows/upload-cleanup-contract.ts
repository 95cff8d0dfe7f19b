import type { UploadCleanup } from '../documents/upload-cleanup-activities';

/** The workflow's type: its export name in `workflows/index.ts`, which the worker registers. */
export const UPLOAD_CLEANUP_WORKFLOW = 'uploadCleanupWorkflow';
/** One schedule for the whole service, however many workers make sure it exists. */
export const UPLOAD_CLEANUP_SCHEDULE_ID = 'lianban-upload-cleanup';
/** The id of each run, before the schedule's time stamp. */
export const UPLOAD_CLEANUP_WORKFLOW_ID = 'upload-cleanup';
/** Deletes uploads no case holds that nobody used for `keptDays`, and files nothing names. */
export type UploadCleanupWorkflow = (keptDays: number) => Promise<UploadCleanup>;
