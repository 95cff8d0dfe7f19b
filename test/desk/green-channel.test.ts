import { deskUnderTest } from '../helpers/browser';
import { signboardForm } from '../helpers/forms';
import { officer, Person } from '../helpers/lianban-client';

/** The green channel for a case at the desk: marked at the window, shown on the case and first in the inbox. */
const desk = deskUnderTest();

it('marks a case green channel at the window with its ground and reason; the reviewer sees it first among the same deadline', async () => {
  const applicant = await Person.signIn(desk.service, { sub: 'enterprise-green', role: 'APPLICANT' });
  const window = await Person.signIn(desk.service, officer('WINDOW', 'clerk-green'));
  const reviewer = await Person.signIn(desk.service, officer('CITYADMIN', 'reviewer-green'));
  const first = await applicant.submit('XC-0004', signboardForm);
  const second = await applicant.submit('XC-0004', { ...signboardForm, signText: '西城书店绿色通道' });
  await window.review(first.id);
  await window.review(second.id);
  // Accepted the same day, both are due at the same midnight: only the green channel puts the later first.
  const { myTasks } = await reviewer.data(`{ myTasks(status: OPEN) { nodes { dueAt application { id } } } }`);
  const dueAt = (id: string) =>
    myTasks.nodes.find((task: { application: { id: string } }) => task.application.id === id).dueAt;
  expect(dueAt(second.id)).toBe(dueAt(first.id));

  const page = await desk.open(window);
  await page.goto(`${desk.origin}/work/${second.id}`);
  await page.getByRole('button', { name: '标记绿色通道' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByText(`绿色通道：${second.id}`).waitFor();
  // Without a reason it is not sent.
  await dialog.getByRole('button', { name: '设为绿色通道' }).click();
  await dialog.getByText('请写明理由').waitFor();
  await dialog.getByLabel('依据').click();
  await page.locator('.ant-select-item-option').filter({ hasText: '军人' }).click();
  await dialog.locator('.ant-select-content', { hasText: '军人' }).waitFor();
  await dialog.getByLabel('理由').fill('现役军人，持军官证');
  await dialog.getByRole('button', { name: '设为绿色通道' }).click();
  await page.getByText('绿色通道 · 军人').waitFor();
  await page.getByText(/clerk-green 于 .+ 标记：现役军人，持军官证/).waitFor();
  expect(await page.getByRole('button', { name: '标记绿色通道' }).count()).toBe(0);
  const { application } = await window.data(
    `query ($id: ID!) { application(id: $id) { greenChannel { ground reason markedBy } } }`,
    { id: second.id },
  );
  expect(application.greenChannel).toEqual({
    ground: 'SERVICE_MEMBER',
    reason: '现役军人，持军官证',
    markedBy: 'clerk-green',
  });
  await page.close();

  const inbox = await desk.open(reviewer);
  await inbox.goto(`${desk.origin}/inbox`);
  const rows = inbox.getByRole('row');
  await rows.filter({ hasText: first.id }).waitFor();
  const order = await rows.allTextContents();
  const at = (id: string) => order.findIndex((text) => text.includes(id));
  expect(at(second.id)).toBeGreaterThan(0);
  expect(at(second.id)).toBeLessThan(at(first.id));
  await rows.filter({ hasText: second.id }).getByText('绿色通道 · 军人').waitFor();
  expect(
    await rows
      .filter({ hasText: first.id })
      .getByText(/绿色通道/)
      .count(),
  ).toBe(0);
  await inbox.close();
});
