import { appendToChain, entryHash, rechainFrom } from '../../activities/audit-chain';
import { isCaseStep, writeCaseRecord } from '../../activities/read-model';
import { transactionSession, type Database } from '../../prisma/database';
import { openTestDatabase } from '../helpers/database';

let database: Database;

beforeAll(async () => {
  database = await openTestDatabase();
  const { id: itemId } = await database.prisma.serviceItem.findFirstOrThrow({ where: { code: 'XC-0003' } });
  await writeCaseRecord(database, {
    version: 1,
    applicationId: 'chain-1',
    applicantId: 'applicant-1',
    itemId,
    status: 'SUBMITTED',
    formData: {},
    documents: [],
    submittedAt: '2026-11-26T08:00:00.000Z',
    slaPausedWorkingDays: 0,
    slaExtendedWorkingDays: 0,
    tasks: [],
    timeline: [{ seq: 1, at: '2026-11-26T08:00:00.000Z', action: 'SUBMITTED' }],
  });
  await database.prisma.application.create({
    data: {
      id: 'chain-2',
      itemId,
      applicantId: 'applicant-1',
      status: 'SUBMITTED',
      formData: {},
      submittedAt: new Date(),
    },
  });
}, 60_000);

afterAll(async () => {
  await database?.close();
});

it("hashes in the database exactly as the verifier does, whatever the entry's text holds", async () => {
  const awkward = [
    'quotes " and \\ backslash',
    'line\nbreak, tab\t, bell \u0007 and unit separator \u001f',
    '统一社会信用代码 91110102MA01ABCD1X',
    'emoji 🧾 and line separator \u2028 and DEL \u007f',
    '</script> & slashes / //',
  ];
  await database.withSession((session) =>
    appendToChain(
      session,
      'chain-1',
      awkward.map((detail, i) => ({
        eventKey: `read-${i}`,
        at: new Date(Date.UTC(2026, 10, 26, 9, 0, 0, 7 * i)),
        actor: i % 2 ? null : `reader-"${i}"`,
        agencyCode: i % 2 ? 'AIC' : null,
        action: 'DOCUMENT_READ',
        detail,
      })),
    ),
  );
  const rows = await database.prisma.timelineEntry.findMany({
    where: { applicationId: 'chain-1' },
    orderBy: { position: 'asc' },
  });
  expect(rows.map((row) => row.detail)).toEqual([null, ...awkward]);
  for (const [i, row] of rows.entries()) {
    expect(row.position).toBe(i + 1);
    expect(row.prevHash).toBe(i === 0 ? null : rows[i - 1].hash);
    expect(row.hash).toBe(entryHash(row.prevHash, row));
  }
});

it('appends an entry once, however often it is sent', async () => {
  const entry = {
    eventKey: 'read-again',
    at: new Date(),
    actor: 'reader',
    agencyCode: null,
    action: 'READ',
    detail: null,
  };
  const count = () => database.prisma.timelineEntry.count({ where: { applicationId: 'chain-1' } });
  const before = await count();
  for (let i = 0; i < 2; i += 1) await database.withSession((session) => appendToChain(session, 'chain-1', [entry]));
  expect(await count()).toBe(before + 1);
});

it('links a chain anew from a position, keeping the reads after it at their instants, whatever the time zone', async () => {
  const step = (seq: number, minute: number) => ({
    eventKey: `case-00000${seq}`,
    at: new Date(Date.UTC(2026, 10, 27, 8, minute)),
    actor: 'clerk',
    agencyCode: 'WINDOW',
    action: `STEP_${seq}`,
    detail: null,
  });
  const read = { ...step(0, 5), eventKey: 'read-between', actor: 'auditor', action: 'DOCUMENT_READ' };
  await database.prisma.$transaction(async (tx) => {
    const session = transactionSession(tx);
    await appendToChain(session, 'chain-2', [step(1, 0), read, step(2, 9)]);
    // The history says step 2 happened at minute 3, before the read.
    await rechainFrom(session, 'chain-2', 2, [step(1, 0), step(2, 3)], isCaseStep);
  });
  const rows = await database.prisma.timelineEntry.findMany({
    where: { applicationId: 'chain-2' },
    orderBy: { position: 'asc' },
  });
  expect(rows.map((row) => [row.eventKey, row.at.toISOString()])).toEqual([
    ['case-000001', '2026-11-27T08:00:00.000Z'],
    ['case-000002', '2026-11-27T08:03:00.000Z'],
    ['read-between', '2026-11-27T08:05:00.000Z'],
  ]);
  for (const row of rows) expect(row.hash).toBe(entryHash(row.prevHash, row));
});
