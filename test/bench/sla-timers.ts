/**
 * 10,000 open cases, each with a live SLA timer, on a real Temporal dev server and PostgreSQL
 * server, served by one `npm run worker` process. Prints the worker's memory with every case
 * open and its timer pending, then how late the timers fire when they all come due together.
 *
 *   npm run bench:sla -- --cases 10000 --concurrency 50
 *
 * The cases run the real approval workflow. So that their timers come due minutes from now
 * rather than days, each case is given, as a data import would, a submission time of
 * yesterday, a calendar on which every day is a working day, and promised days that end at
 * the chosen instant: the workflow sets its own timer for that instant, and at it escalates
 * the open acceptance task, which the bench reads back from the read model.
 */
import type { ChildProcess } from 'node:child_process';
import { parseArgs } from 'node:util';
import { Client, Connection } from '@temporalio/client';
import pino from 'pino';
import { itemSnapshot } from '../../cases/item-snapshot';
import { openDatabase, type Database } from '../../prisma/database';
import { resolveTemporalCli } from '../../temporal/cli';
import { startDevServer } from '../../temporal/dev-server';
import { approvalWorkflow } from '../../workflows/approval-workflow';
import { APPROVAL_TASK_QUEUE } from '../../workflows/approval-contract';
import { localDate, type WorkCalendar } from '../../domain/calendar';
import { clockStart } from '../../domain/working-time';
import { fiveInOneForm } from '../helpers/forms';
import { freePort } from '../helpers/ports';
import { spawnLianban, stopGently } from '../helpers/processes';
import { startPostgres } from '../helpers/postgres-server';
import { tempDir } from '../helpers/temp-dir';
import { percentile } from './measurements';
import { statusMiB } from './peak-memory';

const DAY = 86_400_000;
const { values } = parseArgs({
  options: {
    cases: { type: 'string', default: '10000' },
    concurrency: { type: 'string', default: '50' },
    /** Seconds between the last start and the moment every timer comes due. */
    margin: { type: 'string', default: '60' },
    /** Starts per second the first guess of the due moment assumes. */
    'start-rate': { type: 'string', default: '40' },
  },
});
const cases = Number(values.cases);
const concurrency = Number(values.concurrency);

function memoryMiB(pid: number): { rss: number; peak: number } {
  return { rss: Math.round(statusMiB(pid, 'VmRSS')!), peak: Math.round(statusMiB(pid, 'VmHWM')!) };
}

/** Every day worked, this year and next: the only clock is the promised days. */
function everyDayWorked(now: number): WorkCalendar {
  const year = Number(localDate(now).slice(0, 4));
  return {
    years: [year, year + 1].map((y) => {
      const workdays: string[] = [];
      for (let day = Date.parse(`${y}-01-01T00:00:00Z`); day < Date.parse(`${y + 1}-01-01T00:00:00Z`); day += DAY) {
        const date = new Date(day);
        if (date.getUTCDay() === 0 || date.getUTCDay() === 6) workdays.push(date.toISOString().slice(0, 10));
      }
      return { year: y, version: 1, provisional: false, source: 'benchmark: every day worked', holidays: [], workdays };
    }),
  };
}

