import type { Page } from 'playwright-core';
import { Person } from '../helpers/lianban-client';
import { deskUnderTest } from '../helpers/browser';

/** The administrator's calendar: the years on their months, and loading a year with every bad date named. */
const desk = deskUnderTest();

const month = (page: Page, name: string) => page.getByRole('table', { name, exact: true });

it('shows a loaded year on its months, and names every bad date of a correction before taking a good one', async () => {
  const admin = await Person.signIn(desk.service, { sub: 'admin-desk', role: 'ADMIN' });
  const page = await desk.open(admin);
  await page.goto(`${desk.origin}/audit`);
  await page.getByRole('link', { name: '工作日历' }).click();
  await page.getByLabel('年份').fill('2026');
  await page.getByLabel('年份').press('Enter');

  // The seeded 2026: Spring Festival off, the Saturday before it worked.
  await month(page, '二月').getByRole('cell', { name: '17 休' }).waitFor();
  await month(page, '二月').getByRole('cell', { name: '14 班' }).waitFor();
  expect(await month(page, '二月').getByRole('cell', { name: '16 休' }).count()).toBe(1);
  await month(page, '三月').getByRole('cell', { name: '3', exact: true }).waitFor();
  const versions = page.getByRole('row').filter({ hasText: 'chinese-days' });
  await versions.getByText('seed').waitFor();

  await page.getByRole('button', { name: '下一年' }).click();
  await page.getByText('暂定（仅法定节日，待国务院通知）').waitFor();
  await page.getByRole('button', { name: '上一年' }).click();
  await month(page, '二月').getByRole('cell', { name: '17 休' }).waitFor();

  // A correction of 2026 with four bad dates and no reason: each is named beside its date.
  await page.getByRole('button', { name: '以所选年度为底稿' }).click();
  const file = page.getByLabel('年度日历（JSON）');
  const year = JSON.parse(await file.inputValue()) as { holidays: string[]; workdays: string[] };
  expect(year.holidays).toContain('2026-02-17');
  const bad = {
    ...year,
    holidays: [...year.holidays, '2026-02-30', '2025-12-31', '2026-02-17'],
    workdays: [...year.workdays, '2026-03-03'],
  };
  await file.fill(JSON.stringify(bad));
  await page.getByRole('button', { name: '载 入' }).click();
  await page.getByText('4 个日期有误').waitFor();
  const problems = page.getByRole('row').filter({ has: page.locator('.ant-typography-danger') });
  for (const [date, problem] of [
    ['2026-02-30', '2026-02-30 is not a date (YYYY-MM-DD)'],
    ['2025-12-31', '2025-12-31 is not in 2026'],
    ['2026-02-17', '2026-02-17 is listed twice'],
    ['2026-03-03', '2026-03-03 is a weekday already: a make-up working day is a weekend day'],
  ]) {
    await problems.filter({ hasText: date }).getByText(problem).waitFor();
  }
  expect(await problems.count()).toBe(4);
  await page.getByText('2026 is loaded already: say why it is corrected').waitFor();

  // The correction from a file, with its reason: a new version, its day off on the month.
  await page.getByLabel('从文件读取').setInputFiles({
    name: 'calendar-2026.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify({ ...year, holidays: [...year.holidays, '2026-12-31'] })),
  });
  await page.waitForFunction(() => document.querySelector('textarea')?.value.includes('2026-12-31'));
  await page.getByLabel('更正原因').fill('年末停工');
  await page.getByRole('button', { name: '载 入' }).click();
  await page.getByText('已载入: 2026 · 版本 2').waitFor();
  await month(page, '十二月').getByRole('cell', { name: '31 休' }).waitFor();
  await page.getByRole('row').filter({ hasText: '年末停工' }).getByText('admin-desk').waitFor();
  expect(await page.getByText('4 个日期有误').count()).toBe(0);
  await page.close();
});
