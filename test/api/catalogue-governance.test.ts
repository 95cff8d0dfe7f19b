import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { CATALOGUE_DIR } from '../../service-items/catalogue-files';
import { errorCodes, type GraphQLResponse } from '../helpers/graphql';
import { performanceForm, signboardForm } from '../helpers/forms';
import { officer, Person, samplePdf, waitForStatus } from '../helpers/lianban-client';
import { startTestService, type TestService } from '../helpers/service';

let service: TestService;
let drafter: Person;
let reviewer: Person;
let applicant: Person;
let window: Person;
let sports: Person;

const ITEM = `code version status current name promisedDays editedBy reviewedBy
  sentBackReasons { path reason } problems { field message }
  agencies { code } materials { code required when }`;

/** A new item for the hall's new sports bureau, written as an import file would hold it. */
function sportsEventPermit() {
  const signboard = parse(readFileSync(path.join(CATALOGUE_DIR, 'items', 'xc-0004-signboard.yaml'), 'utf8')) as Record<
    string,
    any
  >;
  const { code: _code, version: _version, ...content } = signboard;
  return {
    ...content,
    name: '高危险性体育项目经营许可',
    nameEn: 'Permit to run high-risk sports',
    promisedDays: 25,
    materials: (content.materials as Array<Record<string, unknown>>).map((material, index) => ({
      ...material,
      code: `M${String(index + 1).padStart(2, '0')}`,
    })),
    process: {
      stages: [
        { name: 'ACCEPTANCE', reviewers: [{ agency: 'WINDOW' }] },
        { name: 'JOINT_REVIEW', reviewers: [{ agency: 'SPORTS' }] },
      ],
      issuance: { certificate: 'SPORTS_PERMIT' },
    },
  };
}

async function expectData(response: Promise<GraphQLResponse>) {
  const answer = await response;
  expect(answer.errors).toBeUndefined();
  return answer.data as Record<string, any>;
}

beforeAll(async () => {
  service = await startTestService();
  drafter = await Person.signIn(service, { sub: 'admin-drafter', role: 'ADMIN' });
  reviewer = await Person.signIn(service, { sub: 'admin-reviewer', role: 'ADMIN' });
  applicant = await Person.signIn(service, { sub: 'sports-club', role: 'APPLICANT' });
  window = await Person.signIn(service, officer('WINDOW'));
  sports = await Person.signIn(service, { sub: 'officer-sports', role: 'REVIEWER', agency: 'SPORTS' });
}, 120_000);

afterAll(async () => {
  await service?.stop();
});

const versionArgs = (item: { code: string; version: number }) => ({ code: item.code, version: item.version });

