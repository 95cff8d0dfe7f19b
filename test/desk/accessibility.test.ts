import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { parse } from 'yaml';
import { accessibilityViolations, deskUnderTest, tabStops } from '../helpers/browser';
import { fiveInOneForm, signboardForm } from '../helpers/forms';
import { officer, Person, waitForStatus } from '../helpers/lianban-client';

/*
 * Every screen of the desk, as its person sees it, against WCAG 2.0 and 2.1 A and AA (axe-core,
 * serious and critical findings), with one level-one heading, the page's title; the applicant's
 * at a phone's width too. In development, so the sign-in page lists its demo people.
 */
const desk = deskUnderTest({ NODE_ENV: 'development', DEMO_SIGN_IN: 'true' });

let applicant: Person;
const cases = { correcting: '', issued: '', atWindow: '', inReview: '', badlyRated: '' };

/** The open task of the reviewer's agency on the case, claimed by them. */
async function claimed(reviewer: Person, id: string) {
  const task = (await reviewer.myTasks('OPEN')).find((candidate) => candidate.application.id === id);
  const { errors } = await reviewer.claim(task!.id);
  expect(errors).toBeUndefined();
}

beforeAll(async () => {
  applicant = await Person.signIn(desk.service, { sub: 'enterprise-a11y', role: 'APPLICANT' });
  const window = await Person.signIn(desk.service, officer('WINDOW'));
  const cityAdmin = await Person.signIn(desk.service, officer('CITYADMIN'));
  cases.correcting = (await applicant.submit('XC-0004', signboardForm)).id;
  await window.review(cases.correcting);
  await cityAdmin.review(cases.correcting, {
    decision: 'REQUEST_CORRECTION',
    corrections: [
      { field: 'signText', reason: '牌匾文字与企业名称不一致' },
      { material: 'XC-0004-M03', reason: '效果图未标注尺寸' },
    ],
  });
  cases.issued = (await applicant.submit('XC-0004', { ...signboardForm, signText: '西城书店二号' })).id;
  await window.review(cases.issued);
  await cityAdmin.review(cases.issued);
  cases.atWindow = (await applicant.submit('XC-0001', fiveInOneForm)).id;
  cases.inReview = (await applicant.submit('XC-0001', { ...fiveInOneForm, companyName: '北京联办审查有限公司' })).id;
  await window.review(cases.inReview);
  await claimed(await Person.signIn(desk.service, officer('AIC')), cases.inReview);
  await window.data(
    `mutation ($id: ID!) { markCaseGreenChannel(applicationId: $id, ground: ELDERLY, reason: "82岁") { id } }`,
    { id: cases.inReview },
  );
  await waitForStatus(applicant, cases.issued, 'ISSUED');
  // Withdrawn before a decision and rated badly: the window's rectification.
  cases.badlyRated = (await applicant.submit('XC-0004', { ...signboardForm, signText: '西城书店三号' })).id;
  await applicant.data(`mutation ($id: ID!) { withdrawApplication(id: $id) { status } }`, { id: cases.badlyRated });
  await applicant.data(
    `mutation ($id: ID!) { rateApplication(applicationId: $id, level: DISSATISFIED, tags: ["多次跑动"]) { id } }`,
    { id: cases.badlyRated },
  );
  await versionInReview();
  await window.data(`mutation { takeTicket(line: ENQUIRY) { number } }`);
}, 120_000);

/** XC-0002 v3, renamed, sent for review by an administrator other than the one who reads the screens. */
async function versionInReview() {
  const file = readFileSync(path.join(__dirname, '../../catalogue/items/xc-0002-performance-permit.yaml'), 'utf8');
  const { code: _code, version: _version, ...content } = parse(file);
  const writer = await Person.signIn(desk.service, { sub: 'admin-writer', role: 'ADMIN' });
  const { draftServiceItem } = await writer.data(
    `mutation ($content: JSON!) { draftServiceItem(code: "XC-0002", content: $content) { version } }`,
    { content: { ...content, name: '营业性演出许可（修订）' } },
  );
  expect(draftServiceItem.version).toBe(3);
  await writer.data(`mutation { submitServiceItemForReview(code: "XC-0002", version: 3) { status } }`);
}

/** The row of a diff that shows XC-0002's new name. */
const renamed = (page: Page) =>
  page.getByRole('row').filter({ hasText: '修改' }).getByText('营业性演出许可（修订）').waitFor();

async function expectAccessible(page: Page) {
  expect(await accessibilityViolations(page)).toEqual([]);
  expect(await page.locator('h1').count()).toBe(1);
}

interface Screen {
  screen: string;
  path: () => string;
  /** Waits for the screen to show what its person came for. */
  shown: (page: Page) => Promise<unknown>;
}

