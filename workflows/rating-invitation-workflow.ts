import { proxyActivities } from '@temporalio/workflow';
import type { InvitationActivities } from '../ratings/invitation-activities';
import type { RatingInvitationWorkflow } from './rating-invitation-contract';

// A run that keeps failing fails after a few tries, so the schedule's failed runs show it; the
// next run invites whatever this one did not.
const { inviteUnratedCases } = proxyActivities<InvitationActivities>({
  startToCloseTimeout: '10 minutes',
  retry: { initialInterval: '1 second', maximumInterval: '1 minute', maximumAttempts: 5 },
});

/** One run of the schedule: the sweep is one statement, so a retried run invites nobody twice. */
export const ratingInvitationWorkflow: RatingInvitationWorkflow = () => inviteUnratedCases();