describe('an item from its draft to its retirement, with a new agency and certificate kind', () => {
  let draft: { code: string; version: number };
  let firstCase: string;
  let secondCase: string;

  it('adds an agency and a certificate kind at run time, refusing a bad numbering rule by its field', async () => {
    const badRule = await drafter.request(
      `mutation { addCertificateKind(input: { code: "SPORTS_PERMIT", name: "许可证", nameEn: "Permit", numberPattern: "{item}-{month}", mintsUscc: false }) { code } }`,
    );
    expect(errorCodes(badRule)).toEqual(['BAD_USER_INPUT']);
    expect(badRule.errors![0].extensions!.fields).toEqual([
      { field: 'input.numberPattern', message: expect.stringMatching(/\{month\} is not a placeholder/) },
      { field: 'input.numberPattern', message: expect.stringMatching(/must contain \{serial\}/) },
    ]);
    await expectData(
      drafter.request(
        `mutation { addAgency(input: { code: "SPORTS", name: "区体育局", nameEn: "District Sports Bureau" }) { code } }`,
      ),
    );
    await expectData(
      drafter.request(
        `mutation { addCertificateKind(input: { code: "SPORTS_PERMIT", name: "高危险性体育项目经营许可证", nameEn: "High-risk sports permit", numberPattern: "体{year}第{serial}号", mintsUscc: false }) { code } }`,
      ),
    );
    const again = await drafter.request(
      `mutation { addAgency(input: { code: "SPORTS", name: "体育局", nameEn: "Sports" }) { code } }`,
    );
    expect(again.errors![0].extensions!.fields).toEqual([
      { field: 'input.code', message: 'there is already a agency SPORTS' },
    ]);
  });

  it('drafts a new item under the next code of the coding rule, problems and all', async () => {
    const content = { ...sportsEventPermit(), promisedDays: 25 };
    const { draftServiceItem } = await expectData(
      drafter.request(`mutation ($content: JSON!) { draftServiceItem(content: $content) { ${ITEM} } }`, { content }),
    );
    draft = versionArgs(draftServiceItem);
    const { serviceItems } = await expectData(drafter.request('{ serviceItems { code } }'));
    const highest = Math.max(...serviceItems.map((item: { code: string }) => Number(item.code.slice(3))));
    expect(draftServiceItem).toMatchObject({
      code: `XC-${String(highest + 1).padStart(4, '0')}`,
      version: 1,
      status: 'DRAFT',
      current: false,
      editedBy: ['admin-drafter'],
      problems: [{ field: 'promisedDays', message: '25 is more than the 20 statutory days' }],
    });
    expect(draftServiceItem.materials[0].code).toBe(`${draft.code}-M01`);
  });

  it('refuses review while the draft has a problem, naming it by its path', async () => {
    const refused = await drafter.request(
      `mutation ($code: String!, $version: Int!) { submitServiceItemForReview(code: $code, version: $version) { status } }`,
      draft,
    );
    expect(errorCodes(refused)).toEqual(['BAD_USER_INPUT']);
    expect(refused.errors![0].extensions!.fields).toEqual([
      { field: 'promisedDays', message: '25 is more than the 20 statutory days' },
    ]);
  });

  it('keeps drafts from the public: the item reads as not there', async () => {
    const seen = await applicant.data(`query ($code: String!) { serviceItem(code: $code, version: 1) { code } }`, {
      code: draft.code,
    });
    expect(seen.serviceItem).toBeNull();
    const notice = await fetch(`${applicant.baseUrl}/catalogue/${draft.code}/1/notice.pdf`);
    expect(notice.status).toBe(404);
  });

  it('goes to review once fixed; its writer may not approve it; another administrator sends it back', async () => {
    await expectData(
      drafter.request(
        `mutation ($code: String!, $version: Int!, $content: JSON!) { changeServiceItemDraft(code: $code, version: $version, content: $content) { status } }`,
        { ...draft, content: { ...sportsEventPermit(), promisedDays: 15 } },
      ),
    );
    const submitted = await expectData(
      drafter.request(
        `mutation ($code: String!, $version: Int!) { submitServiceItemForReview(code: $code, version: $version) { status } }`,
        draft,
      ),
    );
    expect(submitted.submitServiceItemForReview.status).toBe('IN_REVIEW');

    const own = await drafter.request(
      `mutation ($code: String!, $version: Int!) { approveServiceItem(code: $code, version: $version) { status } }`,
      draft,
    );
    expect(errorCodes(own)).toEqual(['FORBIDDEN']);
    expect(own.errors![0].message).toMatch(/another administrator reviews it \(four eyes\)/);

    const { serviceItemDrafts } = await expectData(reviewer.request(`{ serviceItemDrafts { code version status } }`));
    expect(serviceItemDrafts).toContainEqual({ ...draft, status: 'IN_REVIEW' });
    const sentBack = await expectData(
      reviewer.request(
        `mutation ($code: String!, $version: Int!) { sendBackServiceItem(code: $code, version: $version, reasons: [{ path: "promisedDays", reason: "承诺时限应为10个工作日" }]) { ${ITEM} } }`,
        draft,
      ),
    );
    expect(sentBack.sendBackServiceItem).toMatchObject({
      status: 'DRAFT',
      sentBackReasons: [{ path: 'promisedDays', reason: '承诺时限应为10个工作日' }],
    });
  });

  it('is published by the other administrator after the fix, and a case runs on it with the new agency', async () => {
    await expectData(
      drafter.request(
        `mutation ($code: String!, $version: Int!, $content: JSON!) { changeServiceItemDraft(code: $code, version: $version, content: $content) { status } }`,
        { ...draft, content: { ...sportsEventPermit(), promisedDays: 10 } },
      ),
    );
    await expectData(
      drafter.request(
        `mutation ($code: String!, $version: Int!) { submitServiceItemForReview(code: $code, version: $version) { status } }`,
        draft,
      ),
    );
    const { approveServiceItem } = await expectData(
      reviewer.request(
        `mutation ($code: String!, $version: Int!) { approveServiceItem(code: $code, version: $version) { ${ITEM} } }`,
        draft,
      ),
    );
    expect(approveServiceItem).toMatchObject({
      status: 'PUBLISHED',
      current: true,
      reviewedBy: 'admin-reviewer',
      agencies: [{ code: 'WINDOW' }, { code: 'SPORTS' }],
      problems: [],
    });

    firstCase = (await applicant.submit(draft.code, signboardForm)).id;
    await window.review(firstCase);
    const atReview = await applicant.application(firstCase);
    expect(
      atReview.tasks.map((task: { agency: { code: string }; status: string }) => [task.agency.code, task.status]),
    ).toEqual([
      ['WINDOW', 'COMPLETED'],
      ['SPORTS', 'OPEN'],
    ]);
  });

  it('publishes a second version while the first case runs; the case keeps its version and finishes on it', async () => {
    const { draftServiceItem } = await expectData(
      drafter.request(
        `mutation ($code: String!, $content: JSON!) { draftServiceItem(code: $code, content: $content) { code version } }`,
        {
          code: draft.code,
          content: { ...sportsEventPermit(), promisedDays: 8, name: '高危险性体育项目经营许可（游泳）' },
        },
      ),
    );
    expect(draftServiceItem).toEqual({ code: draft.code, version: 2 });
    await expectData(
      drafter.request(
        `mutation ($code: String!, $version: Int!) { submitServiceItemForReview(code: $code, version: $version) { status } }`,
        draftServiceItem,
      ),
    );
    await expectData(
      reviewer.request(
        `mutation ($code: String!, $version: Int!) { approveServiceItem(code: $code, version: $version) { status } }`,
        draftServiceItem,
      ),
    );

    const { serviceItemDiff } = await expectData(
      applicant.request(
        `query ($code: String!) { serviceItemDiff(code: $code, from: 1, to: 2) { path kind before after } }`,
        {
          code: draft.code,
        },
      ),
    );
    expect(serviceItemDiff).toEqual([
      { path: 'name', kind: 'CHANGED', before: '高危险性体育项目经营许可', after: '高危险性体育项目经营许可（游泳）' },
      { path: 'promisedDays', kind: 'CHANGED', before: 10, after: 8 },
    ]);

    secondCase = (await applicant.submit(draft.code, signboardForm)).id;
    expect((await applicant.application(secondCase)).item).toEqual({ code: draft.code, version: 2 });
    expect((await applicant.application(firstCase)).item).toEqual({ code: draft.code, version: 1 });

    await sports.review(firstCase);
    const issued = await waitForStatus(applicant, firstCase, 'ISSUED');
    expect(issued.certificate).toMatchObject({
      kind: 'SPORTS_PERMIT',
      number: expect.stringMatching(/^体\d{4}第\d{6}号$/),
    });
  });

  it('retires the item: new submissions are refused saying so, the open case goes on to its licence', async () => {
    const documentIds = await applicant.documentsFor(draft.code, signboardForm);
    await expectData(
      reviewer.request(
        `mutation ($code: String!) { retireServiceItem(code: $code, reason: "并入“一业一证”改革事项") { status } }`,
        {
          code: draft.code,
        },
      ),
    );
    const refused = await applicant.request(
      `mutation ($input: SubmitApplicationInput!) { submitApplication(input: $input) { id } }`,
      {
        input: { itemCode: draft.code, formData: signboardForm, documentIds },
      },
    );
    expect(errorCodes(refused)).toEqual(['BAD_USER_INPUT']);
    expect(refused.errors![0].extensions!.fields).toEqual([
      {
        field: 'itemCode',
        message: expect.stringMatching(/was retired on \d{4}-\d\d-\d\d and takes no new applications: 并入/),
      },
    ]);

    await window.review(secondCase);
    await sports.review(secondCase);
    await waitForStatus(applicant, secondCase, 'ISSUED');
  });

  it('logs every step of it in a chain that holds, and shows an edited entry', async () => {
    const subject = `item:${draft.code}@1`;
    const { catalogueLog } = await expectData(
      reviewer.request(
        `query ($subject: String) { catalogueLog(first: 20, subject: $subject) { nodes { actor action } } }`,
        { subject },
      ),
    );
    expect(catalogueLog.nodes.reverse()).toEqual([
      { actor: 'admin-drafter', action: 'ITEM_DRAFTED' },
      { actor: 'admin-drafter', action: 'DRAFT_CHANGED' },
      { actor: 'admin-drafter', action: 'SENT_FOR_REVIEW' },
      { actor: 'admin-reviewer', action: 'SENT_BACK' },
      { actor: 'admin-drafter', action: 'DRAFT_CHANGED' },
      { actor: 'admin-drafter', action: 'SENT_FOR_REVIEW' },
      { actor: 'admin-reviewer', action: 'PUBLISHED' },
    ]);
    expect(
      (await expectData(reviewer.request('{ verifyCatalogueLog { intact brokenAt } }'))).verifyCatalogueLog,
    ).toEqual({
      intact: true,
      brokenAt: null,
    });

    const [{ position }] = await service.prisma.catalogueLogEntry.findMany({ where: { subject, action: 'SENT_BACK' } });
    await service.prisma.catalogueLogEntry.update({ where: { position }, data: { actor: 'someone-else' } });
    expect(
      (await expectData(reviewer.request('{ verifyCatalogueLog { intact brokenAt problem } }'))).verifyCatalogueLog,
    ).toEqual({
      intact: false,
      brokenAt: position,
      problem: 'its content does not match its hash',
    });
  });
});

