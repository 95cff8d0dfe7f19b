import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { deskUnderTest, markDocument, stillUnreloaded } from '../helpers/browser';
import { fiveInOneForm } from '../helpers/forms';
import { officer, Person } from '../helpers/lianban-client';
import { sampleDocumentFile } from '../../examples/documents';

/**
 * The flagship at the desk, from the applicant's first click to the downloaded licence: the
 * applicant, the window and the five reviewing agencies each in a browser context of their own,
 * one correction round, a reviewer of another agency who sees nothing of it, and an auditor who
 * verifies the record. Nothing here is done through the API but the checks.
 */
const desk = deskUnderTest();

const REVIEWERS = ['AIC', 'QTS', 'TAX', 'HRSS', 'STATS'] as const;

/** An officer's decision on the case, from their own list to the decision's confirmation. */
async function decide(page: Page, list: string, id: string, decision: string, fill?: (page: Page) => Promise<void>) {
  await page.goto(`${desk.origin}${list}`);
  await page.getByRole('row').filter({ hasText: id }).getByRole('link').click();
  await page.getByRole('button', { name: '认 领' }).click();
  await page
    .locator('label')
    .filter({ hasText: new RegExp(`^${decision}$`) })
    .click();
  await fill?.(page);
  await page.getByRole('button', { name: '提交决定' }).click();
  await page.getByText(`已办结：${decision}`).waitFor();
}

it('runs a five-in-one case from the first click to the downloaded licence, with one correction round', async () => {
  const applicant = await Person.signIn(desk.service, { sub: 'enterprise-flagship', role: 'APPLICANT' });
  const { serviceItem } = await applicant.data(`{ serviceItem(code: "XC-0001") { materials { code name required } } }`);
  const required = (serviceItem.materials as Array<{ code: string; name: string; required: boolean }>).filter(
    (material) => material.required,
  );

  // The applicant: from the catalogue to a submitted case.
  const home = await desk.open(applicant);
  await home.goto(`${desk.origin}/`);
  await home.getByRole('link', { name: '企业设立登记（五证合一）' }).click();
  await home.getByRole('link', { name: '在线申请' }).click();
  await home.getByLabel('企业名称').fill(fiveInOneForm.companyName);
  await home.getByLabel('姓名').fill(fiveInOneForm.legalRepresentative.name);
  await home.getByLabel('公民身份号码').fill(fiveInOneForm.legalRepresentative.idNumber);
  await home.getByLabel('注册资本（元）').fill(String(fiveInOneForm.registeredCapital));
  await home.getByLabel('住所').fill(fiveInOneForm.address);
  await home.getByLabel('经营范围').fill('软件开发；技术咨询；其他');
  for (const material of required) {
    const card = home.locator('.ant-card').filter({ hasText: material.name });
    await card.locator('input[type=file]').setInputFiles(sampleDocumentFile('XC-0001', material.code));
    await card.getByText('已上传').waitFor();
  }
  await home.getByRole('button', { name: '提交申请' }).click();
  // The desk goes to the new case's page within the page, without loading a document.
  const status = home.getByRole('heading', { level: 1 });
  await status.getByText('待受理').waitFor();
  const id = new URL(home.url()).pathname.split('/').pop()!;
  expect(new URL(home.url()).pathname).toBe(`/cases/${id}`);
  await markDocument(home);

  // The window accepts it; the applicant's open page follows.
  const window = await desk.open(await Person.signIn(desk.service, officer('WINDOW', 'clerk-flagship')));
  await decide(window, '/window', id, '受理');
  await status.getByText('审核中').waitFor();
  expect(await stillUnreloaded(home)).toBe(true);

  // The five agencies, each in its own browser: industry and commerce asks for a correction.
  const reviewers = Object.fromEntries(
    await Promise.all(
      REVIEWERS.map(async (agency) => [agency, await desk.open(await Person.signIn(desk.service, officer(agency)))]),
    ),
  ) as Record<(typeof REVIEWERS)[number], Page>;
  await decide(reviewers.AIC, '/inbox', id, '要求补正', async (page) => {
    await page.getByLabel('需补正的字段或材料 1').fill('经营范围');
    await page.locator('.ant-select-item-option').filter({ hasText: '经营范围' }).click();
    await page.getByLabel('原因 1').fill('经营范围应使用规范表述');
  });
  for (const agency of ['QTS', 'TAX', 'HRSS', 'STATS'] as const) {
    await decide(reviewers[agency], '/inbox', id, '同意');
  }

  // A reviewer of another agency sees nothing of it.
  const tobacco = await desk.open(await Person.signIn(desk.service, officer('TOBACCO')));
  await tobacco.goto(`${desk.origin}/inbox`);
  await tobacco.getByRole('heading', { name: /部门待办/ }).waitFor();
  await tobacco.getByText('没有待办任务').waitFor(); // shown once the inbox has loaded, empty
  expect(await tobacco.getByText(id).count()).toBe(0);
  await tobacco.goto(`${desk.origin}/work/${id}`);
  await tobacco.getByText(`没有这个办件: ${id}`).waitFor();

  // The applicant corrects only the field asked for, on the page that is still open.
  await status.getByText('待补正').waitFor();
  await home.getByText('工商行政管理局 · 经营范围: 经营范围应使用规范表述').waitFor();
  expect(await home.getByLabel('企业名称').isDisabled()).toBe(true);
  await home.getByLabel('经营范围').fill('软件开发；信息技术咨询服务');
  await home.getByRole('button', { name: '提交补正' }).click();
  await status.getByText('审核中').waitFor();
  expect(await stillUnreloaded(home)).toBe(true);

  // Only industry and commerce reviews again; then the licence is issued.
  await decide(reviewers.AIC, '/inbox', id, '同意');
  await status.getByText('已发证').waitFor();
  const [download] = await Promise.all([
    home.waitForEvent('download'),
    home.getByRole('button', { name: '下载证照' }).click(),
  ]);
  const licence = await readFile(await download.path());
  expect(licence.subarray(0, 5).toString()).toBe('%PDF-');
  const { application } = await applicant.data(
    `query ($id: ID!) { application(id: $id) { status formData certificate { number uscc } tasks { agency { code } round decision } } }`,
    { id },
  );
  expect(application.status).toBe('ISSUED');
  expect(application.formData.businessScope).toBe('软件开发；信息技术咨询服务');
  expect(download.suggestedFilename()).toBe(`${application.certificate.number}.pdf`);
  await home.getByText(application.certificate.uscc, { exact: true }).waitFor();
  const decisions = (application.tasks as Array<{ agency: { code: string }; round: number; decision: string }>).map(
    (task) => `${task.agency.code} ${task.round} ${task.decision}`,
  );
  expect(decisions.sort()).toEqual(
    [
      'WINDOW 1 APPROVE',
      'AIC 1 REQUEST_CORRECTION',
      'AIC 2 APPROVE',
      ...['QTS', 'TAX', 'HRSS', 'STATS'].map((agency) => `${agency} 1 APPROVE`),
    ].sort(),
  );

  // The auditor finds the case and sees that it replays and its record is intact.
  const auditor = await desk.open(await Person.signIn(desk.service, { sub: 'auditor-flagship', role: 'AUDITOR' }));
  await auditor.goto(`${desk.origin}/audit`);
  await auditor.getByLabel('办件编号').fill(id);
  await auditor.getByLabel('办件编号').press('Enter');
  await auditor.getByText('可复现').waitFor();
  await auditor.getByText('完整', { exact: true }).waitFor();
  for (const page of [home, window, tobacco, auditor, ...Object.values(reviewers)]) await page.close();
}, 240_000);
