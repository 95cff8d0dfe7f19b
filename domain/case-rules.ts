import { FINISHED_TASK_STATUSES, type CaseContext, type ReviewTask } from './case-model';
import type { CaseEvent } from './case-events';
import { requestedCorrections } from './case-steps';
import { addressProblems, movesOn } from './delivery';
import { MAX_COMMENT, MAX_EXTENSION_DAYS, MAX_PERSON_ID, MAX_REASON } from './text-limits';

export type CaseErrorType =
  | 'TASK_NOT_FOUND'
  | 'WRONG_AGENCY'
  | 'TASK_ALREADY_CLAIMED'
  | 'TASK_NOT_CLAIMED'
  | 'TASK_CLOSED'
  | 'NOT_CLAIMANT'
  | 'INVALID_DECISION'
  | 'INVALID_INPUT'
  | 'NOT_OWNER'
  | 'NOT_IN_CORRECTION'
  | 'CASE_CLOSED'
  | 'NOT_ALLOWED'
  | 'NOT_ACCEPTED'
  | 'NOT_ESCALATED'
  | 'DELIVERY_NOT_OFFERED'
  | typeof NOT_STORABLE;

/**
 * The read model refused a change for good (a value PostgreSQL cannot store, a constraint):
 * the workflow takes the change back and the one update fails with this type.
 */
export const NOT_STORABLE = 'NOT_STORABLE';

export interface CaseProblem {
  type: CaseErrorType;
  message: string;
}

type EventOf<T extends CaseEvent['type']> = Extract<CaseEvent, { type: T }>;
function problem(type: CaseErrorType, message: string): CaseProblem {
  return { type, message };
}

function agencyTask(context: CaseContext, taskId: string, agency: string | undefined): ReviewTask | CaseProblem {
  const task = context.tasks.find((candidate) => candidate.id === taskId);
  if (!task) return problem('TASK_NOT_FOUND', `No task ${taskId} on this case`);
  if (task.agency !== agency) return problem('WRONG_AGENCY', `Task ${taskId} belongs to ${task.agency}`);
  if (FINISHED_TASK_STATUSES.includes(task.status)) {
    return problem('TASK_CLOSED', `Task ${taskId} is ${task.status.toLowerCase()}`);
  }
  return task;
}

export function checkClaim(context: CaseContext, event: EventOf<'CLAIM'>): CaseProblem | null {
  const task = agencyTask(context, event.taskId, event.actor.agency);
  if ('type' in task) return task;
  if (task.status === 'CLAIMED') {
    return problem('TASK_ALREADY_CLAIMED', `Task ${task.id} is already claimed by ${task.assignee}`);
  }
  return null;
}

function checkCorrections(context: CaseContext, event: EventOf<'DECIDE'>): string | null {
  const corrections = event.corrections ?? [];
  if (event.decision !== 'REQUEST_CORRECTION') {
    return corrections.length > 0 ? `corrections: only REQUEST_CORRECTION carries corrections` : null;
  }
  if (corrections.length === 0) return 'corrections: name at least one field or material to correct';
  for (const [index, correction] of corrections.entries()) {
    const at = `corrections[${index}]`;
    if (!correction.field && !correction.material) return `${at}: name a field or a material`;
    if (correction.field && !context.item.fields.includes(correction.field)) {
      return `${at}.field: ${correction.field} is not a field of ${context.item.code}`;
    }
    if (correction.material && !context.item.materials.includes(correction.material)) {
      return `${at}.material: ${correction.material} is not a material of ${context.item.code}`;
    }
    if (!correction.reason?.trim()) return `${at}.reason: say what is wrong`;
    if (correction.reason.length > MAX_REASON) return `${at}.reason: at most ${MAX_REASON} characters`;
  }
  return null;
}

export function checkDecide(context: CaseContext, event: EventOf<'DECIDE'>): CaseProblem | null {
  const task = agencyTask(context, event.taskId, event.actor.agency);
  if ('type' in task) return task;
  if (task.status === 'OPEN')
    return problem('TASK_NOT_CLAIMED', `Task ${task.id} must be claimed before it is completed`);
  if (task.assignee !== event.actor.sub) {
    return problem('NOT_CLAIMANT', `Task ${task.id} is claimed by ${task.assignee}; only the claimant completes it`);
  }
  if ((event.comment?.length ?? 0) > MAX_COMMENT) {
    return problem('INVALID_DECISION', `comment: at most ${MAX_COMMENT} characters`);
  }
  if (event.decision === 'REJECT' && !event.comment?.trim()) {
    return problem('INVALID_DECISION', 'comment: a rejection must give its reason');
  }
  const correctionProblem = checkCorrections(context, event);
  return correctionProblem ? problem('INVALID_DECISION', correctionProblem) : null;
}

