import { readFile } from 'node:fs/promises';
import { tobaccoForm } from '../helpers/forms';
import { officer, Person } from '../helpers/lianban-client';
import { deskUnderTest } from '../helpers/browser';

/** The auditor's screens: a case's whole record, read through the API's audit queries, and only by them. */
const desk = deskUnderTest();

let caseId: string;
let applicant: Person;

beforeAll(async () => {
  applicant = await Person.signIn(desk.service, { sub: 'enterprise-audited-desk', role: 'APPLICANT' });
  caseId = (await applicant.submit('XC-0003', tobaccoForm)).id;
  await (await Person.signIn(desk.service, officer('WINDOW'))).review(caseId);
});

it('finds a case by its number and reads its history, replay, verification, states, access log and export', async () => {
  const auditor = await Person.signIn(desk.service, { sub: 'auditor-desk', role: 'AUDITOR' });
  const page = await desk.open(auditor);
  await page.goto(`${desk.origin}/audit`);
  await page.getByRole('link', { name: '审计查询' }).waitFor();
  expect(await page.getByRole('link', { name: '工作日历' }).count()).toBe(0);
  await page.getByLabel('办件编号').fill(caseId);
  await page.getByLabel('办件编号').press('Enter');

  // The history, as the API reads it out.
  const history = page.getByRole('tabpanel', { name: '历史记录' });
  const decision = history.getByRole('row').filter({ hasText: 'completeTask' });
  await decision.getByText('officer-WINDOW').waitFor();
  expect(page.url()).toBe(`${desk.origin}/audit/cases/${caseId}`);
  await history
    .getByRole('row')
    .filter({ hasText: 'submitted XC-0003' })
    .getByText('enterprise-audited-desk')
    .waitFor();
  await page.getByText('可复现').waitFor();
  await page.getByText('完整', { exact: true }).waitFor();

  // From the window's decision a step back and forth: the status changes between the two events.
  const { caseHistory } = await auditor.data(
    `query ($id: ID!) { caseHistory(id: $id, first: 100) { nodes { eventId action } } }`,
    { id: caseId },
  );
  const events = caseHistory.nodes as Array<{ eventId: number; action: string }>;
  const accepted = events.findIndex((event) => event.action === 'completeTask');
  const before = events[accepted - 1].eventId;
  await decision.getByRole('button', { name: `此时状态 #${events[accepted].eventId}` }).click();
  const stateAfter = async (eventId: number, status: string) => {
    await page.getByRole('heading', { name: `事件之后的办件 #${eventId}` }).waitFor();
    await page.getByRole('cell', { name: status, exact: true }).waitFor();
  };
  await stateAfter(events[accepted].eventId, '审核中');
  await page.getByRole('button', { name: '上一事件' }).click();
  await stateAfter(before, '待受理');
  await page.getByRole('button', { name: '下一事件' }).click();
  await stateAfter(events[accepted].eventId, '审核中');

  // Their own reads are on record, this one among them.
  await page.getByRole('tab', { name: '查阅记录' }).click();
  for (const operation of ['caseHistory', 'replayCase', 'verifyAudit', `caseStateAt ${before}`, 'auditAccessLog']) {
    await page.getByRole('row').filter({ hasText: operation }).filter({ hasText: 'auditor-desk' }).first().waitFor();
  }

  // The export is the history as the API gives it, in a file named for the case.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: '导出历史（JSON）' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe(`${caseId}-history.json`);
  const exported = JSON.parse(await readFile(await download.path(), 'utf8')) as { events: Array<{ eventId: string }> };
  const { exportHistory } = await auditor.data(`query ($id: ID!) { exportHistory(id: $id) }`, { id: caseId });
  expect(exported).toEqual(exportHistory);
  expect(exported.events.map((event) => Number(event.eventId))).toEqual(
    expect.arrayContaining(events.map((event) => event.eventId)),
  );
  await page.close();
});

it('gives an administrator the same screens', async () => {
  const admin = await Person.signIn(desk.service, { sub: 'admin-desk-audit', role: 'ADMIN' });
  const page = await desk.open(admin);
  await page.goto(`${desk.origin}/admin/calendar`);
  await page.getByRole('link', { name: '审计查询' }).click();
  await page.getByLabel('办件编号').fill(caseId);
  await page.getByLabel('办件编号').press('Enter');
  await page.getByText('可复现').waitFor();
  await page.getByLabel('办件编号').fill('no-such-case');
  await page.getByLabel('办件编号').press('Enter');
  await page.getByText('没有这个办件: no-such-case').waitFor();
  await page.close();
});

it('shows an applicant nothing of the case at the auditor’s address, nor the auditor’s menu', async () => {
  const page = await desk.open(applicant);
  await page.goto(`${desk.origin}/audit/cases/${caseId}`);
  await page.getByText('You are not allowed to do this').waitFor();
  await page.getByText(`${applicant.identity.sub} · APPLICANT`).waitFor();
  for (const text of ['completeTask', 'officer-WINDOW', '可复现', '完整', '查阅记录']) {
    expect(await page.getByText(text).count()).toBe(0);
  }
  expect(await page.getByRole('link', { name: '审计查询' }).count()).toBe(0);
  await page.close();
});
