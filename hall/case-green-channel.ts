import type { Application, GreenChannelGround } from '@prisma/client';
import { appendToChain, lockCase } from '../activities/audit-chain';
import { readableApplications } from '../api/access';
import { clientError } from '../api/errors';
import type { Identity } from '../api/identity';
import { transactionSession } from '../prisma/database';
import type { HallDependencies } from './tickets';

/** The case's one green-channel entry in its audit chain: its event key makes the mark once. */
const GREEN_CHANNEL_EVENT = 'green-channel';

/**
 * Green channel (绿色通道) for a case: its tasks go first among those due at the same moment in
 * the agencies' inboxes. Read-model data, not a decision of the workflow, which neither reads it
 * nor writes these columns. Marked once, by someone who may read the case; recorded with who,
 * when, the ground and the reason on the case and in its audit chain.
 */
export async function markCaseGreenChannel(
  deps: HallDependencies,
  staff: Identity,
  input: { applicationId: string; ground: GreenChannelGround; reason: string },
): Promise<Application> {
  const { applicationId, ground, reason } = input;
  const readable = await deps.prisma.application.findFirst({
    where: { AND: [{ id: applicationId }, readableApplications(staff)] },
    select: { id: true },
  });
  if (!readable) throw clientError('NOT_FOUND', `No application ${applicationId}`);
  const at = deps.now();
  return deps.prisma.$transaction(async (tx) => {
    const session = transactionSession(tx);
    await lockCase(session, applicationId);
    const { count } = await tx.application.updateMany({
      where: { id: applicationId, greenMarkedAt: null },
      data: { greenGround: ground, greenReason: reason, greenMarkedBy: staff.sub, greenMarkedAt: at },
    });
    if (count === 0) throw clientError('CONFLICT', `Application ${applicationId} is already in the green channel`);
    await appendToChain(session, applicationId, [
      {
        eventKey: GREEN_CHANNEL_EVENT,
        at,
        actor: staff.sub,
        agencyCode: null,
        action: 'GREEN_CHANNEL',
        detail: `${ground}: ${reason}`,
      },
    ]);
    return tx.application.findUniqueOrThrow({ where: { id: applicationId } });
  });
}
