import {
  ApplicationFailure,
  allHandlersFinished,
  condition,
  defineQuery,
  defineUpdate,
  proxyActivities,
  proxyLocalActivities,
  setHandler,
} from '@temporalio/workflow';
import type { UpdateDefinition } from '@temporalio/common';
import { initialTransition, transition } from 'xstate';
import type { CaseActivities } from '../activities/case-activities';
import type { Actor, CaseEvent } from './process/case-events';
import { caseMachine, type CaseInput } from './process/case-machine';
import type { CaseContext, CaseStatus, Correction, Decision, IssuedCertificate, ReviewTask } from './process/case-model';
import { caseRecord, caseStatus, type CaseState } from './process/case-record';
import { WrittenState } from './process/written-state';
import { checkClaim, checkDecide, checkSupplement, checkWithdraw, type CaseProblem } from './process/case-rules';

export const APPROVAL_TASK_QUEUE = 'lianban-approvals';

/** The workflow id is the application id, so a case is found by the id its applicant holds. */
export function applicationWorkflowId(applicationId: string): string {
  return applicationId;
}

export interface ApprovalInput extends CaseInput {
  idempotencyKey?: string;
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
  documentIds?: string[];
}
export interface WithdrawInput {
  actor: Actor;
  reason?: string;
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
export const caseQuery = defineQuery<{ state: CaseState; status: CaseStatus; context: CaseContext }>('case');

// A database outage must not lose a decision: keep retrying, backing off to a minute.
const RETRY_UNTIL_WRITTEN = { initialInterval: '200 milliseconds', backoffCoefficient: 2, maximumInterval: '1 minute' };

/**
 * The read-model write is short and on the path of every decision a person waits for: as a
 * local activity it runs in the worker without a round trip through the server.
 */
const { syncCase } = proxyLocalActivities<CaseActivities>({
  startToCloseTimeout: '30 seconds',
  retry: RETRY_UNTIL_WRITTEN,
});
const { issueCertificate } = proxyActivities<CaseActivities>({
  startToCloseTimeout: '30 seconds',
  retry: RETRY_UNTIL_WRITTEN,
});

const CLOSED_STATES: CaseState[] = ['approved', 'issued', 'rejected', 'withdrawn'];

export async function approvalWorkflow(input: ApprovalInput): Promise<CaseOutcome> {
  let [snapshot] = initialTransition(caseMachine, input);
  let version = 1;
  let persistedVersion = 0;
  const written = new WrittenState();

  const state = () => snapshot.value;
  const summary = (): CaseSummary => ({ applicationId: input.applicationId, status: caseStatus(state(), snapshot.context) });
  const now = () => new Date().toISOString();

  const problemOf = (event: CaseEvent): CaseProblem | null => {
    const { context } = snapshot;
    switch (event.type) {
      case 'CLAIM':
        return checkClaim(context, event);
      case 'DECIDE':
        return checkDecide(context, event);
      case 'SUPPLEMENT':
        return checkSupplement(context, state() === 'correction', event);
      case 'WITHDRAW':
        return checkWithdraw(context, !CLOSED_STATES.includes(state()), event);
      case 'ISSUED':
        return null;
    }
  };
  const refuse = (event: CaseEvent) => {
    const problem = problemOf(event);
    if (problem) throw ApplicationFailure.create({ type: problem.type, message: problem.message, nonRetryable: true });
  };
  const apply = (event: CaseEvent) => {
    refuse(event);
    [snapshot] = transition(caseMachine, snapshot, event);
    version += 1;
  };
  const persist = async () => {
    const record = caseRecord(state(), snapshot.context, version, written.unwritten(snapshot.context), input.idempotencyKey);
    await syncCase(record);
    persistedVersion = Math.max(persistedVersion, record.version);
    written.confirm(record);
  };
  const task = (taskId: string) => snapshot.context.tasks.find((candidate) => candidate.id === taskId) as ReviewTask;

  setHandler(caseQuery, () => ({ state: state(), status: summary().status, context: snapshot.context }));
  setHandler(
    submittedUpdate,
    async () => {
      await condition(() => persistedVersion >= 1);
      return summary();
    },
  );
  /** A decision: checked in the validator, applied, and answered once the read model has it. */
  const onCaseEvent = <Ret, Arg>(
    update: UpdateDefinition<Ret, [Arg]>,
    toEvent: (arg: Arg) => CaseEvent,
    answer: (arg: Arg) => Ret,
  ) =>
    setHandler(
      update,
      async (arg: Arg) => {
        apply(toEvent(arg));
        await persist();
        return answer(arg);
      },
      { validator: (arg: Arg) => refuse(toEvent(arg)) },
    );
  onCaseEvent(claimTaskUpdate, (claim: ClaimTaskInput) => ({ type: 'CLAIM', ...claim, at: now() }), (claim) => task(claim.taskId));
  onCaseEvent(completeTaskUpdate, (decision: CompleteTaskInput) => ({ type: 'DECIDE', ...decision, at: now() }), (decision) => task(decision.taskId));
  onCaseEvent(supplementUpdate, (supplement: SupplementInput) => ({ type: 'SUPPLEMENT', ...supplement, at: now() }), summary);
  onCaseEvent(withdrawUpdate, (withdrawal: WithdrawInput) => ({ type: 'WITHDRAW', ...withdrawal, at: now() }), summary);

  await persist();
  await condition(() => CLOSED_STATES.includes(state()));
  if (state() === 'approved') {
    const certificate = await issueCertificate({
      applicationId: input.applicationId,
      itemCode: input.item.code,
      kind: input.item.definition.issuance.certificate,
    });
    apply({ type: 'ISSUED', certificate, at: now() });
    await persist();
  }
  await condition(allHandlersFinished);
  return { ...summary(), certificate: snapshot.context.certificate };
}
