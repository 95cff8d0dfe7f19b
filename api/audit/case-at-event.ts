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
import type { CaseEvent } from '../../workflows/process/case-events';
import type { CaseContext, CaseStatus, IssuedCertificate } from '../../workflows/process/case-model';
import type { CaseState } from '../../workflows/process/case-record';
import { NOT_STORABLE } from '../../workflows/process/case-rules';
import { CaseStepper } from '../../workflows/process/case-stepper';
import { nextAlarm } from '../../workflows/process/sla-steps';
import { decodePayloads } from './history-events';

export interface CaseAtEvent {
  eventId: number;
  state: CaseState;
  status: CaseStatus;
  context: CaseContext;
}

type UpdateName = keyof typeof caseEventOfUpdate;
type HistoryEvent = temporal.api.history.v1.IHistoryEvent;

const timeOf = (event: HistoryEvent) => (optionalTsToDate(event.eventTime) ?? new Date(0)).toISOString();

/** Updates the workflow took back because the read model refused their change. */
function refusedUpdates(events: HistoryEvent[]): Set<string> {
  const refused = new Set<string>();
  for (const event of events) {
    const completed = event.workflowExecutionUpdateCompletedEventAttributes;
    if (completed?.outcome?.failure?.applicationFailureInfo?.type === NOT_STORABLE && completed.meta?.updateId) {
      refused.add(completed.meta.updateId);
    }
  }
  return refused;
}

function updateEvent(event: HistoryEvent, at: string, refused: Set<string>): CaseEvent | undefined {
  const request = event.workflowExecutionUpdateAcceptedEventAttributes?.acceptedRequest;
  const update = request?.input;
  if (!update?.name || !(update.name in caseEventOfUpdate)) return undefined;
  if (refused.has(request?.meta?.updateId ?? '')) return undefined;
  const toEvent = caseEventOfUpdate[update.name as UpdateName] as (arg: unknown, at: string) => CaseEvent;
  return toEvent(decodePayloads(update.args)[0], at);
}

/**
 * The updates a workflow task delivered, if it completed: they are recorded after its
 * completion, before the next task starts. A task that failed delivered nothing; its inputs
 * come again with the next.
 */
function deliveredUpdates(events: HistoryEvent[], startedIndex: number): HistoryEvent[] | undefined {
  let completed = false;
  const updates: HistoryEvent[] = [];
  for (const event of events.slice(startedIndex + 1)) {
    if (event.workflowTaskStartedEventAttributes) break;
    if (event.workflowTaskCompletedEventAttributes) completed = true;
    if (event.workflowExecutionUpdateAcceptedEventAttributes) updates.push(event);
  }
  return completed ? updates : undefined;
}

/**
 * The case as it stood once event `eventId` had happened: the recorded inputs stepped through
 * the same machine the workflow runs, one workflow task at a time and in the workflow's order:
 * signals and updates first, then what awaited a timer (an SLA check, which the workflow skips
 * when an update of the same task moved the alarm) or the certificate activity. Every input
 * takes its task's start time, which is the workflow's own clock.
 */
export function caseAtEvent(history: temporal.api.history.v1.IHistory, eventId: number): CaseAtEvent | undefined {
  const events = (history.events ?? []).filter((event) => Number(event.eventId) <= eventId);
  const refused = refusedUpdates(history.events ?? []);
  let kase: CaseStepper | undefined;
  const activityNames = new Map<number, string>();
  let signals: HistoryEvent[] = [];
  let armedFor: string | undefined;
  let firedFor: string | undefined;
  let certificate: IssuedCertificate | undefined;
  for (const [index, event] of events.entries()) {
    const started = event.workflowExecutionStartedEventAttributes;
    if (started) kase = new CaseStepper(decodePayloads(started.input)[0] as ApprovalInput);
    if (!kase) continue;
    if (event.workflowExecutionSignaledEventAttributes?.signalName === calendarCorrectedSignal.name)
      signals.push(event);
    // The workflow's only timers are its SLA alarms, armed for the case's next alarm as it stood.
    if (event.timerStartedEventAttributes) armedFor = nextAlarm(kase.context);
    if (event.timerFiredEventAttributes) firedFor = armedFor;
    const scheduled = event.activityTaskScheduledEventAttributes;
    if (scheduled) activityNames.set(Number(event.eventId), scheduled.activityType?.name ?? '');
    const done = event.activityTaskCompletedEventAttributes;
    if (done && activityNames.get(Number(done.scheduledEventId)) === 'issueCertificate') {
      certificate = decodePayloads(done.result)[0] as IssuedCertificate;
    }
    if (!event.workflowTaskStartedEventAttributes) continue;
    const updates = deliveredUpdates(events, index);
    if (!updates) continue;
    const at = timeOf(event);
    for (const signal of signals) {
      const correction = decodePayloads(
        signal.workflowExecutionSignaledEventAttributes!.input,
      )[0] as CalendarCorrection;
      kase.apply(caseEventOfSignal.calendarCorrected(correction, at));
    }
    for (const update of updates) {
      const caseEvent = updateEvent(update, at, refused);
      if (caseEvent) kase.apply(caseEvent);
    }
    if (firedFor !== undefined && !kase.closed && nextAlarm(kase.context) === firedFor) kase.apply(slaTimerEvent(at));
    if (certificate) kase.apply({ type: 'ISSUED', certificate, at });
    [signals, firedFor, certificate] = [[], undefined, undefined];
  }
  if (!kase) return undefined;
  const last = events.at(-1);
  return { eventId: Number(last?.eventId ?? 0), state: kase.state, status: kase.status, context: kase.context };
}
