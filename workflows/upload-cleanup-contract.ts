import type { DeletedUploads } from '../documents/unattached-uploads';

/** The workflow's type: its export name in `workflows/index.ts`, which the worker registers. */
export const UPLOAD_CLEANUP_WORKFLOW = 'uploadCleanupWorkflow';
/** One schedule for the whole service, however many workers make sure it exists. */
export const UPLOAD_CLEANUP_SCHEDULE_ID = 'lianban-upload-cleanup';
/** Deletes uploads no case holds that nobody used for `keptDays`. */
export type UploadCleanupWorkflow = (keptDays: number) => Promise<DeletedUploads>;
