import { writeCaseRecord } from '../../activities/read-model';
import { permanentWriteError } from '../../prisma/database-errors';
import type { Database } from '../../prisma/database';
import type { CaseRecord } from '../../domain/case-record';
import type { ReviewTask } from '../../domain/case-model';
import { openTestDatabase } from '../helpers/database';

let database: Database;
let itemId: string;

beforeAll(async () => {
  database = await openTestDatabase();
  itemId = (await database.prisma.serviceItem.findFirstOrThrow({ where: { code: 'XC-0003' } })).id;
}, 60_000);

afterAll(async () => {
  await database?.close();
});

const at = '2026-11-26T08:00:00.000Z';
const task = (status: ReviewTask['status'], assignee?: string): ReviewTask => ({
  id: 'case-1-WINDOW-1',
  agency: 'WINDOW',
  stage: 'ACCEPTANCE',
  round: 1,
  status,
  assignee,
  createdAt: at,
  dueAt: at,
});
const record = (version: number, status: CaseRecord['status'], tasks: ReviewTask[], seqs: number[]): CaseRecord => ({
  version,
  applicationId: 'case-1',
  applicantId: 'applicant-1',
  itemId,
  status,
  formData: { shopName: `v${version}` },
  documents: [],
  submittedAt: at,
  slaPausedWorkingDays: 0,
  slaExtendedWorkingDays: 0,
  tasks,
  timeline: seqs.map((seq) => ({ seq, at, action: `STEP_${seq}` })),
});

async function stored() {
  return database.prisma.application.findUniqueOrThrow({
    where: { id: 'case-1' },
    include: { tasks: true, timeline: { orderBy: { eventKey: 'asc' } } },
  });
}

it('writes a case, and writing it again changes nothing', async () => {
  const first = record(1, 'SUBMITTED', [task('OPEN')], [1]);
  await writeCaseRecord(database, first);
  await writeCaseRecord(database, first);
  const row = await stored();
  expect(row).toMatchObject({ status: 'SUBMITTED', version: 1 });
  expect(row.tasks).toHaveLength(1);
  expect(row.timeline.map((entry) => entry.action)).toEqual(['STEP_1']);
});

it('drops a write that arrives after a newer one, but keeps its history', async () => {
  const newer = record(3, 'UNDER_REVIEW', [task('COMPLETED', 'clerk-1')], [2, 3]);
  const older = record(2, 'SUBMITTED', [task('CLAIMED', 'clerk-1')], [2]);
  await writeCaseRecord(database, newer);
  await writeCaseRecord(database, older);
  const row = await stored();
  expect(row).toMatchObject({ status: 'UNDER_REVIEW', version: 3, formData: { shopName: 'v3' } });
  expect(row.tasks[0]).toMatchObject({ status: 'COMPLETED', assignee: 'clerk-1' });
  expect(row.timeline.map((entry) => entry.action)).toEqual(['STEP_1', 'STEP_2', 'STEP_3']);
});

it('keeps every moment as the UTC instant it was, and a task its corrections when a later write omits them', async () => {
  const corrected = {
    ...task('COMPLETED', 'clerk-1'),
    decision: 'REQUEST_CORRECTION' as const,
    completedAt: '2026-11-26T23:30:00.123Z',
    corrections: [{ field: 'shopName', reason: 'as on the licence' }],
  };
  await writeCaseRecord(database, {
    ...record(4, 'CORRECTION_REQUIRED', [corrected], [4]),
    slaPausedSince: '2026-11-26T23:30:00.123Z',
  });
  await writeCaseRecord(database, record(5, 'UNDER_REVIEW', [{ ...corrected, corrections: undefined }], [5]));
  const row = await stored();
  expect(row.tasks[0].completedAt?.toISOString()).toBe('2026-11-26T23:30:00.123Z');
  expect(row.tasks[0].dueAt?.toISOString()).toBe(at);
  expect(row.tasks[0].corrections).toEqual([{ field: 'shopName', reason: 'as on the licence' }]);
  expect(row.timeline.at(-1)).toMatchObject({ action: 'STEP_5', at: new Date(at) });
});

it('lets a value the database refuses fail the whole write as permanent, leaving the case as it was', async () => {
  const before = await stored();
  const stranger = { ...task('OPEN'), id: 'case-1-NOBODY-1', agency: 'NOBODY' as never };
  const failure = await writeCaseRecord(database, record(9, 'UNDER_REVIEW', [stranger], [9])).catch(
    (error: unknown) => error,
  );
  expect(permanentWriteError(failure)).toMatchObject({ code: '23503' });
  const after = await stored();
  expect(after.version).toBe(before.version);
  expect(after.timeline).toHaveLength(before.timeline.length);
});

it('writes every column of the tables it writes (a new column needs the function changed too)', async () => {
  const [{ definition }] = await database.withSession((session) =>
    session.query<{ definition: string }>(`SELECT pg_get_functiondef('lianban_write_case'::regproc) AS definition`),
  );
  const columns = await database.withSession((session) =>
    session.query<{ table: string; column: string }>(
      `SELECT table_name AS table, column_name AS column FROM information_schema.columns
       WHERE table_schema = 'public' AND table_name IN ('Application', 'ReviewTask', 'ApplicationDocument')`,
    ),
  );
  // The application row is inserted whole from its JSON; these never change after the insert.
  const insertedOnly = new Set(['id', 'itemId', 'applicantId', 'idempotencyKey', 'submittedAt']);
  // The hall's green-channel mark is the window's, not the workflow's (hall/case-green-channel.ts):
  // the case's write must leave it as it is.
  const theHalls = new Set(['greenGround', 'greenReason', 'greenMarkedBy', 'greenMarkedAt']);
  const unwritten = columns.filter(
    ({ table, column }) =>
      !(table === 'Application' && (insertedOnly.has(column) || theHalls.has(column))) &&
      !new RegExp(`"?${column}"? = `).test(definition),
  );
  expect(theHalls.size).toBe(
    columns.filter(({ table, column }) => table === 'Application' && theHalls.has(column)).length,
  );
  for (const column of theHalls) expect(definition).not.toMatch(new RegExp(`"${column}"`));
  // Tasks and documents write their key columns in the insert, the rest in the update.
  const keys = new Set([
    'ReviewTask.id',
    'ReviewTask.applicationId',
    'ReviewTask.agencyCode',
    'ReviewTask.stage',
    'ReviewTask.round',
    'ReviewTask.createdAt',
    'ApplicationDocument.applicationId',
    'ApplicationDocument.materialCode',
    'ApplicationDocument.version',
    'ApplicationDocument.documentId',
    'ApplicationDocument.attachedAt',
  ]);
  expect(unwritten.map(({ table, column }) => `${table}.${column}`).filter((name) => !keys.has(name))).toEqual([]);
});
