import { PRC_CALENDAR_YEARS } from '../../calendar/prc-years';
import { DAY_MS, isWeekend, isWorkingDay, localDate, localMidnight } from '../../domain/calendar';
import { identityNumberCheckCharacter } from '../../domain/codes';
import { deskUnderTest } from '../helpers/browser';
import { officer, Person } from '../helpers/lianban-client';
import { readQrPng } from '../helpers/qr';
import type { Page } from 'playwright-core';

/** The hall at the desk: the ticket machine, the window's caller with the green channel, booking. */
const desk = deskUnderTest();

/** A valid number of a person born in Chaoyang, Beijing, in 1980, told apart by `sequence`. */
function idNumber(sequence: number): string {
  const first17 = `11010519800101${String(sequence).padStart(3, '0')}`;
  return first17 + identityNumberCheckCharacter(first17);
}

/** Takes a ticket at the kiosk page and reads its printed QR code as a scanner would; back to the form. */
async function takeTicket(page: Page, id: string, number: string): Promise<string> {
  await page.getByLabel('身份证号').fill(id);
  await page.getByRole('button', { name: '取 号' }).click();
  await page.getByText(number, { exact: true }).waitFor();
  const qr = page.getByRole('img', { name: `排队号二维码 ${number}` });
  await page.waitForFunction((image) => (image as HTMLImageElement).complete, await qr.elementHandle());
  const token = readQrPng(await qr.screenshot());
  await page.getByRole('button', { name: '下一位' }).click();
  return token!;
}

