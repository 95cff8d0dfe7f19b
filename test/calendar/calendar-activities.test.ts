import { MockActivityEnvironment } from '@temporalio/testing';
import { createCalendarActivities } from '../../calendar/calendar-activities';
import { broadcastSeededYears } from '../../calendar/calendar-broadcast';
import { seedCalendar } from '../../calendar/calendar-store';
import { localDate } from '../../domain/calendar';
import { caseQuery, type CalendarCorrection } from '../../workflows/approval-contract';
import {
  rectificationQuery,
  rectificationRecordedUpdate,
  recordReturnCallUpdate,
  submitRectificationUpdate,
} from '../../workflows/rectification-contract';
import { fiveInOneForm } from '../helpers/forms';
import { startRectification } from '../helpers/rectifications';
import { startTimeSkipping } from '../helpers/time-skipping';
import { approvalWorkerPerFile, startCase } from '../helpers/workflow-env';

const setup = approvalWorkerPerFile(startTimeSkipping);

it('tells open cases of a correction: all of them, or those submitted since a time, resuming after the last one told', async () => {
  const now = await setup.env.currentTimeMs();
  const earlier = await startCase(setup.env, setup.database.prisma, 'XC-0001', fiveInOneForm, 'applicant-1', {
    submittedAt: new Date(now - 3_600_000),
  });
  const recent = await startCase(setup.env, setup.database.prisma, 'XC-0001', fiveInOneForm, 'applicant-1', {
    submittedAt: new Date(now),
  });
  const year = Number(localDate(now).slice(0, 4));
  const correction = (version: number): CalendarCorrection => ({
    year: { year, version, provisional: false, source: 'test', holidays: [], workdays: [] },
    from: localDate(now),
  });
  const versionOf = async (handle: typeof recent.handle) =>
    (await handle.query(caseQuery)).context.calendar?.years.find((candidate) => candidate.year === year)?.version;
  const { signalOpenCases } = createCalendarActivities({ prisma: setup.database.prisma, temporal: setup.env.client });
  const run = (
    info: ConstructorParameters<typeof MockActivityEnvironment>[0],
    ...args: Parameters<typeof signalOpenCases>
  ) => new MockActivityEnvironment(info).run(signalOpenCases, ...args);

  expect(await run({}, correction(50), new Date(now - 600_000).toISOString())).toBe(1);
  expect(await versionOf(recent.handle)).toBe(50);
  expect(await versionOf(earlier.handle)).not.toBe(50);

  // A retried attempt goes on after the case its heartbeat names.
  const [first, second] = [earlier.applicationId, recent.applicationId].sort();
  expect(await run({ heartbeatDetails: first }, correction(60))).toBe(1);
  const handleOf = (id: string) => (id === recent.applicationId ? recent.handle : earlier.handle);
  expect(await versionOf(handleOf(second))).toBe(60);
  expect(await versionOf(handleOf(first))).not.toBe(60);
  expect(await run({}, correction(70))).toBe(2);
  expect([await versionOf(earlier.handle), await versionOf(recent.handle)]).toEqual([70, 70]);
}, 120_000);

it('brings a year the seed adds to the cases already open', async () => {
  const now = await setup.env.currentTimeMs();
  const open = await startCase(setup.env, setup.database.prisma, 'XC-0001', fiveInOneForm, 'applicant-1', {
    submittedAt: new Date(now),
  });
  const added = { year: 2031, version: 1, provisional: true, source: 'test', holidays: ['2031-01-01'], workdays: [] };
  expect(await seedCalendar(setup.database.prisma, [added])).toEqual([2031]);
  await broadcastSeededYears(setup.database.prisma, setup.env.client, [2031], new Date(now));
  // The broadcast's second pass waits a minute; the test server skips it.
  expect(await setup.env.client.workflow.getHandle('calendar-2031-v1').result()).toBeGreaterThanOrEqual(2);
  const { context } = await open.handle.query(caseQuery);
  expect(context.calendar?.years.find((year) => year.year === 2031)).toMatchObject({
    version: 1,
    holidays: ['2031-01-01'],
  });
}, 120_000);

it('tells a rectification still waiting for its feedback, whose deadline then moves; not one that is finished', async () => {
  const now = await setup.env.currentTimeMs();
  const { prisma } = setup.database;
  const open = async (name: string) => {
    const started = await startRectification(setup.env, prisma, {
      name,
      agency: 'AIC',
      ratedAt: now,
      calendar: { years: [] },
    });
    await started.handle.executeUpdate(rectificationRecordedUpdate);
    return started;
  };
  const waiting = await open('waiting');
  const finished = await open('finished');
  const officer = { sub: 'officer-AIC', role: 'REVIEWER' as const, agency: 'AIC' };
  await finished.handle.executeUpdate(recordReturnCallUpdate, { args: [{ actor: officer, text: '回访' }] });
  await finished.handle.executeUpdate(submitRectificationUpdate, { args: [{ actor: officer, text: '整改' }] });
  await finished.handle.result();
  const before = (await waiting.handle.query(rectificationQuery)).dueAt;

  // Every weekday of the coming three weeks off: the fifteen working days end later.
  const tomorrow = now + 86_400_000;
  const days = Array.from({ length: 21 }, (_, index) => localDate(tomorrow + index * 86_400_000));
  const year = Number(localDate(tomorrow).slice(0, 4));
  const correction: CalendarCorrection = {
    year: {
      year,
      version: 80,
      provisional: false,
      source: 'test',
      holidays: days.filter((day) => day.startsWith(String(year))),
      workdays: [],
    },
    from: localDate(tomorrow),
  };
  const { signalOpenRectifications } = createCalendarActivities({ prisma, temporal: setup.env.client });
  expect(await new MockActivityEnvironment({}).run(signalOpenRectifications, correction)).toBe(1);
  // An update after the signal is answered once the workflow has taken the signal.
  const after = (await waiting.handle.executeUpdate(rectificationRecordedUpdate)).dueAt;
  expect(Date.parse(after)).toBeGreaterThan(Date.parse(before));
}, 120_000);
