import { startCarrierSimulator, type CarrierSimulator } from '../../delivery/carrier-simulator';
import { deskUnderTest, markDocument, stillUnreloaded } from '../helpers/browser';
import { signboardForm } from '../helpers/forms';
import { officer, Person, waitForStatus } from '../helpers/lianban-client';

/** The applicant's delivery choice and 好差评 at the desk, the agency's rectification, the hall's figures. */
const SECRET = 'a-shared-carrier-secret-of-the-desk-tests';
let simulator: CarrierSimulator;
const env: NodeJS.ProcessEnv = {};
// Before the desk's service starts, which reads the carrier's address from `env`.
beforeAll(async () => {
  simulator = await startCarrierSimulator({ secret: SECRET });
  env.CARRIER_URL = simulator.url;
  env.CARRIER_WEBHOOK_SECRET = SECRET;
});
afterAll(() => simulator?.close());
const desk = deskUnderTest(env);

it('chooses delivery (a bad phone refused at its field), tracks the parcel, rates the case badly and follows up the rectification', async () => {
  simulator.setWebhookUrl(`${desk.origin}/delivery/webhook`);
  const applicant = await Person.signIn(desk.service, { sub: 'enterprise-hall-1', role: 'APPLICANT' });
  const window = await Person.signIn(desk.service, officer('WINDOW'));
  const cityAdmin = await Person.signIn(desk.service, officer('CITYADMIN', 'reviewer-cityadmin-hall'));
  const { id } = await applicant.submit('XC-0004', signboardForm);

  const page = await desk.open(applicant);
  await page.goto(`${desk.origin}/cases/${id}`);
  await page.getByRole('heading', { name: '领取方式' }).waitFor();
  await page.getByText('尚未选择：默认到大厅窗口领取').waitFor();
  await page.getByRole('button', { name: '更改领取方式' }).click();
  await page.getByText('邮寄到地址（EMS）').click();
  const address = {
    收件人: '张三',
    手机号码: '12345',
    省: '北京市',
    市: '北京市',
    区县: '西城区',
    详细地址: '金融大街 1 号',
    邮政编码: '100032',
  };
  for (const [label, value] of Object.entries(address)) await page.getByLabel(label, { exact: true }).fill(value);
  await page.getByRole('button', { name: '确认领取方式' }).click();
  await page.getByText('领取方式未保存：请按提示修改').waitFor();
  const phoneItem = page.locator('.ant-form-item').filter({ has: page.getByLabel('手机号码', { exact: true }) });
  await phoneItem.getByText('a mobile number (11 digits) or a landline with its area code').waitFor();
  expect(
    (await applicant.data(`query ($id: ID!) { application(id: $id) { delivery { method } } }`, { id })).application
      .delivery,
  ).toBeNull();

  await page.getByLabel('手机号码', { exact: true }).fill('13800138000');
  await page.getByRole('button', { name: '确认领取方式' }).click();
  await page.getByText('已选择: 邮寄到地址（EMS）').waitFor();
  await page.getByText(/张三 · 13800138000/).waitFor();

  // Issued while the page is open: the waybill and the carrier's steps appear on it by themselves.
  await window.review(id);
  await cityAdmin.review(id);
  await waitForStatus(applicant, id, 'ISSUED');
  const waybillRow = page.locator('.ant-descriptions-row').filter({ hasText: '运单号' });
  await waybillRow.filter({ hasText: /\d/ }).waitFor({ timeout: 30_000 });
  const [booking] = simulator.waybills().filter((candidate) => candidate.reference === id);
  expect(await waybillRow.textContent()).toContain(booking.waybill);
  expect(await simulator.report(booking.waybill, 'ACCEPTED')).toBe(202);
  await page.getByText('已揽收').first().waitFor();

  // The agency's rectification inbox, open before the rating: it shows the rating when it comes.
  const staffPage = await desk.open(cityAdmin);
  await staffPage.goto(`${desk.origin}/`);
  await staffPage.getByRole('link', { name: '整改' }).click();
  await staffPage.getByRole('heading', { name: '差评整改', level: 1 }).waitFor();
  await markDocument(staffPage);

  // 好差评: 不满意 with a tag and a comment.
  await page.getByRole('heading', { name: '评价本次办理（好差评）' }).waitFor();
  await page
    .locator('label')
    .filter({ hasText: /^不满意$/ })
    .click();
  await page.getByLabel('多次跑动').check();
  await page.getByLabel('意见建议（可选）').fill('跑了三次');
  await page.getByRole('button', { name: '提交评价' }).click();
  await page.locator('.ant-descriptions-row').filter({ hasText: '您的评价' }).getByText('不满意').waitFor();
  await page.getByText(/已转CITYADMIN整改/).waitFor();

  // The agency that last approved answers for it: its inbox (live), the call back, then the feedback.
  const card = staffPage.locator('.ant-card').filter({ hasText: id });
  await card.getByText('多次跑动').waitFor();
  await card.getByText('跑了三次').waitFor();
  await card.getByRole('heading', { name: `牌匾标识设置 · ${id}`, level: 2 }).waitFor();
  expect(await stillUnreloaded(staffPage)).toBe(true);
  expect(await card.getByRole('button', { name: '提交整改反馈' }).count()).toBe(0);
  await card.getByLabel('回访情况').fill('已电话回访，了解跑动原因');
  await card.getByRole('button', { name: '记录回访' }).click();
  await card.getByLabel('整改反馈').fill('已精简材料清单，可网上一次提交');
  await card.getByRole('button', { name: '提交整改反馈' }).click();
  await card.getByText('已办结').waitFor();
  await staffPage.close();

  // The rater reads the feedback and gives the one follow-up rating.
  await page.reload();
  await page.getByText('已精简材料清单，可网上一次提交').waitFor();
  await page.getByRole('heading', { name: '追加评价' }).waitFor();
  await page
    .locator('label')
    .filter({ hasText: /^满意$/ })
    .click();
  await page.getByRole('button', { name: '提交追加评价' }).click();
  await page.locator('.ant-descriptions-row').filter({ hasText: '追加评价' }).getByText('满意').waitFor();
  expect(await page.getByRole('button', { name: '提交追加评价' }).count()).toBe(0);
  await page.close();

  // The hall's figures, for an administrator: the item's row and its ratings.
  const admin = await Person.signIn(desk.service, { sub: 'admin-hall-figures', role: 'ADMIN' });
  const figures = await desk.open(admin);
  await figures.goto(`${desk.origin}/`);
  await figures.getByRole('link', { name: '大厅数据' }).click();
  await figures.getByRole('heading', { name: '大厅数据', level: 1 }).waitFor();
  const rows = figures.getByRole('row').filter({ hasText: '牌匾标识设置 (XC-0004)' });
  await rows.first().waitFor();
  await rows.last().getByText('不满意 1').waitFor();
  await figures.getByRole('img', { name: /发证用时/ }).waitFor();
  // The deciding agency under its catalogue name, with its one review decided.
  const agencyRow = figures.getByRole('row').filter({ hasText: '城市管理委员会 (CITYADMIN)' });
  await agencyRow.getByRole('cell', { name: '1', exact: true }).waitFor();
  await figures.getByRole('heading', { name: '各业务排队情况', level: 2 }).waitFor();
  await figures.close();
}, 120_000);
