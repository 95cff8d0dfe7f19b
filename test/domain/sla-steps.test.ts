import { PRC_CALENDAR_YEARS } from '../../calendar/prc-years';
import type { WorkCalendar } from '../../domain/calendar';
import type { Actor, CaseEvent } from '../../domain/case-events';
import type { CaseContext, ItemSnapshot } from '../../domain/case-model';
import { CaseStepper } from '../../domain/case-stepper';
import { taskId } from '../../domain/case-steps';
import type { AgencyCode } from '../../domain/definition';
import { slaDeadline } from '../../domain/sla';
import { nextAlarm, pauseClock, resumeClock } from '../../domain/sla-steps';

const PRC: WorkCalendar = { years: PRC_CALENDAR_YEARS };
const cst = (local: string) => new Date(`${local}+08:00`).toISOString();
const context = (startedAt: string, calendar?: WorkCalendar) =>
  ({ clock: { startedAt, pausedWorkingDays: 0 }, tasks: [], calendar }) as unknown as CaseContext;

describe('pausing the SLA clock', () => {
  it('counts the working days the applicant spent correcting', () => {
    const paused = pauseClock(context(cst('2026-11-23T09:00')), 'CORRECTION', cst('2026-11-24T12:00'));
    expect(resumeClock(paused, cst('2026-11-26T12:00'), 'CORRECTION').clock).toMatchObject({
      pausedWorkingDays: 2,
      pausedSince: undefined,
    });
  });

  it('does not count a pause on the day of acceptance, before the limit began to run', () => {
    const paused = pauseClock(context(cst('2026-11-23T09:00')), 'CORRECTION', cst('2026-11-23T10:00'));
    expect(resumeClock(paused, cst('2026-11-23T17:00')).clock.pausedWorkingDays).toBe(0);
    expect(resumeClock(paused, cst('2026-11-24T12:00')).clock.pausedWorkingDays).toBe(0.5);
  });

  it('does not pause a clock that has not started', () => {
    const unstarted = { clock: { pausedWorkingDays: 0 }, tasks: [] } as unknown as CaseContext;
    expect(pauseClock(unstarted, 'CORRECTION', cst('2026-11-23T10:00'))).toBe(unstarted);
  });

  it('counts a pause across National Day 2025 as the working days in it', () => {
    const paused = pauseClock(context(cst('2025-09-22T10:00'), PRC), 'CORRECTION', cst('2025-09-30T12:00'));
    expect(resumeClock(paused, cst('2025-10-09T12:00')).clock.pausedWorkingDays).toBeCloseTo(1, 10);
  });

  it('stays paused until the last of overlapping pauses ends', () => {
    const started = context(cst('2026-11-23T09:00'));
    const stage = pauseClock(started, 'EXCLUDED_STAGE', cst('2026-11-24T00:00'));
    const both = pauseClock(stage, 'CORRECTION', cst('2026-11-25T00:00'));
    const corrected = resumeClock(both, cst('2026-11-26T00:00'), 'CORRECTION');
    expect(corrected.clock).toMatchObject({ pausedSince: cst('2026-11-24T00:00'), pauseReasons: ['EXCLUDED_STAGE'] });
    const resumed = resumeClock(corrected, cst('2026-11-27T00:00'), 'EXCLUDED_STAGE');
    expect(resumed.clock).toMatchObject({ pausedSince: undefined, pausedWorkingDays: 3 });
  });
});

const item: ItemSnapshot = {
  id: 'item-1',
  code: 'TEST-SLA',
  version: 1,
  statutoryDays: 20,
  promisedDays: 3,
  warningDays: 1,
  definition: {
    stages: [
      { name: 'ACCEPTANCE', reviewers: [{ agency: 'WINDOW' }] },
      { name: 'JOINT_REVIEW', reviewers: [{ agency: 'AIC' }, { agency: 'TAX' }] },
      { name: 'EXPERT_REVIEW', reviewers: [{ agency: 'QTS' }], excludedFromLimit: true },
    ],
    issuance: { certificate: 'BUSINESS_LICENCE' },
  },
  fields: ['companyName'],
  materials: [],
};
const officer = (agency: AgencyCode): Actor =>
  agency === 'WINDOW'
    ? { sub: 'clerk', role: 'WINDOW', agency }
    : { sub: `officer-${agency}`, role: 'REVIEWER', agency };
