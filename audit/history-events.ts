import { defaultPayloadConverter } from '@temporalio/common';
import { optionalTsToDate } from '@temporalio/common/lib/time';
import { temporal } from '@temporalio/proto';

type History = temporal.api.history.v1.IHistory;
type HistoryEvent = temporal.api.history.v1.IHistoryEvent;
type Payloads = temporal.api.common.v1.IPayloads | null | undefined;

/** One event of a case's Temporal history, decoded for people: who did what, with which inputs. */
export interface HistoryEntry {
  eventId: number;
  at: Date;
  type: string;
  actor?: string;
  action: string;
  inputs?: unknown;
}

function decodePayloads(payloads: Payloads): unknown[] {
  return (payloads?.payloads ?? []).map((payload) => defaultPayloadConverter.fromPayload(payload));
}

function actorOf(args: unknown[]): string | undefined {
  const first = args[0] as { actor?: { sub?: string } } | undefined;
  return first?.actor?.sub;
}

export function eventTypeName(event: HistoryEvent): string {
  return (temporal.api.enums.v1.EventType[event.eventType ?? 0] ?? 'UNKNOWN').replace(/^EVENT_TYPE_/, '');
}

/** Workflow-task bookkeeping says nothing about the case; people skip it. */
const BOOKKEEPING = new Set([
  'WORKFLOW_TASK_SCHEDULED',
  'WORKFLOW_TASK_STARTED',
  'WORKFLOW_TASK_COMPLETED',
  'ACTIVITY_TASK_STARTED',
]);

function historyEntry(event: HistoryEvent, activityNames: Map<number, string>): HistoryEntry | undefined {
  const type = eventTypeName(event);
  if (BOOKKEEPING.has(type)) return undefined;
  const base = { eventId: Number(event.eventId), at: optionalTsToDate(event.eventTime) ?? new Date(0), type };
  const started = event.workflowExecutionStartedEventAttributes;
  if (started) {
    const [input] = decodePayloads(started.input) as Array<{
      applicantId?: string;
      item?: { code: string; version: number };
    }>;
    return {
      ...base,
      actor: input?.applicantId,
      action: `submitted ${input?.item?.code} v${input?.item?.version}`,
      inputs: input,
    };
  }
  const accepted = event.workflowExecutionUpdateAcceptedEventAttributes?.acceptedRequest?.input;
  if (accepted) {
    const args = decodePayloads(accepted.args);
    return { ...base, actor: actorOf(args), action: accepted.name ?? 'update', inputs: args[0] };
  }
  const completed = event.workflowExecutionUpdateCompletedEventAttributes?.outcome;
  if (completed) {
    return completed.failure
      ? { ...base, action: `update refused: ${completed.failure.message}` }
      : { ...base, action: 'update answered', inputs: decodePayloads(completed.success)[0] };
  }
  const scheduled = event.activityTaskScheduledEventAttributes;
  if (scheduled) {
    activityNames.set(Number(event.eventId), scheduled.activityType?.name ?? 'activity');
    return { ...base, action: `${scheduled.activityType?.name} scheduled`, inputs: decodePayloads(scheduled.input)[0] };
  }
  const activityDone = event.activityTaskCompletedEventAttributes;
  if (activityDone) {
    const name = activityNames.get(Number(activityDone.scheduledEventId)) ?? 'activity';
    return { ...base, action: `${name} completed`, inputs: decodePayloads(activityDone.result)[0] };
  }
  if (event.markerRecordedEventAttributes?.markerName === 'core_local_activity') {
    return { ...base, action: 'read model written' };
  }
  const finished = event.workflowExecutionCompletedEventAttributes;
  if (finished) return { ...base, action: 'case closed', inputs: decodePayloads(finished.result)[0] };
  return { ...base, action: type.toLowerCase().replace(/_/g, ' ') };
}

/** The history as auditors read it, bookkeeping left out. */
export function readableHistory(history: History): HistoryEntry[] {
  const activityNames = new Map<number, string>();
  return (history.events ?? []).flatMap((event) => historyEntry(event, activityNames) ?? []);
}
