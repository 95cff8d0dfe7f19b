import type { Delivery } from './delivery';
import type { WorkCalendar } from './calendar';
import type { AgencyCode, CertificateKind, ProcessDefinition, StageName } from './definition';

/** The vocabularies of a case, each listed once: GraphQL's enums and the types are made from them. */
export const TASK_STATUSES = ['OPEN', 'CLAIMED', 'COMPLETED', 'CANCELLED'] as const;
export const DECISIONS = ['APPROVE', 'REJECT', 'REQUEST_CORRECTION'] as const;
export const CASE_STATUSES = [
  'SUBMITTED',
  'UNDER_REVIEW',
  'CORRECTION_REQUIRED',
  'APPROVED',
  'REJECTED',
  'ISSUED',
  'WITHDRAWN',
] as const;
export type TaskStatus = (typeof TASK_STATUSES)[number];
export type Decision = (typeof DECISIONS)[number];
export type CaseStatus = (typeof CASE_STATUSES)[number];
/** A task someone still has to act on: it counts for deadlines, inboxes and supervisors. */
export const UNFINISHED_TASK_STATUSES: TaskStatus[] = ['OPEN', 'CLAIMED'];
/** A task nobody acts on any more: a decision on it is refused as TASK_CLOSED. */
export const FINISHED_TASK_STATUSES: TaskStatus[] = ['COMPLETED', 'CANCELLED'];

export interface Correction {
  /** A form field (dotted path) or a material code; at least one of the two. */
  field?: string;
  material?: string;
  reason: string;
}

/** Times are ISO strings: the case travels as JSON through Temporal and into the read model. */
export interface ReviewTask {
  id: string;
  agency: AgencyCode;
  stage: StageName;
  /** 1 for the first review; a review again after a correction is the next round. */
  round: number;
  status: TaskStatus;
  assignee?: string;
  decision?: Decision;
  comment?: string;
  corrections?: Correction[];
  createdAt: string;
  completedAt?: string;
  /** Promised working days from creation, pushed back by the days the applicant was correcting. */
  dueAt: string;
  /** Set while the case waits for the applicant: the task's clock stands still too. */
  pausedSince?: string;
  pausedWorkingDays?: number;
  /** When the deadline warning went out, and when the overdue task went to the supervisors. */
  warnedAt?: string;
  escalatedAt?: string;
  escalatedTo?: string;
}

/** A document the applicant attaches for one material of the item. */
export interface AttachedDocument {
  materialCode: string;
  documentId: string;
}

/** One version of a material on the case; a correction adds the next and keeps this one. */
export interface CaseDocument extends AttachedDocument {
  version: number;
  attachedAt: string;
  replacedAt?: string;
}

export interface CorrectionRequest extends Correction {
  agency: AgencyCode;
  taskId: string;
}

export interface TimelineEntry {
  /** Position in the case's history; makes each write of the entry idempotent. */
  seq: number;
  at: string;
  actor?: string;
  /** Set when the entry concerns one agency's task: other agencies do not see it. */
  agency?: AgencyCode;
  action: string;
  detail?: string;
}

export interface IssuedCertificate {
  number: string;
  kind: CertificateKind;
  uscc?: string;
  issuedAt: string;
}

/** Why a clock stands still: the applicant is correcting, or a stage the law leaves out runs. */
export type PauseReason = 'CORRECTION' | 'EXCLUDED_STAGE';

/**
 * The SLA clock: statutory working days run from acceptance and stop while paused; an
 * extension granted by the window adds days.
 */
export interface SlaClock {
  startedAt?: string;
  pausedSince?: string;
  /** Absent in cases started before stages could pause the clock: a pause was a correction. */
  pauseReasons?: PauseReason[];
  pausedWorkingDays: number;
  extendedWorkingDays?: number;
  /** Set when the statutory deadline passed with the case still open. */
  overdueSince?: string;
}

/** What the catalogue said of the item when the case started; the case keeps it to the end. */
export interface ItemSnapshot {
  id: string;
  code: string;
  version: number;
  statutoryDays: number;
  promisedDays: number;
  /** A task is warned when this many working days are left (absent in older cases: 1). */
  warningDays?: number;
  definition: ProcessDefinition;
  /** Top-level and nested form field paths a correction may name. */
  fields: string[];
  materials: string[];
}

export interface CaseContext {
  applicationId: string;
  applicantId: string;
  item: ItemSnapshot;
  formData: Record<string, unknown>;
  documents: CaseDocument[];
  submittedAt: string;
  stageIndex: number;
  tasks: ReviewTask[];
  openCorrections: CorrectionRequest[];
  /** Every correction notice the applicant received, merged per correction period. */
  correctionNotices: CorrectionRequest[][];
  clock: SlaClock;
  /** The working-day calendar the case counts with; absent in older cases (Monday to Friday). */
  calendar?: WorkCalendar;
  /** A supplement must answer every open correction (cases started since that rule came in). */
  supplementAnswersAll: boolean;
  decidedAt?: string;
  closedAt?: string;
  certificate?: IssuedCertificate;
  /** How the licence reaches the applicant; absent: collection at the hall. */
  delivery?: Delivery;
  timeline: TimelineEntry[];
}
