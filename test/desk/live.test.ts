import type { Page } from 'playwright-core';
import { fiveInOneForm } from '../helpers/forms';
import { officer, Person } from '../helpers/lianban-client';
import { deskUnderTest, markDocument, stillUnreloaded } from '../helpers/browser';

/** The applicant's open pages follow their case as others act on it, without a reload. */
const desk = deskUnderTest();

/** The stream a page opened for a subscription, once its answer has begun. */
const liveStream = (page: Page, field: string) =>
  page.waitForResponse(
    (response) =>
      response.url().endsWith('/graphql') &&
      (response.request().postData() ?? '').includes(field) &&
      response.headers()['content-type']?.startsWith('text/event-stream') === true,
  );

it('changes the open case page and My cases from 待受理 to 审核中 when the window accepts the case', async () => {
  const applicant = await Person.signIn(desk.service, { sub: 'enterprise-live-desk', role: 'APPLICANT' });
  const { id } = await applicant.submit('XC-0001', fiveInOneForm);

  const casePage = { page: await desk.open(applicant) };
  const caseStream = liveStream(casePage.page, 'applicationChanged');
  await casePage.page.goto(`${desk.origin}/cases/${id}`);
  const heading = casePage.page.getByRole('heading', { level: 1 });
  await heading.getByText('待受理').waitFor();
  await caseStream;
  await markDocument(casePage.page);

  const listPage = { page: await desk.open(applicant) };
  const listStream = liveStream(listPage.page, 'myApplicationsChanged');
  await listPage.page.goto(`${desk.origin}/my/cases`);
  const row = listPage.page.getByRole('row').filter({ hasText: '企业设立登记（五证合一）' });
  await row.getByText('待受理').waitFor();
  await listStream;
  await markDocument(listPage.page);

  await (await Person.signIn(desk.service, officer('WINDOW'))).review(id);

  await heading.getByText('审核中').waitFor();
  // The timeline grew with it, and the deadline now counts.
  await casePage.page.getByText('受理后起算').waitFor({ state: 'detached' });
  expect(await stillUnreloaded(casePage.page)).toBe(true);
  await row.getByText('审核中').waitFor();
  expect(await stillUnreloaded(listPage.page)).toBe(true);

  await casePage.page.close();
  await listPage.page.close();
});

it('closes the stream when the person signs out', async () => {
  const applicant = await Person.signIn(desk.service, { sub: 'enterprise-live-leaving', role: 'APPLICANT' });
  const { id } = await applicant.submit('XC-0001', fiveInOneForm);
  const page = await desk.open(applicant);
  const stream = liveStream(page, 'applicationChanged');
  await page.goto(`${desk.origin}/cases/${id}`);
  const { request } = await stream.then((response) => ({ request: response.request() }));
  const closed = page.waitForEvent('requestfailed', (failed) => failed === request);
  await page.locator('header').getByRole('button', { name: '退 出' }).click();
  await closed;
  await page.close();
});
