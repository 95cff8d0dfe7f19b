import type { Agency, StageKind } from '@prisma/client';
import type { ProcessDefinition } from '../domain/definition';
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
   * When the version was published (entered, for one from before publication was recorded): the
   * PDF's creation date, so that a version always renders to the same bytes.
   */
  versionDate: Date;
}

/** Names of the codes a process uses, as the catalogue's tables hold them. */
export interface NoticeVocabulary {
  agencies: Pick<Agency, 'code' | 'name'>[];
  stageKinds: Pick<StageKind, 'code' | 'name'>[];
}

/** The notice of a published version, its agencies and stages named as the catalogue names them. */
export function serviceNotice(item: PrintableVersion, vocabulary: NoticeVocabulary, publicUrl: string): ServiceNotice {
  const guide = item.guide as unknown as ServiceGuide;
  const process = item.processDefinition as unknown as ProcessDefinition;
  const namer = (rows: Array<{ code: string; name: string }>, table: string) => {
    const names = new Map(rows.map((row) => [row.code, row.name]));
    return (code: string) => {
      const name = names.get(code);
      // Rows are never deleted, and a version is published only with codes that exist.
      if (!name) throw new Error(`${item.code} v${item.version} names ${code}, which the ${table} table has not`);
      return name;
    };
  };
  const agencyName = namer(vocabulary.agencies, 'Agency');
  const stageName = namer(vocabulary.stageKinds, 'StageKind');
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
      title: stageName(stage.name),
      agencies: stage.reviewers.map((reviewer) => ({
        name: agencyName(reviewer.agency),
        conditional: reviewer.when !== undefined,
      })),
      excludedFromLimit: stage.excludedFromLimit === true,
    })),
    steps: guide.steps.map(({ title, detail }) => ({ title, detail })),
    tips: guide.tips,
    guideUrl: guidePageUrl(publicUrl, item.code),
    versionDate: item.publishedAt ?? item.createdAt,
  };
}
