import {
  caseQuery,
  claimTaskUpdate,
  completeTaskUpdate,
  supplementUpdate,
  withdrawUpdate,
} from '../../workflows/approval-contract';
import type { Actor } from '../../domain/case-events';
import type { Correction, Decision } from '../../domain/case-model';
import { taskId } from '../../domain/case-steps';
import { isValidUscc } from '../../domain/codes';
import { fiveInOneForm, performanceForm, signboardForm, tobaccoForm } from '../helpers/forms';
import {
  approvalWorkerPerFile,
  caseOfficer as officer,
  decide,
  localTemporal,
  registeredDocument,
  startCase,
} from '../helpers/workflow-env';

const setup = approvalWorkerPerFile(localTemporal);

const applicant: Actor = { sub: 'applicant-1', role: 'APPLICANT' };
const FIVE = ['AIC', 'QTS', 'TAX', 'HRSS', 'STATS'] as const;

async function readCase(applicationId: string) {
  return setup.database.prisma.application.findUniqueOrThrow({
    where: { id: applicationId },
    include: {
      tasks: { orderBy: [{ createdAt: 'asc' }, { id: 'asc' }] },
      certificate: true,
      timeline: { orderBy: { at: 'asc' } },
    },
  });
}

/** The update failure's type, as the validator or handler raised it. */
async function failureType(attempt: Promise<unknown>): Promise<string | undefined> {
  try {
    await attempt;
  } catch (error) {
    return ((error as { cause?: { type?: string } }).cause ?? {}).type;
  }
  throw new Error('the update was accepted');
}

it('runs five-in-one from submission to a licence with a valid unified social credit code', async () => {
  const { applicationId, handle } = await startCase(setup.env, setup.database.prisma, 'XC-0001', fiveInOneForm);
  expect((await readCase(applicationId)).status).toBe('SUBMITTED');

  await decide(handle, 'WINDOW', 'APPROVE');
  const underReview = await readCase(applicationId);
  expect(underReview.status).toBe('UNDER_REVIEW');
  expect(underReview.deadline).not.toBeNull();
  expect(
    underReview.tasks
      .filter((task) => task.status === 'OPEN')
      .map((task) => task.agencyCode)
      .sort(),
  ).toEqual([...FIVE].sort());

  for (const agency of FIVE) await decide(handle, agency, 'APPROVE');
  const outcome = await handle.result();
  expect(outcome.status).toBe('ISSUED');
  expect(isValidUscc(outcome.certificate!.uscc!)).toBe(true);
  expect(outcome.certificate!.uscc!.slice(0, 8)).toBe('91110102');

  const issued = await readCase(applicationId);
  expect(issued.status).toBe('ISSUED');
  expect(issued.decidedAt).not.toBeNull();
  expect(issued.certificate).toMatchObject({ kind: 'BUSINESS_LICENCE', uscc: outcome.certificate!.uscc });
  expect(issued.tasks.every((task) => task.status === 'COMPLETED' && task.decision === 'APPROVE')).toBe(true);
  expect(issued.timeline.map((entry) => entry.action)).toEqual(
    expect.arrayContaining([
      'SUBMITTED',
      'ACCEPTED',
      'STAGE_STARTED',
      'TASK_APPROVE',
      'APPROVED',
      'CERTIFICATE_ISSUED',
    ]),
  );
});

it('ends a rejected case and cancels the other open tasks', async () => {
  const { applicationId, handle } = await startCase(setup.env, setup.database.prisma, 'XC-0001', fiveInOneForm);
  await decide(handle, 'WINDOW', 'APPROVE');
  await decide(handle, 'AIC', 'APPROVE');
  const rejected = await decide(handle, 'TAX', 'REJECT', { comment: '经营范围涉及前置审批' });
  expect(rejected).toMatchObject({ status: 'COMPLETED', decision: 'REJECT' });
  const outcome = await handle.result();
  expect(outcome.status).toBe('REJECTED');
  expect(outcome.certificate).toBeUndefined();

  const stored = await readCase(applicationId);
  expect(stored.status).toBe('REJECTED');
  expect(stored.certificate).toBeNull();
  const byAgency = Object.fromEntries(stored.tasks.map((task) => [task.agencyCode, task.status]));
  expect(byAgency).toEqual({
    WINDOW: 'COMPLETED',
    AIC: 'COMPLETED',
    TAX: 'COMPLETED',
    QTS: 'CANCELLED',
    HRSS: 'CANCELLED',
    STATS: 'CANCELLED',
  });
});

