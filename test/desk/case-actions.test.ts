import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { deskUnderTest } from '../helpers/browser';
import { signboardForm } from '../helpers/forms';
import { officer, Person, waitForStatus } from '../helpers/lianban-client';
import { sampleDocumentFile } from '../../examples/documents';

/** What an applicant does on their case at the desk: correct it, take the licence, or withdraw it. */
const desk = deskUnderTest();

it('supplies a correction with only the fields asked for editable, then downloads the issued licence', async () => {
  const applicant = await Person.signIn(desk.service, { sub: 'enterprise-correcting', role: 'APPLICANT' });
  const window = await Person.signIn(desk.service, officer('WINDOW'));
  const cityAdmin = await Person.signIn(desk.service, officer('CITYADMIN'));
  const { id } = await applicant.submit('XC-0004', signboardForm);
  await window.review(id);
  await cityAdmin.review(id, {
    decision: 'REQUEST_CORRECTION',
    corrections: [
      { field: 'signText', reason: '牌匾文字与企业名称不一致' },
      { material: 'XC-0004-M03', reason: '效果图未标注尺寸' },
    ],
  });

  const page = await desk.open(applicant);
  await page.goto(`${desk.origin}/cases/${id}`);
  await page.getByText('城市管理委员会 · 牌匾标识设计效果图: 效果图未标注尺寸').waitFor();
  await page.getByText('城市管理委员会 · 牌匾文字: 牌匾文字与企业名称不一致').waitFor();
  await page.getByRole('heading', { name: /待补正/ }).waitFor();
  // Only what the notice asks for may change.
  expect(await page.getByLabel('单位名称').isDisabled()).toBe(true);
  expect(await page.getByLabel('牌匾文字').isDisabled()).toBe(false);
  expect(await page.locator('.ant-card').filter({ hasText: '营业执照复印件' }).count()).toBe(0);

  // A blank answer is refused at its field, and nothing changes.
  await page.getByLabel('牌匾文字').fill('\u3000');
  await page.getByRole('button', { name: '提交补正' }).click();
  await page.getByText('补正未提交').waitFor();
  await page.getByText('has only spaces or invisible characters').waitFor();
  expect((await applicant.application(id)).status).toBe('CORRECTION_REQUIRED');

  await page.getByLabel('牌匾文字').fill('西城书店（琉璃厂店）');
  await page
    .locator('.ant-card')
    .filter({ hasText: '牌匾标识设计效果图' })
    .locator('input[type=file]')
    .setInputFiles(sampleDocumentFile('XC-0004', 'XC-0004-M03'));
  await page.locator('.ant-card').filter({ hasText: '牌匾标识设计效果图' }).getByText('已上传').waitFor();
  await page.getByRole('button', { name: '提交补正' }).click();
  await page.getByRole('heading', { name: /审核中/ }).waitFor();
  const corrected = await applicant.data(
    `query ($id: ID!) { application(id: $id) { formData documents(includeReplaced: true) { materialCode version } } }`,
    { id },
  );
  expect(corrected.application.formData).toMatchObject({
    signText: '西城书店（琉璃厂店）',
    shopName: signboardForm.shopName,
  });
  expect(corrected.application.documents).toContainEqual({ materialCode: 'XC-0004-M03', version: 2 });

  await cityAdmin.review(id);
  await waitForStatus(applicant, id, 'ISSUED');
  await page.reload();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: '下载证照' }).click(),
  ]);
  const { application } = await applicant.data(
    `query ($id: ID!) { application(id: $id) { certificate { number document { sha256 } } } }`,
    { id },
  );
  expect(download.suggestedFilename()).toBe(`${application.certificate.number}.pdf`);
  const content = await readFile(await download.path());
  expect(content.subarray(0, 5).toString()).toBe('%PDF-');
  expect(createHash('sha256').update(content).digest('hex')).toBe(application.certificate.document.sha256);
  await page.close();
});

it('withdraws a case with a reason after asking, and offers no withdrawal once it has ended', async () => {
  const applicant = await Person.signIn(desk.service, { sub: 'enterprise-withdrawing', role: 'APPLICANT' });
  const { id } = await applicant.submit('XC-0004', signboardForm);
  const page = await desk.open(applicant);
  await page.goto(`${desk.origin}/cases/${id}`);
  await page.getByRole('button', { name: '撤回申请' }).click();
  await page.getByLabel('撤回原因（可选）').fill('改日再办');
  await page.getByRole('dialog').getByRole('button', { name: '撤回申请' }).click();
  await page.getByRole('heading', { name: /已撤回/ }).waitFor();
  expect((await applicant.application(id)).status).toBe('WITHDRAWN');
  expect(await page.getByRole('button', { name: '撤回申请' }).count()).toBe(0);
  await page.close();
});
