import type { temporal } from '@temporalio/proto';
import { bundleWorkflowCode, DefaultLogger, Worker, type InjectedSinks, type WorkflowBundle } from '@temporalio/worker';
import type { CaseSinks } from '../workflows/case-sinks';
import { DeterminismViolationError } from '@temporalio/workflow';
import { eventTypeName } from './history-events';

type History = temporal.api.history.v1.IHistory;

export interface ReplayReport {
  reproduces: boolean;
  events: number;
  /** The first event the current code does not reproduce. */
  divergedAtEventId?: number;
  divergedAtEventType?: string;
  message?: string;
}

/** The workflow reports the case to audit replays; a worker or replay that has no use for it ignores it. */
export const ignoredCaseSinks: InjectedSinks<CaseSinks> = { caseObserver: { changed: { fn: () => undefined } } };

const bundles = new Map<string, Promise<WorkflowBundle>>();

/** The workflow code as the worker runs it, bundled once per process (it takes a second or two). */
export function workflowBundle(workflowsPath = require.resolve('../workflows')): Promise<WorkflowBundle> {
  let bundle = bundles.get(workflowsPath);
  if (!bundle) {
    bundle = bundleWorkflowCode({ workflowsPath, logger: new DefaultLogger('WARN') });
    bundles.set(workflowsPath, bundle);
  }
  return bundle;
}

async function replays(bundle: WorkflowBundle, history: History, workflowId: string): Promise<Error | undefined> {
  try {
    await Worker.runReplayHistory(
      { workflowBundle: bundle, replayName: 'lianban-replay', sinks: ignoredCaseSinks },
      history,
      workflowId,
    );
    return undefined;
  } catch (error) {
    if (error instanceof DeterminismViolationError) return error;
    throw error;
  }
}

/**
 * Replays a recorded case against the current workflow code. When it does not reproduce, the
 * shortest failing prefix of the history names the first event where the code diverges.
 */
export async function replayHistory(
  history: History,
  workflowId: string,
  workflowsPath?: string,
): Promise<ReplayReport> {
  const bundle = await workflowBundle(workflowsPath);
  const events = history.events ?? [];
  const failure = await replays(bundle, history, workflowId);
  if (!failure) return { reproduces: true, events: events.length };
  let good = 0;
  let bad = events.length;
  while (bad - good > 1) {
    const middle = Math.floor((good + bad) / 2);
    if (await replays(bundle, { events: events.slice(0, middle) }, workflowId)) bad = middle;
    else good = middle;
  }
  const diverged = events[bad - 1];
  return {
    reproduces: false,
    events: events.length,
    divergedAtEventId: Number(diverged.eventId),
    divergedAtEventType: eventTypeName(diverged),
    message: failure.message,
  };
}
