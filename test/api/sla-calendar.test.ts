import { localDate } from '../../domain/calendar';
import { errorCodes } from '../helpers/graphql';
import { fiveInOneForm } from '../helpers/forms';
import { officer, Person } from '../helpers/lianban-client';
import { startTestService, type TestService } from '../helpers/service';

let service: TestService;
let admin: Person;
let applicant: Person;
let window: Person;

beforeAll(async () => {
  service = await startTestService();
  [admin, applicant, window] = await Promise.all([
    Person.signIn(service, { sub: 'admin-1', role: 'ADMIN' }),
    Person.signIn(service, { sub: 'enterprise-sla', role: 'APPLICANT' }),
    Person.signIn(service, officer('WINDOW')),
  ]);
}, 120_000);

afterAll(async () => {
  await service?.stop();
});

const CALENDAR = `query ($year: Int!) { calendar(year: $year) { year version provisional source holidays workdays reason loadedBy } }`;
const LOAD = `mutation ($input: CalendarYearInput!) { loadCalendarYear(input: $input) { year version holidays reason loadedBy } }`;
const SLA = `id sla { deadline remainingWorkingDays paused pausedWorkingDays extendedWorkingDays overdue warningLevel calendarWarnings }
  tasks { id stage dueAt sla { deadline warningLevel } } timeline(first: 100) { nodes { action actor detail } }`;

async function acceptedCase() {
  const submitted = await applicant.submit('XC-0001', fiveInOneForm);
  await window.review(submitted.id);
  return (await applicant.data(`query ($id: ID!) { application(id: $id) { ${SLA} } }`, { id: submitted.id }))
    .application;
}

describe('the working-day calendar', () => {
  it('is seeded for 2025 to 2027 and readable by anyone signed in', async () => {
    const { calendar } = await applicant.data(CALENDAR, { year: 2026 });
    expect(calendar).toMatchObject({ year: 2026, version: 1, provisional: false, loadedBy: 'seed' });
    expect(calendar.holidays).toContain('2026-02-17');
    expect(calendar.workdays).toEqual([
      '2026-01-04',
      '2026-02-14',
      '2026-02-28',
      '2026-05-09',
      '2026-09-20',
      '2026-10-10',
    ]);
    expect(calendar.source).toMatch(/chinese-days/);
    expect((await applicant.data(CALENDAR, { year: 2027 })).calendar.provisional).toBe(true);
  });

  it('says plainly that a year is unknown', async () => {
    const response = await applicant.request(CALENDAR, { year: 2031 });
    expect(errorCodes(response)).toEqual(['NOT_FOUND']);
    expect(response.errors![0].message).toMatch(/No working-day calendar for 2031/);
  });

  it('refuses bad input naming each problem, and stores nothing', async () => {
    const input = {
      year: 2031,
      holidays: ['2031-01-01', '2031-02-30', '2030-12-31', '2031-01-01', '2031-01-01 and the day after'],
      workdays: ['2031-01-06'],
      source: 'test',
    };
    const response = await admin.request(LOAD, { input });
    expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
    const problems = response.errors![0].extensions!.fields as Array<{ field: string; message: string }>;
    // A date too long to be one is named with the others, not alone before them.
    expect(problems.map((problem) => problem.field)).toEqual([
      'holidays[1]',
      'holidays[2]',
      'holidays[3]',
      'holidays[4]',
      'workdays[0]',
    ]);
    expect(problems[2].message).toBe('2031-01-01 is listed twice');
    expect(problems[3].message).toBe('2031-01-01 and the d… is not a date (YYYY-MM-DD)');
    expect(errorCodes(await admin.request(CALENDAR, { year: 2031 }))).toEqual(['NOT_FOUND']);
    expect(errorCodes(await window.request(LOAD, { input: { ...input, holidays: [], workdays: [] } }))).toEqual([
      'FORBIDDEN',
    ]);
  });

  it('takes a correction as a new version, with its reason, and open cases move their deadlines', async () => {
    const kase = await acceptedCase();
    const review = kase.tasks.find((task: { stage: string }) => task.stage === 'JOINT_REVIEW');
    // Make the review's last working day a holiday: its deadline moves to the next working day.
    const lastDay = localDate(Date.parse(review.dueAt) - 1);
    const year = Number(lastDay.slice(0, 4));
    const current = await admin.request(CALENDAR, { year });
    const before = current.data?.calendar ?? { holidays: [], workdays: [], version: 0 };
    const correction = {
      year,
      holidays: [...before.holidays, lastDay],
      workdays: before.workdays,
      source: 'test notice',
    };
    if (before.version > 0) {
      expect(errorCodes(await admin.request(LOAD, { input: correction }))).toEqual(['BAD_USER_INPUT']);
    }
    const loaded = (await admin.data(LOAD, { input: { ...correction, reason: 'typhoon day off' } })).loadCalendarYear;
    expect(loaded).toMatchObject({ year, version: before.version + 1, loadedBy: 'admin-1' });

    const giveUp = Date.now() + 20_000;
    let moved = review.dueAt;
    while (moved === review.dueAt && Date.now() < giveUp) {
      await new Promise((resolve) => setTimeout(resolve, 200));
      const { application } = await applicant.data(`query ($id: ID!) { application(id: $id) { ${SLA} } }`, {
        id: kase.id,
      });
      moved = application.tasks.find((task: { id: string }) => task.id === review.id).dueAt;
    }
    expect(Date.parse(moved)).toBeGreaterThan(Date.parse(review.dueAt));
    expect(localDate(Date.parse(moved) - 1)).not.toBe(lastDay);
    const { application } = await admin.data(`query ($id: ID!) { application(id: $id) { ${SLA} } }`, { id: kase.id });
    expect(application.timeline.nodes.map((entry: { action: string }) => entry.action)).toContain('CALENDAR_UPDATED');
  });
});

