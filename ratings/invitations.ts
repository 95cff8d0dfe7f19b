import { Prisma, type PrismaClient } from '@prisma/client';
import { DAY_MS } from '../domain/calendar';
import { INVITATION_AFTER_DAYS, RATEABLE_STATUSES } from './rating-rules';

/**
 * Invites, once, the applicant of every case that ended at least INVITATION_AFTER_DAYS before
 * `now` and is not rated: the invitation is a row with the time it was made, never made again.
 * One statement, so two sweeps at once invite each case once. Returns how many were invited.
 */
export function inviteUnratedCases(prisma: PrismaClient, now: Date): Promise<number> {
  const endedBefore = new Date(now.getTime() - INVITATION_AFTER_DAYS * DAY_MS);
  // A withdrawal closes a case; a decision ends the others.
  return prisma.$executeRaw`
    INSERT INTO "RatingInvitation" ("applicationId", "applicantId", "invitedAt")
    SELECT a."id", a."applicantId", ${now}
    FROM "Application" a
    WHERE a."status"::text IN (${Prisma.join([...RATEABLE_STATUSES])})
      AND COALESCE(a."closedAt", a."decidedAt") <= ${endedBefore}
      AND NOT EXISTS (SELECT 1 FROM "Rating" r WHERE r."applicationId" = a."id")
    ON CONFLICT ("applicationId") DO NOTHING`;
}

/** The caller's invitations to rate a case still unrated, oldest case first. Reads only. */
export async function ratingInvitations(prisma: PrismaClient, applicantId: string) {
  const [invitations, rated] = await Promise.all([
    prisma.ratingInvitation.findMany({ where: { applicantId } }),
    prisma.rating.findMany({ where: { applicantId, applicationId: { not: null } }, select: { applicationId: true } }),
  ]);
  const done = new Set(rated.map((rating) => rating.applicationId));
  const invitedAt = new Map(
    invitations.filter((invitation) => !done.has(invitation.applicationId)).map((i) => [i.applicationId, i.invitedAt]),
  );
  const cases = await prisma.application.findMany({
    where: { applicantId, id: { in: [...invitedAt.keys()] } },
    select: { id: true, status: true, closedAt: true, decidedAt: true, item: { select: { code: true, name: true } } },
    orderBy: { submittedAt: 'asc' },
  });
  return cases.map((kase) => ({
    applicationId: kase.id,
    status: kase.status,
    itemCode: kase.item.code,
    itemName: kase.item.name,
    endedAt: (kase.closedAt ?? kase.decidedAt)!,
    invitedAt: invitedAt.get(kase.id)!,
  }));
}
