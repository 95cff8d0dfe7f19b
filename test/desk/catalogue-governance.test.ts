import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { parse, stringify } from 'yaml';
import { deskUnderTest } from '../helpers/browser';
import { Person } from '../helpers/lianban-client';

/**
 * The administrators' catalogue screens: an item drafted as YAML and checked as it is typed,
 * reviewed by another administrator (four eyes), sent back, corrected and published; an item's
 * versions compared; an agency added.
 */
const desk = deskUnderTest();

const adminA = () => Person.signIn(desk.service, { sub: 'admin-a', role: 'ADMIN' });
const adminB = () => Person.signIn(desk.service, { sub: 'admin-b', role: 'ADMIN' });

/** The signboard item's file as a new item's content: no code or version, material codes short. */
function newItemContent() {
  const file = readFileSync(path.join(__dirname, '../../catalogue/items/xc-0004-signboard.yaml'), 'utf8');
  const { code: _code, version: _version, ...content } = parse(file);
  return {
    ...content,
    name: '户外广告设施设置',
    nameEn: 'Outdoor advertising',
    materials: content.materials.map((material: { code: string }) => ({
      ...material,
      code: material.code.replace('XC-0004-', ''),
    })),
  };
}

const editor = (page: Page) => page.getByLabel('事项内容（YAML）');
const problemRow = (page: Page, field: string) => page.getByRole('row').filter({ hasText: field });

async function isDisabled(page: Page, name: string) {
  const button = page.getByRole('button', { name });
  await button.waitFor();
  return button.isDisabled();
}

it('takes a new item from a YAML draft through four-eyes review, a send-back and a second round, to the public catalogue', async () => {
  const a = await desk.open(await adminA());
  await a.goto(`${desk.origin}/admin/catalogue`);
  await a.getByRole('link', { name: '新建事项' }).click();

  // A mistake is named at its path as it is typed, with its line; a YAML slip with its line.
  const content = newItemContent();
  await editor(a).fill('name: [unclosed');
  await a.getByText('不是有效的 YAML').waitFor();
  await editor(a).fill(stringify({ ...content, promisedDays: 30 }));
  await problemRow(a, 'content.promisedDays').getByText('30 is more than the 20 statutory days').waitFor();
  await editor(a).fill(stringify(content));
  await a.getByText('检查通过，没有问题').waitFor();
  expect(await problemRow(a, 'content.promisedDays').count()).toBe(0);

  // Saved, it has its code by the coding rule; sent for review, its writer may not decide it.
  await a.getByRole('button', { name: '保存草稿' }).click();
  await a.waitForURL(/\/admin\/catalogue\/XC-\d{4}\/1\/edit$/);
  const code = /(XC-\d{4})/.exec(a.url())![1];
  await a.getByText('检查通过，没有问题').waitFor();
  await a.getByRole('button', { name: '提交审核' }).click();
  await a.waitForURL(`${desk.origin}/admin/catalogue/${code}/1/review`);
  await a.getByText('你是此版本的编写人之一：须由另一位管理员审核（双人复核）').waitFor();
  expect(await isDisabled(a, '批准发布')).toBe(true);
  expect(await isDisabled(a, '退 回')).toBe(true);

  // The other administrator finds it in the queue, reads it as all new, and sends it back.
  const b = await desk.open(await adminB());
  await b.goto(`${desk.origin}/admin/catalogue/review`);
  await b.getByRole('link', { name: `审核 ${code} v1` }).click();
  await b.getByText('新事项，全部内容为新增').waitFor();
  await problemRow(b, 'promisedDays').getByText('新增').waitFor();
  await problemRow(b, 'nameEn').getByText('Outdoor advertising').waitFor();
  expect(await b.getByText('你是此版本的编写人之一').count()).toBe(0);
  await b.getByLabel('位置（可选） 1').fill('guide.tips');
  await b.getByLabel('理由 1').fill('请补充广告设施的安全检测要求');
  await b.getByRole('button', { name: '退 回' }).click();
  await b.waitForURL(`${desk.origin}/admin/catalogue/review`);
  await b.getByText('没有待审核的版本').waitFor();

  // Its writer sees why, corrects it and sends it again (saved on the way).
  await a.goto(`${desk.origin}/admin/catalogue/${code}/1/edit`);
  await a.getByText('审核人退回了此版本，请按以下理由修改后重新提交').waitFor();
  await a.getByText('请补充广告设施的安全检测要求').waitFor();
  await a.getByText('退回人: admin-b').waitFor();
  const tips = [...content.guide.tips, '大型户外广告设施应当每年进行安全检测。'];
  await editor(a).fill(stringify({ ...content, guide: { ...content.guide, tips } }));
  await a.getByText('检查通过，没有问题').waitFor();
  await a.getByRole('button', { name: '提交审核' }).click();
  await a.waitForURL(`${desk.origin}/admin/catalogue/${code}/1/review`);
  await a.getByText('你是此版本的编写人之一').waitFor();

  // Approved by the other, it is in force and in the public catalogue.
  await b.goto(`${desk.origin}/admin/catalogue/${code}/1/review`);
  // A long value is folded until opened.
  await problemRow(b, 'guide').getByText('展开').click();
  await problemRow(b, 'guide').getByText('大型户外广告设施应当每年进行安全检测。').waitFor();
  await b.getByRole('button', { name: '批准发布' }).click();
  await b.getByRole('button', { name: '确 定' }).click();
  await b.waitForURL(`${desk.origin}/admin/catalogue/${code}`);
  const published = b.getByRole('row').filter({ hasText: 'v1' });
  await published.getByText('已发布').waitFor();
  await published.getByText('现行').waitFor();
  await published.getByText('admin-b').waitFor();

  const visitor = await desk.open();
  await visitor.goto(`${desk.origin}/`);
  await visitor.getByRole('link', { name: '户外广告设施设置' }).click();
  await visitor.waitForURL(`${desk.origin}/items/${code}`);
  await visitor.getByText('大型户外广告设施应当每年进行安全检测。').waitFor();
  await Promise.all([a.close(), b.close(), visitor.close()]);
});

