import type { PrismaClient } from '@prisma/client';
import { readCatalogueDirectory, vocabularyOf, type CatalogueBaseline } from './catalogue-files';
import { appendCatalogueLog, CATALOGUE_TRANSACTION, itemSubject, type CatalogueAction } from './catalogue-log';
import { itemRowData } from './item-store';
import { normalisedProcess } from './item-validation';

export interface SeedResult {
  agencies: number;
  itemsCreated: string[];
}

/** Who the log names for what a release brought: the release's own review stood for the four eyes. */
export const RELEASE_ACTOR = 'release';

/**
 * Brings the catalogue up to the release's files in `catalogue/`. What is there already is never
 * changed (cases refer to published versions; administrators own the rest): a missing agency,
 * stage kind or certificate kind is added, and a release item newer than every version of its
 * code is published and becomes current, unless the item was retired or has a version in the
 * making. Each addition goes into the catalogue log. Running it
 * again changes nothing.
 */
export async function seedCatalogue(
  prisma: PrismaClient,
  baseline: CatalogueBaseline = readCatalogueDirectory(),
  now = new Date(),
): Promise<SeedResult> {
  const log = (
    tx: Parameters<Parameters<PrismaClient['$transaction']>[0]>[0],
    action: CatalogueAction,
    subject: string,
    detail: object,
  ) => appendCatalogueLog(tx, { at: now, actor: RELEASE_ACTOR, action, subject, detail: { ...detail } });
  const vocabularies = [
    { rows: baseline.agencies, action: 'AGENCY_ADDED', subject: 'agency', table: 'agency' },
    { rows: baseline.stageKinds, action: 'STAGE_KIND_ADDED', subject: 'stageKind', table: 'stageKind' },
    {
      rows: baseline.certificateKinds,
      action: 'CERTIFICATE_KIND_ADDED',
      subject: 'certificateKind',
      table: 'certificateKind',
    },
  ] as const;
  for (const { rows, action, subject, table } of vocabularies) {
    for (const row of rows) {
      await prisma.$transaction(async (tx) => {
        const model = tx[table] as unknown as {
          createMany(args: { data: object[]; skipDuplicates: true }): Promise<{ count: number }>;
        };
        const { count } = await model.createMany({ data: [row], skipDuplicates: true });
        if (count > 0) await log(tx, action, `${subject}:${row.code}`, row);
      }, CATALOGUE_TRANSACTION);
    }
  }
  const vocabulary = vocabularyOf(baseline);
  const itemsCreated: string[] = [];
  for (const { file, code, version, ...content } of baseline.items) {
    const created = await prisma.$transaction(async (tx) => {
      const newest = await tx.serviceItem.findFirst({
        where: { code },
        orderBy: { version: 'desc' },
        select: { version: true },
      });
      if (newest && newest.version >= version) return false;
      // Administrators own a retired item and a version in the making: a release does not overrule them.
      if ((await tx.serviceItem.count({ where: { code, status: { in: ['DRAFT', 'IN_REVIEW', 'RETIRED'] } } })) > 0) {
        return false;
      }
      await tx.serviceItem.updateMany({ where: { code, current: true }, data: { current: false } });
      await tx.serviceItem.create({
        data: {
          ...itemRowData(code, version, { ...content, process: normalisedProcess(content, vocabulary) }, 'PUBLISHED', {
            withAgencies: true,
          }),
          current: true,
          publishedAt: now,
        },
      });
      await log(tx, 'PUBLISHED', itemSubject(code, version), { file: `catalogue/${file}` });
      return true;
    }, CATALOGUE_TRANSACTION);
    if (created) itemsCreated.push(`${code} v${version}`);
  }
  return { agencies: baseline.agencies.length, itemsCreated };
}
