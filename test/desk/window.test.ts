import { deskUnderTest, waitForDrawnCanvas } from '../helpers/browser';
import { fiveInOneForm, tobaccoForm } from '../helpers/forms';
import { officer, Person } from '../helpers/lianban-client';

/** The acceptance window at the desk: its queue, a case's materials, acceptance and correction. */
const desk = deskUnderTest();

it('queues cases oldest first, shows a case’s materials with a PDF preview, accepts it and extends its deadline', async () => {
  const applicant = await Person.signIn(desk.service, { sub: 'enterprise-window-1', role: 'APPLICANT' });
  const window = await Person.signIn(desk.service, officer('WINDOW', 'clerk-window-1'));
  const first = await applicant.submit('XC-0001', fiveInOneForm);
  const second = await applicant.submit('XC-0003', tobaccoForm);

  const page = await desk.open(window);
  await page.goto(`${desk.origin}/`);
  // The window's menu has its queue and no other officer's screen.
  expect(await page.getByRole('link', { name: '部门待办' }).count()).toBe(0);
  await page.getByRole('link', { name: '受理队列' }).click();
  await page.getByRole('heading', { name: /受理队列/ }).waitFor();
  // From here on, the window's own screens (the catalogue's are another screen's to answer for).
  const rows = page.getByRole('row');
  await rows.filter({ hasText: second.id }).waitFor();
  const order = await rows.allTextContents();
  const at = (id: string) => order.findIndex((text) => text.includes(id));
  expect(at(first.id)).toBeGreaterThan(0);
  expect(at(first.id)).toBeLessThan(at(second.id));

  // Filtered by item, only the tobacco case is left.
  await page.getByLabel('按事项筛选').click();
  await page.locator('.ant-select-item-option').filter({ hasText: '烟草专卖零售许可' }).click();
  await rows.filter({ hasText: first.id }).waitFor({ state: 'detached' });
  await rows.filter({ hasText: second.id }).waitFor();
  await page.getByLabel('按事项筛选').press('Escape');
  await page.goto(`${desk.origin}/window`);

  await rows.filter({ hasText: first.id }).getByRole('link').click();
  await page.getByText('材料清单').waitFor();
  expect(new URL(page.url()).pathname).toBe(`/work/${first.id}`);
  const articles = page.getByRole('row').filter({ hasText: '公司章程' });
  await articles.getByText('已提交').waitFor();
  // A material the applicant need not give, not given.
  await page.getByRole('row').filter({ hasText: '企业名称预先核准通知书' }).getByText('未提交').waitFor();
  await articles.getByRole('button', { name: /预览/ }).click();
  await waitForDrawnCanvas(page, /XC-0001-M03\.pdf · 页 1\/1/);

  await page.getByRole('button', { name: '认 领' }).click();
  await page
    .locator('label')
    .filter({ hasText: /^受理$/ })
    .click();
  await page.getByRole('button', { name: '提交决定' }).click();
  await page.getByText('已办结：受理').waitFor();
  expect((await window.application(first.id)).status).toBe('UNDER_REVIEW');

  // A deadline extension needs its reason; with one it is granted and on record.
  await page.getByLabel('延长的工作日').fill('2');
  await page.getByRole('button', { name: '延 期' }).click();
  await page.getByText('请写明延期理由').waitFor();
  await page.getByLabel('延期理由').fill('需现场核查经营场所');
  await page.getByRole('button', { name: '延 期' }).click();
  await page.getByText('已延长 2 个工作日').waitFor();
  const extended = await window.data(`query ($id: ID!) { application(id: $id) { sla { extendedWorkingDays } } }`, {
    id: first.id,
  });
  expect(extended.application.sla.extendedWorkingDays).toBe(2);
  await page.close();
});

it('sends a case back for correction of a field and a material picked from the item, each with its reason', async () => {
  const applicant = await Person.signIn(desk.service, { sub: 'enterprise-window-2', role: 'APPLICANT' });
  const window = await Person.signIn(desk.service, officer('WINDOW', 'clerk-window-2'));
  const submitted = await applicant.submit('XC-0001', fiveInOneForm);

  const page = await desk.open(window);
  await page.goto(`${desk.origin}/work/${submitted.id}`);
  await page.getByRole('button', { name: '认 领' }).click();
  await page
    .locator('label')
    .filter({ hasText: /^要求补正$/ })
    .click();

  await page.getByLabel('需补正的字段或材料 1').fill('姓名');
  await page.locator('.ant-select-item-option').filter({ hasText: '法定代表人 › 姓名' }).click();
  // Without a reason the form says what is missing, and sends nothing.
  await page.getByRole('button', { name: '提交决定' }).click();
  await page.getByText('请写明需要补正的原因').waitFor();
  await page.getByLabel('原因 1').fill('与身份证件不一致');

  await page.getByRole('button', { name: '添加补正项' }).click();
  await page.getByLabel('需补正的字段或材料 2').fill('公司章程');
  await page.locator('.ant-select-item-option').filter({ hasText: '公司章程' }).click();
  await page.getByLabel('原因 2').fill('缺少全体股东签字');
  await page.getByRole('button', { name: '提交决定' }).click();
  await page.getByText('已办结：要求补正').waitFor();

  const application = await applicant.application(submitted.id);
  expect(application.status).toBe('CORRECTION_REQUIRED');
  expect(application.correctionNotice).toEqual([
    { agency: 'WINDOW', field: 'legalRepresentative.name', material: null, reason: '与身份证件不一致' },
    { agency: 'WINDOW', field: null, material: 'XC-0001-M03', reason: '缺少全体股东签字' },
  ]);
  await page.close();
});
