import { WithStartWorkflowOperation, WorkflowUpdateFailedError, type Client } from '@temporalio/client';
import { ApplicationFailure } from '@temporalio/common';
import { applicationIdSecret } from '../../api/secret';
import { applicationIdFor } from '../../cases/case-commands';
import { approvalWorkflow } from '../../workflows/approval-workflow';
import { APPROVAL_TASK_QUEUE, completeTaskUpdate, submittedUpdate } from '../../workflows/approval-contract';
import { fiveInOneForm } from '../helpers/forms';
import { errorCodes, type GraphQLResponse } from '../helpers/graphql';
import { officer, Person, waitForStatus } from '../helpers/lianban-client';
import { startTestService, type TestService } from '../helpers/service';
import { itemSnapshot } from '../../cases/item-snapshot';

/**
 * Text PostgreSQL cannot store (NUL, a lone surrogate) and control characters are refused at
 * the door with the field named; should such text reach a case another way, the read model's
 * refusal fails that one change, and the case goes on.
 */
let service: TestService;
let applicant: Person;
let temporal: Client;

beforeAll(async () => {
  service = await startTestService();
  applicant = await Person.signIn(service, { sub: 'enterprise-poison', role: 'APPLICANT' });
  temporal = service.temporal;
}, 120_000);

afterAll(async () => {
  await service?.stop();
});

const SUBMIT = `mutation ($input: SubmitApplicationInput!) { submitApplication(input: $input) { id status } }`;
const refusedField = (response: GraphQLResponse) => {
  expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
  return (response.errors![0].extensions as { fields: Array<{ field: string }> }).fields.map((field) => field.field);
};

describe('the door refuses text that cannot be stored, naming the field, and changes nothing', () => {
  it.each([
    ['a NUL in a form field', { companyName: 'Lianban\u0000Co' }, 'input.formData.companyName'],
    [
      'a lone surrogate deep in the form',
      { legalRepresentative: { ...fiveInOneForm.legalRepresentative, name: '\ud800' } },
      'input.formData.legalRepresentative.name',
    ],
    ['a control character', { businessScope: 'software\u001b[2J' }, 'input.formData.businessScope'],
    ['a NUL in a key', { 'company\u0000Name': 'x' }, 'input.formData.company\u0000Name (key)'],
  ])('%s', async (_name, change, field) => {
    const documentIds = await applicant.documentsFor('XC-0001');
    const input = {
      itemCode: 'XC-0001',
      formData: { ...fiveInOneForm, ...change },
      idempotencyKey: 'poison',
      documentIds,
    };
    expect(refusedField(await applicant.request(SUBMIT, { input }))).toEqual([field]);
    expect((await applicant.data('{ myApplications { totalCount } }')).myApplications.totalCount).toBe(0);
  });

  it('in an idempotency key, a comment, a literal in the query and a file name alike', async () => {
    const documentIds = await applicant.documentsFor('XC-0001');
    const key = { itemCode: 'XC-0001', formData: fiveInOneForm, idempotencyKey: 'key\u0007', documentIds };
    expect(refusedField(await applicant.request(SUBMIT, { input: key }))).toEqual(['input.idempotencyKey']);
    const window = await Person.signIn(service, officer('WINDOW'));
    const comment = await window.complete('no-such-task', { decision: 'REJECT', comment: 'bad\udc00' });
    expect(refusedField(comment)).toEqual(['input.comment']);
    const literal = await applicant.request('mutation { withdrawApplication(id: "x", reason: "a\\u0000b") { id } }');
    expect(refusedField(literal)).toEqual(['reason']);
    const byDefault = await applicant.request(
      'mutation ($r: String = "a\\u0000b") { withdrawApplication(id: "x", reason: $r) { id } }',
    );
    expect(refusedField(byDefault)).toEqual(['r']);
    const upload = await applicant.uploadRaw('%PDF-1.4\n%%EOF\n', 'scan\u0001.pdf');
    expect(refusedField(upload.body)).toEqual(['file.name']);
    expect((await applicant.data('{ myDocuments { totalCount } }')).myDocuments.totalCount).toBe(documentIds.length);
  });

  it('and a clean retry with the same idempotency key goes through at once', async () => {
    const documentIds = await applicant.documentsFor('XC-0001');
    const input = { itemCode: 'XC-0001', formData: fiveInOneForm, idempotencyKey: 'poison', documentIds };
    const response = await applicant.request(SUBMIT, { input });
    expect(response.errors).toBeUndefined();
    expect(response.data!.submitApplication).toMatchObject({
      id: applicationIdFor(applicationIdSecret(service.config), applicant.identity.sub, 'poison'),
    });
  });
});

