import pino from 'pino';
import type { Browser } from 'playwright-core';
import { taskId } from '../../domain/case-steps';
import { builtDesk, deskRoutes } from '../../web/desk';
import { serveApp, TEST_SECRET } from '../helpers/app-server';
import { launchBrowser, openPage } from '../helpers/browser';
import { fiveInOneForm } from '../helpers/forms';
import { Person } from '../helpers/lianban-client';
import { startTimeSkipping } from '../helpers/time-skipping';
import { approvalWorkerPerFile, decide, startCase } from '../helpers/workflow-env';

/*
 * The supervisor's desk over Temporal's time-skipping server: a task escalates from the
 * workflow's own timer when its promised working days run out, and the desk is the API's own
 * app serving the built page.
 */
const setup = approvalWorkerPerFile(startTimeSkipping);
let api: Awaited<ReturnType<typeof serveApp>>;
let browser: Browser;

beforeAll(async () => {
  const desk = deskRoutes(await builtDesk(pino({ level: 'silent' })));
  api = await serveApp(setup.database, { temporal: setup.env.client, desk });
  browser = await launchBrowser();
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await api?.close();
});

/** Polls the read model (never sleeps blind) until `ready` holds for the task's row. */
async function taskRow(id: string, ready: (row: { dueAt: Date | null; escalatedAt: Date | null }) => boolean) {
  const giveUp = Date.now() + 15_000;
  for (;;) {
    const row = await setup.database.prisma.reviewTask.findUnique({ where: { id } });
    if (row && ready(row)) return row;
    if (Date.now() > giveUp) throw new Error(`task ${id} did not get there: ${JSON.stringify(row)}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

it('lists the agency’s escalated tasks and reassigns one with a reason; another agency’s supervisor sees none', async () => {
  const { applicationId, handle } = await startCase(
    setup.env,
    setup.database.prisma,
    'XC-0001',
    fiveInOneForm,
    'applicant-1',
    {
      submittedAt: new Date(await setup.env.currentTimeMs()),
    },
  );
  await decide(handle, 'WINDOW', 'APPROVE');
  const tax = taskId(applicationId, 'TAX', 1);
  const { dueAt } = await taskRow(tax, (row) => row.dueAt !== null);
  await setup.env.sleep(dueAt!.getTime() - (await setup.env.currentTimeMs()) + 1_000);
  await taskRow(tax, (row) => row.escalatedAt !== null);

  const as = (sub: string, role: 'SUPERVISOR' | 'REVIEWER', agency: 'TAX' | 'CULTURE') =>
    Person.signInAt(api.url, TEST_SECRET, { sub, role, agency });
  const origin = new URL(api.url).origin;
  const errors: string[] = [];
  const page = await openPage(browser, { consoleErrors: errors, person: await as('chief-TAX', 'SUPERVISOR', 'TAX') });
  await page.goto(`${origin}/`);
  await page.getByRole('link', { name: '超期督办' }).click();
  await page.getByRole('heading', { name: /超期督办/ }).waitFor();
  const row = page.getByRole('row').filter({ hasText: applicationId });
  await row.getByText('无人认领').waitFor();
  await row.getByRole('button', { name: `改派 ${applicationId}` }).click();
  await page.getByLabel('改派给（人员编号）').fill('officer-TAX-2');
  await page.getByRole('button', { name: '确认改派' }).click();
  await page.getByText('请写明改派理由').waitFor();
  await page.getByLabel('改派理由').fill('原承办人休假');
  await page.getByRole('button', { name: '确认改派' }).click();
  await page.getByText('已改派给 officer-TAX-2').waitFor();
  await row.getByText('officer-TAX-2').waitFor();

  expect(await setup.database.prisma.reviewTask.findUniqueOrThrow({ where: { id: tax } })).toMatchObject({
    status: 'CLAIMED',
    assignee: 'officer-TAX-2',
  });
  const entry = await setup.database.prisma.timelineEntry.findFirstOrThrow({
    where: { applicationId, action: 'TASK_REASSIGNED' },
  });
  expect(entry).toMatchObject({ actor: 'chief-TAX', agencyCode: 'TAX' });
  expect(entry.detail).toMatch(/officer-TAX-2; 原承办人休假$/);
  await page.close();

  const elsewhere = await openPage(browser, {
    consoleErrors: errors,
    person: await as('chief-CULTURE', 'SUPERVISOR', 'CULTURE'),
  });
  await elsewhere.goto(`${origin}/overdue`);
  await elsewhere.getByText('本部门没有超期任务').waitFor();
  expect(await elsewhere.getByText(applicationId).count()).toBe(0);
  await elsewhere.close();

  // A reviewer is not offered the supervisors' screen.
  const reviewer = await openPage(browser, {
    consoleErrors: errors,
    person: await as('officer-TAX', 'REVIEWER', 'TAX'),
  });
  await reviewer.goto(`${origin}/overdue`);
  await reviewer.getByText('此页面供督办人员使用').waitFor();
  expect(await reviewer.getByRole('link', { name: '超期督办' }).count()).toBe(0);
  await reviewer.close();
  expect(errors).toEqual([]);
}, 120_000);
