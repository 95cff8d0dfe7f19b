import type { WorkCalendar } from './calendar';
import type { CaseContext, CaseDocument, CaseStatus, ReviewTask, TimelineEntry } from './case-model';
import type { Delivery } from './delivery';
import { caseDeadline } from './sla';

export type CaseState = 'review' | 'correction' | 'approved' | 'issued' | 'rejected' | 'withdrawn';

export function caseStatus(state: CaseState, context: CaseContext): CaseStatus {
  switch (state) {
    case 'review':
      return context.stageIndex === 0 ? 'SUBMITTED' : 'UNDER_REVIEW';
    case 'correction':
      return 'CORRECTION_REQUIRED';
    case 'approved':
      return 'APPROVED';
    case 'issued':
      return 'ISSUED';
    case 'rejected':
      return 'REJECTED';
    case 'withdrawn':
      return 'WITHDRAWN';
  }
}

/** The case as the read model stores it; `version` orders writes that race each other. */
export interface CaseRecord {
  version: number;
  applicationId: string;
  applicantId: string;
  itemId: string;
  idempotencyKey?: string;
  status: CaseStatus;
  formData: Record<string, unknown>;
  submittedAt: string;
  decidedAt?: string;
  closedAt?: string;
  deadline?: string;
  slaPausedSince?: string;
  slaPausedWorkingDays: number;
  slaExtendedWorkingDays: number;
  overdueSince?: string;
  /** The case's calendar, when the read model may not have this version of it yet. */
  calendar?: WorkCalendar;
  /** How the licence reaches the applicant, once they have chosen. */
  delivery?: Delivery;
  /** Only tasks, document versions and entries the read model may not have yet. */
  documents: CaseDocument[];
  tasks: ReviewTask[];
  timeline: TimelineEntry[];
}

export function caseRecord(
  state: CaseState,
  context: CaseContext,
  version: number,
  unwritten: Pick<CaseRecord, 'tasks' | 'documents' | 'timeline' | 'calendar'>,
  idempotencyKey?: string,
): CaseRecord {
  return {
    version,
    applicationId: context.applicationId,
    applicantId: context.applicantId,
    itemId: context.item.id,
    idempotencyKey,
    status: caseStatus(state, context),
    formData: context.formData,
    submittedAt: context.submittedAt,
    decidedAt: context.decidedAt,
    closedAt: context.closedAt,
    deadline: caseDeadline(context)?.toISOString(),
    slaPausedSince: context.clock.pausedSince,
    slaPausedWorkingDays: context.clock.pausedWorkingDays,
    slaExtendedWorkingDays: context.clock.extendedWorkingDays ?? 0,
    overdueSince: context.clock.overdueSince,
    delivery: context.delivery,
    ...unwritten,
  };
}
