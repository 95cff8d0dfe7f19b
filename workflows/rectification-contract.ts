import { defineQuery, defineUpdate } from '@temporalio/workflow';
import type { Actor } from '../domain/case-events';
import type { RectificationInput, RectificationState } from '../domain/rectification';

/*
 * What the API needs of the rectification workflow, apart from its body. It runs on the
 * approval task queue (APPROVAL_TASK_QUEUE), in the same worker.
 */

/** The workflow's type: its export name in `workflows/index.ts`, which the worker registers. */
export const RECTIFICATION_WORKFLOW = 'rectificationWorkflow';
export type RectificationWorkflow = (input: RectificationInput) => Promise<RectificationState>;

/** One rectification per bad rating: a retried start finds the first, never starts a second. */
export function rectificationIdOf(ratingId: string): string {
  return `rectification-${ratingId}`;
}

export interface RectificationStep {
  actor: Actor;
  text: string;
}

export const recordReturnCallUpdate = defineUpdate<RectificationState, [RectificationStep]>('recordReturnCall');
export const submitRectificationUpdate = defineUpdate<RectificationState, [RectificationStep]>('submitRectification');
/** Answers once the read model has the rectification, so the rater's client can read it at once. */
export const rectificationRecordedUpdate = defineUpdate<RectificationState>('rectificationRecorded');
export const rectificationQuery = defineQuery<RectificationState>('rectification');
