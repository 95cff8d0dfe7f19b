import { WEEKDAYS_ONLY } from '../../domain/calendar';
import { slaDeadline, slaView, type SlaState } from '../../domain/sla';
import * as time from '../../domain/working-time';

// Cases submitted before the PRC calendar count Monday to Friday; these tables pin that down.
const workingDaysBetween = (from: Date, to: Date) => time.workingDaysBetween(WEEKDAYS_ONLY, from, to);
const addWorkingDays = (from: Date, days: number) => time.addWorkingDays(WEEKDAYS_ONLY, from, days);
const deadlineAfter = (from: Date, days: number) => time.deadlineAfter(WEEKDAYS_ONLY, from, days);
const state = (parts: Partial<SlaState>): SlaState => ({
  pausedWorkingDays: 0,
  extendedWorkingDays: 0,
  warningDays: 1,
  ...parts,
});
const view = (parts: Partial<SlaState>, now: Date) => slaView(WEEKDAYS_ONLY, state(parts), now);

/** China Standard Time, written as people in the hall read it. */
const cst = (local: string) => new Date(`${local}+08:00`);

describe('working days, Monday to Friday in China Standard Time', () => {
  // 2026-11-23 is a Monday.
  it.each([
    ['a whole week', '2026-11-23T00:00', '2026-11-28T00:00', 5],
    ['Friday noon to Monday noon', '2026-11-27T12:00', '2026-11-30T12:00', 1],
    ['a weekend alone', '2026-11-28T00:00', '2026-11-30T00:00', 0],
    ['half a Tuesday', '2026-11-24T06:00', '2026-11-24T18:00', 0.5],
    ['backwards', '2026-11-30T12:00', '2026-11-27T12:00', -1],
  ])('%s: %s → %s is %d', (_case, from, to, days) => {
    expect(workingDaysBetween(cst(from), cst(to))).toBeCloseTo(days, 10);
  });

  it('counts the day boundary in Beijing, not in UTC', () => {
    // Saturday 07:00 in Beijing is still Friday 23:00 UTC; it must not count as working time.
    expect(workingDaysBetween(cst('2026-11-28T07:00'), cst('2026-11-28T08:00'))).toBe(0);
  });

  it.each([
    ['Friday 18:00 plus half a day', '2026-11-27T18:00', 0.5, '2026-11-30T06:00'],
    ['Saturday plus one day', '2026-11-28T10:00', 1, '2026-12-01T00:00'],
    ['Monday plus five', '2026-11-23T00:00', 5, '2026-11-28T00:00'],
  ])('%s', (_case, from, days, expected) => {
    expect(addWorkingDays(cst(from), days).toISOString()).toBe(cst(expected).toISOString());
  });

  it.each([
    ['accepted Monday, 3 days: ends with Thursday', '2026-11-23T10:00', 3, '2026-11-27T00:00'],
    ['accepted Friday, 1 day: ends with Monday', '2026-11-27T16:00', 1, '2026-12-01T00:00'],
    ['accepted Saturday, 1 day: ends with Monday', '2026-11-28T10:00', 1, '2026-12-01T00:00'],
    ['accepted Wednesday, 20 days: four weeks on', '2026-11-25T09:00', 20, '2026-12-24T00:00'],
  ])('a limit runs from the next day: %s', (_case, start, days, expected) => {
    expect(deadlineAfter(cst(start), days).toISOString()).toBe(cst(expected).toISOString());
  });
});

describe('the SLA clock', () => {
  const clock = { startedAt: cst('2026-11-23T10:00').toISOString(), pausedWorkingDays: 0 };

  it('has no deadline before acceptance', () => {
    expect(slaDeadline({ pausedWorkingDays: 0 }, 20, WEEKDAYS_ONLY)).toBeUndefined();
    expect(view({}, new Date())).toEqual({
      deadline: null,
      remainingWorkingDays: null,
      paused: false,
      pausedWorkingDays: 0,
      extendedWorkingDays: 0,
      overdue: false,
      warningLevel: 'NONE',
      calendarWarnings: [],
    });
  });

  it('pushes the deadline back by the working days spent correcting', () => {
    const plain = slaDeadline(clock, 3, WEEKDAYS_ONLY)!;
    const afterPause = slaDeadline({ ...clock, pausedWorkingDays: 2 }, 3, WEEKDAYS_ONLY)!;
    expect(workingDaysBetween(plain, afterPause)).toBeCloseTo(2, 10);
    expect(afterPause.toISOString()).toBe(cst('2026-12-01T00:00').toISOString());
  });

  it('counts down, freezes while paused, and marks overdue', () => {
    const deadline = slaDeadline(clock, 3, WEEKDAYS_ONLY)!;
    expect(view({ deadline }, cst('2026-11-25T00:00')).remainingWorkingDays).toBe(2);
    const paused = view({ deadline, pausedSince: cst('2026-11-25T12:00') }, cst('2026-12-10T00:00'));
    expect(paused).toMatchObject({ paused: true, overdue: false, remainingWorkingDays: 1.5 });
    expect(view({ deadline }, cst('2026-11-30T12:00'))).toMatchObject({ overdue: true, remainingWorkingDays: -1.5 });
    expect(view({ deadline, endedAt: cst('2026-11-26T00:00') }, cst('2027-01-01T00:00'))).toMatchObject({
      overdue: false,
      remainingWorkingDays: 1,
    });
  });
});
