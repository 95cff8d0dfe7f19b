import type { Prisma, PrismaClient } from '@prisma/client';
import { isBad, RATING_LEVELS, type RatingLevel } from './rating-rules';

export interface SatisfactionFigures {
  ratings: number;
  distribution: Array<{ level: RatingLevel; count: number }>;
  /** (非常满意 + 满意 + 基本满意) / all ratings: 基本满意 counts as satisfied, as the 好差评 rules read. */
  satisfactionRate: number | null;
  /** (不满意 + 非常不满意) / all ratings. */
  badRate: number | null;
  /** Rectifications whose feedback was written or is overdue: the ones that could be on time or not. */
  rectificationsDue: number;
  rectifiedOnTime: number;
  /** Rectified by their deadline / rectificationsDue. */
  onTimeRate: number | null;
}

/** A case's rating and a window visit's are counted apart: one visit is not one handled matter. */
export const RATING_SUBJECTS = ['CASE', 'VISIT'] as const;
export type RatingSubject = (typeof RATING_SUBJECTS)[number];

const share = (part: number, whole: number) => (whole === 0 ? null : part / whole);

/**
 * The published figures of an item, an agency, or the whole hall, counted from the ratings on
 * record each time (a first rating each; a follow-up rating is shown on its rating, not counted).
 */
export async function satisfaction(
  prisma: PrismaClient,
  filter: { itemCode?: string | null; agencyCode?: string | null; subject?: RatingSubject },
  now: Date,
): Promise<SatisfactionFigures> {
  const ratings: Prisma.RatingWhereInput = {
    ticketId: filter.subject === 'VISIT' ? { not: null } : null,
    ...(filter.itemCode ? { itemCode: filter.itemCode } : {}),
    ...(filter.agencyCode ? { agencyCode: filter.agencyCode } : {}),
  };
  const [byLevel, rectificationsDue, rectifiedOnTime] = await Promise.all([
    prisma.rating.groupBy({ by: ['level'], where: ratings, _count: { _all: true } }),
    prisma.rectification.count({
      where: { rating: ratings, OR: [{ feedbackAt: { not: null } }, { dueAt: { lte: now } }] },
    }),
    prisma.rectification.count({
      where: { rating: ratings, feedbackAt: { lte: prisma.rectification.fields.dueAt } },
    }),
  ]);
  const counts = new Map(byLevel.map((group) => [group.level, group._count._all]));
  const distribution = RATING_LEVELS.map((level) => ({ level, count: counts.get(level) ?? 0 }));
  const total = distribution.reduce((sum, entry) => sum + entry.count, 0);
  const bad = distribution.filter((entry) => isBad(entry.level)).reduce((sum, entry) => sum + entry.count, 0);
  return {
    ratings: total,
    distribution,
    satisfactionRate: share(total - bad, total),
    badRate: share(bad, total),
    rectificationsDue,
    rectifiedOnTime,
    onTimeRate: share(rectifiedOnTime, rectificationsDue),
  };
}
