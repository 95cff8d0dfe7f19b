import type { temporal } from '@temporalio/proto';
import { Worker } from '@temporalio/worker';
import type { ObservedCase } from '../workflows/case-sinks';
import { workflowBundle } from './replay';

type History = temporal.api.history.v1.IHistory;

export interface CaseAtEvent extends ObservedCase {
  /** The last event of the history at or before the one asked for. */
  eventId: number;
}

/** The case after each workflow task, keyed by the task's started event. */
interface Step {
  taskStartedEventId: number;
  state: ObservedCase;
}

/**
 * Replays a recorded history with the real workflow code, collecting the case as the workflow
 * holds it after every workflow task (the workflow reports it through a sink during replay).
 * The replay converts the history's fields in place: give it one that is used for nothing else.
 */
async function replaySteps(history: History, workflowId: string): Promise<Step[]> {
  const steps: Step[] = [];
  const sinks: Parameters<typeof Worker.runReplayHistory>[0]['sinks'] = {
    caseObserver: {
      changed: {
        fn: (info, state: ObservedCase) => {
          const step = { taskStartedEventId: info.historyLength, state };
          // Several changes in one workflow task: the last one is what the task left.
          if (steps.at(-1)?.taskStartedEventId === step.taskStartedEventId) steps[steps.length - 1] = step;
          else steps.push(step);
        },
        callDuringReplay: true,
      },
    },
  };
  await Worker.runReplayHistory(
    { workflowBundle: await workflowBundle(), replayName: 'lianban-audit', sinks },
    history,
    workflowId,
  );
  return steps;
}

/**
 * The case as it stood once event `eventId` had happened: what the last workflow task completed
 * by then had made of it. The workflow itself is the interpreter; nothing here re-implements it.
 */
export async function caseAtEvent(
  history: History,
  eventId: number,
  workflowId: string,
): Promise<CaseAtEvent | undefined> {
  const events = (history.events ?? []).filter((event) => Number(event.eventId) <= eventId);
  const last = events.at(-1);
  if (!last) return undefined;
  const steps = await replaySteps(history, workflowId);
  // A task's changes are history from its completion, the event after its start; before its
  // first task a case is what was submitted, which that task only records.
  const step = steps.filter((candidate) => candidate.taskStartedEventId < Number(last.eventId)).at(-1) ?? steps[0];
  return step ? { ...step.state, eventId: Number(last.eventId) } : undefined;
}