it('merges corrections into one notice, pauses the clock and has only the askers review again', async () => {
  const { applicationId, handle } = await startCase(setup.env, setup.database.prisma, 'XC-0001', fiveInOneForm);
  await decide(handle, 'WINDOW', 'APPROVE');
  await decide(handle, 'AIC', 'REQUEST_CORRECTION', {
    corrections: [{ field: 'companyName', reason: '名称与已登记企业重复' }],
  });
  const paused = await readCase(applicationId);
  expect(paused.status).toBe('CORRECTION_REQUIRED');
  expect(paused.slaPausedSince).not.toBeNull();

  // Other agencies go on while the applicant corrects; a second request joins the notice.
  await decide(handle, 'QTS', 'REQUEST_CORRECTION', {
    corrections: [{ material: 'XC-0001-M05', reason: '住所证明不清晰' }],
  });
  for (const agency of ['TAX', 'HRSS', 'STATS'] as const) await decide(handle, agency, 'APPROVE');
  expect(await failureType(decide(handle, 'AIC', 'APPROVE', { round: 2 }))).toBe('TASK_NOT_FOUND');

  const state = await handle.query(caseQuery);
  expect(state.context.openCorrections.map((request) => request.agency)).toEqual(['AIC', 'QTS']);

  expect(
    await failureType(
      handle.executeUpdate(supplementUpdate, {
        args: [{ actor: applicant, formData: { companyName: '北京联办信息科技有限公司' } }],
      }),
    ),
  ).toBe('INVALID_INPUT');
  await handle.executeUpdate(supplementUpdate, {
    args: [
      {
        actor: applicant,
        formData: { companyName: '北京联办信息科技有限公司' },
        documents: [
          {
            materialCode: 'XC-0001-M05',
            documentId: await registeredDocument(setup.database.prisma, 'new-premises-proof'),
          },
        ],
      },
    ],
  });
  const resumed = await readCase(applicationId);
  expect(resumed.status).toBe('UNDER_REVIEW');
  expect(resumed.slaPausedSince).toBeNull();
  expect((resumed.formData as Record<string, unknown>).companyName).toBe('北京联办信息科技有限公司');
  const reopened = resumed.tasks
    .filter((task) => task.round === 2)
    .map((task) => task.agencyCode)
    .sort();
  expect(reopened).toEqual(['AIC', 'QTS']);

  await decide(handle, 'AIC', 'APPROVE', { round: 2 });
  await decide(handle, 'QTS', 'APPROVE', { round: 2 });
  expect((await handle.result()).status).toBe('ISSUED');
  const finished = await readCase(applicationId);
  expect(finished.tasks).toHaveLength(8);
});

it('lets the applicant withdraw before a decision, and not after', async () => {
  const { applicationId, handle } = await startCase(setup.env, setup.database.prisma, 'XC-0003', tobaccoForm);
  await decide(handle, 'WINDOW', 'APPROVE');
  expect(
    await failureType(
      handle.executeUpdate(withdrawUpdate, { args: [{ actor: { ...applicant, sub: 'someone-else' } }] }),
    ),
  ).toBe('NOT_OWNER');
  await handle.executeUpdate(withdrawUpdate, { args: [{ actor: applicant, reason: '不再经营' }] });
  expect((await handle.result()).status).toBe('WITHDRAWN');
  const stored = await readCase(applicationId);
  expect(stored.status).toBe('WITHDRAWN');
  expect(stored.tasks.find((task) => task.agencyCode === 'TOBACCO')!.status).toBe('CANCELLED');

  const other = await startCase(setup.env, setup.database.prisma, 'XC-0004', signboardForm);
  await decide(other.handle, 'WINDOW', 'APPROVE');
  await decide(other.handle, 'CITYADMIN', 'APPROVE');
  expect((await other.handle.result()).status).toBe('ISSUED');
});

it.each([
  [6000, ['CULTURE', 'PSB']],
  [5000, ['CULTURE', 'PSB']],
  [4999, ['CULTURE']],
])('has PSB join a performance permit review by audience: %d', async (audience, reviewers) => {
  const { applicationId, handle } = await startCase(
    setup.env,
    setup.database.prisma,
    'XC-0002',
    performanceForm(audience),
  );
  await decide(handle, 'WINDOW', 'APPROVE');
  const stored = await readCase(applicationId);
  expect(
    stored.tasks
      .filter((task) => task.stage === 'JOINT_REVIEW')
      .map((task) => task.agencyCode)
      .sort(),
  ).toEqual(reviewers);
  for (const agency of reviewers) await decide(handle, agency, 'APPROVE');
  expect(await handle.result()).toMatchObject({ status: 'ISSUED', certificate: { kind: 'PERFORMANCE_PERMIT' } });
});

