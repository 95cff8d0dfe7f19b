/**
 * An item's process as data. It is stored with each catalogue version and copied into the
 * workflow at start, so a case finishes with the definition it started with. Agencies, stage
 * kinds and certificate kinds are catalogue data too (administrators add them at run time), so
 * here they are codes: what a code must look like is the one rule the code knows.
 */

/** Agencies, stage kinds and certificate kinds are named by codes like `AIC` or `EXPERT_REVIEW`. */
export const CATALOGUE_CODE_PATTERN = /^[A-Z][A-Z0-9_]{1,31}$/;

export type AgencyCode = string;
export type StageName = string;
export type CertificateKind = string;

/** The acceptance window is an agency of its own; its staff have the role WINDOW. */
export const WINDOW_AGENCY: AgencyCode = 'WINDOW';

export type ComparisonOperator = 'eq' | 'ne' | 'gt' | 'gte' | 'lt' | 'lte';
export type ConditionValue = string | number | boolean;

/** A declarative condition on the submitted form, e.g. expectedAudience >= 5000. */
export interface FieldCondition {
  field: string;
  op: ComparisonOperator;
  value: ConditionValue;
}

/** The field's value is one of the listed, e.g. an enterprise type among those that need a check. */
export interface MembershipCondition {
  field: string;
  op: 'in';
  value: ConditionValue[];
}

/**
 * The condition language of materials and reviewers: comparisons of a form field with a value,
 * membership in a list, and `and`/`or` of conditions.
 */
export type Condition = FieldCondition | MembershipCondition | { and: Condition[] } | { or: Condition[] };

export interface ReviewerDefinition {
  agency: AgencyCode;
  /** The agency reviews only when the condition holds for the case's form data. */
  when?: Condition;
}

export interface StageDefinition {
  /** The stage kind's code. */
  name: StageName;
  /** Reviewers of one stage work in parallel; the stage passes when all approve. */
  reviewers: ReviewerDefinition[];
  /**
   * Hearings, testing and expert review do not count toward the statutory limit
   * (《行政许可法》 Art. 45): the case's clock stands still while such a stage runs.
   */
  excludedFromLimit?: boolean;
}

export interface ProcessDefinition {
  /** Stages run one after another, in this order. */
  stages: StageDefinition[];
  issuance: { certificate: CertificateKind };
}
