/**
 * An item's process as data. It is stored with each catalogue version and copied into the
 * workflow at start, so a case finishes with the definition it started with.
 */

export const AGENCY_CODES = [
  'WINDOW',
  'AIC',
  'QTS',
  'TAX',
  'HRSS',
  'STATS',
  'CULTURE',
  'PSB',
  'TOBACCO',
  'CITYADMIN',
] as const;
export type AgencyCode = (typeof AGENCY_CODES)[number];

export const STAGE_NAMES = ['ACCEPTANCE', 'JOINT_REVIEW', 'HEARING', 'TESTING', 'EXPERT_REVIEW'] as const;
export type StageName = (typeof STAGE_NAMES)[number];

/** What a stage is called wherever people read it: the desk, and the printed service guide. */
export const STAGE_TITLES: Record<StageName, { zh: string; en: string }> = {
  ACCEPTANCE: { zh: '受理', en: 'Acceptance' },
  JOINT_REVIEW: { zh: '并联审批', en: 'Joint review' },
  HEARING: { zh: '听证', en: 'Hearing' },
  TESTING: { zh: '检验检测', en: 'Testing' },
  EXPERT_REVIEW: { zh: '专家评审', en: 'Expert review' },
};

/** A declarative condition on the submitted form, e.g. expectedAudience >= 5000. */
export interface FieldCondition {
  field: string;
  op: 'eq' | 'ne' | 'gt' | 'gte' | 'lt' | 'lte';
  value: string | number | boolean;
}

export interface ReviewerDefinition {
  agency: AgencyCode;
  /** The agency reviews only when the condition holds for the case's form data. */
  when?: FieldCondition;
}

export interface StageDefinition {
  name: StageName;
  /** Reviewers of one stage work in parallel; the stage passes when all approve. */
  reviewers: ReviewerDefinition[];
  /**
   * Hearings, testing and expert review do not count toward the statutory limit
   * (《行政许可法》 Art. 45): the case's clock stands still while such a stage runs.
   */
  excludedFromLimit?: boolean;
}

export const CERTIFICATE_KINDS = [
  'BUSINESS_LICENCE',
  'PERFORMANCE_PERMIT',
  'TOBACCO_RETAIL_LICENCE',
  'SIGNBOARD_APPROVAL',
] as const;
export type CertificateKind = (typeof CERTIFICATE_KINDS)[number];

export interface ProcessDefinition {
  /** Stages run one after another, in this order. */
  stages: StageDefinition[];
  issuance: { certificate: CertificateKind };
}
