import { applyCorrection, correctionStart } from './calendar';
import type { CaseContext, PauseReason, ReviewTask } from './case-model';
import type { CaseEvent } from './case-events';
import { isOpenTask, updateTask, withTimeline } from './case-steps';
import { calendarOf, caseDeadline, taskDueAt, taskWarnAt, warningDaysOf } from './sla';
import { clockStart, workingDaysBetween } from './working-time';

/** Pure SLA updates of a case: pauses, timer checks, extensions, reassignment, calendar corrections. */

type EventOf<T extends CaseEvent['type']> = Extract<CaseEvent, { type: T }>;

/** Working days of a pause, leaving out the day of the starting event (never on the clock). */
function pausedDays(context: CaseContext, started: string, since: string, until: string): number {
  const from = Math.max(new Date(since).getTime(), clockStart(new Date(started)).getTime());
  return Math.max(0, workingDaysBetween(calendarOf(context), new Date(from), new Date(until)));
}

function reasonsOf(context: CaseContext): PauseReason[] {
  return context.clock.pauseReasons ?? (context.clock.pausedSince ? ['CORRECTION'] : []);
}

export function pauseClock(context: CaseContext, reason: PauseReason, at: string): CaseContext {
  const reasons = reasonsOf(context);
  if (!context.clock.startedAt || reasons.includes(reason)) return context;
  const paused = {
    ...context,
    clock: { ...context.clock, pausedSince: context.clock.pausedSince ?? at, pauseReasons: [...reasons, reason] },
  };
  if (reason !== 'CORRECTION') return paused;
  // Agencies still reviewing wait for the applicant too: their promised days stand still.
  return {
    ...paused,
    tasks: paused.tasks.map((task) => (isOpenTask(task) && !task.pausedSince ? { ...task, pausedSince: at } : task)),
  };
}

/** Ends one pause (or, with no reason, every pause: the case is closing). */
export function resumeClock(context: CaseContext, at: string, reason?: PauseReason): CaseContext {
  const { pausedSince, startedAt } = context.clock;
  if (!pausedSince || !startedAt) return context;
  const reasons = reasonsOf(context).filter((candidate) => reason !== undefined && candidate !== reason);
  const tasks =
    reason === 'EXCLUDED_STAGE'
      ? context.tasks
      : context.tasks.map((task) => {
          if (!task.pausedSince) return task;
          const resumed = {
            ...task,
            pausedSince: undefined,
            pausedWorkingDays:
              (task.pausedWorkingDays ?? 0) + pausedDays(context, task.createdAt, task.pausedSince, at),
          };
          return {
            ...resumed,
            dueAt: taskDueAt(calendarOf(context), resumed, context.item.promisedDays).toISOString(),
          };
        });
  if (reasons.length > 0) return { ...context, tasks, clock: { ...context.clock, pauseReasons: reasons } };
  return {
    ...context,
    tasks,
    clock: {
      ...context.clock,
      pausedSince: undefined,
      pauseReasons: [],
      pausedWorkingDays: context.clock.pausedWorkingDays + pausedDays(context, startedAt, pausedSince, at),
    },
  };
}

/** The next instant an SLA timer must wake the case, if anything is still to warn or escalate. */
export function nextAlarm(context: CaseContext): string | undefined {
  if (context.decidedAt || context.closedAt) return undefined;
  const calendar = calendarOf(context);
  const times: number[] = [];
  for (const task of context.tasks) {
    if (!isOpenTask(task) || task.pausedSince) continue;
    if (!task.warnedAt) times.push(taskWarnAt(calendar, task, context.item).getTime());
    if (!task.escalatedAt) times.push(new Date(task.dueAt).getTime());
  }
  const deadline = caseDeadline(context);
  if (deadline && !context.clock.pausedSince && !context.clock.overdueSince) times.push(deadline.getTime());
  return times.length > 0 ? new Date(Math.min(...times)).toISOString() : undefined;
}

const describe = (task: ReviewTask) => `${task.agency} ${task.stage} round ${task.round}`;

