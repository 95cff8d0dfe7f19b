import { assign, setup } from 'xstate';
import type { AttachedDocument, CaseContext, ItemSnapshot } from './case-model';
import type { CaseEvent } from './case-events';
import type { WorkCalendar } from './calendar';
import {
  cancelOpenTasks,
  claim,
  decide,
  isLastStage,
  stageApproved,
  startStage,
  supplement,
  withTimeline,
} from './case-steps';
import { bookWaybill, chooseDelivery, markOverdue, refuseDelivery, reportDelivery } from './delivery-steps';
import { extend, pauseClock, reassign, recalendar, resumeClock, slaCheck } from './sla-steps';

export interface CaseInput {
  applicationId: string;
  applicantId: string;
  item: ItemSnapshot;
  formData: Record<string, unknown>;
  /** Absent in cases submitted before documents were shared. */
  documents?: AttachedDocument[];
  submittedAt: string;
  supplementAnswersAll?: boolean;
  /** Absent in cases submitted before the PRC calendar: they count Monday to Friday. */
  calendar?: WorkCalendar;
}

type DecideEvent = Extract<CaseEvent, { type: 'DECIDE' }>;

/**
 * The life of one case as an XState machine, stepped by the workflow with pure transitions
 * (no actors, no timers). Whether an event may happen is `CaseStepper.problem`'s to say, before
 * the machine sees it; guards here only choose where an allowed event leads.
 */
