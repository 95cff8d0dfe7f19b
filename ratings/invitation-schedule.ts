import type { Client } from '@temporalio/client';
import { ensureSchedule } from '../temporal/schedules';
import {
  RATING_INVITATION_SCHEDULE_ID,
  RATING_INVITATION_WORKFLOW,
  RATING_INVITATION_WORKFLOW_ID,
} from '../workflows/rating-invitation-contract';

/** The invitation sweep every hour: a case is invited within the hour after its third day. */
export function scheduleRatingInvitations(client: Client): Promise<void> {
  return ensureSchedule(client, {
    scheduleId: RATING_INVITATION_SCHEDULE_ID,
    every: '1 hour',
    workflowType: RATING_INVITATION_WORKFLOW,
    workflowId: RATING_INVITATION_WORKFLOW_ID,
    args: [],
  });
}