/** A timer fired: warns the tasks near their deadline, escalates the overdue ones, flags the case. */
export function slaCheck(context: CaseContext, event: EventOf<'SLA_CHECK'>): CaseContext {
  if (context.decidedAt || context.closedAt) return context;
  const now = new Date(event.at).getTime();
  const calendar = calendarOf(context);
  let checked = context;
  for (const task of context.tasks) {
    if (!isOpenTask(task) || task.pausedSince) continue;
    if (!task.escalatedAt && new Date(task.dueAt).getTime() <= now) {
      const escalatedTo = `${task.agency} supervisors`;
      checked = withTimeline(
        updateTask(checked, task.id, { warnedAt: task.warnedAt ?? event.at, escalatedAt: event.at, escalatedTo }),
        {
          at: event.at,
          agency: task.agency,
          action: 'TASK_ESCALATED',
          detail: `${describe(task)} passed its deadline; escalated to ${escalatedTo}`,
        },
      );
    } else if (!task.warnedAt && taskWarnAt(calendar, task, context.item).getTime() <= now) {
      checked = withTimeline(updateTask(checked, task.id, { warnedAt: event.at }), {
        at: event.at,
        agency: task.agency,
        action: 'TASK_DEADLINE_WARNING',
        detail: `${describe(task)}: ${warningDaysOf(context.item)} working day(s) or less left`,
      });
    }
  }
  const deadline = caseDeadline(checked);
  if (deadline && !checked.clock.pausedSince && !checked.clock.overdueSince && deadline.getTime() <= now) {
    checked = withTimeline(
      { ...checked, clock: { ...checked.clock, overdueSince: event.at } },
      { at: event.at, action: 'CASE_OVERDUE', detail: 'the statutory deadline passed' },
    );
  }
  return checked;
}

/** 延期: more working days on the statutory limit, granted by the window with a reason. */
export function extend(context: CaseContext, event: EventOf<'EXTEND'>): CaseContext {
  const clock = { ...context.clock, extendedWorkingDays: (context.clock.extendedWorkingDays ?? 0) + event.workingDays };
  const deadline = caseDeadline({ ...context, clock })!;
  const stillOverdue = clock.overdueSince !== undefined && deadline <= new Date(event.at);
  return withTimeline(
    { ...context, clock: { ...clock, overdueSince: stillOverdue ? clock.overdueSince : undefined } },
    {
      at: event.at,
      actor: event.actor.sub,
      action: 'DEADLINE_EXTENDED',
      detail: `+${event.workingDays} working days: ${event.reason}`,
    },
  );
}

/** A supervisor hands an escalated task to someone of the agency, who then holds its claim. */
export function reassign(context: CaseContext, event: EventOf<'REASSIGN'>): CaseContext {
  const task = context.tasks.find((candidate) => candidate.id === event.taskId)!;
  return withTimeline(updateTask(context, task.id, { status: 'CLAIMED', assignee: event.assignee }), {
    at: event.at,
    actor: event.actor.sub,
    agency: task.agency,
    action: 'TASK_REASSIGNED',
    detail: [`${describe(task)}: ${task.assignee ?? 'unclaimed'} → ${event.assignee}`, event.reason]
      .filter(Boolean)
      .join('; '),
  });
}

/**
 * A corrected or newly loaded year: dates still ahead (from the day after this event at the
 * earliest, however late the news arrives) follow it, and open tasks' deadlines move. Deadlines
 * already passed cannot move (their dates are behind); a warning whose moment moved ahead of
 * now is given again when it comes.
 */
export function recalendar(context: CaseContext, event: EventOf<'CALENDAR'>): CaseContext {
  const from = correctionStart(event.from, event.at);
  const calendar = applyCorrection(calendarOf(context), event.year, from);
  if (calendar === calendarOf(context)) return context;
  const now = new Date(event.at).getTime();
  const tasks = context.tasks.map((task) => {
    if (!isOpenTask(task)) return task;
    const moved = { ...task, dueAt: taskDueAt(calendar, task, context.item.promisedDays).toISOString() };
    const warnAgain = moved.warnedAt && !moved.escalatedAt && taskWarnAt(calendar, moved, context.item).getTime() > now;
    return warnAgain ? { ...moved, warnedAt: undefined } : moved;
  });
  return withTimeline(
    { ...context, calendar, tasks },
    {
      at: event.at,
      action: 'CALENDAR_UPDATED',
      detail: `${event.year.year} v${event.year.version} (${event.year.source}) counts from ${from}`,
    },
  );
}
