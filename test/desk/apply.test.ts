import type { Page } from 'playwright-core';
import { deskUnderTest } from '../helpers/browser';
import { Person } from '../helpers/lianban-client';
import { sampleDocumentFile } from '../../examples/documents';

/** Applying at the desk: the item's form from its schema, checked as it is filled in, and uploads. */
const desk = deskUnderTest({ DOCUMENT_MAX_BYTES: '20000' });

/** The card of one material, by its name. */
const material = (page: Page, name: string) => page.locator('.ant-card').filter({ hasText: name });

async function upload(page: Page, name: string, file: string | { name: string; mimeType: string; buffer: Buffer }) {
  await material(page, name).locator('input[type=file]').setInputFiles(file);
}

it('draws the form from the schema, names each problem at its field, and submits a case with its materials', async () => {
  const applicant = await Person.signIn(desk.service, { sub: 'enterprise-apply', role: 'APPLICANT' });
  const page = await desk.open(applicant);
  await page.goto(`${desk.origin}/items/XC-0004`);
  await page.getByRole('link', { name: '在线申请' }).click();
  await page.getByRole('heading', { name: /在线申请: 牌匾标识设置/ }).waitFor();

  // A field's problem shows once the person leaves it, worded by the API's rules.
  const shopName = page.getByLabel('单位名称');
  await shopName.fill('\u3000');
  await shopName.blur();
  await page.getByText('has only spaces or invisible characters').waitFor();
  expect(await page.getByText('is required').count()).toBe(0);
  await shopName.fill('西城书店');
  await page.getByText('has only spaces or invisible characters').waitFor({ state: 'detached' });

  // Too large a file is stopped before it is sent; the API's refusal of a file shows at its material.
  await upload(page, '牌匾标识设置申请表', {
    name: 'big.pdf',
    mimeType: 'application/pdf',
    buffer: Buffer.alloc(30_000),
  });
  await material(page, '牌匾标识设置申请表')
    .getByText(/文件超过大小限制/)
    .waitFor();
  await upload(page, '营业执照复印件', {
    name: 'fake.pdf',
    mimeType: 'application/pdf',
    buffer: Buffer.from('<html>'),
  });
  await material(page, '营业执照复印件').locator('.ant-alert-error').waitFor();

  // Submitting with what is missing names every missing field and material, and makes no case.
  await page.getByRole('button', { name: '提交申请' }).click();
  await page.getByText('申请未提交').waitFor();
  await page.getByText('is required').first().waitFor();
  await material(page, '牌匾标识设计效果图')
    .getByText(/is required/)
    .waitFor();
  expect((await applicant.data(`{ myApplications { totalCount } }`)).myApplications.totalCount).toBe(0);

  await page.getByLabel('设置地址').fill('北京市西城区琉璃厂东街1号');
  await page.getByLabel('牌匾文字').fill('西城书店');
  await page.getByLabel('宽度（米）').fill('3');
  await page.getByLabel('高度（米）').fill('1');
  await page.getByRole('radio', { name: '否' }).check();
  const names = ['牌匾标识设置申请表', '营业执照复印件', '牌匾标识设计效果图', '建筑物产权人或者管理人同意设置的证明'];
  for (const [index, name] of names.entries()) {
    await upload(page, name, sampleDocumentFile('XC-0004', `XC-0004-M0${index + 1}`));
    await material(page, name).getByText('已上传').waitFor();
  }
  await page.getByRole('button', { name: '提交申请' }).click();

  await page.getByRole('heading', { level: 1 }).getByText('待受理').waitFor();
  const cases = await applicant.data(`{ myApplications { nodes { id formData documents { materialCode } } } }`);
  expect(cases.myApplications.nodes).toHaveLength(1);
  const [submitted] = cases.myApplications.nodes;
  expect(page.url()).toBe(`${desk.origin}/cases/${submitted.id}`);
  expect(submitted.formData).toMatchObject({ shopName: '西城书店', widthMetres: 3, heightMetres: 1 });
  expect(submitted.documents.map((document: { materialCode: string }) => document.materialCode).sort()).toEqual([
    'XC-0004-M01',
    'XC-0004-M02',
    'XC-0004-M03',
    'XC-0004-M04',
  ]);
  await page.close();
});
