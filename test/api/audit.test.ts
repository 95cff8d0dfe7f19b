import { historyFromJSON } from '@temporalio/common/lib/proto-utils';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { temporal } from '@temporalio/proto';
import { replayHistory } from '../../audit/replay';
import type { Identity } from '../../api/identity';
import { authSecret } from '../../api/secret';
import { signToken } from '../../api/token';
import { decodeHistory } from '../../temporal/payload-codec';
import { errorCodes } from '../helpers/graphql';
import { fiveInOneForm, tobaccoForm } from '../helpers/forms';
import { officer, Person, waitForStatus } from '../helpers/lianban-client';
import { startTestService, type TestService } from '../helpers/service';

/** What the test case's form says that must never sit in Temporal's store in plain text. */
const CASE_DATA = [
  fiveInOneForm.legalRepresentative.idNumber,
  fiveInOneForm.legalRepresentative.name,
  fiveInOneForm.companyName,
];
const plainCaseDataIn = (bytes: Buffer) => CASE_DATA.filter((text) => bytes.includes(Buffer.from(text, 'utf8')));

/** Every payload's bytes in a history, one after another. */
function payloadBytes(history: temporal.api.history.v1.IHistory): Buffer {
  const chunks: Buffer[] = [];
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(visit);
    else if (node && typeof node === 'object' && !(node instanceof Uint8Array)) {
      const { data } = node as { data?: unknown };
      if ('metadata' in node && data instanceof Uint8Array) chunks.push(Buffer.from(data));
      Object.values(node).forEach(visit);
    }
  };
  visit(history);
  return Buffer.concat(chunks);
}

let service: TestService;
let applicant: Person;
let auditor: Person;
const staff: Record<string, Person> = {};
const FIVE = ['AIC', 'QTS', 'TAX', 'HRSS', 'STATS'] as const;

beforeAll(async () => {
  service = await startTestService();
  applicant = await Person.signIn(service, { sub: 'enterprise-audited', role: 'APPLICANT' });
  auditor = await Person.signIn(service, { sub: 'auditor-1', role: 'AUDITOR' });
  for (const agency of ['WINDOW', ...FIVE] as const) staff[agency] = await Person.signIn(service, officer(agency));
}, 120_000);

afterAll(async () => {
  await service?.stop();
});

async function issuedCase(): Promise<string> {
  const { id } = await applicant.submit('XC-0001', fiveInOneForm);
  await staff.WINDOW.review(id);
  for (const agency of FIVE) await staff[agency].review(id);
  await waitForStatus(applicant, id, 'ISSUED');
  // The read model shows the certificate a moment before the workflow closes.
  await service.temporal.workflow.getHandle(id).result();
  return id;
}

const HISTORY = `query ($id: ID!, $first: Int, $after: String) { caseHistory(id: $id, first: $first, after: $after) {
  totalCount nodes { eventId at type actor action inputs } pageInfo { hasNextPage endCursor } } }`;
const wholeHistory = async (id: string) =>
  (await auditor.data(HISTORY, { id, first: 100 })).caseHistory.nodes as Array<Record<string, any>>;
const ACCESS_LOG = `query ($id: ID!, $after: String) { auditAccessLog(id: $id, first: 3, after: $after) {
  nodes { readerId readerRole operation } pageInfo { hasNextPage endCursor } } }`;
const VERIFY = `query ($id: ID!) { verifyAudit(id: $id) { intact entries problems { position kind detail } } }`;

