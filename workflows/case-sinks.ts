import type { Sinks } from '@temporalio/workflow';
import type { LiveCase } from './approval-contract';

/** The case as the workflow holds it, without its bookkeeping of writes. */
export type ObservedCase = Omit<LiveCase, 'version' | 'recorded'>;

/**
 * What the approval workflow reports through sinks. `caseObserver.changed` tells the audit
 * tools the case after each change while they replay a recorded history; the live worker
 * ignores it. Sink calls are not part of the history, so adding one needs no patch.
 */
export interface CaseSinks extends Sinks {
  caseObserver: {
    changed(state: ObservedCase): void;
  };
}
