import { builder } from '../builder';

export const ApplicationStatusEnum = builder.enumType('ApplicationStatus', {
  values: ['SUBMITTED', 'UNDER_REVIEW', 'CORRECTION_REQUIRED', 'APPROVED', 'REJECTED', 'ISSUED', 'WITHDRAWN'] as const,
});
export const TaskStatusEnum = builder.enumType('TaskStatus', {
  values: ['OPEN', 'CLAIMED', 'COMPLETED', 'CANCELLED'] as const,
});
export const DecisionEnum = builder.enumType('Decision', {
  values: ['APPROVE', 'REJECT', 'REQUEST_CORRECTION'] as const,
});
