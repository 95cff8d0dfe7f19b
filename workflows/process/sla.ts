import type { SlaClock } from './case-model';
import { deadlineAfter, workingDaysBetween } from './working-time';

/** The statutory deadline so far: working days paused for corrections push it back. */
export function slaDeadline(clock: SlaClock, statutoryDays: number): Date | undefined {
  if (!clock.startedAt) return undefined;
  return deadlineAfter(new Date(clock.startedAt), statutoryDays + clock.pausedWorkingDays);
}

export interface SlaState {
  deadline?: Date;
  pausedSince?: Date;
  /** When the case was decided or closed: its clock stopped there. */
  endedAt?: Date;
}

export interface SlaView {
  deadline: Date | null;
  remainingWorkingDays: number | null;
  paused: boolean;
  overdue: boolean;
}

/** What the clock shows at `now`; while paused or after the end it stands still. */
export function slaView(state: SlaState, now: Date): SlaView {
  const paused = state.pausedSince !== undefined && state.endedAt === undefined;
  if (!state.deadline) return { deadline: null, remainingWorkingDays: null, paused, overdue: false };
  const reference = state.endedAt ?? state.pausedSince ?? now;
  const remaining = workingDaysBetween(reference, state.deadline);
  return {
    deadline: state.deadline,
    remainingWorkingDays: Math.round(remaining * 100) / 100,
    paused,
    overdue: reference > state.deadline,
  };
}
