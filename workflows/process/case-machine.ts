import { assign, setup } from 'xstate';
import type { AttachedDocument, CaseContext, ItemSnapshot } from './case-model';
import type { CaseEvent } from './case-events';
import { checkClaim, checkDecide, checkSupplement, checkWithdraw } from './case-rules';
import {
  cancelOpenTasks,
  claim,
  decide,
  isLastStage,
  pauseClock,
  resumeClock,
  stageApproved,
  startStage,
  supplement,
  withTimeline,
} from './case-steps';

export interface CaseInput {
  applicationId: string;
  applicantId: string;
  item: ItemSnapshot;
  formData: Record<string, unknown>;
  /** Absent in cases submitted before documents were shared. */
  documents?: AttachedDocument[];
  submittedAt: string;
  supplementAnswersAll?: boolean;
}

type DecideEvent = Extract<CaseEvent, { type: 'DECIDE' }>;

/**
 * The life of one case as an XState machine, stepped by the workflow with pure transitions
 * (no actors, no timers). Guards reuse the rules the update validators report, so "may this
 * happen" has a single answer.
 */
export const caseMachine = setup({
  types: { context: {} as CaseContext, events: {} as CaseEvent, input: {} as CaseInput },
  guards: {
    canClaim: ({ context, event }) => event.type === 'CLAIM' && checkClaim(context, event) === null,
    canDecide: ({ context, event }, decision: DecideEvent['decision']) =>
      event.type === 'DECIDE' && event.decision === decision && checkDecide(context, event) === null,
    canSupplement: ({ context, event }) =>
      event.type === 'SUPPLEMENT' && checkSupplement(context, true, event) === null,
    canWithdraw: ({ context, event }) => event.type === 'WITHDRAW' && checkWithdraw(context, true, event) === null,
    stageDone: ({ context }) => stageApproved(context) && !isLastStage(context),
    allApproved: ({ context }) => stageApproved(context) && isLastStage(context),
  },
  actions: {
    claim: assign(({ context, event }) => (event.type === 'CLAIM' ? claim(context, event) : context)),
    decide: assign(({ context, event }) => (event.type === 'DECIDE' ? decide(context, event) : context)),
    nextStage: assign(({ context }) => {
      const at = lastEventTime(context);
      const started =
        context.stageIndex === 0 ? withTimeline(startClock(context, at), { at, action: 'ACCEPTED' }) : context;
      return startStage(started, context.stageIndex + 1, at);
    }),
    markApproved: assign(({ context }) => {
      const at = lastEventTime(context);
      return withTimeline({ ...context, decidedAt: at }, { at, action: 'APPROVED' });
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
      return pauseClock(context, at);
    }),
    supplement: assign(({ context, event }) =>
      event.type === 'SUPPLEMENT' ? supplement(resumeClock(context, event.at), event) : context,
    ),
    withdraw: assign(({ context, event }) => {
      if (event.type !== 'WITHDRAW') return context;
      return withTimeline(
        { ...cancelOpenTasks(resumeClock(context, event.at), event.at), closedAt: event.at },
        { at: event.at, actor: event.actor.sub, action: 'WITHDRAWN', detail: event.reason },
      );
    }),
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
  states: {
    review: {
      always: [
        { guard: 'allApproved', target: 'approved', actions: 'markApproved' },
        { guard: 'stageDone', actions: 'nextStage' },
      ],
      on: {
        CLAIM: { guard: 'canClaim', actions: 'claim' },
        DECIDE: [
          { guard: { type: 'canDecide', params: 'APPROVE' }, actions: 'decide' },
          { guard: { type: 'canDecide', params: 'REJECT' }, target: 'rejected', actions: ['decide', 'reject'] },
          {
            guard: { type: 'canDecide', params: 'REQUEST_CORRECTION' },
            target: 'correction',
            actions: ['decide', 'requestCorrection'],
          },
        ],
        WITHDRAW: { guard: 'canWithdraw', target: 'withdrawn', actions: 'withdraw' },
      },
    },
    correction: {
      on: {
        CLAIM: { guard: 'canClaim', actions: 'claim' },
        DECIDE: [
          { guard: { type: 'canDecide', params: 'APPROVE' }, actions: 'decide' },
          { guard: { type: 'canDecide', params: 'REJECT' }, target: 'rejected', actions: ['decide', 'reject'] },
          { guard: { type: 'canDecide', params: 'REQUEST_CORRECTION' }, actions: 'decide' },
        ],
        SUPPLEMENT: { guard: 'canSupplement', target: 'review', actions: 'supplement' },
        WITHDRAW: { guard: 'canWithdraw', target: 'withdrawn', actions: 'withdraw' },
      },
    },
    approved: { on: { ISSUED: { target: 'issued', actions: 'issue' } } },
    issued: { type: 'final' },
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
