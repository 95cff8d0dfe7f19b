import type { TaskStatus } from '@prisma/client';
import { appsUnderTest, TEST_SECRET } from '../helpers/app-server';
import { errorCodes } from '../helpers/graphql';
import { officer, Person } from '../helpers/lianban-client';

const under = appsUnderTest();
const clock = new Date('2026-03-09T02:00:00Z');

let window: Person;
let applicant: Person;
let aic: Person;
let aicChief: Person;
let reviewer: Person;

const MARK = `mutation ($id: ID!, $ground: GreenChannelGround!, $reason: String!) {
  markCaseGreenChannel(applicationId: $id, ground: $ground, reason: $reason) {
    id greenChannel { ground reason markedBy markedAt } } }`;
const READ = `query ($id: ID!) { application(id: $id) {
  greenChannel { ground reason markedBy markedAt } timeline { nodes { actor action detail } } } }`;
const mark = (person: Person, id: string, reason = '82岁，行动不便', ground = 'ELDERLY') =>
  person.request(MARK, { id, ground, reason });

/**
 * A case by hand, with a finished acceptance task (so that the window may read it) and an open AIC
 * task due at `dueAt`, created at `createdAt`.
 */
async function handBuiltCase(id: string, task: { dueAt: Date | null; createdAt: Date; status?: TaskStatus }) {
  const item = await under.database.prisma.serviceItem.findFirstOrThrow({ where: { code: 'XC-0003' } });
  await under.database.prisma.application.create({
    data: {
      id,
      itemId: item.id,
      applicantId: 'applicant-green',
      status: 'UNDER_REVIEW',
      formData: {},
      submittedAt: new Date('2026-03-02T01:00:00Z'),
      tasks: {
        create: [
          {
            id: `${id}-WINDOW-1`,
            agencyCode: 'WINDOW',
            stage: 'ACCEPTANCE',
            status: 'COMPLETED',
            createdAt: new Date('2026-03-02T01:00:00Z'),
          },
          { id: `${id}-AIC-1`, agencyCode: 'AIC', stage: 'JOINT_REVIEW', status: task.status ?? 'OPEN', ...task },
        ],
      },
    },
  });
}

beforeAll(async () => {
  const url = await under.serve({ now: () => clock });
  [window, applicant, aic, aicChief, reviewer] = await Promise.all([
    Person.signInAt(url, TEST_SECRET, officer('WINDOW')),
    Person.signInAt(url, TEST_SECRET, { sub: 'applicant-green', role: 'APPLICANT' }),
    Person.signInAt(url, TEST_SECRET, officer('AIC')),
    Person.signInAt(url, TEST_SECRET, { sub: 'chief-AIC', role: 'SUPERVISOR', agency: 'AIC' }),
    Person.signInAt(url, TEST_SECRET, officer('QTS')),
  ]);
  await handBuiltCase('green-marked', { dueAt: null, createdAt: new Date('2026-03-02T01:00:00Z') });
}, 60_000);

describe('marking a case green channel', () => {
  it('records the ground, the reason, who and when, on the case and in its timeline, for all who read it', async () => {
    const { markCaseGreenChannel } = await window.data(MARK, {
      id: 'green-marked',
      ground: 'ELDERLY',
      reason: '82岁，行动不便',
    });
    const expected = {
      ground: 'ELDERLY',
      reason: '82岁，行动不便',
      markedBy: 'officer-WINDOW',
      markedAt: clock.toISOString(),
    };
    expect(markCaseGreenChannel.greenChannel).toEqual(expected);
    for (const reader of [applicant, aic, window]) {
      const { application } = await reader.data(READ, { id: 'green-marked' });
      expect(application.greenChannel).toEqual(expected);
      expect(application.timeline.nodes).toContainEqual({
        actor: 'officer-WINDOW',
        action: 'GREEN_CHANNEL',
        detail: 'ELDERLY: 82岁，行动不便',
      });
    }
  });

  it('marks a case once: a second mark is a CONFLICT and changes nothing', async () => {
    const again = await mark(window, 'green-marked', '现役军人', 'SERVICE_MEMBER');
    expect(errorCodes(again)).toEqual(['CONFLICT']);
    expect(again.errors![0].message).toMatch(/already in the green channel/);
    const { application } = await applicant.data(READ, { id: 'green-marked' });
    expect(application.greenChannel).toMatchObject({ ground: 'ELDERLY', reason: '82岁，行动不便' });
    expect(
      application.timeline.nodes.filter((entry: { action: string }) => entry.action === 'GREEN_CHANNEL'),
    ).toHaveLength(1);
  });

  it('refuses a missing reason naming the field, and changes nothing', async () => {
    await handBuiltCase('green-no-reason', { dueAt: null, createdAt: new Date('2026-03-02T01:00:00Z') });
    const refused = await mark(window, 'green-no-reason', '   ');
    expect(errorCodes(refused)).toEqual(['BAD_USER_INPUT']);
    expect(refused.errors![0].extensions!.fields!.map((problem) => problem.field)).toEqual(['reason']);
    const { application } = await window.data(READ, { id: 'green-no-reason' });
    expect(application.greenChannel).toBeNull();
  });

  it('answers NOT_FOUND for an unknown case and one the window cannot read, FORBIDDEN for a reviewer', async () => {
    expect(errorCodes(await mark(window, 'no-such-case'))).toEqual(['NOT_FOUND']);
    // A case on which the window holds no task is not the window's to read.
    const item = await under.database.prisma.serviceItem.findFirstOrThrow({ where: { code: 'XC-0003' } });
    await under.database.prisma.application.create({
      data: {
        id: 'green-not-the-windows',
        itemId: item.id,
        applicantId: 'someone',
        status: 'UNDER_REVIEW',
        formData: {},
        submittedAt: clock,
      },
    });
    expect(errorCodes(await mark(window, 'green-not-the-windows'))).toEqual(['NOT_FOUND']);
    expect(errorCodes(await mark(reviewer, 'green-marked'))).toEqual(['FORBIDDEN']);
    const row = await under.database.prisma.application.findUniqueOrThrow({ where: { id: 'green-not-the-windows' } });
    expect(row.greenMarkedAt).toBeNull();
  });
});

