import {
  ApplicationFailure,
  allHandlersFinished,
  condition,
  patched,
  proxyActivities,
  setHandler,
} from '@temporalio/workflow';
import type { UpdateDefinition } from '@temporalio/common';
import type { RectificationActivities } from '../ratings/rectification-activities';
import {
  checkDeadlines,
  feedbackProblem,
  isFinished,
  nextAlarm,
  openRectification,
  recalendarRectification,
  recordReturnCall,
  returnCallProblem,
  submitFeedback,
  type RectificationProblem,
  type RectificationState,
} from '../domain/rectification';
import {
  rectificationQuery,
  rectificationRecordedUpdate,
  recordReturnCallUpdate,
  submitRectificationUpdate,
  type RectificationStep,
  type RectificationWorkflow,
} from './rectification-contract';
import { calendarCorrectedSignal } from './approval-contract';

// The read model must get every change; a database outage is waited out.
const { writeRectification } = proxyActivities<RectificationActivities>({
  startToCloseTimeout: '10 seconds',
  retry: { initialInterval: '200 milliseconds', backoffCoefficient: 2, maximumInterval: '1 minute' },
});

/**
 * One bad rating's follow-up: a return call within a working day, the rectification with its
 * written feedback within fifteen, a warning on the last day and escalation to the agency's
 * supervisors when either is missed. It ends once the feedback is written.
 */
export const rectificationWorkflow: RectificationWorkflow = async (input) => {
  let state = openRectification(input);
  let { calendar } = input;
  let written = 0;
  const now = () => new Date().toISOString();
  const write = async () => {
    const record = state;
    await writeRectification(record);
    written = Math.max(written, record.version);
  };
  const fail = (problem: RectificationProblem | null) => {
    if (problem) throw ApplicationFailure.create({ type: problem.type, message: problem.message, nonRetryable: true });
  };

  setHandler(rectificationQuery, () => state);
  setHandler(rectificationRecordedUpdate, async () => {
    await condition(() => written >= 1);
    return state;
  });
  const onStep = (
    update: UpdateDefinition<RectificationState, [RectificationStep]>,
    problem: (state: RectificationState, step: RectificationStep) => RectificationProblem | null,
    apply: (state: RectificationState, step: RectificationStep) => RectificationState,
  ) =>
    setHandler(
      update,
      async (step) => {
        fail(problem(state, step));
        state = apply(state, step);
        await write();
        return state;
      },
      { validator: (step: RectificationStep) => fail(problem(state, step)) },
    );
  onStep(
    recordReturnCallUpdate,
    (current, step) => returnCallProblem(current, step.actor),
    (current, step) => recordReturnCall(current, step.actor, step.text, now()),
  );
  onStep(
    submitRectificationUpdate,
    (current, step) => feedbackProblem(current, step.actor),
    (current, step) => submitFeedback(current, step.actor, step.text, now()),
  );

  // Rectifications opened before this patch keep the calendar they started with.
  if (patched('rectification-calendar')) {
    setHandler(calendarCorrectedSignal, async (correction) => {
      const before = state;
      ({ calendar, state } = recalendarRectification(calendar, state, correction.year, correction.from, now()));
      if (state !== before) await write();
    });
  }

  await write();
  // One timer at a time, for the next warning or deadline; an update that moves it restarts it.
  while (!isFinished(state)) {
    const alarm = nextAlarm(calendar, state);
    const moved = () => isFinished(state) || nextAlarm(calendar, state) !== alarm;
    if (alarm === undefined) {
      await condition(moved);
      continue;
    }
    if (!(await condition(moved, Math.max(1, Date.parse(alarm) - Date.now())))) {
      const checked = checkDeadlines(calendar, state, now());
      if (checked !== state) {
        state = checked;
        await write();
      }
    }
  }
  await condition(allHandlersFinished);
  return state;
};
