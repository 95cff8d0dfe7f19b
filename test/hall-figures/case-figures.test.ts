import { WEEKDAYS_ONLY } from '../../domain/calendar';
import { agencyFigures, itemFigures, percentile, type CaseRecordForFigures } from '../../hall-figures/case-figures';

const at = (local: string) => new Date(`${local}+08:00`);

// Three tobacco retail cases of March 2026, counted by hand (Monday 2 March is a working day; the
// calendar is Monday to Friday, so the weekends of 7–8, 14–15 and 21–22 March do not count).
const tobacco = {
  itemCode: 'XC-0003',
  itemName: '烟草专卖零售许可',
  promisedDays: 10,
  statutoryDays: 20,
  calendar: WEEKDAYS_ONLY,
};
const cases: CaseRecordForFigures[] = [
  {
    ...tobacco,
    // Submitted Monday 9:00, licence Wednesday 10:00: 2 days and 1 hour = 2.04 working days.
    status: 'ISSUED',
    submittedAt: at('2026-03-02T09:00:00'),
    acceptedAt: at('2026-03-02T10:00:00'),
    issuedAt: at('2026-03-04T10:00:00'),
    deadline: at('2026-03-31T00:00:00'),
    pausedWorkingDays: 0,
    extendedWorkingDays: 0,
    // Done online: no visit to a window.
    visits: 0,
    tasks: [
      {
        agencyCode: 'WINDOW',
        round: 1,
        createdAt: at('2026-03-02T09:00:00'),
        completedAt: at('2026-03-02T10:00:00'),
        dueAt: at('2026-03-03T00:00:00'),
        pausedWorkingDays: 0,
      },
      {
        agencyCode: 'TOBACCO',
        round: 1,
        createdAt: at('2026-03-02T10:00:00'),
        completedAt: at('2026-03-04T10:00:00'),
        dueAt: at('2026-03-17T00:00:00'),
        pausedWorkingDays: 0,
      },
    ],
  },
  {
    ...tobacco,
    // Friday 16:00 to Monday 23 March 17:00: 8 h + two weeks + 17 h = 11.04 working days; from
    // acceptance (Friday 17:00) 11.00, more than the 10 promised; within the statutory deadline.
    status: 'ISSUED',
    submittedAt: at('2026-03-06T16:00:00'),
    acceptedAt: at('2026-03-06T17:00:00'),
    issuedAt: at('2026-03-23T17:00:00'),
    deadline: at('2026-04-04T00:00:00'),
    pausedWorkingDays: 0,
    extendedWorkingDays: 0,
    // Came to the window twice: once to submit, once to bring the corrected materials.
    visits: 2,
    tasks: [
      {
        agencyCode: 'WINDOW',
        round: 1,
        createdAt: at('2026-03-06T16:00:00'),
        completedAt: at('2026-03-06T17:00:00'),
        dueAt: at('2026-03-09T00:00:00'),
        pausedWorkingDays: 0,
      },
      // Asked for a correction after 7 h + 17 h = 1 working day.
      {
        agencyCode: 'TOBACCO',
        round: 1,
        createdAt: at('2026-03-06T17:00:00'),
        completedAt: at('2026-03-09T17:00:00'),
        dueAt: at('2026-03-21T00:00:00'),
        pausedWorkingDays: 0,
      },
      // Monday 16 March 9:00 to Monday 23 March 17:00: 15 h + 4 days + 17 h = 5.33, past its due time.
      {
        agencyCode: 'TOBACCO',
        round: 2,
        createdAt: at('2026-03-16T09:00:00'),
        completedAt: at('2026-03-23T17:00:00'),
        dueAt: at('2026-03-21T00:00:00'),
        pausedWorkingDays: 0,
      },
    ],
  },
  {
    ...tobacco,
    status: 'UNDER_REVIEW',
    submittedAt: at('2026-03-10T09:00:00'),
    acceptedAt: at('2026-03-10T10:00:00'),
    deadline: at('2026-04-08T00:00:00'),
    pausedWorkingDays: 0,
    extendedWorkingDays: 0,
    visits: 1,
    tasks: [
      {
        agencyCode: 'WINDOW',
        round: 1,
        createdAt: at('2026-03-10T09:00:00'),
        completedAt: at('2026-03-10T10:00:00'),
        dueAt: at('2026-03-11T00:00:00'),
        pausedWorkingDays: 0,
      },
      {
        agencyCode: 'TOBACCO',
        round: 1,
        createdAt: at('2026-03-10T10:00:00'),
        dueAt: at('2026-03-24T00:00:00'),
        pausedWorkingDays: 0,
      },
    ],
  },
];

it('counts percentiles by nearest rank', () => {
  expect(percentile([], 0.5)).toBeNull();
  expect(percentile([1, 2, 3, 4], 0.5)).toBe(2);
  expect(percentile([1, 2, 3, 4], 0.9)).toBe(4);
  expect(percentile([7], 0.9)).toBe(7);
});

it("gives each item's figures as counted by hand", () => {
  expect(itemFigures(cases)).toEqual([
    {
      itemCode: 'XC-0003',
      itemName: '烟草专卖零售许可',
      submitted: 3,
      issued: 2,
      daysToLicence: { count: 2, p50: 2.04, p90: 11.04 },
      onTimePromised: 0.5,
      onTimeStatutory: 1,
      correctionRoundsPerCase: 0.33,
      // Of the two issued cases, 0 and 2 visits; the case still under review is not counted.
      visitsPerCase: { count: 2, p50: 0, p90: 2 },
      meanVisitsPerCase: 1,
    },
  ]);
});

it('counts visits per issued case by hand, a case done online counting 0', () => {
  const issued = cases[0];
  const withVisits = (visits: number, status = 'ISSUED') => ({ ...issued, status, visits });
  const [figures] = itemFigures([
    withVisits(0),
    withVisits(3),
    withVisits(1),
    withVisits(0),
    withVisits(2),
    { ...withVisits(5, 'UNDER_REVIEW'), issuedAt: undefined },
  ]);
  // Issued: 0, 0, 1, 2, 3. Median by nearest rank: the 3rd of 5 = 1; 90th: the 5th = 3; mean 6 / 5.
  expect(figures.visitsPerCase).toEqual({ count: 5, p50: 1, p90: 3 });
  expect(figures.meanVisitsPerCase).toBe(1.2);
  expect(itemFigures([]).length).toBe(0);
});

it("gives each agency's figures as counted by hand, pauses aside", () => {
  expect(agencyFigures(cases)).toEqual([
    { agencyCode: 'TOBACCO', tasksCompleted: 3, daysToDecision: { count: 3, p50: 2, p90: 5.33 }, onTime: 0.6667 },
    { agencyCode: 'WINDOW', tasksCompleted: 3, daysToDecision: { count: 3, p50: 0.04, p90: 0.04 }, onTime: 1 },
  ]);
  const paused = cases.map((kase) => ({
    ...kase,
    tasks: kase.tasks.map((task) => (task.round === 2 ? { ...task, pausedWorkingDays: 3 } : task)),
  }));
  expect(agencyFigures(paused)[0].daysToDecision.p90).toBe(2.33);
});