describe('the inboxes by deadline', () => {
  const day = (date: string) => new Date(`${date}T16:00:00Z`);
  const created = (minute: number) => new Date(Date.UTC(2026, 2, 3, 1, minute));
  // Created in this order; due: the same day for most, so that the green channel decides.
  const tasks = {
    'order-plain-early': { dueAt: day('2026-03-20'), createdAt: created(1) },
    'order-green-late': { dueAt: day('2026-03-20'), createdAt: created(2) },
    'order-plain-late': { dueAt: day('2026-03-20'), createdAt: created(3) },
    'order-green-no-deadline': { dueAt: null, createdAt: created(4) },
    'order-plain-due-sooner': { dueAt: day('2026-03-19'), createdAt: created(5) },
    'order-green-due-later': { dueAt: day('2026-03-23'), createdAt: created(6) },
    'order-green-first-marked': { dueAt: day('2026-03-20'), createdAt: created(7) },
  };
  const byDeadline = [
    'order-plain-due-sooner',
    'order-green-first-marked',
    'order-green-late',
    'order-plain-early',
    'order-plain-late',
    'order-green-due-later',
    'order-green-no-deadline',
  ];

  beforeAll(async () => {
    await under.database.prisma.reviewTask.deleteMany({ where: { agencyCode: 'AIC' } });
    for (const [id, task] of Object.entries(tasks)) await handBuiltCase(id, task);
    // Marked in this order: among the green ones due the same day, the first marked goes first.
    for (const [id, minute] of [
      ['order-green-first-marked', 0],
      ['order-green-late', 5],
      ['order-green-no-deadline', 6],
      ['order-green-due-later', 7],
    ] as const) {
      clock.setTime(Date.UTC(2026, 2, 9, 2, minute));
      await mark(window, id, '重点项目', 'KEY_PROJECT');
    }
  });

  /** Every page of a list, `first` tasks at a time, as application ids. */
  async function pages(person: Person, list: string, args = '', first = 2): Promise<string[]> {
    const ids: string[] = [];
    let after: string | null = null;
    do {
      const query = `query ($after: String) { ${list}(first: ${first}, after: $after${args}) {
        nodes { application { id } } pageInfo { hasNextPage endCursor } } }`;
      const page: {
        nodes: Array<{ application: { id: string } }>;
        pageInfo: { hasNextPage: boolean; endCursor: string };
      } = (await person.data(query, { after }))[list];
      ids.push(...page.nodes.map((task) => task.application.id));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after);
    return ids;
  }

  it('lists the agency’s tasks by deadline, green-channel cases first among the same, page after page', async () => {
    expect(await pages(aic, 'myTasks', ', order: DEADLINE')).toEqual(byDeadline);
    expect(await pages(aic, 'myTasks', ', order: DEADLINE, status: OPEN', 3)).toEqual(byDeadline);
    // The default order is still the oldest first.
    expect(await pages(aic, 'myTasks')).toEqual(Object.keys(tasks));
  });

  it('lists the supervisors’ overdue tasks the same way', async () => {
    await under.database.prisma.reviewTask.updateMany({
      where: { agencyCode: 'AIC' },
      data: { escalatedAt: new Date('2026-03-24T01:00:00Z'), escalatedTo: 'AIC supervisors' },
    });
    expect(await pages(aicChief, 'overdueTasks')).toEqual(byDeadline);
  });
});