export function checkSupplement(
  context: CaseContext,
  inCorrection: boolean,
  event: EventOf<'SUPPLEMENT'>,
): CaseProblem | null {
  if (event.actor.sub !== context.applicantId) return problem('NOT_OWNER', 'Only the applicant supplements a case');
  if (!inCorrection) return problem('NOT_IN_CORRECTION', 'The case is not waiting for a correction');
  const requested = requestedCorrections(context);
  const fields = Object.keys(event.formData ?? {});
  const materials = (event.documents ?? []).map((document) => document.materialCode);
  const stray = fields.find((field) => !requested.fields.includes(field));
  if (stray) return problem('INVALID_INPUT', `formData.${stray}: no correction asks for this field`);
  const strayMaterial = materials.find((material) => !requested.materials.includes(material));
  if (strayMaterial)
    return problem('INVALID_INPUT', `documents.${strayMaterial}: no correction asks for this material`);
  if (!context.supplementAnswersAll) return null;
  const unanswered = requested.fields.find((field) => !fields.includes(field));
  if (unanswered) return problem('INVALID_INPUT', `formData.${unanswered}: a correction asks for this field`);
  const missing = requested.materials.find((material) => !materials.includes(material));
  if (missing) return problem('INVALID_INPUT', `documents.${missing}: a correction asks for a new document`);
  return null;
}

export function checkWithdraw(context: CaseContext, open: boolean, event: EventOf<'WITHDRAW'>): CaseProblem | null {
  if (event.actor.sub !== context.applicantId) return problem('NOT_OWNER', 'Only the applicant withdraws a case');
  if (!open) return problem('CASE_CLOSED', 'The case is already decided or closed');
  if ((event.reason?.length ?? 0) > MAX_COMMENT)
    return problem('INVALID_INPUT', `reason: at most ${MAX_COMMENT} characters`);
  return null;
}

export function checkExtend(context: CaseContext, open: boolean, event: EventOf<'EXTEND'>): CaseProblem | null {
  if (event.actor.role !== 'WINDOW' && event.actor.role !== 'ADMIN') {
    return problem('NOT_ALLOWED', 'Only the acceptance window or an administrator extends a deadline');
  }
  if (!open || context.decidedAt) return problem('CASE_CLOSED', 'The case is already decided or closed');
  if (!context.clock.startedAt) return problem('NOT_ACCEPTED', 'The clock starts at acceptance: extend after it');
  const granted = context.clock.extendedWorkingDays ?? 0;
  const room = MAX_EXTENSION_DAYS - granted;
  if (!Number.isInteger(event.workingDays) || event.workingDays < 1 || event.workingDays > room) {
    return problem(
      'INVALID_INPUT',
      `workingDays: a whole number from 1 to ${room} (${granted} of ${MAX_EXTENSION_DAYS} already granted)`,
    );
  }
  if (!event.reason?.trim()) return problem('INVALID_INPUT', 'reason: say why the case needs more time');
  if (event.reason.length > MAX_REASON) return problem('INVALID_INPUT', `reason: at most ${MAX_REASON} characters`);
  return null;
}

export function checkReassign(context: CaseContext, event: EventOf<'REASSIGN'>): CaseProblem | null {
  if (event.actor.role !== 'SUPERVISOR') return problem('NOT_ALLOWED', "Only the agency's supervisors reassign a task");
  const task = agencyTask(context, event.taskId, event.actor.agency);
  if ('type' in task) return task;
  if (!task.escalatedAt) return problem('NOT_ESCALATED', `Task ${task.id} is not overdue; its reviewers keep it`);
  if (!event.assignee?.trim() || event.assignee.length > MAX_PERSON_ID) {
    return problem(
      'INVALID_INPUT',
      `assignee: the id of the person to take the task (at most ${MAX_PERSON_ID} characters)`,
    );
  }
  if (event.assignee === task.assignee) return problem('INVALID_INPUT', `assignee: ${task.assignee} already has it`);
  if ((event.reason?.length ?? 0) > MAX_REASON) {
    return problem('INVALID_INPUT', `reason: at most ${MAX_REASON} characters`);
  }
  return null;
}

/** Until the certificate is issued (and while the case may still get one), the applicant chooses. */
export function checkChooseDelivery(
  context: CaseContext,
  mayStillIssue: boolean,
  event: EventOf<'CHOOSE_DELIVERY'>,
): CaseProblem | null {
  if (event.actor.sub !== context.applicantId) return problem('NOT_OWNER', 'Only the applicant chooses the delivery');
  if (!mayStillIssue)
    return problem('CASE_CLOSED', 'The certificate is issued or the case is closed: delivery can no longer be chosen');
  if (event.method === 'DELIVERY') {
    const problems = addressProblems(event.address);
    if (problems.length > 0)
      return problem('INVALID_INPUT', problems.map((bad) => `${bad.field}: ${bad.message}`).join('; '));
  }
  return null;
}

/** Cases started before delivery existed (patch `licence-delivery`) keep to collection at the hall. */
export const DELIVERY_NOT_OFFERED = problem(
  'DELIVERY_NOT_OFFERED',
  'This case was started before delivery by post was offered: its licence is collected at the hall',
);

/** A carrier's report counts only for the case's own waybill, and only when it moves the parcel on. */
export function checkDeliveryStatus(context: CaseContext, event: EventOf<'DELIVERY_STATUS'>): CaseProblem | null {
  const { delivery } = context;
  if (!delivery?.waybill || delivery.waybill !== event.waybill)
    return problem('NOT_ALLOWED', `Waybill ${event.waybill} is not this case's`);
  if (!movesOn(delivery.status, event.status))
    return problem('NOT_ALLOWED', `The parcel is already ${delivery.status}`);
  return null;
}
