import { errorCodes } from '../helpers/graphql';
import { tobaccoForm } from '../helpers/forms';
import { officer, Person, waitForStatus } from '../helpers/lianban-client';
import { startTestService, type TestService } from '../helpers/service';

let service: TestService;
let admin: Person;

const QUERY = `query ($from: DateTime!, $to: DateTime!) { hallStatistics(from: $from, to: $to) {
  items { itemCode submitted issued daysToLicence { count p50 p90 } onTimePromised onTimeStatutory correctionRoundsPerCase
    visitsPerCase { count p50 p90 } meanVisitsPerCase }
  agencies { agencyCode tasksCompleted daysToDecision { count } onTime }
  queue { line taken served absent waitingMinutes { count } serviceMinutes { count } } } }`;

beforeAll(async () => {
  service = await startTestService();
  admin = await Person.signIn(service, { sub: 'admin-figures', role: 'ADMIN' });
}, 120_000);

afterAll(async () => {
  await service?.stop();
});

const span = () => ({
  from: new Date(Date.now() - 3_600_000).toISOString(),
  to: new Date(Date.now() + 3_600_000).toISOString(),
});

it("counts the hall's cases from what they recorded, for administrators and supervisors only", async () => {
  const applicant = await Person.signIn(service, { sub: 'shop-figures', role: 'APPLICANT' });
  const issued = (await applicant.submit('XC-0003', tobaccoForm)).id;
  const open = (await applicant.submit('XC-0003', { ...tobaccoForm, shopName: '第二家店' })).id;
  await (await Person.signIn(service, officer('WINDOW'))).review(issued);
  await (await Person.signIn(service, officer('TOBACCO'))).review(issued);
  await waitForStatus(applicant, issued, 'ISSUED');
  expect((await applicant.application(open)).status).toBe('SUBMITTED');

  const window = await Person.signIn(service, officer('WINDOW'));
  for (const idNumber of ['11010519491231002X', '110102198001010017']) {
    await window.data(`mutation ($idNumber: String) { takeTicket(line: ACCEPTANCE, idNumber: $idNumber) { id } }`, {
      idNumber,
    });
  }
  const { callNext } = await window.data(`mutation { callNext(window: "3号窗口", lines: [ACCEPTANCE]) { id } }`);
  // The visit was for the issued case: it took one trip; the open case is not counted.
  await window.data(`mutation ($id: ID!, $cases: [ID!]) { markServed(ticketId: $id, applicationIds: $cases) { id } }`, {
    id: callNext.id,
    cases: [issued],
  });

  const { hallStatistics } = await admin.data(QUERY, span());
  expect(hallStatistics.queue).toEqual([
    { line: 'ACCEPTANCE', taken: 2, served: 1, absent: 0, waitingMinutes: { count: 1 }, serviceMinutes: { count: 1 } },
  ]);
  expect(hallStatistics.items).toEqual([
    {
      itemCode: 'XC-0003',
      submitted: 2,
      issued: 1,
      daysToLicence: { count: 1, p50: expect.any(Number), p90: expect.any(Number) },
      onTimePromised: 1,
      onTimeStatutory: 1,
      correctionRoundsPerCase: 0,
      visitsPerCase: { count: 1, p50: 1, p90: 1 },
      meanVisitsPerCase: 1,
    },
  ]);
  expect(hallStatistics.agencies).toEqual([
    { agencyCode: 'TOBACCO', tasksCompleted: 1, daysToDecision: { count: 1 }, onTime: 1 },
    { agencyCode: 'WINDOW', tasksCompleted: 1, daysToDecision: { count: 1 }, onTime: 1 },
  ]);

  const metrics = await (await fetch(service.url.replace('/graphql', '/metrics'))).text();
  expect(metrics).toContain('lianban_hall_on_time_ratio{item="XC-0003",limit="statutory"} 1');
  expect(metrics).toMatch(/lianban_hall_days_to_licence\{item="XC-0003",quantile="0.9"\} [\d.]+/);
  expect(metrics).toContain('lianban_hall_visits_per_case{item="XC-0003"} 1');
  expect(metrics).toMatch(/lianban_hall_waiting_minutes\{line="ACCEPTANCE",quantile="0.5"\} [\d.]+/);

  const supervisor = await Person.signIn(service, { sub: 'supervisor-tobacco', role: 'SUPERVISOR', agency: 'TOBACCO' });
  expect((await supervisor.request(QUERY, span())).errors).toBeUndefined();
  expect(errorCodes(await applicant.request(QUERY, span()))).toEqual(['FORBIDDEN']);
  expect(errorCodes(await (await Person.signIn(service, officer('TOBACCO'))).request(QUERY, span()))).toEqual([
    'FORBIDDEN',
  ]);
});

it('refuses a span that ends before it starts, or is longer than a year, naming `to`', async () => {
  const backwards = await admin.request(QUERY, { from: '2026-03-01T00:00:00Z', to: '2026-02-01T00:00:00Z' });
  expect(backwards.errors![0].extensions!.fields).toEqual([{ field: 'to', message: 'must be after from' }]);
  const long = await admin.request(QUERY, { from: '2024-01-01T00:00:00Z', to: '2026-01-01T00:00:00Z' });
  expect(long.errors![0].extensions!.fields).toEqual([{ field: 'to', message: 'a year at most' }]);
});
