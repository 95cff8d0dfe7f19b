import pino from 'pino';
import { Client } from 'pg';
import { writeCaseRecord, writeCaseRecordIn } from '../../activities/read-model';
import type { ReviewTask } from '../../domain/case-model';
import type { CaseRecord } from '../../domain/case-record';
import { createChangeFeed, FOLLOWER_BACKLOG, type FeedEvent, type FollowedEvents } from '../../live/change-feed';
import { listenForCaseChanges, type ChangeListener } from '../../live/change-listener';
import { inTransaction, type Database } from '../../prisma/database';
import { openTestDatabase } from '../helpers/database';

/** The read-model write announces each committed change of a case, ids only, and nothing else. */
let database: Database;
let itemId: string;
let listener: ChangeListener;
const feed = createChangeFeed();
let heard: FollowedEvents;
const APPLICATION_NAME = 'lianban live updates under test';

beforeAll(async () => {
  database = await openTestDatabase();
  itemId = (await database.prisma.serviceItem.findFirstOrThrow({ where: { code: 'XC-0003' } })).id;
  listener = await listenForCaseChanges({
    connect: () => new Client({ connectionString: database.url, application_name: APPLICATION_NAME }),
    feed,
    log: pino({ level: 'silent' }),
    reconnectDelaysMs: [50],
  });
  heard = feed.follow();
}, 60_000);

afterAll(async () => {
  await listener?.close();
  await database?.close();
});

const at = '2026-11-26T08:00:00.000Z';
const task = (agency: ReviewTask['agency'], status: ReviewTask['status'], assignee?: string): ReviewTask => ({
  id: `case-1-${agency}-1`,
  agency,
  stage: agency === 'WINDOW' ? 'ACCEPTANCE' : 'JOINT_REVIEW',
  round: 1,
  status,
  assignee,
  createdAt: at,
  dueAt: at,
});
const record = (id: string, version: number, tasks: ReviewTask[], seqs: number[]): CaseRecord => ({
  version,
  applicationId: id,
  applicantId: `applicant-of-${id}`,
  itemId,
  status: 'SUBMITTED',
  formData: { shopName: `v${version}` },
  documents: [],
  submittedAt: at,
  slaPausedWorkingDays: 0,
  slaExtendedWorkingDays: 0,
  tasks: tasks.map((one) => ({ ...one, id: one.id.replace('case-1', id) })),
  timeline: seqs.map((seq) => ({ seq, at, action: `STEP_${seq}` })),
});

async function nextHeard(): Promise<FeedEvent> {
  const timeout = new Promise<never>((_resolve, reject) =>
    setTimeout(() => reject(new Error('nothing heard within 10 s')), 10_000).unref(),
  );
  const { value } = await Promise.race([heard.next(), timeout]);
  return value as FeedEvent;
}

/** A change of another case, heard after whatever came before it: what was not heard by then never will be. */
let barriers = 0;
async function expectNothingMoreHeard() {
  barriers += 1;
  const id = `barrier-${barriers}`;
  await writeCaseRecord(database, record(id, 1, [], [1]));
  expect(await nextHeard()).toEqual({
    kind: 'change',
    change: { applicationId: id, applicantId: `applicant-of-${id}`, tasks: [] },
  });
}

it('announces a new case with its applicant and its new task, ids only', async () => {
  await writeCaseRecord(database, record('case-1', 1, [task('WINDOW', 'OPEN')], [1]));
  expect(await nextHeard()).toEqual({
    kind: 'change',
    change: {
      applicationId: 'case-1',
      applicantId: 'applicant-of-case-1',
      tasks: [{ id: 'case-1-WINDOW-1', agencyCode: 'WINDOW' }],
    },
  });
});

it('announces nothing for a write again of the same version (a retried activity)', async () => {
  await writeCaseRecord(database, record('case-1', 1, [task('WINDOW', 'OPEN')], [1]));
  await expectNothingMoreHeard();
});

