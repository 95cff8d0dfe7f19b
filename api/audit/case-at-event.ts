import { optionalTsToDate } from '@temporalio/common/lib/time';
import type { temporal } from '@temporalio/proto';
import {
  calendarCorrectedSignal,
  caseEventOfSignal,
  caseEventOfUpdate,
  slaTimerEvent,
  type ApprovalInput,
  type CalendarCorrection,
} from '../../workflows/approval-workflow';
import type { CaseContext, CaseStatus, IssuedCertificate } from '../../workflows/process/case-model';
import type { CaseState } from '../../workflows/process/case-record';
import { CaseStepper } from '../../workflows/process/case-stepper';
import { decodePayloads } from './history-events';

export interface CaseAtEvent {
  eventId: number;
  state: CaseState;
  status: CaseStatus;
  context: CaseContext;
}

type UpdateName = keyof typeof caseEventOfUpdate;

/**
 * The case as it stood once event `eventId` had happened: the recorded inputs (start, accepted
 * updates, calendar signals, SLA timers firing, the certificate activity's result) stepped
 * through the same machine the workflow runs. Times are the events' times, which the
 * workflow's own clock matches to the task.
 */
export function caseAtEvent(history: temporal.api.history.v1.IHistory, eventId: number): CaseAtEvent | undefined {
  let kase: CaseStepper | undefined;
  let last = 0;
  const activityNames = new Map<number, string>();
  for (const event of history.events ?? []) {
    const id = Number(event.eventId);
    if (id > eventId) break;
    last = id;
    const at = (optionalTsToDate(event.eventTime) ?? new Date(0)).toISOString();
    const started = event.workflowExecutionStartedEventAttributes;
    if (started) kase = new CaseStepper(decodePayloads(started.input)[0] as ApprovalInput);
    const update = event.workflowExecutionUpdateAcceptedEventAttributes?.acceptedRequest?.input;
    if (kase && update?.name && update.name in caseEventOfUpdate) {
      const toEvent = caseEventOfUpdate[update.name as UpdateName] as (
        arg: unknown,
        at: string,
      ) => ReturnType<typeof caseEventOfUpdate.claimTask>;
      kase.apply(toEvent(decodePayloads(update.args)[0], at));
    }
    const signal = event.workflowExecutionSignaledEventAttributes;
    if (kase && signal?.signalName === calendarCorrectedSignal.name) {
      kase.apply(caseEventOfSignal.calendarCorrected(decodePayloads(signal.input)[0] as CalendarCorrection, at));
    }
    // The workflow's only timers are its SLA alarms.
    if (kase && event.timerFiredEventAttributes) kase.apply(slaTimerEvent(at));
    const scheduled = event.activityTaskScheduledEventAttributes;
    if (scheduled) activityNames.set(id, scheduled.activityType?.name ?? '');
    const done = event.activityTaskCompletedEventAttributes;
    if (kase && done && activityNames.get(Number(done.scheduledEventId)) === 'issueCertificate') {
      kase.apply({ type: 'ISSUED', certificate: decodePayloads(done.result)[0] as IssuedCertificate, at });
    }
  }
  if (!kase) return undefined;
  return { eventId: last, state: kase.state, status: kase.status, context: kase.context };
}
