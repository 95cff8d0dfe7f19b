import type { Ticket } from '@prisma/client';
import { z } from 'zod';
import { ticketNumber } from '../../hall/service-lines';
import { rateVisit } from '../../ratings/visit-rating';
import { VISIT_RATING_DAYS, type RatingLevel } from '../../ratings/rating-rules';
import { builder } from '../builder';
import { ServiceLineEnum } from './hall-queue';
import { RatingLevelEnum, ratingInputs } from './ratings';

/**
 * A served ticket as a case's visit to a window: what was served where and when, without the
 * holder's ID number or the ticket's QR token, which are for the window and the holder alone.
 */
const VisitType = builder.objectRef<Ticket>('Visit').implement({
  description: 'A visit to a window (a served ticket) that the window linked to cases',
  fields: (t) => ({
    ticketNumber: t.string({ resolve: (ticket) => ticketNumber(ticket.line, ticket.number) }),
    line: t.field({ type: ServiceLineEnum, resolve: (ticket) => ticket.line }),
    day: t.exposeString('day', { description: 'YYYY-MM-DD, China time' }),
    window: t.exposeString('window', { nullable: true }),
    servedAt: t.field({ type: 'DateTime', resolve: (ticket) => ticket.finishedAt! }),
  }),
});

builder.prismaObjectFields('Application', (t) => ({
  visits: t.field({
    type: [VisitType],
    description: 'The visits to a window the case took, oldest first (跑动次数: none when done online)',
    select: { visits: { select: { ticket: true } } },
    resolve: (kase) =>
      kase.visits.map((visit) => visit.ticket).sort((a, b) => a.finishedAt!.getTime() - b.finishedAt!.getTime()),
  }),
}));

builder.prismaObjectFields('Rating', (t) => ({
  visit: t.field({
    type: VisitType,
    nullable: true,
    description: 'The visit rated; null for a case’s rating',
    select: { ticket: true },
    resolve: (rating) => rating.ticket,
  }),
}));

builder.mutationField('rateVisit', (t) =>
  t.prismaField({
    type: 'Rating',
    description: `好差评 of a window visit, by the QR token printed on its served ticket, once, within ${VISIT_RATING_DAYS} days; no sign-in needed. A bad rating starts a rectification for the WINDOW agency`,
    args: {
      qrToken: t.arg.string({ required: true, validate: z.string().trim().min(1).max(100) }),
      level: t.arg({ type: RatingLevelEnum, required: true }),
      tags: t.arg.stringList(),
      comment: t.arg.string(),
    },
    validate: ratingInputs,
    resolve: async (query, _root, args, ctx) => {
      const rating = await rateVisit(ctx, ctx.auth.identity ?? undefined, {
        qrToken: args.qrToken.trim(),
        level: args.level as RatingLevel,
        tags: args.tags ?? [],
        comment: args.comment,
      });
      return ctx.prisma.rating.findUniqueOrThrow({ ...query, where: { id: rating.id } });
    },
  }),
);
