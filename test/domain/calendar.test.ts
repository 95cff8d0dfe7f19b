import { PRC_CALENDAR_YEARS } from '../../calendar/prc-years';
import {
  applyCorrection,
  calendarWarnings,
  isWorkingDay,
  localMidnight,
  type WorkCalendar,
} from '../../domain/calendar';
import { slaView } from '../../domain/sla';
import { deadlineAfter, nextWorkingMoment, workingDaysBetween } from '../../domain/working-time';

const PRC: WorkCalendar = { years: PRC_CALENDAR_YEARS };
/** China Standard Time, written as people in the hall read it. */
const cst = (local: string) => new Date(`${local}+08:00`);
const worked = (date: string) => isWorkingDay(PRC, localMidnight(date).getTime());

describe('the PRC calendar as shipped', () => {
  it.each([
    ['2025-01-26', true, 'Sunday before Spring Festival, a make-up day'],
    ['2025-01-28', false, 'Spring Festival eve'],
    ['2025-02-04', false, 'the last day of Spring Festival'],
    ['2025-02-08', true, 'Saturday after Spring Festival, a make-up day'],
    ['2025-09-28', true, 'Sunday before National Day, a make-up day'],
    ['2025-10-06', false, 'Mid-Autumn inside the National Day week'],
    ['2025-10-11', true, 'Saturday after National Day, a make-up day'],
    ['2026-01-02', false, 'New Year, a Friday off'],
    ['2026-01-04', true, 'Sunday after New Year, a make-up day'],
    ['2026-02-14', true, 'Saturday before Spring Festival, a make-up day'],
    ['2026-02-23', false, 'Monday, the last day of Spring Festival'],
    ['2026-02-28', true, 'Saturday after Spring Festival, a make-up day'],
    ['2026-10-07', false, 'the last day of National Day'],
    ['2026-10-10', true, 'Saturday after National Day, a make-up day'],
    ['2026-11-26', true, 'an ordinary Thursday'],
    ['2026-11-28', false, 'an ordinary Saturday'],
    ['2027-02-08', false, 'Spring Festival 2027 (provisional: statutory days)'],
    ['2027-10-04', true, 'Monday after the statutory National Day 2027 (until the notice says otherwise)'],
  ])('%s worked: %s (%s)', (date, expected) => {
    expect(worked(date)).toBe(expected);
  });

  it('has 2025 and 2026 from the notices and 2027 as provisional', () => {
    expect(PRC.years.map((year) => [year.year, year.provisional])).toEqual([
      [2025, false],
      [2026, false],
      [2027, true],
    ]);
  });
});