describe('an auditor reads a case', () => {
  let id: string;
  beforeAll(async () => {
    id = await issuedCase();
  });

  it('as readable history: who did what, when, with which inputs', async () => {
    const history = await wholeHistory(id);
    expect(history[0]).toMatchObject({
      type: 'WORKFLOW_EXECUTION_STARTED',
      actor: 'enterprise-audited',
      action: 'submitted XC-0001 v2',
    });
    expect(history[0].inputs.formData.companyName).toBe(fiveInOneForm.companyName);
    const decisions = history.filter((entry) => entry.action === 'completeTask');
    expect(decisions.map((entry) => entry.actor)).toEqual([
      'officer-WINDOW',
      ...FIVE.map((agency) => `officer-${agency}`),
    ]);
    expect(decisions[0].inputs).toMatchObject({ decision: 'APPROVE', taskId: expect.stringContaining('-WINDOW-1') });
    expect(history.some((entry) => entry.action === 'issueCertificate completed')).toBe(true);
    expect(history.at(-1)).toMatchObject({ type: 'WORKFLOW_EXECUTION_COMPLETED', action: 'case closed' });
    expect(history.some((entry) => entry.type.startsWith('WORKFLOW_TASK'))).toBe(false);
  });

  it("exports Temporal's JSON history, encrypted as stored, which decrypts and replays", async () => {
    const exported = (await auditor.data(`query ($id: ID!) { exportHistory(id: $id) }`, { id })).exportHistory;
    const history = historyFromJSON(exported);
    expect(history.events!.length).toBeGreaterThan(20);
    expect(plainCaseDataIn(Buffer.from(JSON.stringify(exported)))).toEqual([]);
    expect(plainCaseDataIn(payloadBytes(history))).toEqual([]);
    const decoded = await decodeHistory(history, service.temporal.options.loadedDataConverter.payloadCodecs);
    expect(plainCaseDataIn(payloadBytes(decoded))).toEqual(CASE_DATA);
    expect(await replayHistory(decoded, id)).toEqual({ reproduces: true, events: history.events!.length });
  });

  it("leaves no name or identity number in plain text in Temporal's store", () => {
    const store = readdirSync(service.config.dataDir)
      .filter((file) => file.startsWith('temporal.db'))
      .map((file) => readFileSync(path.join(service.config.dataDir, file)));
    expect(store.length).toBeGreaterThan(0);
    expect(plainCaseDataIn(Buffer.concat(store))).toEqual([]);
  });

  it('decodes payloads at /codec for auditors and administrators only', async () => {
    const [payload] = await service.temporal.options.loadedDataConverter.payloadCodecs[0].encode([
      { metadata: { encoding: Buffer.from('json/plain') }, data: Buffer.from(JSON.stringify(fiveInOneForm)) },
    ]);
    const body = JSON.stringify({
      payloads: [
        {
          metadata: {
            encoding: Buffer.from(payload.metadata!.encoding).toString('base64'),
            'encryption-key-id': Buffer.from(payload.metadata!['encryption-key-id']).toString('base64'),
          },
          data: Buffer.from(payload.data!).toString('base64'),
        },
      ],
    });
    const decodeAs = async (role?: string) => {
      const headers: Record<string, string> = { 'content-type': 'application/json' };
      if (role)
        headers.authorization = `Bearer ${await signToken({ sub: `someone-${role}`, role } as Identity, { secret: authSecret(service.config), expiresIn: '5m' })}`;
      return fetch(service.url.replace('/graphql', '/codec/decode'), { method: 'POST', headers, body });
    };
    for (const role of ['AUDITOR', 'ADMIN']) {
      const answer = await decodeAs(role);
      expect(answer.status).toBe(200);
      const { payloads } = (await answer.json()) as { payloads: Array<{ data: string }> };
      expect(JSON.parse(Buffer.from(payloads[0].data, 'base64').toString('utf8'))).toEqual(fiveInOneForm);
    }
    expect((await decodeAs('APPLICANT')).status).toBe(403);
    expect((await decodeAs()).status).toBe(401);
  });

  it('replays it against the current code', async () => {
    const report = (
      await auditor.data(`query ($id: ID!) { replayCase(id: $id) { reproduces events divergedAtEventId } }`, { id })
    ).replayCase;
    expect(report).toMatchObject({ reproduces: true, divergedAtEventId: null });
  });

  it('reads the history in pages, every event once and in order', async () => {
    const whole = (await auditor.data(HISTORY, { id, first: 100 })).caseHistory;
    expect(whole.totalCount).toBe(whole.nodes.length);
    expect(whole.nodes.length).toBeGreaterThan(20);
    const paged = await auditor.allPages('caseHistory', HISTORY, { id, first: 7 });
    expect(paged).toEqual(whole.nodes);
  });

  it('shows the case as it was at any event', async () => {
    const history = await wholeHistory(id);
    const stateAt = async (eventId: number) =>
      (
        await auditor.data(
          `query ($id: ID!, $eventId: Int!) { caseStateAt(id: $id, eventId: $eventId) { eventId status stage tasks certificate } }`,
          { id, eventId },
        )
      ).caseStateAt;
    expect(await stateAt(1)).toMatchObject({ status: 'SUBMITTED', stage: 'ACCEPTANCE', certificate: null });
    const accepted = history.find((entry) => entry.action === 'completeTask')!;
    const afterAcceptance = await stateAt(accepted.eventId);
    expect(afterAcceptance).toMatchObject({ status: 'UNDER_REVIEW', stage: 'JOINT_REVIEW' });
    expect(afterAcceptance.tasks.filter((task: { status: string }) => task.status === 'OPEN')).toHaveLength(5);
    const last = await stateAt(history.at(-1)!.eventId);
    expect(last.status).toBe('ISSUED');
    expect(last.certificate.uscc).toHaveLength(18);
  });

  it('finds the record intact', async () => {
    const verification = (await auditor.data(VERIFY, { id })).verifyAudit;
    expect(verification).toMatchObject({ intact: true, problems: [] });
    expect(verification.entries).toBeGreaterThan(10);
  });

  it('leaves every read of theirs on record', async () => {
    const log = await auditor.allPages<{ operation: string; readerId: string }>('auditAccessLog', ACCESS_LOG, { id });
    expect(log.every((entry) => entry.readerId === 'auditor-1')).toBe(true);
    expect(log.map((entry) => entry.operation)).toEqual(
      expect.arrayContaining(['caseHistory', 'exportHistory', 'replayCase', 'verifyAudit', 'auditAccessLog']),
    );
    await auditor.application(id);
    const after = (
      await auditor.data(`query ($id: ID!) { auditAccessLog(id: $id, first: 2) { nodes { operation } } }`, { id })
    ).auditAccessLog.nodes;
    expect(after.map((entry: { operation: string }) => entry.operation)).toContain('application');
  });
});