it('calls a green-channel ticket before the walk-in taken earlier, and identifies a holder by the printed QR code', async () => {
  const clerk = await Person.signIn(desk.service, officer('WINDOW', 'clerk-hall-1'));
  const kiosk = await desk.open(clerk);
  await kiosk.goto(`${desk.origin}/`);
  await kiosk.getByRole('link', { name: '取号机' }).click();
  await kiosk.getByRole('heading', { name: '取号机', level: 1 }).waitFor();
  const walkIn = await takeTicket(kiosk, idNumber(1), 'A001');
  await takeTicket(kiosk, idNumber(2), 'A002');
  // The printed code is the ticket's rating link, which the window's scanner reads as well.
  expect(walkIn).toMatch(/\/rate-visit#[\w-]{16,}$/);

  const window = await desk.open(clerk);
  await window.goto(`${desk.origin}/`);
  await window.getByRole('link', { name: '窗口叫号' }).click();
  await window.getByLabel('窗口名称').fill('3号窗口');
  const queue = window.getByRole('row');
  await queue.filter({ hasText: 'A002' }).waitFor();
  await window.getByRole('button', { name: '绿色通道 A002' }).click();
  await window.getByRole('button', { name: '设为绿色通道' }).click();
  await window.getByText('请写明理由').waitFor();
  await window.getByLabel('理由').fill('八十岁老人，行动不便');
  await window.getByRole('button', { name: '设为绿色通道' }).click();
  await queue.filter({ hasText: 'A002' }).getByText('老年人').waitFor();

  await window.getByRole('button', { name: '叫 号' }).click();
  await window.getByText('A002', { exact: true }).waitFor();
  await window.getByText('绿色通道 · 老年人').waitFor();
  await window.getByRole('button', { name: '已办结' }).click();
  await window.getByText('已办结', { exact: true }).waitFor();

  await window.getByRole('button', { name: '叫 号' }).click();
  // The called ticket leaves the queue, and shows as the one at the window.
  await window.getByText('等候队列').waitFor();
  await window.getByText('无人等候').waitFor();
  await window.getByText('A001', { exact: true }).waitFor();
  await window.getByText('现场取号').waitFor();
  // Opened again (a reload, another tab), the window still has the ticket it called.
  await window.reload();
  await window.getByText('A001', { exact: true }).waitFor();
  await window.getByText('现场取号').waitFor();
  await window.getByRole('button', { name: '未 到' }).click();
  await window.getByText('未到', { exact: true }).waitFor();

  // The walk-in's printed code, scanned at the window: the holder's ID number in full.
  await window.getByLabel('排队号二维码').fill(walkIn);
  await window.getByRole('button', { name: '识 别' }).click();
  await window.getByText(idNumber(1), { exact: true }).waitFor();
  await window.getByText('A001 · 一窗受理 · 未到').waitFor();
  await kiosk.close();
  await window.close();
});

it('shows the API’s refusal of a bad ID number at the kiosk’s field', async () => {
  const clerk = await Person.signIn(desk.service, officer('WINDOW', 'clerk-hall-2'));
  const page = await desk.open(clerk);
  await page.goto(`${desk.origin}/hall/kiosk`);
  await page.getByLabel('身份证号').fill('11010519800101001');
  await page.getByRole('button', { name: '取 号' }).click();
  const field = page.locator('.ant-form-item').filter({ has: page.getByLabel('身份证号') });
  await field.getByText('identity number must be 18 characters').waitFor();
  // An enquiry needs no card.
  await page.getByRole('button', { name: '咨询取号（无需身份证）' }).click();
  await page.getByText('C001', { exact: true }).waitFor();
  await page.getByText('咨询', { exact: true }).waitFor();
  // A card with no booking today signs in for nothing, and says so.
  await page.getByRole('button', { name: '下一位' }).click();
  await page.getByLabel('身份证号').fill(idNumber(90));
  await page.getByRole('button', { name: '预约签到' }).click();
  await page.getByText('This ID card has no appointment still ahead today').waitFor();
  await page.close();
});

/*
 * Days ahead of the real clock on the seeded PRC calendar: a holiday that falls on a weekday
 * (2026-02-16 in the Spring Festival, while it was ahead) and a day worked, a make-up working
 * weekend day (调休, such as 2026-02-14) when one is still ahead.
 */
const calendar = { years: PRC_CALENDAR_YEARS };
const daysAhead = Array.from({ length: 400 }, (_, index) => localDate(Date.now() + (index + 1) * DAY_MS));
const worked = (date: string) => isWorkingDay(calendar, localMidnight(date).getTime());
const holiday = daysAhead.find((date) => !isWeekend(date) && !worked(date))!;
const workingDay = daysAhead.find((date) => isWeekend(date) && worked(date)) ?? daysAhead.find(worked)!;

async function chooseDay(page: Page, date: string) {
  const field = page.getByLabel('日期');
  await field.click();
  await field.fill(date);
  await field.press('Enter');
}

it('books a slot on a working day, finds none on a holiday, moves and cancels', async () => {
  expect(holiday).toBeDefined();
  const applicant = await Person.signIn(desk.service, { sub: 'applicant-hall-1', role: 'APPLICANT' });
  const page = await desk.open(applicant);
  await page.goto(`${desk.origin}/`);
  await page.getByRole('link', { name: '预约' }).click();
  await page.getByRole('heading', { name: '预约办事', level: 1 }).waitFor();

  await chooseDay(page, workingDay);
  const slots = page.getByRole('region', { name: '可预约时段' });
  // The acceptance line needs the ID card of who will come, named at its field.
  await slots.getByRole('button', { name: '09:00–09:30 · 余 4' }).click();
  const card = page.locator('.ant-form-item').filter({ has: page.getByLabel('办事人身份证号') });
  await card.getByText('the ACCEPTANCE line needs the ID card read').waitFor();
  await page.getByLabel('办事人身份证号').fill(idNumber(7));
  await slots.getByRole('button', { name: '09:00–09:30 · 余 4' }).click();
  await page.getByText(`已预约 ${workingDay.replaceAll('-', '/')} 09:00–09:30`).waitFor();
  const booked = page.getByRole('row').filter({ hasText: '09:00–09:30' });
  await booked.getByText('已预约').waitFor();
  await booked.getByText(`110105**********${idNumber(7).slice(-2)}`).waitFor();
  await slots.getByRole('button', { name: '09:00–09:30 · 余 3' }).waitFor();

  await chooseDay(page, holiday);
  await page.getByText('当天没有可预约的时段').waitFor();
  expect(await slots.getByRole('button').count()).toBe(0);

  // Moved to another slot of the day, then cancelled.
  await booked.getByRole('button', { name: '改 约' }).click();
  await page.getByText(/^改约：/).waitFor();
  await chooseDay(page, workingDay);
  await slots.getByRole('button', { name: '10:00–10:30 · 余 4' }).click();
  const moved = page.getByRole('row').filter({ hasText: '10:00–10:30' });
  await moved.getByText('已预约').waitFor();
  await slots.getByRole('button', { name: '09:00–09:30 · 余 4' }).waitFor();
  await moved.getByRole('button', { name: '取消预约' }).click();
  await moved.getByText('已取消').waitFor();
  const { myAppointments } = await applicant.data('{ myAppointments { state } }');
  expect(myAppointments).toEqual([{ state: 'CANCELLED' }]);
  await page.close();
});
