import type { WorkCalendar } from '../../domain/calendar';
import {
  rectificationQuery,
  recordReturnCallUpdate,
  submitRectificationUpdate,
} from '../../workflows/rectification-contract';
import { calendarCorrectedSignal } from '../../workflows/approval-contract';
import { startRectification } from '../helpers/rectifications';
import { startTimeSkipping } from '../helpers/time-skipping';
import { approvalWorkerPerFile } from '../helpers/workflow-env';

/*
 * A bad rating's rectification on Temporal's time-skipping test server, over a calendar whose
 * three weekdays after the rating are holidays: the deadlines come from the workflow's own timers,
 * and the expected instants from a plain day-by-day count written here.
 */

const DAY = 86_400_000;
const CHINA = 8 * 3_600_000;
const dateOf = (ms: number) => new Date(ms + CHINA).toISOString().slice(0, 10);
const midnight = (date: string) => Date.parse(`${date}T00:00:00+08:00`);
const weekday = (date: string) => ![0, 6].includes(new Date(`${date}T00:00:00Z`).getUTCDay());

function holidaysAfter(ms: number, count: number): WorkCalendar {
  const dates: string[] = [];
  for (let day = midnight(dateOf(ms)) + DAY; dates.length < count; day += DAY) {
    if (weekday(dateOf(day))) dates.push(dateOf(day));
  }
  const years = [...new Set(dates.map((date) => Number(date.slice(0, 4))))];
  return {
    years: years.map((year) => ({
      year,
      version: 1,
      provisional: false,
      source: 'test: three weekdays off after the rating',
      holidays: dates.filter((date) => date.startsWith(String(year))),
      workdays: [],
    })),
  };
}

function nthWorkingDate(calendar: WorkCalendar, ms: number, n: number): string {
  const off = new Set(calendar.years.flatMap((year) => year.holidays));
  let day = midnight(dateOf(ms));
  for (let count = 0; count < n;) {
    day += DAY;
    if (weekday(dateOf(day)) && !off.has(dateOf(day))) count += 1;
  }
  return dateOf(day);
}
/** Midnight after the nth working day after the date of `ms`: a limit of n working days ends there. */
const endOfNthWorkingDay = (calendar: WorkCalendar, ms: number, n: number) =>
  midnight(nthWorkingDate(calendar, ms, n)) + DAY;

const setup = approvalWorkerPerFile(startTimeSkipping);

async function sleepUntil(ms: number): Promise<void> {
  const now = await setup.env.currentTimeMs();
  if (ms > now) await setup.env.sleep(ms - now);
}

