import type { PrismaClient } from '@prisma/client';

/**
 * The version of an item that a public route may show: the one asked for, else the current one,
 * with its materials in order; null when there is none. Every version is published today; when
 * versions get a status (draft, in review, published, retired), this is the one place that keeps
 * the unpublished ones off the public routes.
 */
export function printableVersion(prisma: PrismaClient, code: string, version?: number) {
  return prisma.serviceItem.findFirst({
    where: { code, ...(version === undefined ? { current: true } : { version }) },
    include: { materials: { orderBy: { position: 'asc' } } },
  });
}

export type PrintableVersion = NonNullable<Awaited<ReturnType<typeof printableVersion>>>;