describe('the door refuses characters that reorder how text is shown, in any text, and changes nothing', () => {
  const controls = [
    ...['\u202a', '\u202b', '\u202c', '\u202d', '\u202e'], // embeddings, overrides and their end
    ...['\u2066', '\u2067', '\u2068', '\u2069'], // isolates and their end
    ...['\u200e', '\u200f', '\u061c'], // left-to-right, right-to-left and Arabic letter marks
  ];
  it.each(
    controls.map((control) => [`U+${control.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`, control]),
  )('%s in a form field', async (_name, control) => {
    const person = await Person.signIn(service, { sub: 'enterprise-bidi', role: 'APPLICANT' });
    const documentIds = await person.documentsFor('XC-0001');
    const formData = { ...fiveInOneForm, companyName: `北京${control}联办科技有限公司` };
    const input = { itemCode: 'XC-0001', formData, idempotencyKey: 'bidi', documentIds };
    const response = await person.request(SUBMIT, { input });
    expect(refusedField(response)).toEqual(['input.formData.companyName']);
    expect(response.errors![0].message).toMatch(/direction/);
    expect((await person.data('{ myApplications { nodes { id } } }')).myApplications.nodes).toEqual([]);
  });

  it('in a comment, a reason and a file name alike', async () => {
    const window = await Person.signIn(service, officer('WINDOW'));
    const comment = await window.complete('no-such-task', { decision: 'REJECT', comment: '材料\u202e齐全' });
    expect(refusedField(comment)).toEqual(['input.comment']);
    const reason = await applicant.request(
      'mutation ($r: String) { withdrawApplication(id: "x", reason: $r) { id } }',
      {
        r: '\u2067不办了\u2069',
      },
    );
    expect(refusedField(reason)).toEqual(['r']);
    const before = (await applicant.data('{ myDocuments(first: 100) { nodes { id } } }')).myDocuments.nodes;
    const upload = await applicant.uploadRaw('%PDF-1.4\n%%EOF\n', 'scan\u202efdp.exe');
    expect(refusedField(upload.body)).toEqual(['file.name']);
    expect((await applicant.data('{ myDocuments(first: 100) { nodes { id } } }')).myDocuments.nodes).toEqual(before);
  });
});

/** A refusal by the read model, as an update sent straight to Temporal (past the door) meets it. */
const isNotStorable = (error: unknown) =>
  error instanceof WorkflowUpdateFailedError &&
  error.cause instanceof ApplicationFailure &&
  error.cause.type === 'NOT_STORABLE';

