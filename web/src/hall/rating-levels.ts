import type { RatingLevel } from '../gql/graphql';
import { defineTexts } from '../i18n';

/** The five 好差评 levels, best first, as the rules list them. */
export const RATING_LEVELS: RatingLevel[] = [
  'VERY_SATISFIED',
  'SATISFIED',
  'BASICALLY_SATISFIED',
  'DISSATISFIED',
  'VERY_DISSATISFIED',
];

export const isBadLevel = (level: RatingLevel) => level === 'DISSATISFIED' || level === 'VERY_DISSATISFIED';

export const LEVEL_COLOURS: Record<RatingLevel, string> = {
  VERY_SATISFIED: 'success',
  SATISFIED: 'success',
  BASICALLY_SATISFIED: 'processing',
  DISSATISFIED: 'warning',
  VERY_DISSATISFIED: 'error',
};

export const levelTexts = defineTexts(
  {
    'level.VERY_SATISFIED': '非常满意',
    'level.SATISFIED': '满意',
    'level.BASICALLY_SATISFIED': '基本满意',
    'level.DISSATISFIED': '不满意',
    'level.VERY_DISSATISFIED': '非常不满意',
  },
  {
    'level.VERY_SATISFIED': 'Very satisfied',
    'level.SATISFIED': 'Satisfied',
    'level.BASICALLY_SATISFIED': 'Fairly satisfied',
    'level.DISSATISFIED': 'Dissatisfied',
    'level.VERY_DISSATISFIED': 'Very dissatisfied',
  },
);

export type LevelKey = keyof typeof levelTexts.zh;
export const levelKey = (level: RatingLevel): LevelKey => `level.${level}`;
