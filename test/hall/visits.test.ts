import { DAY_MS } from '../../domain/calendar';
import { errorCodes, graphql } from '../helpers/graphql';
import { fiveInOneForm } from '../helpers/forms';
import { officer, Person } from '../helpers/lianban-client';
import { startTestService, type TestService } from '../helpers/service';
import { readQrPng } from '../helpers/qr';
import { tokenOfScan } from '../../hall/ticket-link';

let service: TestService;
let window: Person;
let holder: Person;
let stranger: Person;

beforeAll(async () => {
  service = await startTestService();
  window = await Person.signIn(service, officer('WINDOW', 'window-visits'));
  holder = await Person.signIn(service, { sub: 'visitor-1', role: 'APPLICANT' });
  stranger = await Person.signIn(service, { sub: 'visitor-2', role: 'APPLICANT' });
}, 120_000);

afterAll(async () => {
  await service?.stop();
});

const SERVE = `mutation ($id: ID!, $cases: [ID!]) { markServed(ticketId: $id, applicationIds: $cases) { id status } }`;
const VISITS = `query ($id: ID!) { application(id: $id) { visits { ticketNumber line window day servedAt } } }`;
const RATE_VISIT = `mutation ($qr: String!, $level: RatingLevel!, $tags: [String!], $comment: String) {
  rateVisit(qrToken: $qr, level: $level, tags: $tags, comment: $comment) {
    id level agency applicationId itemCode visit { ticketNumber window } rectification { agency }
  } }`;
const reasons = (response: { errors?: Array<{ extensions?: Record<string, unknown> }> }) =>
  response.errors?.map((error) => error.extensions?.reason);

/**
 * A walk-in ticket taken at the kiosk (this WINDOW account) and called to 3号窗口, with the token its
 * printed QR code carries, read from the code as the holder's phone reads it.
 */
async function calledTicket(): Promise<{ id: string; qrToken: string; number: string }> {
  const { takeTicket } = await window.data(
    `mutation { takeTicket(line: ACCEPTANCE, idNumber: "110102198001010017") { id } }`,
  );
  const png = await fetch(`${window.baseUrl}/hall/tickets/${takeTicket.id}/qr.png`, {
    headers: { authorization: window.authorization },
  });
  const qrToken = tokenOfScan(readQrPng(Buffer.from(await png.arrayBuffer()))!);
  const { callNext } = await window.data(`mutation { callNext(window: "3号窗口", lines: [ACCEPTANCE]) { id number } }`);
  expect(callNext.id).toBe(takeTicket.id);
  return { ...callNext, qrToken };
}

/** Rated without signing in, as the holder's phone does from the ticket's QR code. */
const rateAnonymously = (variables: Record<string, unknown>) =>
  graphql(service.url, RATE_VISIT, { variables: { tags: [], ...variables } });

it('links a served ticket to the cases the window names, and shows them to whoever reads the case', async () => {
  const first = (await holder.submit('XC-0001', fiveInOneForm)).id;
  const second = (await holder.submit('XC-0001', { ...fiveInOneForm, companyName: '第二家公司' })).id;
  const ticket = await calledTicket();

  // An unknown case refuses the whole call: the ticket stays called and links nothing.
  const refused = await window.request(SERVE, { id: ticket.id, cases: [first, 'no-such-case'] });
  expect(errorCodes(refused)).toEqual(['NOT_FOUND']);
  expect(refused.errors![0].message).toContain('no-such-case');
  expect((await holder.data(VISITS, { id: first })).application.visits).toEqual([]);
  expect(errorCodes(await holder.request(SERVE, { id: ticket.id, cases: [first] }))).toEqual(['FORBIDDEN']);

  const served = await window.data(SERVE, { id: ticket.id, cases: [first, second, first] });
  expect(served.markServed.status).toBe('SERVED');
  for (const id of [first, second]) {
    expect((await holder.data(VISITS, { id })).application.visits).toEqual([
      expect.objectContaining({ ticketNumber: ticket.number, line: 'ACCEPTANCE', window: '3号窗口' }),
    ]);
  }
  expect((await window.data(VISITS, { id: first })).application.visits).toHaveLength(1);
  // Another person's case reads as none.
  expect((await stranger.data(VISITS, { id: first })).application).toBeNull();
  // Served once: a second mark is a conflict and links nothing more.
  expect(errorCodes(await window.request(SERVE, { id: ticket.id, cases: [first] }))).toEqual(['CONFLICT']);
});

