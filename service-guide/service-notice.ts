import type { Agency } from '@prisma/client';
import { STAGE_TITLES, type ProcessDefinition } from '../domain/definition';
import type { ServiceGuide } from '../service-items/item-definition';
import { guidePageUrl } from './guide-page';
import type { PrintableVersion } from './printable-version';

/** Everything the printed notice (告知单) of one item version says, in the order it says it. */
export interface ServiceNotice {
  code: string;
  version: number;
  name: string;
  statutoryDays: number;
  promisedDays: number;
  legalBasis: string[];
  materials: Array<{
    name: string;
    required: boolean;
    /** When a material that is not always required is. */
    condition: string | null;
    formats: string[];
    description: string;
  }>;
  stages: Array<{
    title: string;
    /** Chinese names; `conditional` when the agency reviews only some cases. */
    agencies: Array<{ name: string; conditional: boolean }>;
    excludedFromLimit: boolean;
  }>;
  steps: Array<{ title: string; detail: string }>;
  tips: string[];
  /** The item's guide page, which the QR code encodes. */
  guideUrl: string;
  /**
   * When the version was entered in the catalogue: the PDF's creation date, so that a version
   * always renders to the same bytes.
   */
  versionDate: Date;
}

/** The notice of a published version, its agencies named as the Agency table names them. */
export function serviceNotice(item: PrintableVersion, agencies: Agency[], publicUrl: string): ServiceNotice {
  const guide = item.guide as unknown as ServiceGuide;
  const process = item.processDefinition as unknown as ProcessDefinition;
  const names = new Map(agencies.map((agency) => [agency.code, agency.name]));
  const agencyName = (code: string) => {
    const name = names.get(code);
    if (!name) throw new Error(`${item.code} v${item.version} names agency ${code}, which the Agency table has not`);
    return name;
  };
  return {
    code: item.code,
    version: item.version,
    name: item.name,
    statutoryDays: item.statutoryDays,
    promisedDays: item.promisedDays,
    legalBasis: guide.legalBasis,
    materials: item.materials.map(({ name, required, condition, formats, description }) => ({
      name,
      required,
      condition,
      formats,
      description,
    })),
    stages: process.stages.map((stage) => ({
      title: STAGE_TITLES[stage.name].zh,
      agencies: stage.reviewers.map((reviewer) => ({
        name: agencyName(reviewer.agency),
        conditional: reviewer.when !== undefined,
      })),
      excludedFromLimit: stage.excludedFromLimit === true,
    })),
    steps: guide.steps.map(({ title, detail }) => ({ title, detail })),
    tips: guide.tips,
    guideUrl: guidePageUrl(publicUrl, item.code),
    versionDate: item.createdAt,
  };
}
