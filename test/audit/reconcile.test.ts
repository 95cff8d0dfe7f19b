import type { Client } from '@temporalio/client';
import { appendToChain } from '../../activities/audit-chain';
import { transactionSession } from '../../prisma/database';
import { verifyAudit } from '../../audit/verify';
import { applicationWorkflowId, caseQuery } from '../../workflows/approval-contract';
import { reconcileCase } from '../../audit/reconcile';
import { fiveInOneForm } from '../helpers/forms';
import { officer, Person } from '../helpers/lianban-client';
import { startTestService, type TestService } from '../helpers/service';

/**
 * Reconciliation finds what the read model says that the history does not (the marks the old
 * in-task write could leave after a crash: a decision the history lost, a chain entry at a
 * position a later decision reused) and, asked to, rewrites the case from its history.
 */
let service: TestService;
let temporal: Client;

beforeAll(async () => {
  service = await startTestService();
  temporal = service.temporal;
}, 120_000);

afterAll(async () => {
  await service?.stop();
});

it('reports and repairs a read model and chain that ran ahead of the history', async () => {
  const applicant = await Person.signIn(service, { sub: 'enterprise-reconcile', role: 'APPLICANT' });
  const { id } = await applicant.submit('XC-0001', fiveInOneForm);
  const window = await Person.signIn(service, officer('WINDOW'));
  await window.review(id);
  const aic = await Person.signIn(service, officer('AIC'));
  const aicTask = `${id}-AIC-1`;
  expect((await aic.claim(aicTask)).errors).toBeUndefined();
  expect(await reconcileCase(service.prisma, temporal, id, false)).toEqual({
    applicationId: id,
    differences: [],
    repaired: false,
    historyKept: true,
  });

  // What a crash left behind before: AIC's decision in the read model and the chain, not in history.
  await service.prisma.reviewTask.update({
    where: { id: aicTask },
    data: { status: 'COMPLETED', decision: 'APPROVE', completedAt: new Date() },
  });
  await service.prisma.$transaction((tx) =>
    appendToChain(transactionSession(tx), id, [
      {
        eventKey: 'case-000099',
        at: new Date(),
        actor: 'officer-AIC',
        agencyCode: 'AIC',
        action: 'TASK_APPROVE',
        detail: null,
      },
    ]),
  );
  const found = await reconcileCase(service.prisma, temporal, id, false);
  expect(found.differences).toEqual([
    expect.stringMatching(new RegExp(`^task ${aicTask}: read model \\["COMPLETED"`)),
    expect.stringMatching(/^audit NOT_IN_HISTORY at \d+: TASK_APPROVE/),
  ]);
  expect((await reconcileCase(service.prisma, temporal, id, true)).repaired).toBe(true);
  expect((await reconcileCase(service.prisma, temporal, id, false)).differences).toEqual([]);

  const live = await temporal.workflow.getHandle(applicationWorkflowId(id)).query(caseQuery);
  expect(await verifyAudit(service.prisma, id, live.context.timeline)).toMatchObject({ intact: true });
  // The case goes on from the repaired read model: AIC decides for real, once.
  expect((await aic.complete(aicTask, { decision: 'APPROVE' })).data).toEqual({
    completeTask: { id: aicTask, status: 'COMPLETED', decision: 'APPROVE' },
  });
  expect((await reconcileCase(service.prisma, temporal, id, false)).differences).toEqual([]);
}, 120_000);