const APPLICANT_SCREENS: Screen[] = [
  {
    // The form shows before the token is checked, when the rating is sent.
    screen: 'rating a window visit, opened from a ticket’s QR code',
    path: () => '/rate-visit#a11y-ticket-token',
    shown: (page) => page.getByRole('button', { name: '提交评价' }).waitFor(),
  },
  { screen: 'the catalogue', path: () => '/', shown: (page) => page.getByText('XC-0001').waitFor() },
  { screen: 'an item’s guide', path: () => '/items/XC-0001', shown: (page) => page.getByText('设定依据').waitFor() },
  {
    screen: 'the application form',
    path: () => '/items/XC-0004/apply',
    shown: (page) => page.getByLabel('牌匾文字').waitFor(),
  },
  {
    screen: 'the application form refused, its problems at their fields',
    path: () => '/items/XC-0004/apply',
    shown: async (page) => {
      await page.getByRole('button', { name: '提交申请' }).click();
      await page.getByText('申请未提交：请按提示修改').waitFor();
    },
  },
  { screen: 'My cases', path: () => '/my/cases', shown: (page) => page.getByText('已发证').waitFor() },
  {
    screen: 'booking at the hall',
    path: () => '/my/appointments',
    shown: (page) => page.getByText('还没有预约').waitFor(),
  },
  {
    screen: 'a case in correction, with its supplement form',
    path: () => `/cases/${cases.correcting}`,
    shown: (page) => page.getByRole('button', { name: '提交补正' }).waitFor(),
  },
  {
    screen: 'an issued case, with its licence and the rating form',
    path: () => `/cases/${cases.issued}`,
    shown: async (page) => {
      await page.getByRole('button', { name: '下载证照' }).waitFor();
      await page.getByRole('button', { name: '提交评价' }).waitFor();
    },
  },
  {
    screen: 'a case with its delivery address form',
    path: () => `/cases/${cases.atWindow}`,
    shown: async (page) => {
      await page.getByRole('button', { name: '更改领取方式' }).click();
      await page.getByText('邮寄到地址（EMS）').click();
      await page.getByLabel('邮政编码').waitFor();
    },
  },
  {
    screen: 'a badly rated case, its rectification under way',
    path: () => `/cases/${cases.badlyRated}`,
    shown: (page) => page.getByText(/已转WINDOW整改/).waitFor(),
  },
];

describe.each([1280, 390])('at %i pixels wide', (width) => {
  it.each(APPLICANT_SCREENS)('the applicant’s $screen', async ({ path, shown }) => {
    const page = await desk.open(applicant, width);
    await page.goto(`${desk.origin}${path()}`);
    await shown(page);
    await expectAccessible(page);
    await page.close();
  });

  it('the sign-in page with its demo people', async () => {
    const page = await desk.open(undefined, width);
    await page.goto(`${desk.origin}/sign-in`);
    await page.getByRole('button', { name: '工商行政管理局 审查员' }).waitFor();
    await expectAccessible(page);
    await page.close();
  });
});

