import type { ApplicationStatus, SlaWarningLevel } from '../gql/graphql';

/** How a case's status and its clock's warning level are coloured wherever a case is shown. */
export const STATUS_COLOURS: Record<ApplicationStatus, string> = {
  SUBMITTED: 'default',
  UNDER_REVIEW: 'processing',
  CORRECTION_REQUIRED: 'warning',
  APPROVED: 'success',
  ISSUED: 'success',
  REJECTED: 'error',
  WITHDRAWN: 'default',
};

export const WARNING_COLOURS: Record<SlaWarningLevel, string> = { NONE: 'green', WARNING: 'orange', OVERDUE: 'red' };
