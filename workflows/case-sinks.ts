import type { Sinks } from '@temporalio/workflow';
import type { LiveCase } from './approval-contract';

/**
 * What the approval workflow reports through sinks. `caseObserver.changed` tells the audit
 * tools the case after each change while they replay a recorded history; the live worker
 * ignores it. Sink calls are not part of the history, so adding one needs no patch.
 */
export interface CaseSinks extends Sinks {
  caseObserver: {
    changed(state: Omit<LiveCase, 'version' | 'recorded'>): void;
  };
}