describe('two administrators acting on one version at once', () => {
  it('lets the first decision stand and refuses the other', async () => {
    const third = await Person.signIn(service, { sub: 'admin-third', role: 'ADMIN' });
    const tobacco = (await drafter.data(`{ serviceItem(code: "XC-0003") { code version } }`)).serviceItem;
    const release = parse(
      readFileSync(path.join(CATALOGUE_DIR, 'items', 'xc-0003-tobacco-retail.yaml'), 'utf8'),
    ) as Record<string, unknown>;
    const { code: _code, version: _version, ...content } = release;
    const { draftServiceItem } = await expectData(
      drafter.request(
        `mutation ($content: JSON!) { draftServiceItem(code: "XC-0003", content: $content) { code version } }`,
        {
          content: { ...content, name: '烟草专卖零售许可（新办）' },
        },
      ),
    );
    expect(draftServiceItem).toEqual({ code: 'XC-0003', version: tobacco.version + 1 });
    await expectData(
      drafter.request(
        `mutation ($code: String!, $version: Int!) { submitServiceItemForReview(code: $code, version: $version) { status } }`,
        draftServiceItem,
      ),
    );
    const answers = await Promise.all([
      reviewer.request(
        `mutation ($code: String!, $version: Int!) { approveServiceItem(code: $code, version: $version) { status } }`,
        draftServiceItem,
      ),
      third.request(
        `mutation ($code: String!, $version: Int!) { sendBackServiceItem(code: $code, version: $version, reasons: [{ reason: "名称不规范" }]) { status } }`,
        draftServiceItem,
      ),
    ]);
    expect(answers.filter((answer) => answer.errors === undefined)).toHaveLength(1);
    expect(answers.flatMap((answer) => errorCodes(answer))).toEqual(['CONFLICT']);
    const after = await service.prisma.serviceItem.findUniqueOrThrow({ where: { code_version: draftServiceItem } });
    // Published and current, or a draft again and not current: never a live draft.
    expect([after.status, after.current]).toEqual(
      after.status === 'PUBLISHED' ? ['PUBLISHED', true] : ['DRAFT', false],
    );
  });
});

