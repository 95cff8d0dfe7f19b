import type { RatingLevel } from '../../ratings/rating-rules';
import { satisfaction } from '../../ratings/satisfaction';
import type { Database } from '../../prisma/database';
import { openTestDatabase } from '../helpers/database';

let database: Database;
const now = new Date('2026-06-30T12:00:00+08:00');
const at = (date: string) => new Date(`${date}T10:00:00+08:00`);

/** Nine ratings of two items and two agencies; the bad ones with rectifications on time, late, or still open. */
const RATINGS: Array<[string, string, RatingLevel, { dueAt: string; feedbackAt?: string }?]> = [
  ['XC-0001', 'AIC', 'VERY_SATISFIED'],
  ['XC-0001', 'AIC', 'VERY_SATISFIED'],
  ['XC-0001', 'AIC', 'SATISFIED'],
  ['XC-0001', 'TAX', 'BASICALLY_SATISFIED'],
  ['XC-0001', 'TAX', 'DISSATISFIED', { dueAt: '2026-06-20', feedbackAt: '2026-06-18' }],
  ['XC-0001', 'AIC', 'VERY_DISSATISFIED', { dueAt: '2026-06-20', feedbackAt: '2026-06-25' }],
  ['XC-0002', 'AIC', 'SATISFIED'],
  ['XC-0002', 'AIC', 'DISSATISFIED', { dueAt: '2026-06-25' }],
  ['XC-0002', 'TAX', 'VERY_DISSATISFIED', { dueAt: '2026-07-10' }],
];

beforeAll(async () => {
  database = await openTestDatabase();
  for (const [index, [itemCode, agencyCode, level, rectification]] of RATINGS.entries()) {
    const id = `rating-${index}`;
    await database.prisma.rating.create({
      data: {
        id,
        applicationId: `case-${index}`,
        applicantId: 'a',
        itemCode,
        agencyCode,
        level,
        tags: [],
        createdAt: at('2026-06-01'),
      },
    });
    if (rectification) {
      await database.prisma.rectification.create({
        data: {
          id: `rectification-${id}`,
          ratingId: id,
          agencyCode,
          createdAt: at('2026-06-01'),
          returnCallDueAt: at('2026-06-02'),
          dueAt: at(rectification.dueAt),
          feedbackAt: rectification.feedbackAt ? at(rectification.feedbackAt) : null,
          version: 1,
        },
      });
    }
  }
}, 60_000);

afterAll(() => database?.close());

it('counts the hall: 9 ratings, 5 satisfied of 9, 4 bad, 1 of 3 due rectifications on time', async () => {
  const figures = await satisfaction(database.prisma, {}, now);
  expect(figures.distribution).toEqual([
    { level: 'VERY_SATISFIED', count: 2 },
    { level: 'SATISFIED', count: 2 },
    { level: 'BASICALLY_SATISFIED', count: 1 },
    { level: 'DISSATISFIED', count: 2 },
    { level: 'VERY_DISSATISFIED', count: 2 },
  ]);
  // Due: the two with feedback and the open one past 06-25; the open one due 07-10 is not yet.
  expect(figures).toMatchObject({
    ratings: 9,
    satisfactionRate: 5 / 9,
    badRate: 4 / 9,
    rectificationsDue: 3,
    rectifiedOnTime: 1,
    onTimeRate: 1 / 3,
  });
});

it('counts one item, one agency, and both', async () => {
  expect(await satisfaction(database.prisma, { itemCode: 'XC-0001' }, now)).toMatchObject({
    ratings: 6,
    satisfactionRate: 4 / 6,
    badRate: 2 / 6,
    rectificationsDue: 2,
    rectifiedOnTime: 1,
  });
  expect(await satisfaction(database.prisma, { agencyCode: 'TAX' }, now)).toMatchObject({
    ratings: 3,
    satisfactionRate: 1 / 3,
    rectificationsDue: 1,
    rectifiedOnTime: 1,
    onTimeRate: 1,
  });
  expect(await satisfaction(database.prisma, { itemCode: 'XC-0002', agencyCode: 'TAX' }, now)).toMatchObject({
    ratings: 1,
    satisfactionRate: 0,
    rectificationsDue: 0,
    onTimeRate: null,
  });
  expect(await satisfaction(database.prisma, { itemCode: 'XC-9999' }, now)).toMatchObject({
    ratings: 0,
    satisfactionRate: null,
    badRate: null,
  });
});