export const caseMachine = setup({
  types: { context: {} as CaseContext, events: {} as CaseEvent, input: {} as CaseInput },
  guards: {
    decided: ({ event }, decision: DecideEvent['decision']) => event.type === 'DECIDE' && event.decision === decision,
    stillOpen: ({ context }) => !context.decidedAt && !context.closedAt,
    stageDone: ({ context }) => stageApproved(context) && !isLastStage(context),
    allApproved: ({ context }) => stageApproved(context) && isLastStage(context),
  },
  actions: {
    claim: assign(({ context, event }) => (event.type === 'CLAIM' ? claim(context, event) : context)),
    decide: assign(({ context, event }) => (event.type === 'DECIDE' ? decide(context, event) : context)),
    nextStage: assign(({ context }) => {
      const at = lastEventTime(context);
      const left =
        context.stageIndex === 0
          ? withTimeline(startClock(context, at), { at, action: 'ACCEPTED' })
          : resumeClock(context, at, 'EXCLUDED_STAGE');
      const next = startStage(left, context.stageIndex + 1, at);
      const excluded = next.item.definition.stages[next.stageIndex].excludedFromLimit;
      return excluded ? pauseClock(next, 'EXCLUDED_STAGE', at) : next;
    }),
    markApproved: assign(({ context }) => {
      const at = lastEventTime(context);
      return withTimeline({ ...resumeClock(context, at), decidedAt: at }, { at, action: 'APPROVED' });
    }),
    reject: assign(({ context, event }) => {
      const at = 'at' in event ? event.at : lastEventTime(context);
      return withTimeline(
        { ...cancelOpenTasks(resumeClock(context, at), at), decidedAt: at },
        { at, action: 'REJECTED' },
      );
    }),
    requestCorrection: assign(({ context, event }) => {
      const at = 'at' in event ? event.at : lastEventTime(context);
      return pauseClock(context, 'CORRECTION', at);
    }),
    supplement: assign(({ context, event }) =>
      event.type === 'SUPPLEMENT' ? supplement(resumeClock(context, event.at, 'CORRECTION'), event) : context,
    ),
    slaCheck: assign(({ context, event }) => (event.type === 'SLA_CHECK' ? slaCheck(context, event) : context)),
    extend: assign(({ context, event }) => (event.type === 'EXTEND' ? extend(context, event) : context)),
    reassign: assign(({ context, event }) => (event.type === 'REASSIGN' ? reassign(context, event) : context)),
    recalendar: assign(({ context, event }) => (event.type === 'CALENDAR' ? recalendar(context, event) : context)),
    withdraw: assign(({ context, event }) => {
      if (event.type !== 'WITHDRAW') return context;
      return withTimeline(
        { ...cancelOpenTasks(resumeClock(context, event.at), event.at), closedAt: event.at },
        { at: event.at, actor: event.actor.sub, action: 'WITHDRAWN', detail: event.reason },
      );
    }),
    chooseDelivery: assign(({ context, event }) =>
      event.type === 'CHOOSE_DELIVERY' ? chooseDelivery(context, event) : context,
    ),
    bookWaybill: assign(({ context, event }) =>
      event.type === 'WAYBILL_BOOKED' ? bookWaybill(context, event) : context,
    ),
    reportDelivery: assign(({ context, event }) =>
      event.type === 'DELIVERY_STATUS' ? reportDelivery(context, event) : context,
    ),
    refuseDelivery: assign(({ context, event }) =>
      event.type === 'DELIVERY_REFUSED' ? refuseDelivery(context, event) : context,
    ),
    markOverdue: assign(({ context, event }) =>
      event.type === 'DELIVERY_OVERDUE' ? markOverdue(context, event) : context,
    ),
    issue: assign(({ context, event }) => {
      if (event.type !== 'ISSUED') return context;
      const { certificate } = event;
      return withTimeline(
        { ...context, certificate },
        {
          at: event.at,
          action: 'CERTIFICATE_ISSUED',
          detail: `${certificate.kind} ${certificate.number}${certificate.uscc ? ` USCC ${certificate.uscc}` : ''}`,
        },
      );
    }),
  },
}).createMachine({
  id: 'case',
  context: ({ input }) =>
    startStage(
      withTimeline(
        {
          ...input,
          documents: (input.documents ?? []).map((document) => ({
            ...document,
            version: 1,
            attachedAt: input.submittedAt,
          })),
          stageIndex: 0,
          tasks: [],
          openCorrections: [],
          correctionNotices: [],
          clock: { pausedWorkingDays: 0 },
          supplementAnswersAll: input.supplementAnswersAll ?? false,
          timeline: [],
        },
        {
          at: input.submittedAt,
          actor: input.applicantId,
          action: 'SUBMITTED',
          detail: `${input.item.code} v${input.item.version}`,
        },
      ),
      0,
      input.submittedAt,
    ),
  initial: 'review',
  // Clocks run until the case is decided or closed; the steps check which it is.
  on: {
    SLA_CHECK: { actions: 'slaCheck' },
    EXTEND: { actions: 'extend' },
    REASSIGN: { actions: 'reassign' },
    CALENDAR: { guard: 'stillOpen', actions: 'recalendar' },
    CHOOSE_DELIVERY: { actions: 'chooseDelivery' },
  },
  states: {
    review: {
      always: [
        { guard: 'allApproved', target: 'approved', actions: 'markApproved' },
        { guard: 'stageDone', actions: 'nextStage' },
      ],
      on: {
        CLAIM: { actions: 'claim' },
        DECIDE: [
          { guard: { type: 'decided', params: 'APPROVE' }, actions: 'decide' },
          { guard: { type: 'decided', params: 'REJECT' }, target: 'rejected', actions: ['decide', 'reject'] },
          {
            guard: { type: 'decided', params: 'REQUEST_CORRECTION' },
            target: 'correction',
            actions: ['decide', 'requestCorrection'],
          },
        ],
        WITHDRAW: { target: 'withdrawn', actions: 'withdraw' },
      },
    },
    correction: {
      on: {
        CLAIM: { actions: 'claim' },
        DECIDE: [
          { guard: { type: 'decided', params: 'APPROVE' }, actions: 'decide' },
          { guard: { type: 'decided', params: 'REJECT' }, target: 'rejected', actions: ['decide', 'reject'] },
          { guard: { type: 'decided', params: 'REQUEST_CORRECTION' }, actions: 'decide' },
        ],
        SUPPLEMENT: { target: 'review', actions: 'supplement' },
        WITHDRAW: { target: 'withdrawn', actions: 'withdraw' },
      },
    },
    approved: { on: { ISSUED: { target: 'issued', actions: 'issue' } } },
    // Not final: the licence may still travel to the applicant after it is issued.
    issued: {
      on: {
        WAYBILL_BOOKED: { actions: 'bookWaybill' },
        DELIVERY_STATUS: { actions: 'reportDelivery' },
        DELIVERY_REFUSED: { actions: 'refuseDelivery' },
        DELIVERY_OVERDUE: { actions: 'markOverdue' },
      },
    },
    rejected: { type: 'final' },
    withdrawn: { type: 'final' },
  },
});

function lastEventTime(context: CaseContext): string {
  return context.timeline[context.timeline.length - 1].at;
}

function startClock(context: CaseContext, at: string): CaseContext {
  return { ...context, clock: { ...context.clock, startedAt: at } };
}
