import type { Identity } from '../../api/identity';
import { errorCodes, graphql } from '../helpers/graphql';
import { fiveInOneForm } from '../helpers/forms';
import { APPLICATION_FIELDS, officer, Person } from '../helpers/lianban-client';
import { startTestService, type TestService } from '../helpers/service';

let service: TestService;
let owner: Person;
let caseId: string;
let aicTask: string;

const people: Record<string, Identity> = {
  owner: { sub: 'enterprise-owner', role: 'APPLICANT' },
  otherApplicant: { sub: 'enterprise-other', role: 'APPLICANT' },
  window: officer('WINDOW'),
  aic: officer('AIC'),
  aicColleague: officer('AIC', 'officer-AIC-2'),
  qts: officer('QTS'),
  culture: officer('CULTURE'),
  auditor: { sub: 'auditor-1', role: 'AUDITOR' },
  admin: { sub: 'admin-1', role: 'ADMIN' },
};
const signedIn: Record<string, Person> = {};

beforeAll(async () => {
  service = await startTestService();
  for (const [name, identity] of Object.entries(people)) signedIn[name] = await Person.signIn(service, identity);
  owner = signedIn.owner;
  caseId = (await owner.submit('XC-0001', fiveInOneForm)).id;
  await signedIn.window.review(caseId);
  aicTask = (await signedIn.aic.myTasks('OPEN')).find((task) => task.application.id === caseId)!.id;
}, 120_000);

afterAll(async () => {
  await service?.stop();
});

const READ = `query ($id: ID!) { application(id: $id) { ${APPLICATION_FIELDS} } }`;

describe('reading a case', () => {
  it.each([
    ['owner', true],
    ['window', true],
    ['aic', true],
    ['qts', true],
    ['auditor', true],
    ['admin', true],
    ['otherApplicant', false],
    ['culture', false],
  ])('%s may read it: %s', async (who, allowed) => {
    const response = await signedIn[who].request(READ, { id: caseId });
    if (allowed) {
      expect(response.errors).toBeUndefined();
      expect(response.data!.application.id).toBe(caseId);
    } else {
      // Another person's case reads exactly as one that does not exist.
      const missing = await signedIn[who].request(READ, { id: '00000000-0000-4000-8000-000000000000' });
      expect(response).toEqual({ data: { application: null } });
      expect(missing).toEqual(response);
    }
  });

  it('refuses anonymous readers', async () => {
    const response = await graphql(service.url, READ, { variables: { id: caseId } });
    expect(errorCodes(response)).toEqual(['UNAUTHENTICATED']);
    expect(JSON.stringify(response)).not.toContain(fiveInOneForm.companyName);
  });

  it("shows agency staff only their own agency's tasks", async () => {
    const seenBy = async (who: string) =>
      ((await signedIn[who].application(caseId)).tasks as Array<{ agency: { code: string } }>).map(
        (task) => task.agency.code,
      );
    expect(await seenBy('aic')).toEqual(['AIC']);
    expect(await seenBy('window')).toEqual(['WINDOW']);
    expect((await seenBy('owner')).sort()).toEqual(['AIC', 'HRSS', 'QTS', 'STATS', 'TAX', 'WINDOW']);
    expect((await seenBy('auditor')).length).toBe(6);
  });

  it("shows agency staff the case's own steps and their agency's, not other agencies'", async () => {
    await signedIn.qts.review(caseId);
    const timeline = async (who: string) =>
      ((await signedIn[who].application(caseId)).timeline.nodes as Array<{ action: string; actor: string | null }>).map(
        (entry) => entry.actor,
      );
    expect(await timeline('aic')).not.toContain('officer-QTS');
    expect(await timeline('qts')).toContain('officer-QTS');
    expect(await timeline('owner')).toContain('officer-QTS');
    expect(await timeline('aic')).toContain('enterprise-owner');
  });

  it('keeps lists to what is yours', async () => {
    const myApplications = '{ myApplications { nodes { id } } }';
    expect((await owner.data(myApplications)).myApplications.nodes).toEqual([{ id: caseId }]);
    expect((await signedIn.otherApplicant.data(myApplications)).myApplications.nodes).toEqual([]);
    expect((await signedIn.culture.myTasks()).some((task) => task.application.id === caseId)).toBe(false);
    expect((await signedIn.aic.myTasks()).every((task) => task.id.includes('-AIC-'))).toBe(true);
  });

  it.each([
    ['aic', '{ myApplications { nodes { id } } }'],
    ['auditor', '{ myApplications { nodes { id } } }'],
    ['owner', '{ myTasks { nodes { id } } }'],
    ['auditor', '{ myTasks { nodes { id } } }'],
  ])('refuses %s the list %s', async (who, query) => {
    expect(errorCodes(await signedIn[who].request(query))).toEqual(['FORBIDDEN']);
  });
});