async function untilSeeded(database: Database, worker: ChildProcess): Promise<void> {
  for (;;) {
    if (worker.exitCode !== null) throw new Error(`the worker exited with code ${worker.exitCode}`);
    const ready = await database.prisma.serviceItem.count({ where: { code: 'XC-0001' } }).catch(() => 0);
    if (ready > 0) return;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

async function main() {
  const log = pino({ level: 'warn' });
  const dataDir = tempDir('lianban-bench-sla-');
  process.stdout.write('starting PostgreSQL, the Temporal dev server and one worker…\n');
  const postgres = startPostgres(await freePort());
  const cliPath = await resolveTemporalCli({ cliPath: process.env.TEMPORAL_CLI_PATH, log });
  const temporal = await startDevServer({
    cliPath,
    dataDir: dataDir.path,
    namespace: 'default',
    port: await freePort(),
    log,
  });
  const env = {
    DATABASE_URL: postgres.url,
    TEMPORAL_ADDRESS: temporal.address,
    DATA_DIR: dataDir.path,
    LOG_LEVEL: 'warn',
  };
  const worker = spawnLianban('worker', env);
  const database = await openDatabase({
    dataDir: dataDir.path,
    databaseUrl: postgres.url,
    log: pino({ level: 'silent' }),
  });
  const connection = await Connection.connect({ address: temporal.address });
  const client = new Client({ connection });
  try {
    await untilSeeded(database, worker);
    const item = await database.prisma.serviceItem.findFirstOrThrow({
      where: { code: 'XC-0001', current: true },
      include: { materials: { select: { code: true } } },
    });
    const baseline = memoryMiB(worker.pid!);

    const startedAt = Date.now();
    const dueAt = startedAt + (Math.ceil(cases / Number(values['start-rate'])) + Number(values.margin)) * 1000;
    const submittedAt = new Date(startedAt - DAY);
    const promisedDays = (dueAt - clockStart(submittedAt).getTime()) / DAY;
    const input = {
      applicantId: 'bench',
      item: { ...itemSnapshot(item), promisedDays, warningDays: 0 },
      formData: fiveInOneForm,
      submittedAt: submittedAt.toISOString(),
      calendar: everyDayWorked(startedAt),
    };
    process.stdout.write(`starting ${cases} cases, every timer due at ${new Date(dueAt).toISOString()}\n`);
    let next = 0;
    const run = `sla-${startedAt}`;
    await Promise.all(
      Array.from({ length: concurrency }, async () => {
        while (next < cases) {
          const index = next++;
          const applicationId = `${run}-${index}`;
          await client.workflow.start(approvalWorkflow, {
            taskQueue: APPROVAL_TASK_QUEUE,
            workflowId: applicationId,
            args: [{ ...input, applicationId }],
          });
          if ((index + 1) % 1000 === 0) process.stdout.write(`  started ${index + 1}\n`);
        }
      }),
    );
    const startSeconds = (Date.now() - startedAt) / 1000;
    // Every case is open once its first write is in: that is when its timer is set.
    for (;;) {
      const open = await database.prisma.application.count({ where: { id: { startsWith: run } } });
      if (open === cases) break;
      process.stdout.write(`  ${open} of ${cases} cases written\n`);
      await new Promise((resolve) => setTimeout(resolve, 2000));
    }
    const allOpen = Date.now();
    const openMemory = memoryMiB(worker.pid!);
    process.stdout.write(
      `${cases} cases open after ${((allOpen - startedAt) / 1000).toFixed(1)} s; ` +
        `waiting ${Math.max(0, (dueAt - allOpen) / 1000).toFixed(0)} s for the timers\n`,
    );
    if (allOpen > dueAt) process.stdout.write('  (some cases opened after the due moment: raise --margin)\n');

    const escalated = () =>
      database.prisma.reviewTask.findMany({
        where: { applicationId: { startsWith: run }, escalatedAt: { not: null } },
        select: { escalatedAt: true },
      });
    let fired: Array<{ escalatedAt: Date | null }> = [];
    const giveUp = dueAt + 30 * 60_000;
    while (fired.length < cases && Date.now() < giveUp) {
      await new Promise((resolve) => setTimeout(resolve, 2000));
      fired = await escalated();
      if (Date.now() > dueAt) process.stdout.write(`  ${fired.length} of ${cases} escalated\n`);
    }
    const finished = Date.now();
    const lateness = fired.map((task) => (task.escalatedAt!.getTime() - dueAt) / 1000);
    const end = memoryMiB(worker.pid!);
    console.log(
      JSON.stringify(
        {
          cases,
          startSeconds: Number(startSeconds.toFixed(1)),
          startsPerSecond: Number((cases / startSeconds).toFixed(1)),
          workerMiB: { idle: baseline.rss, allOpen: openMemory.rss, afterFiring: end.rss, peak: end.peak },
          timersFired: fired.length,
          latenessSeconds: {
            p50: percentile(lateness, 50),
            p95: percentile(lateness, 95),
            p99: percentile(lateness, 99),
            max: percentile(lateness, 100),
          },
          allEscalatedSecondsAfterDue: Number(((finished - dueAt) / 1000).toFixed(1)),
        },
        null,
        2,
      ),
    );
  } finally {
    await connection.close();
    await stopGently(worker);
    await database.close();
    await temporal.stop();
    postgres.stop();
    dataDir.remove();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