const supervisor: Actor = { sub: 'chief-TAX', role: 'SUPERVISOR', agency: 'TAX' };
const window: Actor = officer('WINDOW');
/** A case of the test item submitted on Monday 23 November 2026, on the PRC calendar. */
const submittedMonday = (applicationId: string) =>
  new CaseStepper({
    applicationId,
    applicantId: 'applicant-1',
    item,
    formData: { companyName: 'A' },
    submittedAt: cst('2026-11-23T09:00'),
    calendar: PRC,
  });

describe('a case through warnings, a correction, escalation, an extension and an excluded stage', () => {
  const kase = submittedMonday('case-1');
  const apply = (event: CaseEvent) => expect(kase.apply(event)).toBeNull();
  const approve = (agency: AgencyCode, at: string, round = 1) => {
    const id = taskId('case-1', agency, round);
    apply({ type: 'CLAIM', taskId: id, actor: officer(agency), at });
    apply({ type: 'DECIDE', taskId: id, actor: officer(agency), decision: 'APPROVE', at });
  };
  const task = (agency: AgencyCode, round = 1) =>
    kase.context.tasks.find((t) => t.id === taskId('case-1', agency, round))!;
  const actions = () => kase.context.timeline.map((entry) => entry.action);

  it('gives each review task 3 promised working days from acceptance, and warns with one left', () => {
    approve('WINDOW', cst('2026-11-23T10:00'));
    expect(task('AIC').dueAt).toBe(cst('2026-11-27T00:00'));
    expect(nextAlarm(kase.context)).toBe(cst('2026-11-26T00:00'));
    apply({ type: 'SLA_CHECK', at: cst('2026-11-26T00:00') });
    expect(task('AIC').warnedAt).toBe(cst('2026-11-26T00:00'));
    expect(actions().filter((action) => action === 'TASK_DEADLINE_WARNING')).toHaveLength(2);
    expect(nextAlarm(kase.context)).toBe(cst('2026-11-27T00:00'));
  });

  it('stops the case and the open tasks while the applicant corrects, and moves their deadlines after', () => {
    const id = taskId('case-1', 'AIC', 1);
    apply({ type: 'CLAIM', taskId: id, actor: officer('AIC'), at: cst('2026-11-26T10:00') });
    apply({
      type: 'DECIDE',
      taskId: id,
      actor: officer('AIC'),
      decision: 'REQUEST_CORRECTION',
      corrections: [{ field: 'companyName', reason: 'name taken' }],
      at: cst('2026-11-26T10:00'),
    });
    expect(task('TAX').pausedSince).toBe(cst('2026-11-26T10:00'));
    expect(nextAlarm(kase.context)).toBeUndefined();
    apply({
      type: 'SUPPLEMENT',
      actor: { sub: 'applicant-1', role: 'APPLICANT' },
      formData: { companyName: 'B' },
      at: cst('2026-12-01T10:00'),
    });
    expect(kase.context.clock.pausedWorkingDays).toBeCloseTo(3, 10);
    expect(task('TAX').pausedWorkingDays).toBeCloseTo(3, 10);
    expect(task('TAX').dueAt).toBe(cst('2026-12-02T00:00'));
    expect(task('AIC', 2).dueAt).toBe(cst('2026-12-05T00:00'));
    const deadline = slaDeadline(kase.context.clock, 20, PRC)!;
    expect(deadline.toISOString()).toBe(cst('2026-12-25T00:00'));
  });

  it('escalates an overdue task to its supervisors, who may reassign it; nobody else may', () => {
    apply({ type: 'SLA_CHECK', at: cst('2026-12-02T00:00') });
    expect(task('TAX')).toMatchObject({ escalatedAt: cst('2026-12-02T00:00'), escalatedTo: 'TAX supervisors' });
    expect(actions()).toContain('TASK_ESCALATED');
    const reassign = (actor: Actor, round = 1, agency: AgencyCode = 'TAX') =>
      kase.problem({
        type: 'REASSIGN',
        taskId: taskId('case-1', agency, round),
        actor,
        assignee: 'officer-TAX-2',
        at: cst('2026-12-03T09:00'),
      });
    expect(reassign(officer('TAX'))?.type).toBe('NOT_ALLOWED');
    expect(reassign({ ...supervisor, agency: 'AIC' }, 2, 'AIC')?.type).toBe('NOT_ESCALATED');
    expect(reassign(supervisor, 2, 'AIC')?.type).toBe('WRONG_AGENCY');
    apply({
      type: 'REASSIGN',
      taskId: taskId('case-1', 'TAX', 1),
      actor: supervisor,
      assignee: 'officer-TAX-2',
      reason: 'on leave',
      at: cst('2026-12-03T09:00'),
    });
    expect(task('TAX')).toMatchObject({ status: 'CLAIMED', assignee: 'officer-TAX-2' });
  });

  it('marks the case overdue when its statutory deadline passes, and an extension lifts it', () => {
    apply({ type: 'SLA_CHECK', at: cst('2026-12-25T00:00') });
    expect(kase.context.clock.overdueSince).toBe(cst('2026-12-25T00:00'));
    const extend = (actor: Actor, workingDays: number, reason = 'joint handling') =>
      ({ type: 'EXTEND', actor, workingDays, reason, at: cst('2026-12-29T09:00') }) as const;
    expect(kase.problem(extend(officer('AIC'), 10))?.type).toBe('NOT_ALLOWED');
    expect(kase.problem(extend(window, 0))?.message).toMatch(/^workingDays:/);
    expect(kase.problem(extend(window, 10, ' '))?.message).toMatch(/^reason:/);
    apply(extend(window, 10));
    expect(kase.context.clock).toMatchObject({ extendedWorkingDays: 10, overdueSince: undefined });
    expect(kase.problem(extend(window, 21))?.message).toBe(
      'workingDays: a whole number from 1 to 20 (10 of 30 already granted)',
    );
    expect(kase.context.timeline.at(-1)).toMatchObject({ action: 'DEADLINE_EXTENDED', actor: 'clerk' });
  });

  it('stops the clock for an expert review, which the statutory limit leaves out', () => {
    apply({
      type: 'DECIDE',
      taskId: taskId('case-1', 'TAX', 1),
      actor: { ...officer('TAX'), sub: 'officer-TAX-2' },
      decision: 'APPROVE',
      at: cst('2027-01-04T10:00'),
    });
    approve('AIC', cst('2027-01-04T10:00'), 2);
    expect(kase.context.clock.pauseReasons).toEqual(['EXCLUDED_STAGE']);
    const before = kase.context.clock.pausedWorkingDays;
    approve('QTS', cst('2027-01-06T10:00'));
    expect(kase.state).toBe('approved');
    expect(kase.context.clock.pausedWorkingDays - before).toBeCloseTo(2, 10);
    expect(nextAlarm(kase.context)).toBeUndefined();
  });
});

