import { conditionHolds } from './conditions';
import {
  UNFINISHED_TASK_STATUSES,
  type AttachedDocument,
  type CaseContext,
  type CaseDocument,
  type CorrectionRequest,
  type ReviewTask,
  type TimelineEntry,
} from './case-model';
import type { CaseEvent } from './case-events';
import type { AgencyCode } from './definition';
import { calendarOf } from './sla';
import { deadlineAfter } from './working-time';

/** Pure updates of a case; the machine decides when each applies. */

type EventOf<T extends CaseEvent['type']> = Extract<CaseEvent, { type: T }>;

export function taskId(applicationId: string, agency: AgencyCode, round: number): string {
  return `${applicationId}-${agency}-${round}`;
}

/** A task someone may still work: not completed, not cancelled. */
export const isOpenTask = (task: ReviewTask) => UNFINISHED_TASK_STATUSES.includes(task.status);

export function withTimeline(context: CaseContext, entry: Omit<TimelineEntry, 'seq'>): CaseContext {
  return { ...context, timeline: [...context.timeline, { seq: context.timeline.length + 1, ...entry }] };
}

export function updateTask(context: CaseContext, id: string, change: Partial<ReviewTask>): CaseContext {
  return { ...context, tasks: context.tasks.map((task) => (task.id === id ? { ...task, ...change } : task)) };
}

function newTask(context: CaseContext, agency: AgencyCode, at: string): ReviewTask {
  const round = context.tasks.filter((task) => task.agency === agency).length + 1;
  return {
    id: taskId(context.applicationId, agency, round),
    agency,
    stage: context.item.definition.stages[context.stageIndex].name,
    round,
    status: 'OPEN',
    createdAt: at,
    dueAt: deadlineAfter(calendarOf(context), new Date(at), context.item.promisedDays).toISOString(),
  };
}

function applicableReviewers(context: CaseContext, index: number): AgencyCode[] {
  return context.item.definition.stages[index].reviewers
    .filter((reviewer) => !reviewer.when || conditionHolds(reviewer.when, context.formData))
    .map((reviewer) => reviewer.agency);
}

/** Opens the tasks of stage `index` for the reviewers whose condition holds on the form. */
export function startStage(context: CaseContext, index: number, at: string): CaseContext {
  const stage = context.item.definition.stages[index];
  const agencies = applicableReviewers(context, index);
  const staged = { ...context, stageIndex: index };
  return withTimeline(
    { ...staged, tasks: [...context.tasks, ...agencies.map((agency) => newTask(staged, agency, at))] },
    { at, action: 'STAGE_STARTED', detail: `${stage.name}: ${agencies.join(', ')}` },
  );
}

export function currentStageTasks(context: CaseContext): ReviewTask[] {
  const stage = context.item.definition.stages[context.stageIndex].name;
  return context.tasks.filter((task) => task.stage === stage && task.status !== 'CANCELLED');
}

/** Every agency of the stage has approved in its latest round. */
export function stageApproved(context: CaseContext): boolean {
  const latest = new Map<AgencyCode, ReviewTask>();
  for (const task of currentStageTasks(context)) latest.set(task.agency, task);
  return [...latest.values()].every((task) => task.status === 'COMPLETED' && task.decision === 'APPROVE');
}

export function isLastStage(context: CaseContext): boolean {
  return context.stageIndex === context.item.definition.stages.length - 1;
}

export function claim(context: CaseContext, event: EventOf<'CLAIM'>): CaseContext {
  const task = context.tasks.find((candidate) => candidate.id === event.taskId)!;
  return withTimeline(updateTask(context, task.id, { status: 'CLAIMED', assignee: event.actor.sub }), {
    at: event.at,
    actor: event.actor.sub,
    agency: task.agency,
    action: 'TASK_CLAIMED',
    detail: `${task.agency} ${task.stage} round ${task.round}`,
  });
}

