import { queueFigures } from '../../hall-figures/queue-figures';

const at = (time: string) => new Date(`2026-03-02T${time}+08:00`);

it("gives each line's queue figures as counted by hand", () => {
  expect(
    queueFigures([
      // Waited 4 and 12 minutes; served 10 minutes and absent.
      {
        line: 'ACCEPTANCE',
        status: 'SERVED',
        takenAt: at('09:00:00'),
        calledAt: at('09:04:00'),
        finishedAt: at('09:14:00'),
      },
      {
        line: 'ACCEPTANCE',
        status: 'ABSENT',
        takenAt: at('09:02:00'),
        calledAt: at('09:14:00'),
        finishedAt: at('09:15:00'),
      },
      // Still waiting: taken, neither called nor counted in the waiting times.
      { line: 'ACCEPTANCE', status: 'WAITING', takenAt: at('09:10:00') },
      {
        line: 'ENQUIRY',
        status: 'SERVED',
        takenAt: at('10:00:00'),
        calledAt: at('10:01:30'),
        finishedAt: at('10:03:30'),
      },
    ]),
  ).toEqual([
    {
      line: 'ACCEPTANCE',
      taken: 3,
      served: 1,
      absent: 1,
      waitingMinutes: { count: 2, p50: 4, p90: 12 },
      serviceMinutes: { count: 1, p50: 10, p90: 10 },
    },
    {
      line: 'ENQUIRY',
      taken: 1,
      served: 1,
      absent: 0,
      waitingMinutes: { count: 1, p50: 1.5, p90: 1.5 },
      serviceMinutes: { count: 1, p50: 2, p90: 2 },
    },
  ]);
});
