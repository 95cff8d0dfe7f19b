import type { PrismaClient } from '@prisma/client';
import { DAY_MS } from '../domain/calendar';
import { INVITATION_AFTER_DAYS, RATEABLE_STATUSES } from './rating-rules';

/**
 * The caller's cases that ended at least INVITATION_AFTER_DAYS ago and are not rated; each is
 * recorded as invited the first time it is listed, and keeps that date after.
 */
export async function ratingInvitations(prisma: PrismaClient, applicantId: string, now: Date) {
  const endedBefore = new Date(now.getTime() - INVITATION_AFTER_DAYS * DAY_MS);
  const rated = await prisma.rating.findMany({
    where: { applicantId, applicationId: { not: null } },
    select: { applicationId: true },
  });
  const cases = await prisma.application.findMany({
    where: {
      applicantId,
      status: { in: [...RATEABLE_STATUSES] },
      id: { notIn: rated.map((rating) => rating.applicationId!) },
      // A withdrawal closes a case; a decision ends the others.
      OR: [{ closedAt: { lte: endedBefore } }, { closedAt: null, decidedAt: { lte: endedBefore } }],
    },
    select: { id: true, status: true, closedAt: true, decidedAt: true, item: { select: { code: true, name: true } } },
    orderBy: { submittedAt: 'asc' },
  });
  await prisma.ratingInvitation.createMany({
    data: cases.map((kase) => ({ applicationId: kase.id, applicantId, invitedAt: now })),
    skipDuplicates: true,
  });
  const invitations = await prisma.ratingInvitation.findMany({
    where: { applicationId: { in: cases.map((kase) => kase.id) } },
  });
  const invitedAt = new Map(invitations.map((invitation) => [invitation.applicationId, invitation.invitedAt]));
  return cases.map((kase) => ({
    applicationId: kase.id,
    status: kase.status,
    itemCode: kase.item.code,
    itemName: kase.item.name,
    endedAt: (kase.closedAt ?? kase.decidedAt)!,
    invitedAt: invitedAt.get(kase.id)!,
  }));
}
