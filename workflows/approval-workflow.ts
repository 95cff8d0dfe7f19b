import {
  ActivityFailure,
  ApplicationFailure,
  allHandlersFinished,
  log,
  condition,
  patched,
  proxyActivities,
  proxyLocalActivities,
  proxySinks,
  setHandler,
  workflowInfo,
} from '@temporalio/workflow';
import type { UpdateDefinition } from '@temporalio/common';
import type { CaseActivities } from '../activities/case-activities';
import type { CertificateActivities } from '../documents/certificates';
import type { DeliveryActivities } from '../delivery/delivery-activities';
import {
  CARRIER_REFUSED,
  DEFAULT_DELIVERY_DEADLINE_DAYS,
  deliveryEnded,
  type DeliveryAddress,
} from '../domain/delivery';
import { DAY_MS } from '../domain/calendar';
import type { CaseEvent } from '../domain/case-events';
import type { ReviewTask } from '../domain/case-model';
import { caseRecord } from '../domain/case-record';
import { WrittenState } from '../domain/written-state';
import { DELIVERY_NOT_OFFERED, NOT_STORABLE, type CaseProblem } from '../domain/case-rules';
import { CaseStepper } from '../domain/case-stepper';
import { nextAlarm } from '../domain/sla-steps';
import {
  calendarCorrectedSignal,
  caseQuery,
  chooseDeliveryUpdate,
  claimTaskUpdate,
  deliveryReportSignal,
  completeTaskUpdate,
  extendDeadlineUpdate,
  reassignTaskUpdate,
  submittedUpdate,
  supplementUpdate,
  withdrawUpdate,
  type ApprovalInput,
  type CaseOutcome,
  type ChooseDeliveryInput,
  type CaseSummary,
} from './approval-contract';
import type { CaseSinks } from './case-sinks';

// A database outage must not lose a decision: keep retrying, backing off to a minute. A value the
// database refuses is not retried: the activity fails with NOT_STORABLE.
const RETRY_UNTIL_WRITTEN = { initialInterval: '200 milliseconds', backoffCoefficient: 2, maximumInterval: '1 minute' };

/**
 * The read-model write as a regular activity: Temporal schedules it only once the workflow task
 * that made the change is in the history, so the read model never holds what the history lost.
 * A worker that dies while writing gives the write to another after the timeout.
 */
const { syncCase, issueCertificate } = proxyActivities<CaseActivities & CertificateActivities>({
  startToCloseTimeout: '10 seconds',
  retry: RETRY_UNTIL_WRITTEN,
});
/**
 * A carrier outage must not lose the booking: keep trying, backing off to five minutes. Every
 * attempt sends the case's one idempotency key, so none books a second waybill.
 */
const { bookWaybill } = proxyActivities<DeliveryActivities>({
  startToCloseTimeout: '30 seconds',
  retry: { initialInterval: '1 second', backoffCoefficient: 2, maximumInterval: '5 minutes' },
});
/**
 * Cases that ran before the patch `read-model-after-history` wrote the read model from a local
 * activity, inside the workflow task, before Temporal had saved it: a crash at that instant
 * left rows of a change the history did not keep. Their recorded histories replay with it.
 */
const { syncCase: syncCaseWithinTask } = proxyLocalActivities<CaseActivities>({
  startToCloseTimeout: '30 seconds',
  retry: RETRY_UNTIL_WRITTEN,
});

const { caseObserver } = proxySinks<CaseSinks>();

/** The database's lasting refusal of a write, if that is why the activity failed. */
function refusedWrite(error: unknown): ApplicationFailure | undefined {
  const cause = error instanceof ActivityFailure ? error.cause : undefined;
  return cause instanceof ApplicationFailure && cause.type === NOT_STORABLE ? cause : undefined;
}

/** The carrier's lasting refusal of the booking, if that is why the activity failed. */
function carrierRefusal(error: unknown): ApplicationFailure | undefined {
  const cause = error instanceof ActivityFailure ? error.cause : undefined;
  return cause instanceof ApplicationFailure && cause.type === CARRIER_REFUSED ? cause : undefined;
}

/** The failure a refused write gives the update or the case: the activity's reason, not retried. */
const notStorable = (refused: ApplicationFailure) =>
  ApplicationFailure.create({ type: NOT_STORABLE, message: refused.message, nonRetryable: true });

/** The name a certificate gives its holder: the enterprise, shop or event of the form. */
function holderName(formData: Record<string, unknown>, fallback: string): string {
  const name = formData.companyName ?? formData.shopName ?? formData.performanceTitle;
  return typeof name === 'string' ? name : fallback;
}

