import { calendarWarnings, WEEKDAYS_ONLY, type WorkCalendar } from './calendar';
import type { CaseContext, ItemSnapshot, ReviewTask, SlaClock } from './case-model';
import { addWorkingDays, clockStart, deadlineAfter, nextWorkingMoment, workingDaysBetween } from './working-time';

export function calendarOf(context: Pick<CaseContext, 'calendar'>): WorkCalendar {
  return context.calendar ?? WEEKDAYS_ONLY;
}

export function warningDaysOf(item: Pick<ItemSnapshot, 'warningDays'>): number {
  return item.warningDays ?? 1;
}

/** The statutory deadline so far: paused days push it back, and so does an extension. */
export function slaDeadline(clock: SlaClock, statutoryDays: number, calendar: WorkCalendar): Date | undefined {
  if (!clock.startedAt) return undefined;
  const days = statutoryDays + clock.pausedWorkingDays + (clock.extendedWorkingDays ?? 0);
  return deadlineAfter(calendar, new Date(clock.startedAt), days);
}

/** The case's statutory deadline on its own calendar, once accepted. */
export function caseDeadline(context: Pick<CaseContext, 'clock' | 'item' | 'calendar'>): Date | undefined {
  return slaDeadline(context.clock, context.item.statutoryDays, calendarOf(context));
}

/** A task's promised days run from its creation, less the days the applicant was correcting. */
export function taskDueAt(calendar: WorkCalendar, task: ReviewTask, promisedDays: number): Date {
  return deadlineAfter(calendar, new Date(task.createdAt), promisedDays + (task.pausedWorkingDays ?? 0));
}

/** When `warningDays` working days are left of the task, at the start of a working day. */
export function taskWarnAt(calendar: WorkCalendar, task: ReviewTask, item: ItemSnapshot): Date {
  const budget = item.promisedDays + (task.pausedWorkingDays ?? 0) - warningDaysOf(item);
  if (budget <= 0) return new Date(task.createdAt);
  return nextWorkingMoment(calendar, addWorkingDays(calendar, clockStart(new Date(task.createdAt)), budget));
}

export type WarningLevel = 'NONE' | 'WARNING' | 'OVERDUE';

export interface SlaState {
  deadline?: Date;
  pausedSince?: Date;
  /** When the case was decided or closed (or the task completed): its clock stopped there. */
  endedAt?: Date;
  pausedWorkingDays: number;
  extendedWorkingDays: number;
  warningDays: number;
}

export interface SlaView {
  deadline: Date | null;
  remainingWorkingDays: number | null;
  paused: boolean;
  pausedWorkingDays: number;
  extendedWorkingDays: number;
  overdue: boolean;
  warningLevel: WarningLevel;
  /** Years the remaining time runs through that the calendar does not know for sure. */
  calendarWarnings: string[];
}

/** What the clock shows at `now`; while paused or after the end it stands still. */
export function slaView(calendar: WorkCalendar, state: SlaState, now: Date): SlaView {
  const paused = state.pausedSince !== undefined && state.endedAt === undefined;
  const counts = {
    paused,
    pausedWorkingDays: round(state.pausedWorkingDays),
    extendedWorkingDays: state.extendedWorkingDays,
  };
  if (!state.deadline) {
    return {
      ...counts,
      deadline: null,
      remainingWorkingDays: null,
      overdue: false,
      warningLevel: 'NONE',
      calendarWarnings: [],
    };
  }
  const reference = state.endedAt ?? state.pausedSince ?? now;
  const remaining = round(workingDaysBetween(calendar, reference, state.deadline));
  const overdue = reference > state.deadline;
  return {
    ...counts,
    deadline: state.deadline,
    remainingWorkingDays: remaining,
    overdue,
    warningLevel: overdue ? 'OVERDUE' : !state.endedAt && remaining <= state.warningDays ? 'WARNING' : 'NONE',
    calendarWarnings: state.endedAt || overdue ? [] : calendarWarnings(calendar, reference, state.deadline),
  };
}

function round(days: number): number {
  return Math.round(days * 100) / 100;
}