describe('working-day arithmetic on the PRC calendar', () => {
  it.each([
    // Accepted Thursday; Friday, the make-up Saturday and the Tuesday after the festival count.
    ['Spring Festival 2026', '2026-02-12T10:00', 3, '2026-02-25T00:00'],
    // Sunday 28 September is worked; 1 to 8 October are not; Saturday 11 October is.
    ['National Day 2025', '2025-09-26T15:00', 5, '2025-10-11T00:00'],
    ['National Day 2025, one day more: the make-up Saturday', '2025-09-26T15:00', 6, '2025-10-12T00:00'],
    // 31 December, the make-up Sunday 4 January, Monday 5 January.
    ['across New Year 2026', '2025-12-30T11:00', 3, '2026-01-06T00:00'],
    // Mid-Autumn 25 September and 1 to 7 October off; Saturday 10 October worked.
    ['20 days across Mid-Autumn and National Day 2026', '2026-09-21T09:00', 20, '2026-10-27T00:00'],
  ])('a deadline: %s', (_case, start, days, expected) => {
    expect(deadlineAfter(PRC, cst(start), days).toISOString()).toBe(cst(expected).toISOString());
  });

  it.each([
    ['Spring Festival fortnight 2026', '2026-02-14T00:00', '2026-03-02T00:00', 6],
    ['a pause across National Day 2025', '2025-09-30T12:00', '2025-10-09T12:00', 1],
    ['New Year 2026 week', '2025-12-29T00:00', '2026-01-05T00:00', 4],
  ])('working days in %s', (_case, from, to, days) => {
    expect(workingDaysBetween(PRC, cst(from), cst(to))).toBeCloseTo(days, 10);
  });

  it('moves an alert off a holiday to the next working morning', () => {
    expect(nextWorkingMoment(PRC, cst('2026-02-15T00:00')).toISOString()).toBe(cst('2026-02-24T00:00').toISOString());
    expect(nextWorkingMoment(PRC, cst('2026-02-14T09:00')).toISOString()).toBe(cst('2026-02-14T09:00').toISOString());
  });

  it('shows the time left across the festival, frozen while paused', () => {
    const deadline = cst('2026-02-25T00:00');
    const base = { deadline, pausedWorkingDays: 0, extendedWorkingDays: 0, warningDays: 1 };
    expect(slaView(PRC, base, cst('2026-02-13T12:00'))).toMatchObject({
      remainingWorkingDays: 2.5,
      warningLevel: 'NONE',
    });
    expect(slaView(PRC, base, cst('2026-02-20T12:00'))).toMatchObject({
      remainingWorkingDays: 1,
      warningLevel: 'WARNING',
    });
    const paused = { ...base, pausedSince: cst('2026-02-13T12:00') };
    expect(slaView(PRC, paused, cst('2026-03-20T00:00'))).toMatchObject({ paused: true, remainingWorkingDays: 2.5 });
    expect(slaView(PRC, base, cst('2026-02-25T12:00'))).toMatchObject({ overdue: true, warningLevel: 'OVERDUE' });
  });
});

describe('years the calendar does not know for sure', () => {
  it('names an unknown year and a provisional one, and nothing for announced years', () => {
    expect(calendarWarnings(PRC, cst('2026-03-01T00:00'), cst('2026-04-01T00:00'))).toEqual([]);
    const warnings = calendarWarnings(PRC, cst('2026-12-20T00:00'), cst('2028-01-10T00:00'));
    expect(warnings).toHaveLength(2);
    expect(warnings[0]).toMatch(/^2027 is provisional/);
    expect(warnings[1]).toMatch(/^2028 is not in the working-day calendar/);
  });

  it('counts an unknown year Monday to Friday, and says so in the clock', () => {
    expect(worked('2028-01-03')).toBe(true);
    const view = slaView(
      PRC,
      { deadline: cst('2028-01-10T00:00'), pausedWorkingDays: 0, extendedWorkingDays: 0, warningDays: 1 },
      cst('2027-12-28T00:00'),
    );
    expect(view.calendarWarnings.join(' ')).toMatch(/2028 is not in the working-day calendar/);
  });
});

describe('a correction of a year', () => {
  const v1 = PRC.years.find((year) => year.year === 2026)!;
  // Suppose the State Council moves the make-up day of 10 October to Sunday 11 October.
  const v2 = {
    ...v1,
    version: 2,
    workdays: [...v1.workdays.filter((date) => date !== '2026-10-10'), '2026-10-11'],
  };

  it('applies to the dates from the day it is loaded on, and keeps the ones before', () => {
    const corrected = applyCorrection(PRC, v2, '2026-10-01');
    expect(isWorkingDay(corrected, localMidnight('2026-10-10').getTime())).toBe(false);
    expect(isWorkingDay(corrected, localMidnight('2026-10-11').getTime())).toBe(true);
    const late = applyCorrection(PRC, { ...v2, workdays: [...v2.workdays, '2026-02-15'] }, '2026-10-01');
    expect(isWorkingDay(late, localMidnight('2026-02-15').getTime())).toBe(false);
  });

  it('ignores a version the case already has', () => {
    const corrected = applyCorrection(PRC, v2, '2026-10-01');
    expect(applyCorrection(corrected, v2, '2026-11-01')).toBe(corrected);
  });
});
