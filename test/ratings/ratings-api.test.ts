import { DAY_MS } from '../../domain/calendar';
import { RATING_INVITATION_SCHEDULE_ID } from '../../workflows/rating-invitation-contract';
import { errorCodes } from '../helpers/graphql';
import { subscribe } from '../helpers/subscription';
import { fiveInOneForm } from '../helpers/forms';
import { officer, Person } from '../helpers/lianban-client';
import { startTestService, type TestService } from '../helpers/service';

let service: TestService;
let rater: Person;
let stranger: Person;
let window: Person;
let aic: Person;

beforeAll(async () => {
  service = await startTestService();
  rater = await Person.signIn(service, { sub: 'rater-1', role: 'APPLICANT' });
  stranger = await Person.signIn(service, { sub: 'rater-2', role: 'APPLICANT' });
  window = await Person.signIn(service, officer('WINDOW'));
  aic = await Person.signIn(service, { sub: 'supervisor-AIC', role: 'SUPERVISOR', agency: 'AIC' });
}, 120_000);

afterAll(async () => {
  await service?.stop();
});

const RATE = `mutation ($id: ID!, $level: RatingLevel!, $tags: [String!], $comment: String) {
  rateApplication(applicationId: $id, level: $level, tags: $tags, comment: $comment) {
    id level bad tags comment agency itemCode rectification { id agency returnCallDueAt dueAt feedbackAt }
  } }`;
const rate = (person: Person, id: string, level: string, tags: string[] = [], comment?: string) =>
  person.request(RATE, { id, level, tags, comment });
const RETURN_CALL = `mutation ($id: ID!, $note: String!) { recordReturnCall(rectificationId: $id, note: $note) { id returnCallAt returnCallNote } }`;
const FEEDBACK = `mutation ($id: ID!, $feedback: String!) { submitRectification(rectificationId: $id, feedback: $feedback) { id feedbackAt feedback } }`;
const FOLLOW_UP = `mutation ($id: ID!, $level: RatingLevel!) { followUpRating(ratingId: $id, level: $level) { id level followUpLevel followUpAt } }`;
const reasons = (response: { errors?: Array<{ extensions?: Record<string, unknown> }> }) =>
  response.errors?.map((error) => error.extensions?.reason);

async function withdrawnCase(person: Person): Promise<string> {
  const { id } = await person.submit('XC-0001', fiveInOneForm);
  await person.data(`mutation ($id: ID!) { withdrawApplication(id: $id) { status } }`, { id });
  return id;
}

it('takes one rating of an ended case from its applicant, and names bad input', async () => {
  const { id } = await rater.submit('XC-0001', fiveInOneForm);
  const early = await rate(rater, id, 'SATISFIED');
  expect(errorCodes(early)).toEqual(['CONFLICT']);
  expect(reasons(early)).toEqual(['CASE_NOT_ENDED']);
  await rater.data(`mutation ($id: ID!) { withdrawApplication(id: $id) { status } }`, { id });

  expect(errorCodes(await rate(stranger, id, 'SATISFIED'))).toEqual(['NOT_FOUND']);
  expect(errorCodes(await rate(window, id, 'SATISFIED'))).toEqual(['FORBIDDEN']);
  const bad = await rate(rater, id, 'SATISFIED', ['一次办成', '没有这个标签'], 'x'.repeat(501));
  expect(errorCodes(bad)).toEqual(['BAD_USER_INPUT']);
  const fields = (bad.errors![0].extensions!.fields as Array<{ field: string }>).map((problem) => problem.field);
  expect(fields.sort()).toEqual(['comment', 'tags.1']);
  // GraphQL itself refuses a level outside the enum, naming the value.
  expect((await rate(rater, id, 'SO_SO')).errors?.[0].message).toMatch(/SO_SO/);

  const rated = await rater.data(RATE, { id, level: 'SATISFIED', tags: ['一次办成', '态度热情'], comment: '很快' });
  // Withdrawn before any decision: the acceptance window that held the case answers for it.
  expect(rated.rateApplication).toMatchObject({
    level: 'SATISFIED',
    bad: false,
    tags: ['一次办成', '态度热情'],
    agency: 'WINDOW',
    itemCode: 'XC-0001',
    rectification: null,
  });
  const again = await rate(rater, id, 'VERY_SATISFIED');
  expect(errorCodes(again)).toEqual(['CONFLICT']);
  expect(reasons(again)).toEqual(['ALREADY_RATED']);
  const { myRatings } = await rater.data(`{ myRatings { nodes { level } } }`);
  expect(myRatings.nodes).toEqual([{ level: 'SATISFIED' }]);
});

