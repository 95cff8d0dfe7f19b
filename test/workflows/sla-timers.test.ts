import { caseAtEvent } from '../../audit/case-replay';
import { verifyAudit } from '../../audit/verify';
import { caseQuery, claimTaskUpdate, completeTaskUpdate, supplementUpdate } from '../../workflows/approval-contract';
import type { WorkCalendar } from '../../domain/calendar';
import type { TimelineEntry } from '../../domain/case-model';
import { taskId } from '../../domain/case-steps';
import { serveApp, TEST_SECRET } from '../helpers/app-server';
import { errorCodes } from '../helpers/graphql';
import { Person } from '../helpers/lianban-client';
import { fiveInOneForm } from '../helpers/forms';
import { startTimeSkipping } from '../helpers/time-skipping';
import { approvalWorkerPerFile, caseOfficer, decide, startCase } from '../helpers/workflow-env';

/*
 * SLA timers on Temporal's time-skipping test server: the server's clock jumps to the next
 * timer, so working days pass in seconds and the warnings and escalation come from the
 * workflow's own timers. Expected instants come from a plain day-by-day count over the
 * calendar's lists, written here apart from the arithmetic under test.
 */

const DAY = 86_400_000;
const CHINA = 8 * 3_600_000;
const dateOf = (ms: number) => new Date(ms + CHINA).toISOString().slice(0, 10);
const midnight = (date: string) => Date.parse(`${date}T00:00:00+08:00`);

function worked(calendar: WorkCalendar, date: string): boolean {
  const year = calendar.years.find((candidate) => candidate.year === Number(date.slice(0, 4)));
  if (year?.holidays.includes(date)) return false;
  if (year?.workdays.includes(date)) return true;
  const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
  return weekday !== 0 && weekday !== 6;
}

/** The nth working date after the date of `ms` (a limit runs from the next day). */
/**
 * When the nth working day after `ms` is over, in working time: the start of the working day
 * after it (a deadline on the Friday before a holiday weekend reads as the next Monday, 00:00).
 */
function endOfNthWorkingDay(calendar: WorkCalendar, ms: number, n: number): number {
  return midnight(nthWorkingDate(calendar, ms, n + 1));
}

function nthWorkingDate(calendar: WorkCalendar, ms: number, n: number): string {
  let day = midnight(dateOf(ms));
  for (let count = 0; count < n;) {
    day += DAY;
    if (worked(calendar, dateOf(day))) count += 1;
  }
  return dateOf(day);
}

function workingDatesIn(calendar: WorkCalendar, fromMs: number, days: number): number {
  let count = 0;
  for (let day = 0; day < days; day += 1) if (worked(calendar, dateOf(fromMs + day * DAY))) count += 1;
  return count;
}

const setup = approvalWorkerPerFile(startTimeSkipping);