it("takes one rating of a served visit by its ticket's QR code, and rectifies a bad one at the window agency", async () => {
  const ticket = await calledTicket();
  const early = await rateAnonymously({ qr: ticket.qrToken, level: 'SATISFIED' });
  expect(errorCodes(early)).toEqual(['CONFLICT']);
  expect(reasons(early)).toEqual(['VISIT_NOT_SERVED']);
  await window.data(SERVE, { id: ticket.id });

  expect(errorCodes(await rateAnonymously({ qr: 'not-a-token', level: 'SATISFIED' }))).toEqual(['NOT_FOUND']);
  // The hall's staff do not rate the visits they serve, even holding the code.
  expect(errorCodes(await window.request(RATE_VISIT, { qr: ticket.qrToken, level: 'VERY_SATISFIED' }))).toEqual([
    'FORBIDDEN',
  ]);
  const bad = await rateAnonymously({ qr: ticket.qrToken, level: 'SATISFIED', tags: ['没有这个标签'] });
  expect(errorCodes(bad)).toEqual(['BAD_USER_INPUT']);

  const { data } = await rateAnonymously({
    qr: ticket.qrToken,
    level: 'DISSATISFIED',
    tags: ['等候时间长'],
    comment: '等了很久',
  });
  expect(data!.rateVisit).toMatchObject({
    level: 'DISSATISFIED',
    agency: 'WINDOW',
    applicationId: null,
    itemCode: null,
    visit: { ticketNumber: ticket.number, window: '3号窗口' },
    rectification: { agency: 'WINDOW' },
  });
  const again = await rateAnonymously({ qr: ticket.qrToken, level: 'VERY_SATISFIED' });
  expect(reasons(again)).toEqual(['ALREADY_RATED']);

  // Visit ratings are counted apart from case ratings.
  const figures = `query ($subject: RatingSubject) { satisfaction(agencyCode: "WINDOW", subject: $subject) { ratings badRate } }`;
  expect((await stranger.data(figures, { subject: 'VISIT' })).satisfaction).toEqual({ ratings: 1, badRate: 1 });
  expect((await stranger.data(figures)).satisfaction).toEqual({ ratings: 0, badRate: null });
});

it('keeps a signed-in applicant’s visit rating as theirs, and closes rating after the period', async () => {
  const ticket = await calledTicket();
  await window.data(SERVE, { id: ticket.id });
  const rated = await holder.data(RATE_VISIT, { qr: ticket.qrToken, level: 'VERY_SATISFIED' });
  expect(rated.rateVisit.rectification).toBeNull();
  const { myRatings } = await holder.data(`{ myRatings { nodes { level visit { ticketNumber } } } }`);
  expect(myRatings.nodes).toContainEqual({ level: 'VERY_SATISFIED', visit: { ticketNumber: ticket.number } });

  const late = await calledTicket();
  await window.data(SERVE, { id: late.id });
  await service.prisma.ticket.update({
    where: { id: late.id },
    data: { finishedAt: new Date(Date.now() - 16 * DAY_MS) },
  });
  expect(reasons(await rateAnonymously({ qr: late.qrToken, level: 'SATISFIED' }))).toEqual(['RATING_PERIOD_OVER']);
});

it('keeps every rating to one subject in the database: a case or a visit, not neither', async () => {
  const neither = service.prisma.rating.create({
    data: { id: 'rating-of-nothing', agencyCode: 'WINDOW', level: 'SATISFIED', tags: [], createdAt: new Date() },
  });
  await expect(neither).rejects.toThrow(/Rating_one_subject/);
});