it('announces nothing for a write that rolls back', async () => {
  const refused = database.withSession((session) =>
    inTransaction(session, async () => {
      await writeCaseRecordIn(session, record('case-1', 2, [task('WINDOW', 'CLAIMED', 'clerk-1')], [1, 2]));
      throw new Error('the rest of the transaction failed');
    }),
  );
  await expect(refused).rejects.toThrow('the rest of the transaction failed');
  await expectNothingMoreHeard();
});

it('names only the tasks whose row changed, each with its agency', async () => {
  const claimed = task('WINDOW', 'CLAIMED', 'clerk-1');
  await writeCaseRecord(database, record('case-1', 2, [claimed], [1, 2]));
  expect(await nextHeard()).toMatchObject({ change: { tasks: [{ id: 'case-1-WINDOW-1', agencyCode: 'WINDOW' }] } });
  // The window's task completes and the joint review's tasks open: all three are named.
  const tasks = [{ ...claimed, status: 'COMPLETED' as const }, task('TOBACCO', 'OPEN')];
  await writeCaseRecord(database, record('case-1', 3, tasks, [1, 2, 3]));
  expect(await nextHeard()).toMatchObject({
    change: {
      tasks: [
        { id: 'case-1-TOBACCO-1', agencyCode: 'TOBACCO' },
        { id: 'case-1-WINDOW-1', agencyCode: 'WINDOW' },
      ],
    },
  });
  // A newer version that changes no task still announces the case, naming no task.
  await writeCaseRecord(database, record('case-1', 4, tasks, [1, 2, 3, 4]));
  expect(await nextHeard()).toMatchObject({ change: { applicationId: 'case-1', tasks: [] } });
});

it('announces a late write that only adds to the timeline', async () => {
  await writeCaseRecord(database, record('case-1', 3, [], [5]));
  expect(await nextHeard()).toMatchObject({ change: { applicationId: 'case-1', tasks: [] } });
});

it('listens again after its connection is killed, and tells its subscribers they may have missed changes', async () => {
  const terminated = await database.withSession((session) =>
    session.query<{ terminated: boolean }>(
      'SELECT pg_terminate_backend(pid) AS terminated FROM pg_stat_activity WHERE application_name = $1',
      [APPLICATION_NAME],
    ),
  );
  expect(terminated).toEqual([{ terminated: true }]);
  expect(await nextHeard()).toEqual({ kind: 'gap' });
  await expectNothingMoreHeard();
});

it('tells a subscriber that fell behind to read everything again, instead of holding an ever longer backlog', async () => {
  const slow = feed.follow();
  for (let index = 0; index < FOLLOWER_BACKLOG + 5; index += 1) {
    feed.publish({ kind: 'change', change: { applicationId: `case-${index}`, applicantId: 'a', tasks: [] } });
  }
  // The backlog filled at the hundredth change and became one gap; the four after it follow it.
  expect((await slow.next()).value).toEqual({ kind: 'gap' });
  expect((await slow.next()).value).toMatchObject({ change: { applicationId: `case-${FOLLOWER_BACKLOG + 1}` } });
  await slow.return();
  // The same events reached the main follower too; it reads them out so later tests start clean.
  await heard.next();
  for (let index = FOLLOWER_BACKLOG + 1; index < FOLLOWER_BACKLOG + 5; index += 1) await heard.next();
});

it('lets a subscriber leave while it waits, and holds nothing of it', async () => {
  const before = feed.size;
  const waiting = feed.follow();
  expect(feed.size).toBe(before + 1);
  const pending = waiting.next();
  await waiting.return();
  expect(await pending).toEqual({ value: undefined, done: true });
  expect(feed.size).toBe(before);
});

it('ends a follow when its token expires', async () => {
  const until = new Date(Date.now() + 200);
  const expiring = feed.follow({ until });
  expect(await expiring.next()).toEqual({ value: undefined, done: true });
  // Timers may fire a millisecond early by Date.now()'s reckoning.
  expect(Date.now()).toBeGreaterThanOrEqual(until.getTime() - 5);
});
