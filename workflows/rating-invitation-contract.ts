/** The workflow's type: its export name in `workflows/index.ts`, which the worker registers. */
export const RATING_INVITATION_WORKFLOW = 'ratingInvitationWorkflow';
/** One schedule for the whole service, however many workers make sure it exists. */
export const RATING_INVITATION_SCHEDULE_ID = 'lianban-rating-invitations';
/** The id of each run, before the schedule's time stamp. */
export const RATING_INVITATION_WORKFLOW_ID = 'rating-invitations';
/** Invites the applicants of cases ended three days ago and unrated; answers how many. */
export type RatingInvitationWorkflow = () => Promise<number>;