it("rectifies a bad rating by the responsible agency's staff, then takes one follow-up rating", async () => {
  const { id } = await rater.submit('XC-0001', fiveInOneForm);
  await window.review(id, { decision: 'REJECT', comment: '不属于本窗口受理范围' });
  // The window's rectification inbox hears of it live; another agency's does not.
  const CHANGED = 'subscription { rectificationsChanged { rectificationId } }';
  const token = (person: Person) => person.authorization.slice('Bearer '.length);
  const windowHears = await subscribe(service.url, token(window), CHANGED);
  const aicHears = await subscribe(service.url, token(aic), CHANGED);
  const { rateApplication: rating } = await rater.data(RATE, {
    id,
    level: 'VERY_DISSATISFIED',
    tags: ['多次跑动'],
  });
  expect(rating).toMatchObject({ bad: true, agency: 'WINDOW', rectification: { agency: 'WINDOW', feedbackAt: null } });
  const rectificationId = rating.rectification.id as string;
  expect(Date.parse(rating.rectification.dueAt)).toBeGreaterThan(Date.parse(rating.rectification.returnCallDueAt));
  await windowHears.next((result) => result.data?.rectificationsChanged?.rectificationId === rectificationId);

  const early = await rater.request(FOLLOW_UP, { id: rating.id, level: 'SATISFIED' });
  expect(reasons(early)).toEqual(['NOT_RECTIFIED']);
  expect(errorCodes(await aic.request(RETURN_CALL, { id: rectificationId, note: '回访' }))).toEqual(['NOT_FOUND']);
  expect(errorCodes(await rater.request(RETURN_CALL, { id: rectificationId, note: '回访' }))).toEqual(['FORBIDDEN']);
  const noCall = await window.request(FEEDBACK, { id: rectificationId, feedback: '已整改' });
  expect(reasons(noCall)).toEqual(['NO_RETURN_CALL']);
  expect(errorCodes(await window.request(RETURN_CALL, { id: rectificationId, note: ' ' }))).toEqual(['BAD_USER_INPUT']);

  const called = await window.data(RETURN_CALL, { id: rectificationId, note: '已电话回访，申请人反映材料要求不清' });
  expect(called.recordReturnCall.returnCallAt).not.toBeNull();
  const fed = await window.data(FEEDBACK, { id: rectificationId, feedback: '已在办事指南中写明受理范围' });
  expect(fed.submitRectification.feedback).toBe('已在办事指南中写明受理范围');
  const twice = await window.request(FEEDBACK, { id: rectificationId, feedback: '再次' });
  expect(reasons(twice)).toEqual(['RECTIFICATION_SUBMITTED']);
  const { myRectifications } = await window.data(`{ myRectifications { nodes { id feedbackAt } } }`);
  expect(myRectifications.nodes.map((node: { id: string }) => node.id)).toContain(rectificationId);
  // Opened, called back, answered: each heard by the window, none by AIC.
  await windowHears.next(
    (result) =>
      result.data?.rectificationsChanged?.rectificationId === rectificationId &&
      windowHears.results.filter((heard) => heard.data?.rectificationsChanged?.rectificationId === rectificationId)
        .length >= 3,
  );
  expect(aicHears.results).toEqual([]);
  windowHears.close();
  aicHears.close();
  expect((await aic.data(`{ myRectifications { nodes { id } } }`)).myRectifications.nodes).toEqual([]);

  expect(errorCodes(await stranger.request(FOLLOW_UP, { id: rating.id, level: 'SATISFIED' }))).toEqual(['NOT_FOUND']);
  const followed = await rater.data(FOLLOW_UP, { id: rating.id, level: 'BASICALLY_SATISFIED' });
  expect(followed.followUpRating).toMatchObject({ level: 'VERY_DISSATISFIED', followUpLevel: 'BASICALLY_SATISFIED' });
  const second = await rater.request(FOLLOW_UP, { id: rating.id, level: 'VERY_SATISFIED' });
  expect(reasons(second)).toEqual(['FOLLOWED_UP']);

  const anonymous = await Person.signIn(service, { sub: 'someone', role: 'APPLICANT' });
  const { satisfaction } = await anonymous.data(
    `{ satisfaction(itemCode: "XC-0001") { ratings satisfactionRate badRate rectificationsDue rectifiedOnTime onTimeRate distribution { level count } } }`,
  );
  // The first test's SATISFIED and this VERY_DISSATISFIED, rectified the same day (run alone: this one).
  const earlier = (await rater.data(`{ myRatings { nodes { level } } }`)).myRatings.nodes.length - 1;
  expect(satisfaction).toMatchObject({
    ratings: 1 + earlier,
    satisfactionRate: earlier / (1 + earlier),
    badRate: 1 / (1 + earlier),
    rectificationsDue: 1,
    rectifiedOnTime: 1,
    onTimeRate: 1,
  });
});

it('invites the applicant of a case ended three days ago and unrated, once, from the hourly schedule', async () => {
  const invitee = await Person.signIn(service, { sub: 'rater-3', role: 'APPLICANT' });
  const id = await withdrawnCase(invitee);
  const LIST = `{ myRatingInvitations { applicationId invitedAt } }`;
  const schedule = service.temporal.schedule.getHandle(RATING_INVITATION_SCHEDULE_ID);
  expect((await schedule.describe()).action).toMatchObject({ workflowType: 'ratingInvitationWorkflow' });
  /** One run of the schedule, as its hour would start it: how many it invited. */
  const sweep = async (): Promise<number> => {
    const runs = (await schedule.describe()).info.recentActions.length;
    await schedule.trigger();
    for (;;) {
      const run = (await schedule.describe()).info.recentActions[runs];
      if (run) return service.temporal.workflow.getHandle(run.action.workflow.workflowId).result();
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  };

  // Withdrawn just now: not yet invited, and listing invites nobody.
  await sweep();
  expect((await invitee.data(LIST)).myRatingInvitations).toEqual([]);
  expect(await service.prisma.ratingInvitation.count({ where: { applicationId: id } })).toBe(0);

  // Three days and a minute on (the read model's end moved back, as the days would).
  await service.prisma.application.update({
    where: { id },
    data: { closedAt: new Date(Date.now() - 3 * DAY_MS - 60_000) },
  });
  expect(await sweep()).toBeGreaterThanOrEqual(1);
  const [invited] = (await invitee.data(LIST)).myRatingInvitations;
  expect(invited.applicationId).toBe(id);
  // Invited once: a later run leaves the first time.
  await sweep();
  expect((await invitee.data(LIST)).myRatingInvitations).toEqual([invited]);
  expect((await stranger.data(LIST)).myRatingInvitations).toEqual([]);

  await invitee.data(RATE, { id, level: 'VERY_SATISFIED' });
  expect((await invitee.data(LIST)).myRatingInvitations).toEqual([]);
});
