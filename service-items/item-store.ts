import type { ItemStatus, Material, Prisma, PrismaClient, ServiceItem } from '@prisma/client';
import type { Condition, ProcessDefinition } from '../domain/definition';
import type { CatalogueItemDefinition, ItemContent, MaterialFormat, ServiceGuide } from './item-definition';
import type { CatalogueVocabulary } from './item-validation';

/** The agencies that act on a case of this item, in the order the process reaches them. */
export function itemAgencies(item: Pick<ItemContent, 'process'>): string[] {
  const codes = item.process.stages.flatMap((stage) => stage.reviewers.map((reviewer) => reviewer.agency));
  return [...new Set(codes)];
}

/** The rows of an item version: the version and its materials in order, and its agencies if asked. */
export function itemRowData(
  code: string,
  version: number,
  content: ItemContent,
  status: ItemStatus,
  { withAgencies }: { withAgencies: boolean },
): Prisma.ServiceItemCreateInput {
  return {
    code,
    version,
    status,
    ...itemContentData(content),
    ...(withAgencies ? { agencies: agencyLinks(content) } : {}),
    materials: { create: materialRows(content) },
  };
}

/** The item's agencies in process order: only a published version has them, as they must exist. */
function agencyLinks(content: Pick<ItemContent, 'process'>) {
  return {
    create: itemAgencies(content).map((agencyCode, position) => ({
      agency: { connect: { code: agencyCode } },
      position,
    })),
  };
}

/** The columns an administrator's draft writes; a changed draft rewrites them (and its materials and agencies). */
export function itemContentData(content: ItemContent) {
  return {
    name: content.name,
    nameEn: content.nameEn,
    statutoryDays: content.statutoryDays,
    promisedDays: content.promisedDays,
    slaWarningDays: content.warningDays ?? 1,
    formSchema: content.formSchema as Prisma.InputJsonObject,
    processDefinition: content.process as unknown as Prisma.InputJsonObject,
    guide: content.guide as unknown as Prisma.InputJsonObject,
  };
}

export function materialRows(content: ItemContent) {
  return content.materials.map(({ when, ...material }, position) => ({
    ...material,
    position,
    ...(when ? { when: when as unknown as Prisma.InputJsonObject } : {}),
  }));
}

export type ItemRow = ServiceItem & { materials: Material[] };

/** An item version as administrators write it: what export writes and a diff compares. */
export function itemDefinition(row: ItemRow): CatalogueItemDefinition {
  return {
    code: row.code,
    version: row.version,
    name: row.name,
    nameEn: row.nameEn,
    statutoryDays: row.statutoryDays,
    promisedDays: row.promisedDays,
    warningDays: row.slaWarningDays,
    materials: [...row.materials]
      .sort((a, b) => a.position - b.position)
      .map((material) => ({
        code: material.code,
        name: material.name,
        nameEn: material.nameEn,
        required: material.required,
        ...(material.condition ? { condition: material.condition } : {}),
        ...(material.when ? { when: material.when as unknown as Condition } : {}),
        formats: material.formats as MaterialFormat[],
        description: material.description,
      })),
    formSchema: row.formSchema as Record<string, unknown>,
    process: row.processDefinition as unknown as ProcessDefinition,
    guide: row.guide as unknown as ServiceGuide,
  };
}

export async function catalogueVocabulary(
  prisma: Pick<PrismaClient, 'agency' | 'stageKind' | 'certificateKind'>,
): Promise<CatalogueVocabulary> {
  const [agencies, stageKinds, certificateKinds] = await Promise.all([
    prisma.agency.findMany({ select: { code: true } }),
    prisma.stageKind.findMany({ select: { code: true, excludedFromLimit: true } }),
    prisma.certificateKind.findMany({ select: { code: true } }),
  ]);
  return {
    agencies: new Set(agencies.map((agency) => agency.code)),
    stageKinds: new Map(stageKinds.map((kind) => [kind.code, kind.excludedFromLimit])),
    certificateKinds: new Set(certificateKinds.map((kind) => kind.code)),
  };
}
