import type { PrismaClient } from '@prisma/client';
import { inviteUnratedCases } from './invitations';

/** The invitation sweep's side effect, with the clock it reads injected. */
export function createInvitationActivities({ prisma, clock }: { prisma: PrismaClient; clock: () => Date }) {
  return {
    inviteUnratedCases: (): Promise<number> => inviteUnratedCases(prisma, clock()),
  };
}

export type InvitationActivities = ReturnType<typeof createInvitationActivities>;