describe('a calendar correction reaching an open case', () => {
  const kase = submittedMonday('case-2');
  const window = { type: 'CLAIM', taskId: taskId('case-2', 'WINDOW', 1), actor: officer('WINDOW') } as const;
  const v2 = (holidays: string[]) => ({ ...PRC.years.find((year) => year.year === 2026)!, version: 2, holidays });

  it('changes only the days after the one it arrives on, and moves the alarms with them', () => {
    expect(kase.apply({ ...window, at: cst('2026-11-23T10:00') })).toBeNull();
    expect(kase.context.tasks[0].dueAt).toBe(cst('2026-11-27T00:00'));
    // News on Wednesday 25th, backdated to the 24th, that the 25th and 26th are days off.
    const event = { type: 'CALENDAR', year: v2(['2026-11-25', '2026-11-26']), from: '2026-11-24' } as const;
    expect(kase.apply({ ...event, at: cst('2026-11-25T12:00') })).toBeNull();
    // The 25th had begun to count and stays worked; the 26th is off, so Friday 27th takes its place.
    expect(kase.context.tasks[0].dueAt).toBe(cst('2026-11-28T00:00'));
    expect(kase.context.timeline.at(-1)!.detail).toMatch(/counts from 2026-11-26$/);
    expect(nextAlarm(kase.context)).toBe(cst('2026-11-27T00:00'));
    expect(kase.apply({ type: 'SLA_CHECK', at: cst('2026-11-26T00:00') })).toBeNull();
    expect(kase.context.tasks[0].warnedAt).toBeUndefined();
    expect(kase.apply({ type: 'SLA_CHECK', at: cst('2026-11-27T00:00') })).toBeNull();
    expect(kase.context.tasks[0].warnedAt).toBe(cst('2026-11-27T00:00'));
  });
});