const OFFICER_SCREENS: Array<Screen & { person: () => Promise<Person> }> = [
  {
    screen: 'the window’s queue',
    person: () => Person.signIn(desk.service, officer('WINDOW')),
    path: () => '/window',
    shown: (page) => page.getByText(cases.atWindow).waitFor(),
  },
  {
    screen: 'a case at the window, with its checklist',
    person: () => Person.signIn(desk.service, officer('WINDOW')),
    path: () => `/work/${cases.atWindow}`,
    shown: (page) => page.getByRole('button', { name: '认 领' }).waitFor(),
  },
  {
    screen: 'a case at the window, marking it green channel',
    person: () => Person.signIn(desk.service, officer('WINDOW')),
    path: () => `/work/${cases.atWindow}`,
    shown: async (page) => {
      await page.getByRole('button', { name: '标记绿色通道' }).click();
      await page.getByRole('dialog').getByText(`绿色通道：${cases.atWindow}`).waitFor();
    },
  },
  {
    screen: 'the window’s caller, a ticket waiting',
    person: () => Person.signIn(desk.service, officer('WINDOW')),
    path: () => '/hall/window',
    shown: async (page) => {
      await page.getByLabel('咨询').check();
      await page.getByRole('button', { name: '绿色通道 C001' }).waitFor();
    },
  },
  {
    screen: 'the ticket machine',
    person: () => Person.signIn(desk.service, officer('WINDOW')),
    path: () => '/hall/kiosk',
    shown: (page) => page.getByLabel('身份证号').waitFor(),
  },
  {
    screen: 'the reviewer’s inbox, a green-channel case in it',
    person: () => Person.signIn(desk.service, officer('AIC')),
    path: () => '/inbox',
    shown: (page) => page.getByRole('row').filter({ hasText: cases.inReview }).getByText('绿色通道 · 老年人').waitFor(),
  },
  {
    screen: 'a claimed case at the reviewer’s, with the decision form',
    person: () => Person.signIn(desk.service, officer('AIC')),
    path: () => `/work/${cases.inReview}`,
    shown: (page) => page.getByRole('button', { name: '提交决定' }).waitFor(),
  },
  {
    screen: 'the supervisor’s overdue tasks',
    person: () => Person.signIn(desk.service, { sub: 'supervisor-a11y', role: 'SUPERVISOR', agency: 'AIC' }),
    path: () => '/overdue',
    shown: (page) => page.getByText('本部门没有超期任务').waitFor(),
  },
  {
    screen: 'the window’s rectifications',
    person: () => Person.signIn(desk.service, officer('WINDOW')),
    path: () => '/rectifications',
    shown: (page) => page.getByRole('button', { name: '记录回访' }).waitFor(),
  },
  {
    screen: 'the hall’s figures',
    person: () => Person.signIn(desk.service, { sub: 'admin-a11y', role: 'ADMIN' }),
    path: () => '/figures',
    shown: (page) => page.getByRole('img', { name: /发证用时/ }).waitFor(),
  },
  {
    screen: 'the auditor’s case',
    person: () => Person.signIn(desk.service, { sub: 'auditor-a11y', role: 'AUDITOR' }),
    path: () => `/audit/cases/${cases.issued}`,
    shown: (page) => page.getByText('可复现').waitFor(),
  },
  {
    screen: 'the administrator’s calendar',
    person: () => Person.signIn(desk.service, { sub: 'admin-a11y', role: 'ADMIN' }),
    path: () => '/admin/calendar',
    shown: (page) => page.getByRole('table', { name: '二月', exact: true }).waitFor(),
  },
  ...(
    [
      {
        screen: 'the administrator’s catalogue overview',
        path: () => '/admin/catalogue',
        shown: (page: Page) => page.getByRole('link', { name: 'XC-0002 v3' }).waitFor(),
      },
      {
        screen: 'an administrator’s draft of a new item, its problems listed',
        path: () => '/admin/catalogue/draft/new',
        shown: (page: Page) => page.getByText('个问题，提交审核前须全部解决').waitFor(),
      },
      {
        screen: 'the administrators’ review queue',
        path: () => '/admin/catalogue/review',
        shown: (page: Page) => page.getByRole('link', { name: '审核 XC-0002 v3' }).waitFor(),
      },
      {
        screen: 'a version in review, with its changes',
        path: () => '/admin/catalogue/XC-0002/3/review',
        shown: renamed,
      },
      {
        screen: 'an item’s versions, two compared',
        path: () => '/admin/catalogue/XC-0002',
        shown: renamed,
      },
      {
        screen: 'the catalogue log',
        path: () => '/admin/catalogue/log',
        shown: (page: Page) => page.getByText('ITEM_DRAFTED').waitFor(),
      },
      {
        screen: 'the catalogue’s agencies and kinds',
        path: () => '/admin/catalogue/vocabulary',
        shown: (page: Page) => page.getByRole('cell', { name: 'CITYADMIN' }).waitFor(),
      },
    ] satisfies Screen[]
  ).map((screen) => ({
    ...screen,
    person: () => Person.signIn(desk.service, { sub: 'admin-a11y', role: 'ADMIN' }),
  })),
];

it.each(OFFICER_SCREENS)('$screen', async ({ person, path, shown }) => {
  const page = await desk.open(await person());
  await page.goto(`${desk.origin}${path()}`);
  await shown(page);
  await expectAccessible(page);
  await page.close();
});

it('reaches every field, upload and the submit button of the application form by keyboard', async () => {
  const page = await desk.open(applicant);
  await page.goto(`${desk.origin}/items/XC-0004/apply`);
  await page.getByLabel('牌匾文字').waitFor();
  const stops = await tabStops(page);
  for (const control of ['返 回', '单位名称', '牌匾文字', '否', '提交申请']) {
    expect(stops).toContainEqual(expect.stringContaining(control));
  }
  expect(stops.filter((stop) => stop.includes('上传')).length).toBeGreaterThanOrEqual(3);
  await page.close();
});

it('lets a reviewer claim, choose and send a decision by keyboard alone', async () => {
  const applicantCase = (await applicant.submit('XC-0001', { ...fiveInOneForm, companyName: '北京键盘有限公司' })).id;
  await (await Person.signIn(desk.service, officer('WINDOW'))).review(applicantCase);
  const reviewer = await Person.signIn(desk.service, officer('QTS'));
  const page = await desk.open(reviewer);
  await page.goto(`${desk.origin}/work/${applicantCase}`);
  await page.getByRole('button', { name: '认 领' }).waitFor();
  expect(await tabStops(page)).toContain('认 领');
  await page.getByRole('button', { name: '认 领' }).focus();
  await page.keyboard.press('Enter');
  await page.getByRole('button', { name: '提交决定' }).waitFor();

  const stops = await tabStops(page);
  expect(stops).toEqual(expect.arrayContaining(['同意', '意见', '提交决定']));
  // From the decision's first choice on, by keyboard: choose it, move on to the button, send.
  await page.getByRole('radio', { name: '同意' }).focus();
  await page.keyboard.press('Space');
  await page.getByLabel('意见').focus();
  await page.keyboard.press('Tab');
  expect(await page.evaluate(() => (document.activeElement as HTMLElement).innerText)).toBe('提交决定');
  await page.keyboard.press('Enter');
  await page.getByText('已办结：同意').waitFor();
  await page.close();
});