it('compares two versions of an item and links each published version to its printed notice', async () => {
  const a = await desk.open(await adminA());
  await a.goto(`${desk.origin}/admin/catalogue`);
  await a.getByRole('link', { name: '起草新版本 XC-0003' }).click();
  await a.getByText('以现行版本 v1 为底稿').waitFor();
  const text = await editor(a).inputValue();
  expect(text).toMatch(/^name: 烟草专卖零售许可$/m);
  await editor(a).fill(text.replace(/^name: .*$/m, 'name: 烟草制品零售许可'));
  await a.getByText('检查通过，没有问题').waitFor();
  await a.getByRole('button', { name: '保存草稿' }).click();
  await a.waitForURL(`${desk.origin}/admin/catalogue/XC-0003/2/edit`);
  await a.getByText('检查通过，没有问题').waitFor();
  await a.getByRole('button', { name: '提交审核' }).click();
  await a.waitForURL(`${desk.origin}/admin/catalogue/XC-0003/2/review`);
  await (await adminB()).data(`mutation { approveServiceItem(code: "XC-0003", version: 2) { status } }`);

  await a.goto(`${desk.origin}/admin/catalogue/XC-0003`);
  const change = a.getByRole('row').filter({ hasText: '修改' });
  await change.getByText('name', { exact: true }).waitFor();
  await change.getByText('烟草专卖零售许可', { exact: true }).waitFor();
  await change.getByText('烟草制品零售许可', { exact: true }).waitFor();
  expect(await a.getByRole('row').filter({ hasText: 'nameEn' }).count()).toBe(0);

  // Either way round.
  await a.getByLabel('从版本').click();
  await a.locator('.ant-select-item-option').filter({ hasText: 'v2' }).click();
  await a.locator('.ant-select-dropdown').waitFor({ state: 'hidden' });
  await a.getByLabel('到版本').click();
  await a.locator('.ant-select-item-option:visible').filter({ hasText: 'v1' }).click();
  const cells = change.getByRole('cell');
  await a.waitForFunction(() =>
    [...document.querySelectorAll('tr')].some((row) =>
      /烟草制品零售许可.*烟草专卖零售许可/.test(row.textContent ?? ''),
    ),
  );
  expect(await cells.count()).toBe(4);

  for (const version of [1, 2]) {
    const notice = a.getByRole('link', { name: `告知单（PDF） v${version}` });
    expect(await notice.getAttribute('href')).toBe(`/catalogue/XC-0003/${version}/notice.pdf`);
  }
  await a.close();
});

it('adds an agency, showing a refused code at its field', async () => {
  const page = await desk.open(await adminA());
  await page.goto(`${desk.origin}/admin/catalogue/vocabulary`);
  await page.getByRole('cell', { name: 'CITYADMIN' }).waitFor();
  await page.getByLabel('编码').fill('sports-bureau');
  await page.getByLabel('中文名称').fill('体育局');
  await page.getByLabel('英文名称').fill('Sports Bureau');
  await page.getByRole('button', { name: '添 加' }).click();
  const codeField = page.locator('.ant-form-item').filter({ has: page.getByLabel('编码') });
  await codeField.getByText('must be upper-case letters, digits and _, e.g. HEALTH').waitFor();

  await page.getByLabel('编码').fill('SPORTS');
  await page.getByRole('button', { name: '添 加' }).click();
  await page.getByText('已添加: SPORTS').waitFor();
  await page.getByRole('row').filter({ hasText: 'SPORTS' }).getByText('体育局').waitFor();
  expect(await codeField.getByText('must be upper-case').count()).toBe(0);

  // In the catalogue log, newest first.
  await page.goto(`${desk.origin}/admin/catalogue/log`);
  await page.getByText(/日志完整：\d+ 条记录的哈希链均可复核/).waitFor();
  const [newest] = await page.getByRole('row').filter({ hasText: 'AGENCY_ADDED' }).allTextContents();
  expect(newest).toContain('agency:SPORTS');
  await page.close();
});
