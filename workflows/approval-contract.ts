import { defineQuery, defineSignal, defineUpdate } from '@temporalio/workflow';
import type { CalendarYear } from '../domain/calendar';
import type { Actor } from '../domain/case-events';
import type { CaseInput } from '../domain/case-machine';
import type {
  AttachedDocument,
  CaseContext,
  CaseStatus,
  Correction,
  Decision,
  IssuedCertificate,
  ReviewTask,
} from '../domain/case-model';
import type { CaseState } from '../domain/case-record';
import type { CarrierStatus, DeliveryAddress, DeliveryMethod } from '../domain/delivery';

/*
 * What callers of the approval workflow need of it (the API, the audit tools, the calendar
 * broadcast), apart from its body: they import this file, never the workflow module.
 */

export const APPROVAL_TASK_QUEUE = 'lianban-approvals';

/** The workflow's type: its export name in `workflows/index.ts`, which the worker registers. */
export const APPROVAL_WORKFLOW = 'approvalWorkflow';
export type ApprovalWorkflow = (input: ApprovalInput) => Promise<CaseOutcome>;

/** The workflow id is the application id, so a case is found by the id its applicant holds. */
export function applicationWorkflowId(applicationId: string): string {
  return applicationId;
}

export interface ApprovalInput extends CaseInput {
  idempotencyKey?: string;
  /**
   * Calendar days the case waits for the carrier to report a delivered or returned parcel
   * (DELIVERY_DEADLINE_DAYS when it started); absent in cases started before there was one.
   */
  deliveryDeadlineDays?: number;
}

export interface CaseSummary {
  applicationId: string;
  status: CaseStatus;
}

export interface ClaimTaskInput {
  taskId: string;
  actor: Actor;
}
export interface CompleteTaskInput extends ClaimTaskInput {
  decision: Decision;
  comment?: string;
  corrections?: Correction[];
}
export interface SupplementInput {
  actor: Actor;
  formData?: Record<string, unknown>;
  documents?: AttachedDocument[];
}
export interface WithdrawInput {
  actor: Actor;
  reason?: string;
}
export interface ExtendInput {
  actor: Actor;
  workingDays: number;
  reason: string;
}
export interface ReassignInput {
  taskId: string;
  actor: Actor;
  assignee: string;
  reason?: string;
}
export interface ChooseDeliveryInput {
  actor: Actor;
  method: DeliveryMethod;
  address?: DeliveryAddress;
}
/** A carrier's status report, as its webhook forwards it. */
export interface DeliveryReport {
  waybill: string;
  status: CarrierStatus;
}
/** A newer version of a calendar year; it applies to the case's dates from `from` on. */
export interface CalendarCorrection {
  year: CalendarYear;
  from: string;
}

export interface CaseOutcome extends CaseSummary {
  certificate?: IssuedCertificate;
}

/** Returns once the new case is in the read model, so the submitter can read it at once. */
export const submittedUpdate = defineUpdate<CaseSummary>('submitted');
export const claimTaskUpdate = defineUpdate<ReviewTask, [ClaimTaskInput]>('claimTask');
export const completeTaskUpdate = defineUpdate<ReviewTask, [CompleteTaskInput]>('completeTask');
export const supplementUpdate = defineUpdate<CaseSummary, [SupplementInput]>('supplementApplication');
export const withdrawUpdate = defineUpdate<CaseSummary, [WithdrawInput]>('withdrawApplication');
export const extendDeadlineUpdate = defineUpdate<CaseSummary, [ExtendInput]>('extendDeadline');
export const reassignTaskUpdate = defineUpdate<ReviewTask, [ReassignInput]>('reassignTask');
export const chooseDeliveryUpdate = defineUpdate<CaseSummary, [ChooseDeliveryInput]>('chooseDelivery');
export const deliveryReportSignal = defineSignal<[DeliveryReport]>('deliveryReport');
export const calendarCorrectedSignal = defineSignal<[CalendarCorrection]>('calendarCorrected');
/** The case as the workflow holds it; `recorded`: its first read-model write has succeeded. */
export interface LiveCase {
  state: CaseState;
  status: CaseStatus;
  context: CaseContext;
  version: number;
  recorded: boolean;
}
export const caseQuery = defineQuery<LiveCase>('case');
