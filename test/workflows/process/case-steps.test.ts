import type { CaseContext } from '../../../workflows/process/case-model';
import { pauseClock, resumeClock } from '../../../workflows/process/case-steps';

const cst = (local: string) => new Date(`${local}+08:00`).toISOString();
const context = (startedAt: string) => ({ clock: { startedAt, pausedWorkingDays: 0 } }) as unknown as CaseContext;

describe('pausing the SLA clock', () => {
  it('counts the working days the applicant spent correcting', () => {
    const paused = pauseClock(context(cst('2026-11-23T09:00')), cst('2026-11-24T12:00'));
    expect(resumeClock(paused, cst('2026-11-26T12:00')).clock).toEqual({
      startedAt: cst('2026-11-23T09:00'),
      pausedWorkingDays: 2,
      pausedSince: undefined,
    });
  });

  it('does not count a pause on the day of acceptance, before the limit began to run', () => {
    const paused = pauseClock(context(cst('2026-11-23T09:00')), cst('2026-11-23T10:00'));
    expect(resumeClock(paused, cst('2026-11-23T17:00')).clock.pausedWorkingDays).toBe(0);
    expect(resumeClock(paused, cst('2026-11-24T12:00')).clock.pausedWorkingDays).toBe(0.5);
  });

  it('does not pause a clock that has not started', () => {
    const unstarted = { clock: { pausedWorkingDays: 0 } } as unknown as CaseContext;
    expect(pauseClock(unstarted, cst('2026-11-23T10:00'))).toBe(unstarted);
  });
});