/** The read-model row once `ready` holds of it (the activity writes a moment after the timer). */
async function rowWhen<T>(id: string, ready: (row: Record<string, any>) => T | undefined | null | false) {
  const giveUp = Date.now() + 15_000;
  for (;;) {
    const row = await setup.database.prisma.rectification.findUnique({ where: { id } });
    if ((row && ready(row)) || Date.now() > giveUp) return row!;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

function expectAt(at: Date | null, instant: number): void {
  expect(at).not.toBeNull();
  expect(at!.getTime()).toBeGreaterThanOrEqual(instant);
  expect(at!.getTime() - instant).toBeLessThan(60_000);
}

it('escalates a missed return call and warns and escalates the rectification at the working days of its calendar', async () => {
  const ratedAt = await setup.env.currentTimeMs();
  const calendar = holidaysAfter(ratedAt, 3);
  const { id, handle } = await startRectification(setup.env, setup.database.prisma, {
    name: 'timers',
    agency: 'AIC',
    ratedAt,
    calendar,
    tags: ['多次跑动'],
  });

  const returnCallDue = endOfNthWorkingDay(calendar, ratedAt, 1);
  const warnAt = midnight(nthWorkingDate(calendar, ratedAt, 15));
  const dueAt = endOfNthWorkingDay(calendar, ratedAt, 15);
  // The holidays count: Monday to Friday alone would end each limit three working days sooner.
  expect(returnCallDue).toBeGreaterThan(endOfNthWorkingDay({ years: [] }, ratedAt, 1));
  const opened = await rowWhen(id, (row) => row);
  expect(opened.returnCallDueAt.getTime()).toBe(returnCallDue);
  expect(opened.dueAt.getTime()).toBe(dueAt);

  await sleepUntil(returnCallDue - 60_000);
  expect((await handle.query(rectificationQuery)).returnCallEscalatedAt).toBeUndefined();
  await sleepUntil(returnCallDue + 1);
  const missed = await rowWhen(id, (row) => row.returnCallEscalatedAt);
  expectAt(missed.returnCallEscalatedAt, returnCallDue);
  expect(missed.escalatedTo).toBe('AIC supervisors');
  expect(missed.warnedAt).toBeNull();

  const officer = { sub: 'officer-AIC', role: 'REVIEWER' as const, agency: 'AIC' };
  await handle.executeUpdate(recordReturnCallUpdate, { args: [{ actor: officer, text: '已电话回访' }] });

  await sleepUntil(warnAt - 60_000);
  expect((await handle.query(rectificationQuery)).warnedAt).toBeUndefined();
  await sleepUntil(warnAt + 1);
  expectAt((await rowWhen(id, (row) => row.warnedAt)).warnedAt, warnAt);

  await sleepUntil(dueAt - 60_000);
  expect((await handle.query(rectificationQuery)).escalatedAt).toBeUndefined();
  await sleepUntil(dueAt + 1);
  const overdue = await rowWhen(id, (row) => row.escalatedAt);
  expectAt(overdue.escalatedAt, dueAt);
  expect(overdue.escalatedTo).toBe('AIC supervisors');

  const done = await handle.executeUpdate(submitRectificationUpdate, {
    args: [{ actor: officer, text: '已精简材料清单' }],
  });
  expect(done.feedback?.text).toBe('已精简材料清单');
  expect((await handle.result()).feedback).toBeDefined();
  const finished = await rowWhen(id, (row) => row.feedbackAt);
  expect(finished.feedbackAt!.getTime()).toBeGreaterThan(dueAt);
});

it('refuses a step by another agency, feedback before the return call, and a second return call', async () => {
  const { handle } = await startRectification(setup.env, setup.database.prisma, {
    name: 'refusals',
    agency: 'TAX',
    ratedAt: await setup.env.currentTimeMs(),
    calendar: { years: [] },
  });
  const tax = { sub: 'officer-TAX', role: 'REVIEWER' as const, agency: 'TAX' };
  const aic = { sub: 'officer-AIC', role: 'SUPERVISOR' as const, agency: 'AIC' };
  const refusal = (promise: Promise<unknown>) =>
    promise.then(
      () => 'accepted',
      (error: { cause?: { type?: string } }) => error.cause?.type,
    );
  expect(await refusal(handle.executeUpdate(recordReturnCallUpdate, { args: [{ actor: aic, text: 'x' }] }))).toBe(
    'RECTIFICATION_WRONG_AGENCY',
  );
  expect(await refusal(handle.executeUpdate(submitRectificationUpdate, { args: [{ actor: tax, text: 'x' }] }))).toBe(
    'NO_RETURN_CALL',
  );
  await handle.executeUpdate(recordReturnCallUpdate, { args: [{ actor: tax, text: '回访' }] });
  expect(await refusal(handle.executeUpdate(recordReturnCallUpdate, { args: [{ actor: tax, text: 'again' }] }))).toBe(
    'RETURN_CALL_RECORDED',
  );
  await handle.executeUpdate(submitRectificationUpdate, { args: [{ actor: tax, text: '整改完成' }] });
  expect((await handle.result()).returnCall?.note).toBe('回访');
});

it('moves the deadlines not yet passed when a calendar correction adds holidays, and escalates at the new time', async () => {
  const ratedAt = await setup.env.currentTimeMs();
  // Rated on a calendar of plain weekdays; three weekdays after the rating are then made holidays.
  const { id, handle } = await startRectification(setup.env, setup.database.prisma, {
    name: 'recalendar',
    agency: 'AIC',
    ratedAt,
    calendar: { years: [] },
  });
  const plain = { years: [] };
  const corrected = holidaysAfter(ratedAt, 3);
  const firstDue = endOfNthWorkingDay(plain, ratedAt, 15);
  expect((await rowWhen(id, (row) => row)).dueAt.getTime()).toBe(firstDue);

  for (const year of corrected.years) {
    await handle.signal(calendarCorrectedSignal, { year: { ...year, version: 2 }, from: dateOf(ratedAt) });
  }
  const returnCallDue = endOfNthWorkingDay(corrected, ratedAt, 1);
  const dueAt = endOfNthWorkingDay(corrected, ratedAt, 15);
  expect(dueAt).toBeGreaterThan(firstDue);
  const moved = await rowWhen(id, (row) => row.dueAt.getTime() !== firstDue);
  expect(moved.dueAt.getTime()).toBe(dueAt);
  expect(moved.returnCallDueAt.getTime()).toBe(returnCallDue);

  const officer = { sub: 'officer-AIC', role: 'REVIEWER' as const, agency: 'AIC' };
  await handle.executeUpdate(recordReturnCallUpdate, { args: [{ actor: officer, text: '已回访' }] });
  await sleepUntil(firstDue + 1);
  expect((await handle.query(rectificationQuery)).escalatedAt).toBeUndefined();
  await sleepUntil(dueAt + 1);
  expectAt((await rowWhen(id, (row) => row.escalatedAt)).escalatedAt, dueAt);
  await handle.executeUpdate(submitRectificationUpdate, { args: [{ actor: officer, text: '已整改' }] });
  await handle.result();
});
