import type { Prisma, PrismaClient } from '@prisma/client';
import type { AgencyCode } from '../domain/definition';
import { agencies, catalogue, type AgencyDefinition, type CatalogueItemDefinition } from './catalogue';

export interface SeedResult {
  agencies: number;
  itemsCreated: string[];
}

/** The agencies that act on a case of this item, in the order the process reaches them. */
export function itemAgencies(item: CatalogueItemDefinition): AgencyCode[] {
  const codes = item.process.stages.flatMap((stage) => stage.reviewers.map((reviewer) => reviewer.agency));
  return [...new Set(codes)];
}

/**
 * Brings the catalogue up to the definitions in prisma/catalogue. Published versions are never
 * changed (cases refer to them); a definition whose (code, version) is missing is created and
 * becomes the current version of its code. Running it again changes nothing.
 */
export async function seedCatalogue(
  prisma: PrismaClient,
  items: CatalogueItemDefinition[] = catalogue,
  agencyList: AgencyDefinition[] = agencies,
): Promise<SeedResult> {
  for (const agency of agencyList) {
    await prisma.agency.upsert({ where: { code: agency.code }, create: agency, update: agency });
  }
  const itemsCreated: string[] = [];
  for (const item of items) {
    const existing = await prisma.serviceItem.findUnique({
      where: { code_version: { code: item.code, version: item.version } },
      select: { id: true },
    });
    if (existing) continue;
    await prisma.$transaction([
      prisma.serviceItem.updateMany({ where: { code: item.code }, data: { current: false } }),
      prisma.serviceItem.create({ data: serviceItemData(item) }),
    ]);
    itemsCreated.push(`${item.code} v${item.version}`);
  }
  return { agencies: agencyList.length, itemsCreated };
}

function serviceItemData(item: CatalogueItemDefinition): Prisma.ServiceItemCreateInput {
  return {
    code: item.code,
    version: item.version,
    current: true,
    name: item.name,
    nameEn: item.nameEn,
    statutoryDays: item.statutoryDays,
    promisedDays: item.promisedDays,
    slaWarningDays: item.warningDays ?? 1,
    formSchema: item.formSchema as Prisma.InputJsonObject,
    processDefinition: item.process as unknown as Prisma.InputJsonObject,
    guide: item.guide as unknown as Prisma.InputJsonObject,
    agencies: {
      create: itemAgencies(item).map((agencyCode, position) => ({
        agency: { connect: { code: agencyCode } },
        position,
      })),
    },
    materials: {
      create: item.materials.map((material, position) => ({ ...material, position })),
    },
  };
}
