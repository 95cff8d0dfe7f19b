import { applyCorrection, correctionStart, type CalendarYear, type WorkCalendar } from './calendar';
import type { Actor } from './case-events';
import { addWorkingDays, clockStart, deadlineAfter, nextWorkingMoment } from './working-time';

/**
 * The follow-up of a bad rating (差评整改), as its workflow holds it. Pure: the workflow applies
 * these steps and its activities write the result. Days are working days on the calendar the
 * rated case counted with, from the day after the rating (as every time limit of the hall).
 */
export const RETURN_CALL_DAYS = 1;
export const RECTIFICATION_DAYS = 15;
/** Warned when this many working days are left of the rectification (not of the one-day return call). */
export const RECTIFICATION_WARNING_DAYS = 1;

export interface RectificationInput {
  rectificationId: string;
  ratingId: string;
  agency: string;
  ratedAt: string;
  calendar: WorkCalendar;
}

export interface RectificationState {
  id: string;
  ratingId: string;
  agency: string;
  createdAt: string;
  returnCallDueAt: string;
  dueAt: string;
  returnCall?: { at: string; by: string; note: string };
  returnCallEscalatedAt?: string;
  feedback?: { at: string; by: string; text: string };
  warnedAt?: string;
  escalatedAt?: string;
  escalatedTo?: string;
  /** One more for each change: the read model keeps the newest write. */
  version: number;
}

export function openRectification(input: RectificationInput): RectificationState {
  const rated = new Date(input.ratedAt);
  return {
    id: input.rectificationId,
    ratingId: input.ratingId,
    agency: input.agency,
    createdAt: input.ratedAt,
    returnCallDueAt: deadlineAfter(input.calendar, rated, RETURN_CALL_DAYS).toISOString(),
    dueAt: deadlineAfter(input.calendar, rated, RECTIFICATION_DAYS).toISOString(),
    version: 1,
  };
}

/** The start of the working day on which RECTIFICATION_WARNING_DAYS are left. */
export function warnAt(calendar: WorkCalendar, state: RectificationState): Date {
  const budget = RECTIFICATION_DAYS - RECTIFICATION_WARNING_DAYS;
  return nextWorkingMoment(calendar, addWorkingDays(calendar, clockStart(new Date(state.createdAt)), budget));
}

export const isFinished = (state: RectificationState): boolean => state.feedback !== undefined;

/** The next instant a timer must wake the rectification, if anything is still to warn or escalate. */
export function nextAlarm(calendar: WorkCalendar, state: RectificationState): string | undefined {
  if (isFinished(state)) return undefined;
  const times: number[] = [];
  if (!state.returnCall && !state.returnCallEscalatedAt) times.push(Date.parse(state.returnCallDueAt));
  if (!state.warnedAt) times.push(warnAt(calendar, state).getTime());
  if (!state.escalatedAt) times.push(Date.parse(state.dueAt));
  return times.length > 0 ? new Date(Math.min(...times)).toISOString() : undefined;
}

const supervisorsOf = (agency: string) => `${agency} supervisors`;

/** A timer fired: escalates a missed return call or rectification, warns a rectification near its end. */
export function checkDeadlines(calendar: WorkCalendar, state: RectificationState, at: string): RectificationState {
  if (isFinished(state)) return state;
  const now = Date.parse(at);
  let checked = state;
  if (!checked.returnCall && !checked.returnCallEscalatedAt && Date.parse(checked.returnCallDueAt) <= now) {
    checked = { ...checked, returnCallEscalatedAt: at, escalatedTo: supervisorsOf(checked.agency) };
  }
  if (!checked.escalatedAt && Date.parse(checked.dueAt) <= now) {
    checked = {
      ...checked,
      warnedAt: checked.warnedAt ?? at,
      escalatedAt: at,
      escalatedTo: supervisorsOf(checked.agency),
    };
  } else if (!checked.warnedAt && warnAt(calendar, checked).getTime() <= now) {
    checked = { ...checked, warnedAt: at };
  }
  return checked === state ? state : { ...checked, version: state.version + 1 };
}

/**
 * A corrected calendar year reaches an open rectification: its dates from the correction's start
 * follow the new version, and each deadline not yet passed (nor escalated) is counted again on
 * it, as a case's open tasks are. A warning whose moment moved ahead of now is given again.
 */
export function recalendarRectification(
  calendar: WorkCalendar,
  state: RectificationState,
  correction: CalendarYear,
  from: string,
  at: string,
): { calendar: WorkCalendar; state: RectificationState } {
  const corrected = applyCorrection(calendar, correction, correctionStart(from, at));
  if (corrected === calendar || isFinished(state)) return { calendar: corrected, state };
  const now = Date.parse(at);
  const rated = new Date(state.createdAt);
  const ahead = (due: string) => Date.parse(due) > now;
  let moved = state;
  if (!moved.returnCall && !moved.returnCallEscalatedAt && ahead(moved.returnCallDueAt)) {
    moved = { ...moved, returnCallDueAt: deadlineAfter(corrected, rated, RETURN_CALL_DAYS).toISOString() };
  }
  if (!moved.escalatedAt && ahead(moved.dueAt)) {
    moved = { ...moved, dueAt: deadlineAfter(corrected, rated, RECTIFICATION_DAYS).toISOString() };
    if (moved.warnedAt && warnAt(corrected, moved).getTime() > now) moved = { ...moved, warnedAt: undefined };
  }
  return { calendar: corrected, state: moved === state ? state : { ...moved, version: state.version + 1 } };
}

/** The refusals of the rectification's updates; the API gives each its GraphQL code. */
export const RECTIFICATION_ERROR_CODES = {
  RECTIFICATION_WRONG_AGENCY: 'FORBIDDEN',
  RETURN_CALL_RECORDED: 'CONFLICT',
  NO_RETURN_CALL: 'CONFLICT',
  RECTIFICATION_SUBMITTED: 'CONFLICT',
} as const;
export type RectificationErrorType = keyof typeof RECTIFICATION_ERROR_CODES;
export interface RectificationProblem {
  type: RectificationErrorType;
  message: string;
}

/** Only the staff of the agency that answers for the case act on its rectification. */
function actorProblem(state: RectificationState, actor: Actor): RectificationProblem | null {
  const staff = actor.role === 'REVIEWER' || actor.role === 'SUPERVISOR' || actor.role === 'WINDOW';
  if (staff && actor.agency === state.agency) return null;
  return { type: 'RECTIFICATION_WRONG_AGENCY', message: `Only ${state.agency} staff act on this rectification` };
}

export function returnCallProblem(state: RectificationState, actor: Actor): RectificationProblem | null {
  const problem = actorProblem(state, actor);
  if (problem) return problem;
  if (state.returnCall) return { type: 'RETURN_CALL_RECORDED', message: 'The return call is already recorded' };
  return null;
}

export function feedbackProblem(state: RectificationState, actor: Actor): RectificationProblem | null {
  const problem = actorProblem(state, actor);
  if (problem) return problem;
  if (state.feedback) return { type: 'RECTIFICATION_SUBMITTED', message: 'The rectification is already submitted' };
  if (!state.returnCall) return { type: 'NO_RETURN_CALL', message: 'Record the return call to the rater first' };
  return null;
}

export function recordReturnCall(state: RectificationState, actor: Actor, note: string, at: string) {
  return { ...state, returnCall: { at, by: actor.sub, note }, version: state.version + 1 };
}

export function submitFeedback(state: RectificationState, actor: Actor, text: string, at: string) {
  return { ...state, feedback: { at, by: actor.sub, text }, version: state.version + 1 };
}