describe('extending a deadline (延期)', () => {
  const EXTEND = `mutation ($id: ID!, $days: Int!, $reason: String!) {
    extendDeadline(id: $id, workingDays: $days, reason: $reason) { ${SLA} } }`;

  it('takes a WINDOW decision with a reason, and is on the record', async () => {
    const kase = await acceptedCase();
    expect(kase.sla).toMatchObject({ extendedWorkingDays: 0, paused: false, overdue: false, warningLevel: 'NONE' });
    const reviewer = await Person.signIn(service, officer('AIC'));
    expect(errorCodes(await reviewer.request(EXTEND, { id: kase.id, days: 10, reason: 'joint handling' }))).toEqual([
      'FORBIDDEN',
    ]);
    expect(errorCodes(await applicant.request(EXTEND, { id: kase.id, days: 10, reason: 'please' }))).toEqual([
      'FORBIDDEN',
    ]);
    expect(errorCodes(await window.request(EXTEND, { id: kase.id, days: 0, reason: 'x' }))).toEqual(['BAD_USER_INPUT']);
    expect(errorCodes(await window.request(EXTEND, { id: kase.id, days: 10, reason: ' ' }))).toEqual([
      'BAD_USER_INPUT',
    ]);

    const { extendDeadline } = await window.data(EXTEND, { id: kase.id, days: 10, reason: '联合办理，需延长' });
    expect(extendDeadline.sla.extendedWorkingDays).toBe(10);
    expect(extendDeadline.sla.remainingWorkingDays - kase.sla.remainingWorkingDays).toBeCloseTo(10, 0);
    expect(extendDeadline.timeline.nodes.at(-1)).toMatchObject({
      action: 'DEADLINE_EXTENDED',
      actor: 'officer-WINDOW',
    });
    expect(extendDeadline.timeline.nodes.at(-1).detail).toBe('+10 working days: 联合办理，需延长');
  });

  it('is refused before acceptance, when the clock has not started', async () => {
    const submitted = await applicant.submit('XC-0001', fiveInOneForm);
    const response = await window.request(EXTEND, { id: submitted.id, days: 5, reason: 'early' });
    expect(errorCodes(response)).toEqual(['CONFLICT']);
    expect(response.errors![0].message).toMatch(/clock starts at acceptance/);
  });
});
