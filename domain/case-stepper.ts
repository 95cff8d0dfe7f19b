import { initialTransition, transition, type SnapshotFrom } from 'xstate';
import type { CaseEvent } from './case-events';
import { caseMachine, type CaseInput } from './case-machine';
import type { CaseContext, CaseStatus } from './case-model';
import { deliveryEnded } from './delivery';
import { caseStatus, type CaseState } from './case-record';
import {
  checkChooseDelivery,
  checkClaim,
  checkDeliveryStatus,
  checkDecide,
  checkExtend,
  checkReassign,
  checkSupplement,
  checkWithdraw,
  type CaseProblem,
} from './case-rules';

export const CLOSED_STATES: CaseState[] = ['approved', 'issued', 'rejected', 'withdrawn'];

/**
 * A case stepped through its machine one event at a time, by the workflow (live, and in the
 * audit tools' replays of its history). `problem` is the one gate: every event passes it first.
 */
export class CaseStepper {
  private snapshot: SnapshotFrom<typeof caseMachine>;
  private applied: CaseEvent[] = [];
  /** Counts changes: orders the read-model writes, so it only ever grows. */
  version = 1;

  constructor(private readonly input: CaseInput) {
    [this.snapshot] = initialTransition(caseMachine, input);
  }

  get state(): CaseState {
    return this.snapshot.value;
  }

  get context(): CaseContext {
    return this.snapshot.context;
  }

  get status(): CaseStatus {
    return caseStatus(this.state, this.context);
  }

  get closed(): boolean {
    return CLOSED_STATES.includes(this.state);
  }

  /** Why the event may not happen now, or null if it may. */
  problem(event: CaseEvent): CaseProblem | null {
    switch (event.type) {
      case 'CLAIM':
        return checkClaim(this.context, event);
      case 'DECIDE':
        return checkDecide(this.context, event);
      case 'SUPPLEMENT':
        return checkSupplement(this.context, this.state === 'correction', event);
      case 'WITHDRAW':
        return checkWithdraw(this.context, !this.closed, event);
      case 'ISSUED':
        return this.state === 'approved' ? null : { type: 'CASE_CLOSED', message: 'Only an approved case is issued' };
      case 'EXTEND':
        return checkExtend(this.context, !this.closed, event);
      case 'REASSIGN':
        return this.closed
          ? { type: 'CASE_CLOSED', message: 'The case is closed' }
          : checkReassign(this.context, event);
      case 'CHOOSE_DELIVERY':
        return checkChooseDelivery(this.context, ['review', 'correction', 'approved'].includes(this.state), event);
      case 'WAYBILL_BOOKED':
        return this.state === 'issued' && this.context.delivery?.method === 'DELIVERY' && !this.context.delivery.waybill
          ? null
          : { type: 'NOT_ALLOWED', message: 'Only an issued licence to be delivered gets one waybill' };
      case 'DELIVERY_REFUSED':
        return this.state === 'issued' && this.context.delivery?.status === 'CHOSEN'
          ? null
          : { type: 'NOT_ALLOWED', message: 'Only a booking not yet made can be refused' };
      case 'DELIVERY_OVERDUE':
        return this.state === 'issued' && this.context.delivery?.waybill && !deliveryEnded(this.context.delivery)
          ? null
          : { type: 'NOT_ALLOWED', message: 'Only a parcel on its way can be overdue' };
      case 'DELIVERY_STATUS':
        return this.state === 'issued'
          ? checkDeliveryStatus(this.context, event)
          : { type: 'NOT_ALLOWED', message: 'Nothing is on its way before the licence is issued' };
      case 'SLA_CHECK':
      case 'CALENDAR':
        return null;
    }
  }

  /** Applies an event that `problem` allows; returns the problem instead if it does not. */
  apply(event: CaseEvent): CaseProblem | null {
    const problem = this.problem(event);
    if (problem) return problem;
    [this.snapshot] = transition(caseMachine, this.snapshot, event);
    this.applied.push(event);
    this.version += 1;
    return null;
  }

  /**
   * Takes back an applied event that could not be recorded: the case is stepped again from its
   * start through every other event, as if that one had never come. Events that needed it fall
   * away with it.
   */
  revert(event: CaseEvent): void {
    const others = this.applied.filter((applied) => applied !== event);
    const version = this.version;
    [this.snapshot] = initialTransition(caseMachine, this.input);
    this.applied = [];
    for (const other of others) this.apply(other);
    this.version = version + 1;
  }
}