describe('tampering with the record', () => {
  const rows = (id: string) =>
    service.prisma.timelineEntry.findMany({ where: { applicationId: id }, orderBy: { position: 'asc' } });
  const verify = async (id: string) => (await auditor.data(VERIFY, { id })).verifyAudit;

  it('shows an edited row, with its position', async () => {
    const id = await issuedCase();
    const target = (await rows(id))[3];
    await service.prisma.timelineEntry.update({
      where: { id: target.id },
      data: { detail: 'WINDOW: APPROVE; 一切正常' },
    });
    const verification = await verify(id);
    expect(verification.intact).toBe(false);
    expect(verification.problems).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ position: target.position, kind: 'EDITED' }),
        expect.objectContaining({ position: target.position, kind: 'DIFFERS_FROM_HISTORY' }),
      ]),
    );
  });

  it('shows a deleted row, even the last one', async () => {
    const id = await issuedCase();
    const all = await rows(id);
    await service.prisma.timelineEntry.delete({ where: { id: all[5].id } });
    const middle = await verify(id);
    expect(middle.problems).toEqual(
      expect.arrayContaining([expect.objectContaining({ position: all[5].position + 1, kind: 'BROKEN_LINK' })]),
    );
    await service.prisma.timelineEntry.delete({ where: { id: all.at(-1)!.id } });
    const last = await verify(id);
    expect(last.problems.filter((problem: { kind: string }) => problem.kind === 'MISSING_FROM_RECORD')).toHaveLength(2);
  });

  it('shows reordered rows', async () => {
    const id = await issuedCase();
    const [, , , a, b] = await rows(id);
    await service.prisma.$transaction([
      service.prisma.timelineEntry.update({ where: { id: a.id }, data: { position: -1 } }),
      service.prisma.timelineEntry.update({ where: { id: b.id }, data: { position: a.position } }),
      service.prisma.timelineEntry.update({ where: { id: a.id }, data: { position: b.position } }),
    ]);
    const verification = await verify(id);
    expect(verification.intact).toBe(false);
    expect(verification.problems).toEqual(
      expect.arrayContaining([expect.objectContaining({ position: a.position, kind: 'BROKEN_LINK' })]),
    );
  });
});

describe('auditors read and never change', () => {
  it.each([
    ['submitApplication', `mutation { submitApplication(input: { itemCode: "XC-0001", formData: {} }) { id } }`],
    ['claimTask', `mutation { claimTask(taskId: "x") { id } }`],
    ['completeTask', `mutation { completeTask(taskId: "x", input: { decision: APPROVE }) { id } }`],
    ['supplementApplication', `mutation { supplementApplication(id: "x", input: { formData: {} }) { id } }`],
    ['withdrawApplication', `mutation { withdrawApplication(id: "x") { id } }`],
  ])('%s is FORBIDDEN', async (_name, mutation) => {
    expect(errorCodes(await auditor.request(mutation))).toEqual(['FORBIDDEN']);
  });

  it.each(['applicant', 'reviewer'])('the audit tools are FORBIDDEN to a %s', async (who) => {
    const person = who === 'applicant' ? applicant : staff.AIC;
    const { id } = await applicant.submit('XC-0003', tobaccoForm);
    expect(errorCodes(await person.request(HISTORY, { id }))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await person.request(VERIFY, { id }))).toEqual(['FORBIDDEN']);
  });
});
