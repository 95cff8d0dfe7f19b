import { ScheduleAlreadyRunning, ScheduleOverlapPolicy, type Client } from '@temporalio/client';
import { APPROVAL_TASK_QUEUE } from '../workflows/approval-contract';

export interface RecurringWorkflow {
  scheduleId: string;
  /** How often, as Temporal reads it: '1 hour'. */
  every: string;
  workflowType: string;
  /** The id of each run, before the schedule's time stamp. */
  workflowId: string;
  args: unknown[];
}

/**
 * Makes sure Temporal runs a workflow at an interval, with this process's arguments. A schedule
 * lives in Temporal, not in a process's memory: it runs whichever worker is up, and a restart
 * neither skips nor doubles it. Every process makes sure of it; the last to start sets it.
 */
export async function ensureSchedule(client: Client, recurring: RecurringWorkflow): Promise<void> {
  const spec = { intervals: [{ every: recurring.every }] };
  const action = {
    type: 'startWorkflow' as const,
    workflowType: recurring.workflowType,
    workflowId: recurring.workflowId,
    taskQueue: APPROVAL_TASK_QUEUE,
    args: recurring.args,
  };
  try {
    await client.schedule.create({
      scheduleId: recurring.scheduleId,
      spec,
      action,
      policies: { overlap: ScheduleOverlapPolicy.SKIP },
    });
  } catch (error) {
    if (!(error instanceof ScheduleAlreadyRunning)) throw error;
    await client.schedule.getHandle(recurring.scheduleId).update((current) => ({ ...current, spec, action }));
  }
}
