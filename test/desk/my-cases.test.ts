import { fiveInOneForm, signboardForm, tobaccoForm } from '../helpers/forms';
import { officer, Person } from '../helpers/lianban-client';
import { deskUnderTest, pageAs } from '../helpers/browser';

/** The applicant's own cases at the desk, as the API has them, and nobody else's. */
const desk = deskUnderTest();

it('lists the applicant’s cases with status and deadline, and no one else’s', async () => {
  const applicant = await Person.signIn(desk.service, { sub: 'enterprise-my-cases', role: 'APPLICANT' });
  const other = await Person.signIn(desk.service, { sub: 'enterprise-someone-else', role: 'APPLICANT' });
  const accepted = await applicant.submit('XC-0001', fiveInOneForm);
  await (await Person.signIn(desk.service, officer('WINDOW'))).review(accepted.id);
  await applicant.submit('XC-0003', tobaccoForm);
  const theirs = await other.submit('XC-0004', signboardForm);

  const page = await pageAs(desk.browser, applicant);
  await page.goto(`${desk.origin}/`);
  await page.getByRole('link', { name: '我的办件' }).click();
  await page.getByRole('heading', { name: /我的办件/ }).waitFor();
  const row = (item: string) => page.getByRole('row').filter({ hasText: item });
  await row('企业设立登记（五证合一）').getByText('审核中').waitFor();
  await row('企业设立登记（五证合一）')
    .getByText(/个工作日/)
    .waitFor();
  await row('烟草专卖零售许可').getByText('待受理').waitFor();
  await row('烟草专卖零售许可').getByText('受理后起算').waitFor();
  expect(await page.getByRole('row').count()).toBe(3); // the header and two cases
  expect(await page.getByText('牌匾标识设置').count()).toBe(0);

  // The case itself: where it stands and what happened, from the API's timeline.
  await page.getByRole('link', { name: /企业设立登记（五证合一）/ }).click();
  await page.getByRole('heading', { name: /办理过程/ }).waitFor();
  expect(page.url()).toBe(`${desk.origin}/cases/${accepted.id}`);
  await page.getByText(accepted.id).waitFor();
  await page.locator('.ant-timeline-item').first().waitFor();
  // Another person's case reads as one that does not exist.
  await page.goto(`${desk.origin}/cases/${theirs.id}`);
  await page.getByText(`没有这个办件: ${theirs.id}`).waitFor();
  await page.close();

  // At phone width the menu folds away; the page itself, opened directly, still reads.
  const phone = await pageAs(desk.browser, applicant, { width: 390 });
  await phone.goto(`${desk.origin}/my/cases`);
  await phone.getByRole('row').filter({ hasText: '烟草专卖零售许可' }).getByText('待受理').waitFor();
  await phone.close();
});