export async function approvalWorkflow(input: ApprovalInput): Promise<CaseOutcome> {
  // Cases started before this patch accepted a supplement that left a correction unanswered.
  const kase = new CaseStepper({ ...input, supplementAnswersAll: patched('supplement-answers-every-correction') });
  // Cases started before this patch had no SLA timers: no warnings, no escalation.
  const slaTimers = patched('sla-timers');
  // Cases started before this patch went on to the certificate as soon as a decision closed
  // them, before its write was back; a write the database refused could then not reopen them.
  const closeOnceWritten = patched('close-once-written');
  // Cases started before this patch were collected at the hall: no choice, no delivery step.
  const licenceDelivery = patched('licence-delivery');
  const written = new WrittenState();
  let persistedVersion = 0;
  let writing = 0;

  const summary = (): CaseSummary => ({ applicationId: input.applicationId, status: kase.status });
  const now = () => new Date().toISOString();
  const fail = (problem: CaseProblem | null) => {
    if (problem) throw ApplicationFailure.create({ type: problem.type, message: problem.message, nonRetryable: true });
  };
  /** Tells the audit tools, replaying a recorded history, what the case became; live, nobody asks. */
  const observe = () => {
    if (workflowInfo().unsafe.isReplaying) {
      caseObserver.changed({ state: kase.state, status: kase.status, context: kase.context });
    }
  };
  const persist = async () => {
    observe();
    const record = caseRecord(
      kase.state,
      kase.context,
      kase.version,
      written.unwritten(kase.context),
      input.idempotencyKey,
    );
    writing += 1;
    try {
      await (patched('read-model-after-history') ? syncCase : syncCaseWithinTask)(record);
    } finally {
      writing -= 1;
    }
    persistedVersion = Math.max(persistedVersion, record.version);
    written.confirm(record);
  };
  /**
   * A change nobody waits on (a timer, a signal, the certificate) stays in the case even when
   * the read model refuses it: the next write that succeeds carries it, and reconcile shows it.
   */
  const persistOrReport = async () => {
    try {
      await persist();
    } catch (error) {
      const refused = refusedWrite(error);
      if (!refused) throw error;
      log.error('The read model refused a change of the case', { reason: refused.message });
    }
  };
  /** A decision whose write the database refuses for good is taken back, and its update fails. */
  const persistOrRevert = async (event: CaseEvent) => {
    try {
      await persist();
    } catch (error) {
      const refused = refusedWrite(error);
      if (!refused) throw error;
      kase.revert(event);
      observe();
      throw notStorable(refused);
    }
  };
  const task = (taskId: string) => kase.context.tasks.find((candidate) => candidate.id === taskId) as ReviewTask;

  setHandler(caseQuery, () => ({
    state: kase.state,
    status: kase.status,
    context: kase.context,
    version: kase.version,
    recorded: persistedVersion >= 1,
  }));
  let refusal: ApplicationFailure | undefined;
  setHandler(submittedUpdate, async () => {
    await condition(() => persistedVersion >= 1 || refusal !== undefined);
    if (refusal) throw notStorable(refusal);
    return summary();
  });
  /** A decision: checked in the validator, applied, and answered once the read model has it. */
  const onCaseEvent = <Ret, Arg>(
    update: UpdateDefinition<Ret, [Arg]>,
    toEvent: (arg: Arg) => CaseEvent,
    answer: (arg: Arg) => Ret,
  ) =>
    setHandler(
      update,
      async (arg: Arg) => {
        const event = toEvent(arg);
        fail(kase.apply(event));
        await persistOrRevert(event);
        return answer(arg);
      },
      { validator: (arg: Arg) => fail(kase.problem(toEvent(arg))) },
    );
  onCaseEvent(
    claimTaskUpdate,
    (claim) => ({ type: 'CLAIM', ...claim, at: now() }),
    (claim) => task(claim.taskId),
  );
  onCaseEvent(
    completeTaskUpdate,
    (decision) => ({ type: 'DECIDE', ...decision, at: now() }),
    (decision) => task(decision.taskId),
  );
  onCaseEvent(supplementUpdate, (supplement) => ({ type: 'SUPPLEMENT', ...supplement, at: now() }), summary);
  onCaseEvent(withdrawUpdate, (withdrawal) => ({ type: 'WITHDRAW', ...withdrawal, at: now() }), summary);
  onCaseEvent(extendDeadlineUpdate, (extension) => ({ type: 'EXTEND', ...extension, at: now() }), summary);
  onCaseEvent(
    reassignTaskUpdate,
    (reassignment) => ({ type: 'REASSIGN', ...reassignment, at: now() }),
    (reassignment) => task(reassignment.taskId),
  );
  /**
   * One timer at a time, for the next warning or deadline; a decision that moves it restarts
   * the timer, so nothing polls and a quiet case costs one pending timer.
   */
  const runSlaTimers = async (): Promise<void> => {
    while (!kase.closed) {
      const alarm = nextAlarm(kase.context);
      const moved = () => kase.closed || nextAlarm(kase.context) !== alarm;
      if (alarm === undefined) {
        await condition(moved);
        continue;
      }
      // A timer needs a positive duration; an alarm already past fires at once.
      if (!(await condition(moved, Math.max(1, Date.parse(alarm) - Date.now())))) {
        fail(kase.apply({ type: 'SLA_CHECK', at: now() }));
        await persistOrReport();
      }
    }
  };
  // A carrier's report may come before the booking's answer is in the history: it waits for it.
  let booking = true;
  if (licenceDelivery) {
    onCaseEvent(chooseDeliveryUpdate, (choice) => ({ type: 'CHOOSE_DELIVERY', ...choice, at: now() }), summary);
    setHandler(deliveryReportSignal, async (report) => {
      await condition(() => !booking);
      const problem = kase.apply({ type: 'DELIVERY_STATUS', ...report, at: now() });
      // A carrier repeats and reorders its reports: one that does not move the parcel on is dropped.
      if (problem) log.warn('A carrier report changed nothing', { reason: problem.message });
      else await persistOrReport();
    });
  } else {
    // Refused in the validator, so nothing enters the history: the case replays as it ran.
    const notOffered = (_choice: ChooseDeliveryInput): never => {
      throw ApplicationFailure.create({ ...DELIVERY_NOT_OFFERED, nonRetryable: true });
    };
    setHandler(chooseDeliveryUpdate, notOffered, { validator: notOffered });
  }
  /**
   * Books the waybill and follows the parcel. A refusal of the carrier sends the licence to the
   * hall's collection line instead of failing an issued case; a parcel with no ending report by
   * the deadline is marked overdue for the hall, and an ending report is still taken for one
   * more such period before the case's workflow ends.
   */
  const deliver = async (address: DeliveryAddress, certificateNumber: string) => {
    // Cases that booked before this patch failed at a refusal of the carrier.
    const refusalCollects = patched('delivery-refusal-collects');
    let waybill: string;
    try {
      waybill = await bookWaybill({ applicationId: input.applicationId, address, certificateNumber });
    } catch (error) {
      const refused = carrierRefusal(error);
      if (!refusalCollects || !refused) throw error;
      fail(kase.apply({ type: 'DELIVERY_REFUSED', reason: refused.message, at: now() }));
      booking = false;
      await persistOrReport();
      return;
    }
    fail(kase.apply({ type: 'WAYBILL_BOOKED', waybill, at: now() }));
    booking = false;
    await persistOrReport();
    const ended = () => deliveryEnded(kase.context.delivery);
    // Cases that waited before this patch waited for the carrier without a deadline; a case
    // submitted before the setting existed waits the default.
    const days = patched('delivery-deadline')
      ? (input.deliveryDeadlineDays ?? DEFAULT_DELIVERY_DEADLINE_DAYS)
      : undefined;
    if (days === undefined) return condition(ended);
    if (await condition(ended, days * DAY_MS)) return;
    fail(kase.apply({ type: 'DELIVERY_OVERDUE', at: now() }));
    await persistOrReport();
    await condition(ended, days * DAY_MS);
  };
  setHandler(calendarCorrectedSignal, async (correction) => {
    fail(kase.apply({ type: 'CALENDAR', ...correction, at: now() }));
    await persistOrReport();
  });

  try {
    await persist();
  } catch (error) {
    // Nothing of a case the read model cannot take is kept: the submission fails, and the same
    // idempotency key may start the case again with data it can store.
    refusal = refusedWrite(error);
    if (!refusal) throw error;
    await condition(allHandlersFinished);
    throw notStorable(refusal);
  }
  for (;;) {
    if (slaTimers) await runSlaTimers();
    else await condition(() => kase.closed);
    if (!closeOnceWritten) break;
    // A closing decision whose write is refused is taken back, and the case goes on.
    await condition(() => !kase.closed || writing === 0);
    if (kase.closed) break;
  }
  if (kase.state === 'approved') {
    const certificate = await issueCertificate({
      applicationId: input.applicationId,
      applicantId: input.applicantId,
      itemCode: input.item.code,
      kind: input.item.definition.issuance.certificate,
      holderName: holderName(kase.context.formData, input.applicantId),
    });
    fail(kase.apply({ type: 'ISSUED', certificate, at: now() }));
    await persistOrReport();
    const { delivery } = kase.context;
    if (licenceDelivery && delivery?.method === 'DELIVERY') await deliver(delivery.address!, certificate.number);
  }
  booking = false;
  await condition(allHandlersFinished);
  return { ...summary(), certificate: kase.context.certificate };
}
