// The worker registers each export under its name; the contracts' workflow type names match them.
export { approvalWorkflow } from './approval-workflow';
export { calendarBroadcastWorkflow } from './calendar-broadcast-workflow';
export { uploadCleanupWorkflow } from './upload-cleanup-workflow';
export { rectificationWorkflow } from './rectification-workflow';
export { ratingInvitationWorkflow } from './rating-invitation-workflow';
