import { Client as PgClient } from 'pg';
import { isValidUscc } from '../../domain/codes';
import type { AgencyCode } from '../../domain/definition';
import { errorCodes } from '../helpers/graphql';
import { fiveInOneForm, performanceForm } from '../helpers/forms';
import { officer, Person, samplePdf, waitForStatus } from '../helpers/lianban-client';
import { startTestService, type TestService } from '../helpers/service';

/** What `read` answers, and the SQL statements the service sent while it ran (nothing else runs then). */
async function statementsDuring<T>(read: () => Promise<T>): Promise<{ result: T; statements: number }> {
  const prototype = PgClient.prototype as unknown as { query: (...args: unknown[]) => unknown };
  const original = prototype.query;
  let statements = 0;
  prototype.query = function (this: PgClient, ...args: unknown[]) {
    statements += 1;
    return original.apply(this, args);
  };
  try {
    return { result: await read(), statements };
  } finally {
    prototype.query = original;
  }
}

let service: TestService;
let applicant: Person;
const staff = {} as Record<AgencyCode, Person>;
const FIVE: AgencyCode[] = ['AIC', 'QTS', 'TAX', 'HRSS', 'STATS'];

beforeAll(async () => {
  service = await startTestService();
  applicant = await Person.signIn(service, { sub: 'enterprise-1', role: 'APPLICANT' });
  for (const agency of ['WINDOW', ...FIVE, 'CULTURE', 'PSB', 'TOBACCO', 'CITYADMIN'] as AgencyCode[]) {
    staff[agency] = await Person.signIn(service, officer(agency));
  }
}, 120_000);

afterAll(async () => {
  await service?.stop();
});