describe('changing a case', () => {
  const SUBMIT = `mutation { submitApplication(input: { itemCode: "XC-0003", formData: {} }) { id } }`;

  it.each(['aic', 'window', 'auditor', 'admin'])('refuses %s a submission', async (who) => {
    expect(errorCodes(await signedIn[who].request(SUBMIT))).toEqual(['FORBIDDEN']);
  });

  it.each([
    // Another agency's task reads as one that does not exist; the other roles may claim nothing.
    ['qts', 'NOT_FOUND'],
    ['owner', 'FORBIDDEN'],
    ['auditor', 'FORBIDDEN'],
    ['admin', 'FORBIDDEN'],
  ])('refuses %s a claim on an AIC task: %s', async (who, code) => {
    expect(errorCodes(await signedIn[who].claim(aicTask))).toEqual([code]);
  });

  it('lets only the claimant complete a task', async () => {
    expect((await signedIn.aic.claim(aicTask)).data!.claimTask.status).toBe('CLAIMED');
    expect(errorCodes(await signedIn.aicColleague.claim(aicTask))).toEqual(['CONFLICT']);
    expect(errorCodes(await signedIn.aicColleague.complete(aicTask, { decision: 'APPROVE' }))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await signedIn.qts.complete(aicTask, { decision: 'APPROVE' }))).toEqual(['NOT_FOUND']);
    expect(errorCodes(await signedIn.aic.complete(aicTask, { decision: 'REQUEST_CORRECTION' }))).toEqual([
      'BAD_USER_INPUT',
    ]);
    expect((await signedIn.aic.complete(aicTask, { decision: 'APPROVE' })).data!.completeTask.status).toBe('COMPLETED');
    // The same request again is answered with what it did; another decision is refused.
    expect((await signedIn.aic.complete(aicTask, { decision: 'APPROVE' })).data!.completeTask.status).toBe('COMPLETED');
    expect(errorCodes(await signedIn.aic.complete(aicTask, { decision: 'REJECT', comment: 'no' }))).toEqual([
      'CONFLICT',
    ]);
  });

  it('answers NOT_FOUND for a task that does not exist', async () => {
    expect(errorCodes(await signedIn.aic.claim('no-such-task'))).toEqual(['NOT_FOUND']);
  });

  it.each([
    ['otherApplicant', 'NOT_FOUND'],
    ['owner', 'CONFLICT'],
    ['aic', 'FORBIDDEN'],
  ])('refuses %s a supplement while nothing is asked: %s', async (who, code) => {
    const response = await signedIn[who].request(
      `mutation ($id: ID!) { supplementApplication(id: $id, input: { formData: { address: "x" } }) { id } }`,
      { id: caseId },
    );
    expect(errorCodes(response)).toEqual([code]);
  });

  it.each([
    ['otherApplicant', 'NOT_FOUND'],
    ['aic', 'FORBIDDEN'],
    ['auditor', 'FORBIDDEN'],
  ])('refuses %s a withdrawal: %s', async (who, code) => {
    const response = await signedIn[who].request(`mutation ($id: ID!) { withdrawApplication(id: $id) { id } }`, {
      id: caseId,
    });
    expect(errorCodes(response)).toEqual([code]);
    expect((await owner.application(caseId)).status).toBe('UNDER_REVIEW');
  });
});
