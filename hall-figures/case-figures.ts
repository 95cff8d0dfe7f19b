import type { WorkCalendar } from '../domain/calendar';
import { workingDaysBetween } from '../domain/working-time';

/**
 * The hall's own figures from what the read model recorded of each case: how long from
 * submission to licence in working days, whether the promised and statutory limits held, how
 * many correction rounds a case took. Pure: the caller reads the cases, this counts them.
 */

export interface CaseRecordForFigures {
  itemCode: string;
  itemName: string;
  promisedDays: number;
  statutoryDays: number;
  status: string;
  submittedAt: Date;
  /** When the window accepted it: the statutory clock starts the next day. */
  acceptedAt?: Date;
  /** When the licence was issued. */
  issuedAt?: Date;
  /** The statutory deadline as the workflow last wrote it, corrections and extensions included. */
  deadline?: Date;
  /** Working days the clock stood still for corrections and excluded stages. */
  pausedWorkingDays: number;
  /** Served window tickets the window linked to the case: 0 for a case done wholly online. */
  visits: number;
  extendedWorkingDays: number;
  calendar: WorkCalendar;
  tasks: Array<{
    agencyCode: string;
    round: number;
    createdAt: Date;
    completedAt?: Date;
    dueAt?: Date;
    pausedWorkingDays: number;
  }>;
}

export interface Distribution {
  count: number;
  p50: number | null;
  p90: number | null;
}

export interface ItemFigures {
  itemCode: string;
  itemName: string;
  submitted: number;
  issued: number;
  /** Working days from submission to licence, for the cases issued. */
  daysToLicence: Distribution;
  /** Of the issued cases: within the promised days (pauses aside), within the statutory deadline. */
  onTimePromised: number | null;
  onTimeStatutory: number | null;
  /** Correction rounds per case (0 when none was asked for). */
  correctionRoundsPerCase: number | null;
  /** Visits to a window per issued case (跑动次数), a case with none counting 0. */
  visitsPerCase: Distribution;
  meanVisitsPerCase: number | null;
}

export interface AgencyFigures {
  agencyCode: string;
  tasksCompleted: number;
  /** Working days from a task's creation to its decision, its pauses aside. */
  daysToDecision: Distribution;
  /** Of the tasks decided: by their due time. */
  onTime: number | null;
}

/** Nearest rank: the smallest value with at least p of them at or below it. */
export function percentile(sorted: number[], p: number): number | null {
  if (sorted.length === 0) return null;
  return sorted[Math.max(0, Math.ceil(p * sorted.length) - 1)];
}

export function distribution(values: number[]): Distribution {
  const sorted = [...values].sort((a, b) => a - b);
  const round = (value: number | null) => (value === null ? null : Math.round(value * 100) / 100);
  return { count: sorted.length, p50: round(percentile(sorted, 0.5)), p90: round(percentile(sorted, 0.9)) };
}

const mean = (values: number[]) =>
  values.length === 0 ? null : Math.round((values.reduce((a, b) => a + b, 0) / values.length) * 100) / 100;

const share = (part: number, whole: number) => (whole === 0 ? null : Math.round((part / whole) * 10_000) / 10_000);

function groupBy<T>(rows: T[], key: (row: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const group = groups.get(key(row));
    if (group) group.push(row);
    else groups.set(key(row), [row]);
  }
  return groups;
}

export function itemFigures(cases: CaseRecordForFigures[]): ItemFigures[] {
  return [...groupBy(cases, (kase) => kase.itemCode)]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([itemCode, group]) => {
      const issued = group.filter((kase) => kase.issuedAt);
      const promisedHeld = issued.filter((kase) => {
        if (!kase.acceptedAt) return false;
        const used = workingDaysBetween(kase.calendar, kase.acceptedAt, kase.issuedAt!) - kase.pausedWorkingDays;
        return used <= kase.promisedDays + kase.extendedWorkingDays;
      });
      const statutoryHeld = issued.filter((kase) => kase.deadline && kase.issuedAt! <= kase.deadline);
      const rounds = group.map((kase) => Math.max(1, ...kase.tasks.map((task) => task.round)) - 1);
      const visits = issued.map((kase) => kase.visits);
      return {
        itemCode,
        itemName: group[0].itemName,
        submitted: group.length,
        issued: issued.length,
        daysToLicence: distribution(
          issued.map((kase) => workingDaysBetween(kase.calendar, kase.submittedAt, kase.issuedAt!)),
        ),
        onTimePromised: share(promisedHeld.length, issued.length),
        onTimeStatutory: share(statutoryHeld.length, issued.length),
        correctionRoundsPerCase: mean(rounds),
        visitsPerCase: distribution(visits),
        meanVisitsPerCase: mean(visits),
      };
    });
}

export function agencyFigures(cases: CaseRecordForFigures[]): AgencyFigures[] {
  const tasks = cases.flatMap((kase) =>
    kase.tasks.filter((task) => task.completedAt).map((task) => ({ ...task, calendar: kase.calendar })),
  );
  return [...groupBy(tasks, (task) => task.agencyCode)]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([agencyCode, group]) => ({
      agencyCode,
      tasksCompleted: group.length,
      daysToDecision: distribution(
        group.map(
          (task) => workingDaysBetween(task.calendar, task.createdAt, task.completedAt!) - task.pausedWorkingDays,
        ),
      ),
      onTime: share(group.filter((task) => task.dueAt && task.completedAt! <= task.dueAt).length, group.length),
    }));
}