describe('five-in-one over GraphQL', () => {
  it('goes from submission to an issued licence, visible at each step', async () => {
    const submitted = await applicant.submit('XC-0001', fiveInOneForm);
    expect(submitted).toMatchObject({
      status: 'SUBMITTED',
      applicantId: 'enterprise-1',
      item: { code: 'XC-0001', version: 2 },
    });
    expect(submitted.tasks).toEqual([
      expect.objectContaining({ stage: 'ACCEPTANCE', status: 'OPEN', agency: { code: 'WINDOW' } }),
    ]);
    expect(submitted.sla).toEqual({ deadline: null, remainingWorkingDays: null, paused: false, overdue: false });

    const windowTask = submitted.tasks[0].id;
    expect((await staff.WINDOW.claim(windowTask)).data!.claimTask).toMatchObject({
      status: 'CLAIMED',
      assignee: 'officer-WINDOW',
    });
    await staff.WINDOW.complete(windowTask, { decision: 'APPROVE', comment: '材料齐全，予以受理' });

    const accepted = await applicant.application(submitted.id);
    expect(accepted.status).toBe('UNDER_REVIEW');
    expect(accepted.sla.deadline).not.toBeNull();
    expect(accepted.sla.remainingWorkingDays).toBeGreaterThan(19);
    expect(accepted.tasks.filter((task: { stage: string }) => task.stage === 'JOINT_REVIEW')).toHaveLength(5);

    for (const agency of FIVE) await staff[agency].review(submitted.id);
    const issued = await waitForStatus(applicant, submitted.id, 'ISSUED');
    expect(issued.certificate.kind).toBe('BUSINESS_LICENCE');
    expect(isValidUscc(issued.certificate.uscc)).toBe(true);
    expect(issued.decidedAt).not.toBeNull();
    const actions = issued.timeline.nodes.map((entry: { action: string }) => entry.action);
    expect(actions[0]).toBe('SUBMITTED');
    expect(actions).toEqual(expect.arrayContaining(['TASK_CLAIMED', 'ACCEPTED', 'APPROVED', 'CERTIFICATE_ISSUED']));
    expect(issued.timeline.nodes.find((entry: { action: string }) => entry.action === 'TASK_CLAIMED').actor).toBe(
      'officer-WINDOW',
    );
  });

  it('lists the applicant’s cases and the agencies’ tasks', async () => {
    const { id } = await applicant.submit('XC-0001', fiveInOneForm);
    const mine = await applicant.data('{ myApplications(first: 1) { nodes { id status } } }');
    expect(mine.myApplications.nodes).toEqual([{ id, status: 'SUBMITTED' }]);
    const open = await staff.WINDOW.myTasks('OPEN');
    expect(open.some((task) => task.application.id === id)).toBe(true);
    expect(await staff.AIC.myTasks('OPEN')).not.toContainEqual(
      expect.objectContaining({ application: expect.objectContaining({ id }) }),
    );
  });

  it('reads a case with its tasks, and an inbox with its cases, in one SQL statement each', async () => {
    const { id } = await applicant.submit('XC-0001', fiveInOneForm);
    const byWindow = await statementsDuring(() =>
      staff.WINDOW.data('query ($id: ID!) { application(id: $id) { status tasks { id status agency { code } } } }', {
        id,
      }),
    );
    expect(byWindow.result.application.tasks).toHaveLength(1);
    expect(byWindow.statements).toBe(1);
    const inbox = await statementsDuring(() =>
      staff.WINDOW.data('{ myTasks(status: OPEN) { nodes { id status application { id status } } } }'),
    );
    expect(inbox.result.myTasks.nodes.some((task: { application: { id: string } }) => task.application.id === id)).toBe(
      true,
    );
    expect(inbox.statements).toBe(1);
  });

  it('rejects: the case ends REJECTED and the other open tasks are cancelled', async () => {
    const { id } = await applicant.submit('XC-0001', fiveInOneForm);
    await staff.WINDOW.review(id);
    await staff.AIC.review(id);
    await staff.TAX.review(id, { decision: 'REJECT', comment: '注册资本不符合规定' });
    const rejected = await applicant.application(id);
    expect(rejected.status).toBe('REJECTED');
    expect(rejected.certificate).toBeNull();
    const statuses = Object.fromEntries(rejected.tasks.map((task: any) => [task.agency.code, task.status]));
    expect(statuses).toEqual({
      WINDOW: 'COMPLETED',
      AIC: 'COMPLETED',
      TAX: 'COMPLETED',
      QTS: 'CANCELLED',
      HRSS: 'CANCELLED',
      STATS: 'CANCELLED',
    });
  });

  it('asks for corrections in one notice, pauses the clock, and reviews again only where asked', async () => {
    const { id } = await applicant.submit('XC-0001', fiveInOneForm);
    await staff.WINDOW.review(id);
    await staff.AIC.review(id, {
      decision: 'REQUEST_CORRECTION',
      corrections: [{ field: 'businessScope', reason: '经营范围表述不规范' }],
    });
    await staff.QTS.review(id, {
      decision: 'REQUEST_CORRECTION',
      corrections: [{ material: 'XC-0001-M05', reason: '住所使用证明缺少产权人签字' }],
    });
    await staff.TAX.review(id);
    const waiting = await applicant.application(id);
    expect(waiting.status).toBe('CORRECTION_REQUIRED');
    expect(waiting.sla.paused).toBe(true);
    expect(waiting.correctionNotice).toEqual([
      { agency: 'AIC', field: 'businessScope', material: null, reason: '经营范围表述不规范' },
      { agency: 'QTS', field: null, material: 'XC-0001-M05', reason: '住所使用证明缺少产权人签字' },
    ]);

    const bad = await applicant.request(
      `mutation ($id: ID!) { supplementApplication(id: $id, input: { formData: { registeredCapital: -5 } }) { status } }`,
      { id },
    );
    expect(errorCodes(bad)).toEqual(['BAD_USER_INPUT']);
    expect(bad.errors![0].extensions!.fields).toEqual([
      expect.objectContaining({ field: 'formData.registeredCapital' }),
    ]);

    const supplemented = await applicant.data(
      `mutation ($id: ID!, $input: SupplementInput!) { supplementApplication(id: $id, input: $input) { status correctionNotice { reason } sla { paused } formData } }`,
      {
        id,
        input: {
          formData: { businessScope: '软件开发；信息技术咨询服务' },
          documents: [
            {
              materialCode: 'XC-0001-M05',
              documentId: (await applicant.upload(samplePdf('premises v2'), '住所证明.pdf')).id,
            },
          ],
        },
      },
    );
    expect(supplemented.supplementApplication).toMatchObject({
      status: 'UNDER_REVIEW',
      correctionNotice: null,
      sla: { paused: false },
      formData: { businessScope: '软件开发；信息技术咨询服务', companyName: fiveInOneForm.companyName },
    });
    expect((await staff.TAX.myTasks('OPEN')).filter((task) => task.application.id === id)).toEqual([]);
    await staff.AIC.review(id);
    await staff.QTS.review(id);
    await staff.HRSS.review(id);
    await staff.STATS.review(id);
    await waitForStatus(applicant, id, 'ISSUED');
  });

  it('lets the applicant withdraw before a decision, and refuses it after', async () => {
    const { id } = await applicant.submit('XC-0001', fiveInOneForm);
    const withdrawn = await applicant.data(
      `mutation ($id: ID!) { withdrawApplication(id: $id, reason: "改日再办") { status tasks { status } } }`,
      {
        id,
      },
    );
    expect(withdrawn.withdrawApplication).toEqual({ status: 'WITHDRAWN', tasks: [{ status: 'CANCELLED' }] });
    const again = await applicant.request(`mutation ($id: ID!) { withdrawApplication(id: $id) { status } }`, { id });
    expect(errorCodes(again)).toEqual(['CONFLICT']);
  });
});

describe('the other items', () => {
  it.each([
    [6000, ['CULTURE', 'PSB']],
    [200, ['CULTURE']],
  ])('performance permit for an audience of %d is reviewed by %j', async (audience, agencies) => {
    const { id } = await applicant.submit('XC-0002', performanceForm(audience));
    await staff.WINDOW.review(id);
    const review = await applicant.application(id);
    expect(
      review.tasks
        .filter((task: any) => task.stage === 'JOINT_REVIEW')
        .map((task: any) => task.agency.code)
        .sort(),
    ).toEqual(agencies);
    for (const agency of agencies) await staff[agency].review(id);
    expect((await waitForStatus(applicant, id, 'ISSUED')).certificate).toMatchObject({
      kind: 'PERFORMANCE_PERMIT',
      uscc: null,
    });
  });

  it('signboard approval goes through the window and city management', async () => {
    const { id } = await applicant.submit('XC-0004', {
      shopName: '西城书店',
      address: '北京市西城区琉璃厂东街1号',
      signText: '西城书店',
      widthMetres: 3,
      heightMetres: 0.8,
      illuminated: true,
    });
    await staff.WINDOW.review(id);
    await staff.CITYADMIN.review(id);
    expect((await waitForStatus(applicant, id, 'ISSUED')).certificate.kind).toBe('SIGNBOARD_APPROVAL');
  });
});
