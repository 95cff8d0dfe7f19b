import type { Rating } from '@prisma/client';
import type { Context } from '../api/context';
import { clientError } from '../api/errors';
import type { Identity } from '../api/identity';
import { DAY_MS } from '../domain/calendar';
import { WINDOW_AGENCY } from '../domain/definition';
import { recordRating } from './rating-commands';
import { VISIT_RATING_DAYS, type RatingLevel } from './rating-rules';

export interface VisitRatingInput {
  qrToken: string;
  level: RatingLevel;
  tags: string[];
  comment?: string | null;
}

/**
 * 好差评 after a visit to a window: the holder of a served ticket rates the visit once, within
 * VISIT_RATING_DAYS of it. The printed QR token is the proof of holding the ticket, so no account
 * is needed; a signed-in applicant's rating is kept under their account, as theirs to follow up.
 * The hall's windows answer to the acceptance window agency (WINDOW_AGENCY), whichever window
 * served, so a bad rating's rectification goes there.
 */
export async function rateVisit(
  ctx: Context,
  identity: Identity | undefined,
  input: VisitRatingInput,
): Promise<Rating> {
  // The hall's staff answer for the visits they rate: their own ratings would drown the holders'.
  if (identity && identity.role !== 'APPLICANT') {
    throw clientError('FORBIDDEN', 'Only the holder of the ticket rates a visit, not the hall’s staff');
  }
  const ticket = await ctx.prisma.ticket.findUnique({
    where: { qrToken: input.qrToken },
    select: { id: true, status: true, finishedAt: true },
  });
  if (!ticket) throw clientError('NOT_FOUND', 'No ticket has this QR code');
  if (ticket.status !== 'SERVED') {
    throw clientError('CONFLICT', `The ticket is ${ticket.status}: a visit is rated once the window has served it`, {
      reason: 'VISIT_NOT_SERVED',
    });
  }
  if (ctx.now().getTime() - ticket.finishedAt!.getTime() > VISIT_RATING_DAYS * DAY_MS) {
    throw clientError('CONFLICT', `A visit is rated within ${VISIT_RATING_DAYS} days of it`, {
      reason: 'RATING_PERIOD_OVER',
    });
  }
  return recordRating(
    ctx,
    {
      ticketId: ticket.id,
      applicantId: identity?.role === 'APPLICANT' ? identity.sub : null,
      agencyCode: WINDOW_AGENCY,
      level: input.level,
      tags: input.tags,
      comment: input.comment ?? null,
    },
    { ticketId: ticket.id },
    'The visit is already rated',
  );
}
