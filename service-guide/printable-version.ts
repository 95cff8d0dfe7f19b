import type { PrismaClient } from '@prisma/client';

/**
 * The version of an item that a public route may show: the one asked for, else the current one,
 * with its materials in order; null when there is none. Drafts and versions in review are the
 * administrators' until published: this is the one place that keeps them off the public routes.
 */
export function printableVersion(prisma: PrismaClient, code: string, version?: number) {
  return prisma.serviceItem.findFirst({
    where: {
      code,
      status: { in: ['PUBLISHED', 'RETIRED'] },
      ...(version === undefined ? { current: true } : { version }),
    },
    include: { materials: { orderBy: { position: 'asc' } } },
  });
}

export type PrintableVersion = NonNullable<Awaited<ReturnType<typeof printableVersion>>>;
