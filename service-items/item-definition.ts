import type { DocumentFormat } from '../documents/file-type';
import type { AgencyCode, CertificateKind, Condition, ProcessDefinition, StageName } from '../domain/definition';

/** An agency, a stage kind or a certificate kind: a code and its names. */
interface NamedCode<Code extends string> {
  code: Code;
  /** Chinese, as printed on notices and certificates. */
  name: string;
  nameEn: string;
}

export type AgencyDefinition = NamedCode<AgencyCode>;

export interface StageKindDefinition extends NamedCode<StageName> {
  /** The law leaves a stage of this kind out of the time limit: the case's clock stands still. */
  excludedFromLimit: boolean;
}

export interface CertificateKindDefinition extends NamedCode<CertificateKind> {
  /** See certificate-numbers.ts. */
  numberPattern: string;
  /** A business licence carries a unified social credit code minted when it is issued. */
  mintsUscc: boolean;
}

/** What a material accepts: some of the formats documents are recognised in. */
export type MaterialFormat = DocumentFormat;

export interface MaterialDefinition {
  /** `<item code>-Mnn`, so a correction notice can name a material across catalogue versions. */
  code: string;
  name: string;
  nameEn: string;
  required: boolean;
  /** For a material that is not always required: when it is, in Chinese, shown to the applicant. */
  condition?: string;
  /** The same as a condition on the form, when the form can tell: the API then requires it exactly when it holds. */
  when?: Condition;
  formats: MaterialFormat[];
  description: string;
}

export interface GuideStep {
  title: string;
  titleEn: string;
  detail: string;
}

/** 办事攻略: the published guide, so every channel tells the applicant the same thing. */
export interface ServiceGuide {
  summary: string;
  summaryEn: string;
  steps: GuideStep[];
  tips: string[];
  legalBasis: string[];
}

/** What an administrator writes of an item version; the code and version are the catalogue's to give. */
export interface ItemContent {
  name: string;
  nameEn: string;
  /** Working days the law allows. */
  statutoryDays: number;
  /** Working days the hall promises; the SLA clock runs on this. */
  promisedDays: number;
  /** Working days left when a task is warned; 1 unless the item says otherwise. */
  warningDays?: number;
  materials: MaterialDefinition[];
  /** JSON Schema (draft-07 or 2020-12), published so that clients can build the form. */
  formSchema: Record<string, unknown>;
  process: ProcessDefinition;
  guide: ServiceGuide;
}

export interface CatalogueItemDefinition extends ItemContent {
  code: string;
  version: number;
}