/** Polls the workflow (never sleeps blind) until its timeline has `count` entries of `action`. */
async function timelineOf(
  handle: Awaited<ReturnType<typeof startCase>>['handle'],
  action: string,
  count: number,
): Promise<TimelineEntry[]> {
  const giveUp = Date.now() + 15_000;
  for (;;) {
    const { context } = await handle.query(caseQuery);
    const entries = context.timeline.filter((entry) => entry.action === action);
    if (entries.length >= count || Date.now() > giveUp) return entries;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** A timer's effect lands at the timer's instant, or a moment after it while the workflow runs. */
function expectFiredAt(at: string, instant: number): void {
  expect(Date.parse(at)).toBeGreaterThanOrEqual(instant);
  expect(Date.parse(at) - instant).toBeLessThan(60_000);
}

async function sleepUntil(ms: number): Promise<void> {
  const now = await setup.env.currentTimeMs();
  if (ms > now) await setup.env.sleep(ms - now);
}

it('warns on the last promised working day, stops during a correction, escalates when the moved deadline passes, and flags the overdue case', async () => {
  const { applicationId, handle } = await startCase(
    setup.env,
    setup.database.prisma,
    'XC-0001',
    fiveInOneForm,
    'applicant-1',
    {
      submittedAt: new Date(await setup.env.currentTimeMs()),
    },
  );
  const { context: started } = await handle.query(caseQuery);
  const calendar = started.calendar!;
  expect(calendar.years.length).toBeGreaterThan(0);

  await decide(handle, 'WINDOW', 'APPROVE');
  const accepted = Date.parse((await timelineOf(handle, 'ACCEPTED', 1))[0].at);
  // Promised 3 working days, warned with 1 left: at the start of the third working day.
  const warnAt = midnight(nthWorkingDate(calendar, accepted, 3));
  const dueAt = endOfNthWorkingDay(calendar, accepted, 3);

  await sleepUntil(warnAt - 60_000);
  expect(await timelineOf(handle, 'TASK_DEADLINE_WARNING', 0)).toEqual([]);
  await sleepUntil(warnAt + 1);
  const warnings = await timelineOf(handle, 'TASK_DEADLINE_WARNING', 5);
  expect(warnings.map((entry) => entry.agency).sort()).toEqual(['AIC', 'HRSS', 'QTS', 'STATS', 'TAX']);
  for (const warning of warnings) expectFiredAt(warning.at, warnAt);

  // AIC asks for a correction on the morning of the last day; the applicant answers five days on.
  const aic = taskId(applicationId, 'AIC', 1);
  await handle.executeUpdate(claimTaskUpdate, { args: [{ taskId: aic, actor: caseOfficer('AIC') }] });
  await handle.executeUpdate(completeTaskUpdate, {
    args: [
      {
        taskId: aic,
        actor: caseOfficer('AIC'),
        decision: 'REQUEST_CORRECTION',
        corrections: [{ field: 'companyName', reason: 'the name is taken' }],
      },
    ],
  });
  const pausedAt = await setup.env.currentTimeMs();
  await sleepUntil(pausedAt + 5 * DAY);
  expect(dueAt).toBeLessThan(await setup.env.currentTimeMs());
  await handle.executeUpdate(supplementUpdate, {
    args: [{ actor: { sub: 'applicant-1', role: 'APPLICANT' }, formData: { companyName: '北京联办软件有限公司' } }],
  });
  expect(await timelineOf(handle, 'TASK_ESCALATED', 0)).toEqual([]);

  const paused = workingDatesIn(calendar, midnight(dateOf(pausedAt)), 5);
  const { context } = await handle.query(caseQuery);
  const tax = context.tasks.find((task) => task.id === taskId(applicationId, 'TAX', 1))!;
  expect(tax.pausedWorkingDays).toBeCloseTo(paused, 3);
  expect(context.clock.pausedWorkingDays).toBeCloseTo(paused, 3);
  const movedDue = endOfNthWorkingDay(calendar, accepted, 3 + paused);
  expect(Math.abs(Date.parse(tax.dueAt) - movedDue)).toBeLessThan(60_000);

  await sleepUntil(Date.parse(tax.dueAt) - 60_000);
  expect(await timelineOf(handle, 'TASK_ESCALATED', 0)).toEqual([]);
  await sleepUntil(Date.parse(tax.dueAt) + 1);
  const escalations = await timelineOf(handle, 'TASK_ESCALATED', 4);
  expect(escalations.map((entry) => entry.agency).sort()).toEqual(['HRSS', 'QTS', 'STATS', 'TAX']);
  for (const escalation of escalations) expectFiredAt(escalation.at, Date.parse(tax.dueAt));

  const row = await setup.database.prisma.reviewTask.findUniqueOrThrow({ where: { id: tax.id } });
  expect(row.escalatedTo).toBe('TAX supervisors');
  expectFiredAt(row.warnedAt!.toISOString(), warnAt);
  expectFiredAt(row.escalatedAt!.toISOString(), Date.parse(tax.dueAt));
  const application = await setup.database.prisma.application.findUniqueOrThrow({ where: { id: applicationId } });
  expect(application.slaPausedWorkingDays).toBeCloseTo(paused, 3);

  // Over GraphQL: the TAX supervisors see the escalated task and hand it to someone else.
  const api = await serveApp(setup.database, { temporal: setup.env.client });
  try {
    const as = (sub: string, role: 'REVIEWER' | 'SUPERVISOR', agency: 'TAX' | 'AIC') =>
      Person.signInAt(api.url, TEST_SECRET, { sub, role, agency });
    const [chief, otherChief, reviewer, colleague] = await Promise.all([
      as('chief-TAX', 'SUPERVISOR', 'TAX'),
      as('chief-AIC', 'SUPERVISOR', 'AIC'),
      as('officer-TAX', 'REVIEWER', 'TAX'),
      as('officer-TAX-2', 'REVIEWER', 'TAX'),
    ]);
    const overdue = `{ overdueTasks { nodes { id escalated escalatedTo sla { overdue warningLevel } } } }`;
    const { overdueTasks } = await chief.data(overdue);
    expect(overdueTasks.nodes).toContainEqual(
      expect.objectContaining({ id: tax.id, escalated: true, escalatedTo: 'TAX supervisors' }),
    );
    expect((await otherChief.data(overdue)).overdueTasks.nodes.map((task: { id: string }) => task.id)).not.toContain(
      tax.id,
    );
    expect(errorCodes(await reviewer.request(overdue))).toEqual(['FORBIDDEN']);

    const reassign = `mutation ($id: ID!, $to: String!) { reassignTask(taskId: $id, assignee: $to, reason: "on leave") { status assignee } }`;
    expect(errorCodes(await reviewer.request(reassign, { id: tax.id, to: 'officer-TAX-2' }))).toEqual(['FORBIDDEN']);
    const aicTask = taskId(applicationId, 'AIC', 2);
    // Another agency's task reads as one that does not exist.
    expect(errorCodes(await chief.request(reassign, { id: aicTask, to: 'officer-TAX-2' }))).toEqual(['NOT_FOUND']);
    expect((await chief.data(reassign, { id: tax.id, to: 'officer-TAX-2' })).reassignTask).toEqual({
      status: 'CLAIMED',
      assignee: 'officer-TAX-2',
    });
    const completed = await colleague.complete(tax.id, { decision: 'APPROVE' });
    expect(completed.errors).toBeUndefined();
    const entry = await setup.database.prisma.timelineEntry.findFirstOrThrow({
      where: { applicationId, action: 'TASK_REASSIGNED' },
    });
    expect(entry).toMatchObject({ actor: 'chief-TAX', agencyCode: 'TAX' });
    expect(entry.detail).toMatch(/officer-TAX-2; on leave$/);
  } finally {
    await api.close();
  }

  // The statutory deadline (20 working days and the days paused) passes with AIC's second round open.
  const { deadline } = await setup.database.prisma.application.findUniqueOrThrow({ where: { id: applicationId } });
  expect(Math.abs(deadline!.getTime() - endOfNthWorkingDay(calendar, accepted, 20 + paused))).toBeLessThan(60_000);
  await sleepUntil(deadline!.getTime() - 60_000);
  expect(await timelineOf(handle, 'CASE_OVERDUE', 0)).toEqual([]);
  await sleepUntil(deadline!.getTime() + 1);
  expectFiredAt((await timelineOf(handle, 'CASE_OVERDUE', 1))[0].at, deadline!.getTime());
  const overdue = await setup.database.prisma.application.findUniqueOrThrow({ where: { id: applicationId } });
  expectFiredAt(overdue.overdueSince!.toISOString(), deadline!.getTime());

  // The audit tools rebuild the same steps from the history: timers, reassignment and all.
  const history = await handle.fetchHistory();
  const rebuilt = (await caseAtEvent(history, Number(history.events!.at(-1)!.eventId), applicationId))!;
  expect(rebuilt.context.timeline.map((entry) => entry.action)).toEqual(
    expect.arrayContaining(['TASK_DEADLINE_WARNING', 'TASK_ESCALATED', 'TASK_REASSIGNED', 'CASE_OVERDUE']),
  );
  // To the millisecond: the replay runs the workflow's own code on the recorded inputs.
  const live = (await handle.query(caseQuery)).context;
  expect(rebuilt.context.timeline).toEqual(live.timeline);
  expect(rebuilt.context.tasks).toEqual(live.tasks);
  expect(await verifyAudit(setup.database.prisma, applicationId, rebuilt.context.timeline)).toMatchObject({
    intact: true,
    problems: [],
  });
}, 120_000);