describe('a conditional material', () => {
  const submitPerformance = async (expectedAudience: number, withSecurityPlan: boolean) => {
    const form = performanceForm(expectedAudience);
    const documentIds = await applicant.documentsFor('XC-0002', performanceForm(800));
    if (withSecurityPlan)
      documentIds.push((await applicant.upload(samplePdf('plan'), 'plan.pdf', 'XC-0002-M06')).id as string);
    return applicant.request(`mutation ($input: SubmitApplicationInput!) { submitApplication(input: $input) { id } }`, {
      input: { itemCode: 'XC-0002', formData: form, documentIds },
    });
  };

  it('is required exactly when its condition holds', async () => {
    const without = await submitPerformance(6000, false);
    expect(errorCodes(without)).toEqual(['BAD_USER_INPUT']);
    expect(without.errors![0].extensions!.fields).toEqual([
      {
        field: 'documents.XC-0002-M06',
        message: '大型群众性活动安全工作方案 is required for this form (its condition holds)',
      },
    ]);
    expect((await submitPerformance(6000, true)).errors).toBeUndefined();
    expect((await submitPerformance(800, false)).errors).toBeUndefined();
  });

  it('is asked for when a supplement makes its condition hold', async () => {
    const culture = await Person.signIn(service, officer('CULTURE'));
    const { id } = await applicant.submit('XC-0002', performanceForm(800));
    await window.review(id);
    await culture.review(id, {
      decision: 'REQUEST_CORRECTION',
      corrections: [
        { field: 'expectedAudience', reason: '请按售票系统核定的人数填写' },
        { material: 'XC-0002-M06', reason: '达到5000人的，请提交安全工作方案' },
      ],
    });
    await waitForStatus(applicant, id, 'CORRECTION_REQUIRED');
    const supplement = (input: Record<string, unknown>) =>
      applicant.request(
        `mutation ($id: ID!, $input: SupplementInput!) { supplementApplication(id: $id, input: $input) { status } }`,
        {
          id,
          input,
        },
      );

    const without = await supplement({ formData: { expectedAudience: 6000 } });
    expect(without.errors![0].extensions!.fields).toEqual([
      {
        field: 'documents.XC-0002-M06',
        message: '大型群众性活动安全工作方案 is required for this form (its condition holds)',
      },
    ]);
    const plan = (await applicant.upload(samplePdf('plan 6000'), 'plan.pdf', 'XC-0002-M06')).id as string;
    const withPlan = await supplement({ formData: { expectedAudience: 6000 }, documentIds: [plan] });
    expect(withPlan.errors).toBeUndefined();
  });
});