it('refuses bad calls in the validator, before anything enters history', async () => {
  const { handle } = await startCase(setup.env, setup.database.prisma, 'XC-0001', fiveInOneForm);
  const windowTask = taskId(handle.workflowId, 'WINDOW', 1);
  const claim = (actor: Actor, id = windowTask) =>
    handle.executeUpdate(claimTaskUpdate, { args: [{ taskId: id, actor }] });
  const complete = (actor: Actor, decision: Decision, corrections?: Correction[], comment?: string) =>
    handle.executeUpdate(completeTaskUpdate, { args: [{ taskId: windowTask, actor, decision, corrections, comment }] });

  expect(await failureType(claim(officer('AIC')))).toBe('WRONG_AGENCY');
  expect(await failureType(claim(officer('WINDOW'), 'no-such-task'))).toBe('TASK_NOT_FOUND');
  expect(await failureType(complete(officer('WINDOW'), 'APPROVE'))).toBe('TASK_NOT_CLAIMED');
  await claim(officer('WINDOW'));
  expect(await failureType(claim({ sub: 'clerk-2', role: 'WINDOW', agency: 'WINDOW' }))).toBe('TASK_ALREADY_CLAIMED');
  expect(await failureType(complete({ sub: 'clerk-2', role: 'WINDOW', agency: 'WINDOW' }, 'APPROVE'))).toBe(
    'NOT_CLAIMANT',
  );
  expect(await failureType(complete(officer('WINDOW'), 'REQUEST_CORRECTION'))).toBe('INVALID_DECISION');
  expect(
    await failureType(complete(officer('WINDOW'), 'REQUEST_CORRECTION', [{ field: 'shoeSize', reason: 'x' }])),
  ).toBe('INVALID_DECISION');
  expect(await failureType(complete(officer('WINDOW'), 'REJECT'))).toBe('INVALID_DECISION');
  expect(
    await failureType(handle.executeUpdate(supplementUpdate, { args: [{ actor: applicant, formData: {} }] })),
  ).toBe('NOT_IN_CORRECTION');
  await complete(officer('WINDOW'), 'APPROVE');
  expect(await failureType(complete(officer('WINDOW'), 'APPROVE'))).toBe('TASK_CLOSED');

  // Only the three accepted updates (submitted, claim, complete) are in the history.
  const { events } = await handle.fetchHistory();
  const accepted = (events ?? []).filter((event) => event.workflowExecutionUpdateAcceptedEventAttributes);
  expect(
    accepted.map((event) => event.workflowExecutionUpdateAcceptedEventAttributes!.acceptedRequest!.input!.name),
  ).toEqual(['submitted', 'claimTask', 'completeTask']);
  await handle.terminate('test over');
});

it('finishes a case with every decision kept when the worker is stopped and replaced mid-case', async () => {
  const { applicationId, handle } = await startCase(setup.env, setup.database.prisma, 'XC-0001', fiveInOneForm);
  await decide(handle, 'WINDOW', 'APPROVE');
  await decide(handle, 'AIC', 'APPROVE');
  await decide(handle, 'QTS', 'APPROVE');

  await setup.replaceWorker();

  for (const agency of ['TAX', 'HRSS', 'STATS'] as const) await decide(handle, agency, 'APPROVE');
  expect((await handle.result()).status).toBe('ISSUED');
  const stored = await readCase(applicationId);
  expect(stored.tasks.map((task) => [task.agencyCode, task.decision, task.assignee])).toEqual(
    expect.arrayContaining([
      ['WINDOW', 'APPROVE', 'clerk-1'],
      ['AIC', 'APPROVE', 'officer-AIC'],
      ['QTS', 'APPROVE', 'officer-QTS'],
      ['STATS', 'APPROVE', 'officer-STATS'],
    ]),
  );
  expect(stored.tasks).toHaveLength(6);
});

it('lets a supplement change only the fields asked for, and brings in an agency the new data calls for', async () => {
  const { applicationId, handle } = await startCase(setup.env, setup.database.prisma, 'XC-0002', performanceForm(800));
  await decide(handle, 'WINDOW', 'APPROVE');
  await decide(handle, 'CULTURE', 'REQUEST_CORRECTION', {
    corrections: [{ field: 'expectedAudience', reason: '观众人数与售票方案不符' }],
  });
  const supplementWith = (formData: Record<string, unknown>) =>
    handle.executeUpdate(supplementUpdate, { args: [{ actor: applicant, formData }] });
  expect(await failureType(supplementWith({ venue: '工人体育场' }))).toBe('INVALID_INPUT');

  await supplementWith({ expectedAudience: 12000 });
  const stored = await readCase(applicationId);
  expect(
    stored.tasks
      .filter((task) => task.status === 'OPEN')
      .map((task) => task.agencyCode)
      .sort(),
  ).toEqual(['CULTURE', 'PSB']);
  await decide(handle, 'CULTURE', 'APPROVE', { round: 2 });
  await decide(handle, 'PSB', 'APPROVE');
  expect((await handle.result()).status).toBe('ISSUED');
});

it('restarts the SLA clock when a case waiting for a correction is rejected', async () => {
  const { applicationId, handle } = await startCase(setup.env, setup.database.prisma, 'XC-0001', fiveInOneForm);
  await decide(handle, 'WINDOW', 'APPROVE');
  await decide(handle, 'AIC', 'REQUEST_CORRECTION', { corrections: [{ field: 'address', reason: '地址不详' }] });
  expect((await readCase(applicationId)).slaPausedSince).not.toBeNull();
  await decide(handle, 'TAX', 'REJECT', { comment: '不符合条件' });
  expect(await readCase(applicationId)).toMatchObject({ status: 'REJECTED', slaPausedSince: null });
});