it('a change the read model refuses fails its one update, is counted, and the case still finishes', async () => {
  const other = await Person.signIn(service, { sub: 'enterprise-poison-2', role: 'APPLICANT' });
  const { id } = await other.submit('XC-0001', fiveInOneForm);
  const window = await Person.signIn(service, officer('WINDOW'));
  const taskId = `${id}-WINDOW-1`;
  expect((await window.claim(taskId)).errors).toBeUndefined();

  const handle = temporal.workflow.getHandle(id);
  const poisoned = handle.executeUpdate(completeTaskUpdate, {
    args: [{ taskId, actor: window.identity, decision: 'APPROVE', comment: 'ok\u0000' }],
  });
  const failure = await poisoned.catch((error: unknown) => error);
  expect(isNotStorable(failure)).toBe(true);
  expect((failure as WorkflowUpdateFailedError).cause?.message).toContain('NUL');
  // Taken back in the workflow as in the read model: the task is still the window's to decide.
  expect((await other.application(id)).tasks).toEqual([
    expect.objectContaining({ id: taskId, status: 'CLAIMED', decision: null }),
  ]);
  const metrics = await (await fetch(`${applicant.baseUrl}/metrics`)).text();
  expect(metrics).toMatch(/^lianban_read_model_refused_writes_total 1$/m);

  expect((await window.complete(taskId, { decision: 'APPROVE', comment: 'ok' })).errors).toBeUndefined();
  for (const agency of ['AIC', 'QTS', 'TAX', 'HRSS', 'STATS'] as const) {
    await (await Person.signIn(service, officer(agency))).review(id);
  }
  await waitForStatus(other, id, 'ISSUED', 30_000);
  const auditor = await Person.signIn(service, { sub: 'auditor-poison', role: 'AUDITOR' });
  const { verifyAudit } = await auditor.data('query ($id: ID!) { verifyAudit(id: $id) { intact problems { kind } } }', {
    id,
  });
  expect(verifyAudit).toEqual({ intact: true, problems: [] });
}, 120_000);

it('a closing decision the read model refuses leaves the case open, to be decided again', async () => {
  const other = await Person.signIn(service, { sub: 'enterprise-poison-4', role: 'APPLICANT' });
  const { id } = await other.submit('XC-0001', fiveInOneForm);
  for (const agency of ['WINDOW', 'AIC', 'QTS', 'TAX', 'HRSS'] as const) {
    await (await Person.signIn(service, officer(agency))).review(id);
  }
  const stats = await Person.signIn(service, officer('STATS'));
  const taskId = `${id}-STATS-1`;
  expect((await stats.claim(taskId)).errors).toBeUndefined();
  for (const decision of ['REJECT', 'APPROVE'] as const) {
    const refused = await temporal.workflow
      .getHandle(id)
      .executeUpdate(completeTaskUpdate, { args: [{ taskId, actor: stats.identity, decision, comment: 'no\u0000' }] })
      .catch((error: unknown) => error);
    expect(isNotStorable(refused)).toBe(true);
  }
  expect((await other.application(id)).status).toBe('UNDER_REVIEW');
  expect((await stats.complete(taskId, { decision: 'APPROVE' })).errors).toBeUndefined();
  const issued = await waitForStatus(other, id, 'ISSUED', 30_000);
  expect(issued.certificate.number).toBeTruthy();
  expect(await service.prisma.certificate.count({ where: { applicationId: id } })).toBe(1);
}, 120_000);

it('a submission the read model refuses fails, and the same key may then start the case cleanly', async () => {
  const person = await Person.signIn(service, { sub: 'enterprise-poison-3', role: 'APPLICANT' });
  const id = applicationIdFor(applicationIdSecret(service.config), person.identity.sub, 'refused-start');
  const item = await service.prisma.serviceItem.findFirstOrThrow({
    where: { code: 'XC-0001', current: true },
    include: { materials: true },
  });
  const started = temporal.workflow.executeUpdateWithStart(submittedUpdate, {
    startWorkflowOperation: new WithStartWorkflowOperation(approvalWorkflow, {
      workflowId: id,
      taskQueue: APPROVAL_TASK_QUEUE,
      workflowIdConflictPolicy: 'USE_EXISTING',
      args: [
        {
          applicationId: id,
          applicantId: person.identity.sub,
          item: itemSnapshot(item),
          formData: { ...fiveInOneForm, companyName: 'bad\u0000' },
          submittedAt: new Date().toISOString(),
          idempotencyKey: 'refused-start',
        },
      ],
    }),
  });
  expect(isNotStorable(await started.catch((error: unknown) => error))).toBe(true);
  await expect(temporal.workflow.getHandle(id).result()).rejects.toMatchObject({ cause: { type: 'NOT_STORABLE' } });

  const { id: cleanId } = await person.submit('XC-0001', fiveInOneForm, 'refused-start');
  expect(cleanId).toBe(id);
  expect((await person.application(id)).status).toBe('SUBMITTED');
}, 60_000);
