import { deskUnderTest } from '../helpers/browser';
import { fiveInOneForm } from '../helpers/forms';
import { officer, Person } from '../helpers/lianban-client';
import { readQrPng } from '../helpers/qr';
import { tokenOfScan } from '../../hall/ticket-link';

/** A visit at the desk: the window names the case it served, the holder rates the visit from the ticket. */
const desk = deskUnderTest();

it('serves a called ticket for the case the window names, and takes the holder’s rating from the ticket’s link', async () => {
  const applicant = await Person.signIn(desk.service, { sub: 'visitor-desk-1', role: 'APPLICANT' });
  const caseId = (await applicant.submit('XC-0001', fiveInOneForm)).id;
  const clerk = await Person.signIn(desk.service, officer('WINDOW', 'clerk-visits-1'));
  const { takeTicket } = await clerk.data(
    `mutation { takeTicket(line: ACCEPTANCE, idNumber: "11010519491231002X") { id number } }`,
  );
  // What the printed ticket's QR code says, as the kiosk (this account) printed it.
  const png = await fetch(`${clerk.baseUrl}/hall/tickets/${takeTicket.id}/qr.png`, {
    headers: { authorization: clerk.authorization },
  });
  const link = readQrPng(Buffer.from(await png.arrayBuffer()))!;

  const window = await desk.open(clerk);
  await window.goto(`${desk.origin}/hall/window`);
  await window.getByLabel('窗口名称').fill('5号窗口');
  await window.getByRole('button', { name: '叫 号' }).click();
  await window.getByText(takeTicket.number, { exact: true }).waitFor();
  // The called ticket is read as scanned: the holder's ID number in full, nothing typed.
  await window.getByText('11010519491231002X', { exact: true }).waitFor();
  const cases = window.getByLabel('本次办理的办件');
  await cases.fill(caseId);
  await cases.press('Enter');
  await window.getByRole('button', { name: '已办结' }).click();
  await window.getByText('已办结', { exact: true }).waitFor();
  const { application } = await applicant.data(`query ($id: ID!) { application(id: $id) { visits { window } } }`, {
    id: caseId,
  });
  expect(application.visits).toEqual([{ window: '5号窗口' }]);

  // The holder's phone opens the ticket's link, signed in or not.
  const phone = await desk.open(undefined, 390);
  await phone.goto(`${desk.origin}/rate-visit#${tokenOfScan(link)}`);
  await phone.getByRole('heading', { name: '评价窗口服务（好差评）', level: 1 }).waitFor();
  await phone.getByText('不满意', { exact: true }).click();
  await phone.getByText('等候时间长').click();
  await phone.getByLabel('意见建议（可选）').fill('排队太久');
  await phone.getByRole('button', { name: '提交评价' }).click();
  await phone.getByText('感谢您的评价').waitFor();
  await phone.getByText(/差评已转窗口整改/).waitFor();
  const { satisfaction } = await applicant.data(
    `{ satisfaction(agencyCode: "WINDOW", subject: VISIT) { ratings badRate } }`,
  );
  expect(satisfaction).toEqual({ ratings: 1, badRate: 1 });
  await window.close();
  await phone.close();

  // The figures show trips per case beside the item's other figures (none issued yet here).
  const admin = await desk.open(await Person.signIn(desk.service, { sub: 'admin-visits', role: 'ADMIN' }));
  await admin.goto(`${desk.origin}/figures`);
  await admin.getByRole('columnheader', { name: '每件跑动次数（平均 / 90% 分位）' }).waitFor();
  await admin.close();
});
