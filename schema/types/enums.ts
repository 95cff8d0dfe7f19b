import { CASE_STATUSES, DECISIONS, TASK_STATUSES } from '../../domain/case-model';
import { builder } from '../builder';

export const ApplicationStatusEnum = builder.enumType('ApplicationStatus', {
  values: CASE_STATUSES,
});
export const TaskStatusEnum = builder.enumType('TaskStatus', {
  values: TASK_STATUSES,
});
export const DecisionEnum = builder.enumType('Decision', {
  values: DECISIONS,
});
