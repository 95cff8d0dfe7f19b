import type { DocumentFormat } from '../../documents/file-type';
import type { AgencyCode, ProcessDefinition } from '../../domain/definition';

export interface AgencyDefinition {
  code: AgencyCode;
  /** Chinese, as printed on notices and certificates. */
  name: string;
  nameEn: string;
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

export interface CatalogueItemDefinition {
  code: string;
  version: number;
  name: string;
  nameEn: string;
  /** Working days the law allows. */
  statutoryDays: number;
  /** Working days the hall promises; the SLA clock runs on this. */
  promisedDays: number;
  /** Working days left when a task is warned; 1 unless the item says otherwise. */
  warningDays?: number;
  materials: MaterialDefinition[];
  /** JSON Schema draft-07, published so that clients can build the form. */
  formSchema: Record<string, unknown>;
  process: ProcessDefinition;
  guide: ServiceGuide;
}
