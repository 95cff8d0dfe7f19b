import type { CaseStatus } from '../domain/case-model';

/**
 * 好差评 (the 2019 rules on rating government services): five levels, one rating for each
 * handling of a matter, by the person it was handled for.
 */
export const RATING_LEVELS = [
  'VERY_SATISFIED',
  'SATISFIED',
  'BASICALLY_SATISFIED',
  'DISSATISFIED',
  'VERY_DISSATISFIED',
] as const;
export type RatingLevel = (typeof RATING_LEVELS)[number];

export const RATING_LEVEL_NAMES: Record<RatingLevel, string> = {
  VERY_SATISFIED: '非常满意',
  SATISFIED: '满意',
  BASICALLY_SATISFIED: '基本满意',
  DISSATISFIED: '不满意',
  VERY_DISSATISFIED: '非常不满意',
};

/** 差评: a rating that must be followed up with a return call and rectified. */
export const BAD_LEVELS: readonly RatingLevel[] = ['DISSATISFIED', 'VERY_DISSATISFIED'];
export const isBad = (level: RatingLevel): boolean => BAD_LEVELS.includes(level);

/**
 * Indicator tags a rater may pick, for online and on-site service. 未核实: these follow the
 * indicators named in 国办发〔2019〕51号 and the provincial 好差评 pages we could read (guide,
 * materials, trips, waiting, attitude, time limits); the national system's exact tag list could
 * not be confirmed, so treat it as the hall's own vocabulary until checked against it.
 */
export const RATING_TAGS = {
  positive: ['办事指南清晰', '材料精简', '一次办成', '网上可办', '态度热情', '等候时间短', '按时办结'],
  negative: ['办事指南不清', '多次跑动', '材料繁琐', '超时办理', '态度生硬', '等候时间长', '系统不好用'],
} as const;
export const ALL_RATING_TAGS: readonly string[] = [...RATING_TAGS.positive, ...RATING_TAGS.negative];
export const MAX_RATING_TAGS = 5;
export const MAX_RATING_COMMENT = 500;

/** A case is rated once it has ended, whichever way. */
export const RATEABLE_STATUSES: readonly CaseStatus[] = ['ISSUED', 'REJECTED', 'WITHDRAWN'];

/** Days after the end of a case with no rating at which its applicant is invited, once. */
export const INVITATION_AFTER_DAYS = 3;

/**
 * Days after a ticket is served in which its holder may rate the visit. The hall's own choice:
 * long enough to rate from home, short enough that the window still remembers the visit.
 */
export const VISIT_RATING_DAYS = 15;