export function decide(context: CaseContext, event: EventOf<'DECIDE'>): CaseContext {
  const task = context.tasks.find((candidate) => candidate.id === event.taskId)!;
  const decided = updateTask(context, task.id, {
    status: 'COMPLETED',
    decision: event.decision,
    comment: event.comment,
    corrections: event.corrections,
    completedAt: event.at,
  });
  const requests: CorrectionRequest[] = (event.corrections ?? []).map((correction) => ({
    ...correction,
    agency: task.agency,
    taskId: task.id,
  }));
  const detail = [
    `${task.agency}: ${event.decision}`,
    event.comment,
    ...requests.map((request) => `${request.field ?? request.material}: ${request.reason}`),
  ]
    .filter(Boolean)
    .join('; ');
  return withTimeline(
    { ...decided, openCorrections: [...decided.openCorrections, ...requests] },
    { at: event.at, actor: event.actor.sub, agency: task.agency, action: `TASK_${event.decision}`, detail },
  );
}

/** Closes the tasks nobody finished, e.g. when the case is rejected or withdrawn. */
export function cancelOpenTasks(context: CaseContext, at: string): CaseContext {
  return {
    ...context,
    tasks: context.tasks.map((task) => (isOpenTask(task) ? { ...task, status: 'CANCELLED', completedAt: at } : task)),
  };
}

/**
 * The agencies that asked review again, in a new round; so does any agency whose condition
 * the corrected form now meets (an audience raised past the PSB threshold brings PSB in).
 */
export function supplement(context: CaseContext, event: EventOf<'SUPPLEMENT'>): CaseContext {
  const askers = [...new Set(context.openCorrections.map((request) => request.agency))];
  const updated: CaseContext = {
    ...context,
    formData: { ...context.formData, ...(event.formData ?? {}) },
    documents: replaceDocuments(context.documents, event.documents ?? [], event.at),
    correctionNotices: [...context.correctionNotices, context.openCorrections],
    openCorrections: [],
  };
  const answered = [
    ...Object.keys(event.formData ?? {}).map((field) => `field ${field}`),
    ...(event.documents ?? []).map((document) => `material ${document.materialCode}`),
  ];
  const supplemented = withTimeline(updated, {
    at: event.at,
    actor: event.actor.sub,
    action: 'SUPPLEMENTED',
    detail: answered.join(', ') || undefined,
  });
  const stage = context.item.definition.stages[context.stageIndex].name;
  const newcomers = applicableReviewers(supplemented, context.stageIndex).filter(
    (agency) =>
      !askers.includes(agency) && !context.tasks.some((task) => task.stage === stage && task.agency === agency),
  );
  const reviewers = [...askers, ...newcomers];
  return withTimeline(
    {
      ...supplemented,
      tasks: [...supplemented.tasks, ...reviewers.map((agency) => newTask(supplemented, agency, event.at))],
    },
    { at: event.at, action: 'REVIEW_AGAIN', detail: reviewers.join(', ') },
  );
}

/** A new version for each material supplied; the version it replaces is kept, marked replaced. */
function replaceDocuments(documents: CaseDocument[], supplied: AttachedDocument[], at: string): CaseDocument[] {
  const replaced = new Set(supplied.map((document) => document.materialCode));
  const kept = documents.map((document) =>
    replaced.has(document.materialCode) && !document.replacedAt ? { ...document, replacedAt: at } : document,
  );
  const added = supplied.map((document) => ({
    ...document,
    version: documents.filter((existing) => existing.materialCode === document.materialCode).length + 1,
    attachedAt: at,
  }));
  return [...kept, ...added];
}

/** What the open corrections ask for: top-level form fields and materials, each to be answered. */
export function requestedCorrections(context: CaseContext): { fields: string[]; materials: string[] } {
  const fields = context.openCorrections.flatMap((request) => (request.field ? [request.field.split('.')[0]] : []));
  const materials = context.openCorrections.flatMap((request) => (request.material ? [request.material] : []));
  return { fields: [...new Set(fields)], materials: [...new Set(materials)] };
}
