import { crc32, deflateSync } from 'node:zlib';
import { deskUnderTest, waitForDrawnCanvas } from '../helpers/browser';
import { fiveInOneForm } from '../helpers/forms';
import { officer, Person, samplePdf } from '../helpers/lianban-client';

/** Agency reviewers at the desk: the inbox, a case read and decided three ways, nothing of another agency's. */
const desk = deskUnderTest();

/** A small PNG of one colour, as a scanned identity card stands in for here. */
function samplePng(width = 60, height = 40): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const check = Buffer.alloc(4);
    check.writeUInt32BE(crc32(body));
    return Buffer.concat([length, body, check]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8 bits per channel, RGB
  const row = Buffer.concat([Buffer.from([0]), Buffer.alloc(width * 3, Buffer.from([200, 30, 30]))]);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.concat(Array.from({ length: height }, () => row)))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** A five-in-one case the window has accepted; the legal representative's ID is a photo. */
async function acceptedCase(sub: string): Promise<string> {
  const applicant = await Person.signIn(desk.service, { sub, role: 'APPLICANT' });
  const { serviceItem } = await applicant.data(`{ serviceItem(code: "XC-0001") { materials { code required } } }`);
  const documentIds: string[] = [];
  for (const { code } of (serviceItem.materials as Array<{ code: string; required: boolean }>).filter(
    (material) => material.required,
  )) {
    const upload =
      code === 'XC-0001-M05'
        ? await applicant.upload(samplePng(), 'id-card.png', code)
        : await applicant.upload(samplePdf(`${sub} ${code}`), `${code}.pdf`, code);
    documentIds.push(upload.id as string);
  }
  const { submitApplication } = await applicant.data(
    `mutation ($input: SubmitApplicationInput!) { submitApplication(input: $input) { id } }`,
    { input: { itemCode: 'XC-0001', formData: fiveInOneForm, documentIds } },
  );
  await (await Person.signIn(desk.service, officer('WINDOW'))).review(submitApplication.id);
  return submitApplication.id as string;
}

const taskOf = async (reviewer: Person, id: string) =>
  (await reviewer.application(id)).tasks.find((task: { stage: string }) => task.stage === 'JOINT_REVIEW');

it('claims a case from the agency inbox, reads its form by the schema’s titles and its documents in the page, and approves', async () => {
  const id = await acceptedCase('enterprise-review-1');
  const reviewer = await Person.signIn(desk.service, officer('AIC'));
  const page = await desk.open(reviewer);
  await page.goto(`${desk.origin}/inbox`);
  await page.getByRole('heading', { name: /部门待办/ }).waitFor();
  const row = page.getByRole('row').filter({ hasText: id });
  await row.getByText('待认领').waitFor();
  await row.getByText(/个工作日/).waitFor();
  await row.getByRole('link').click();

  await page.getByRole('heading', { name: /企业设立登记（五证合一）/ }).waitFor();
  const field = (label: string) => page.getByRole('row').filter({ has: page.getByText(label, { exact: true }) });
  await field('企业名称').getByText(fiveInOneForm.companyName).waitFor();
  await field('法定代表人 › 姓名').getByText('张三').waitFor();
  expect(await page.getByText('"companyName"').count()).toBe(0);

  await page.getByRole('button', { name: '预览 XC-0001-M07.pdf' }).click();
  await waitForDrawnCanvas(page, 'XC-0001-M07.pdf · 页 1/1');
  await page.getByRole('button', { name: '预览 id-card.png' }).click();
  await page.waitForFunction(() => {
    const image = document.querySelector<HTMLImageElement>('img[alt="id-card.png"]');
    return image !== null && image.complete && image.naturalWidth === 60;
  });

  await page.getByRole('button', { name: '认 领' }).click();
  await page
    .locator('label')
    .filter({ hasText: /^同意$/ })
    .click();
  await page.getByLabel('意见').fill('名称核准无误');
  await page.getByRole('button', { name: '提交决定' }).click();
  await page.getByText('已办结：同意').waitFor();
  expect(await taskOf(reviewer, id)).toMatchObject({
    status: 'COMPLETED',
    decision: 'APPROVE',
    comment: '名称核准无误',
    assignee: 'officer-AIC',
  });
  // Each document read is on the case's record.
  const reads = (await reviewer.application(id)).timeline.nodes.filter(
    (entry: { action: string }) => entry.action === 'DOCUMENT_READ',
  );
  expect(reads.map((entry: { actor: string }) => entry.actor)).toEqual(['officer-AIC', 'officer-AIC']);
  await page.close();
});

it('refuses a case only with a reason', async () => {
  const id = await acceptedCase('enterprise-review-2');
  const reviewer = await Person.signIn(desk.service, officer('QTS'));
  const page = await desk.open(reviewer);
  await page.goto(`${desk.origin}/work/${id}`);
  await page.getByRole('button', { name: '认 领' }).click();
  await page
    .locator('label')
    .filter({ hasText: /^不予许可$/ })
    .click();
  await page.getByRole('button', { name: '提交决定' }).click();
  await page.getByText('请写明理由').waitFor();
  await page.getByLabel('不予许可的理由').fill('经营范围含禁止类项目');
  await page.getByRole('button', { name: '提交决定' }).click();
  await page.getByText('已办结：不予许可').waitFor();
  expect(await taskOf(reviewer, id)).toMatchObject({ decision: 'REJECT', comment: '经营范围含禁止类项目' });
  await page.close();
});

it('builds a correction request from the item’s materials', async () => {
  const id = await acceptedCase('enterprise-review-3');
  const reviewer = await Person.signIn(desk.service, officer('TAX'));
  const page = await desk.open(reviewer);
  await page.goto(`${desk.origin}/work/${id}`);
  await page.getByRole('button', { name: '认 领' }).click();
  await page
    .locator('label')
    .filter({ hasText: /^要求补正$/ })
    .click();
  await page.getByLabel('需补正的字段或材料 1').fill('住所');
  await page.locator('.ant-select-item-option').filter({ hasText: '住所使用证明' }).click();
  await page.getByLabel('原因 1').fill('租赁协议已过期');
  await page.getByRole('button', { name: '提交决定' }).click();
  await page.getByText('已办结：要求补正').waitFor();
  const application = await reviewer.application(id);
  expect(application.status).toBe('CORRECTION_REQUIRED');
  expect(application.correctionNotice).toEqual([
    { agency: 'TAX', field: null, material: 'XC-0001-M07', reason: '租赁协议已过期' },
  ]);
  await page.close();
});

it('shows a reviewer of another agency nothing of the case: not in the inbox, and its page reads as not there', async () => {
  const id = await acceptedCase('enterprise-review-4');
  const page = await desk.open(await Person.signIn(desk.service, officer('CULTURE')));
  await page.goto(`${desk.origin}/inbox`);
  await page.getByText('没有待办任务').waitFor();
  expect(await page.getByText(id).count()).toBe(0);
  await page.goto(`${desk.origin}/work/${id}`);
  await page.getByText(`没有这个办件: ${id}`).waitFor();

  // An applicant is not offered the inbox, and opened by its address it is not theirs.
  const applicantPage = await desk.open(
    await Person.signIn(desk.service, { sub: 'enterprise-review-5', role: 'APPLICANT' }),
  );
  await applicantPage.goto(`${desk.origin}/inbox`);
  await applicantPage.getByText('此页面供审批人员使用').waitFor();
  expect(await applicantPage.getByRole('link', { name: '部门待办' }).count()).toBe(0);
  await applicantPage.close();
  await page.close();
});
