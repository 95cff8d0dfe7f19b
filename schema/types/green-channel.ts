import { GreenChannelGround } from '@prisma/client';
import { z } from 'zod';
import { MAX_REASON } from '../../domain/text-limits';
import { markCaseGreenChannel } from '../../hall/case-green-channel';
import { builder } from '../builder';

export const GreenChannelGroundEnum = builder.enumType(GreenChannelGround, {
  name: 'GreenChannelGround',
  description: 'Why a ticket or a case goes ahead (绿色通道): the elderly, the disabled, service members, key projects',
});

interface GreenChannel {
  ground: GreenChannelGround;
  reason: string;
  markedBy: string;
  markedAt: Date;
}

export const GreenChannelType = builder.objectRef<GreenChannel>('GreenChannel').implement({
  fields: (t) => ({
    ground: t.field({ type: GreenChannelGroundEnum, resolve: (green) => green.ground }),
    reason: t.exposeString('reason'),
    markedBy: t.exposeString('markedBy'),
    markedAt: t.field({ type: 'DateTime', resolve: (green) => green.markedAt }),
  }),
});

/** A ticket's or a case's mark, from the columns both keep under the same names. */
export interface GreenColumns {
  greenGround: GreenChannelGround | null;
  greenReason: string | null;
  greenMarkedBy: string | null;
  greenMarkedAt: Date | null;
}

export function greenChannelOf(row: GreenColumns): GreenChannel | null {
  return row.greenGround && row.greenReason !== null && row.greenMarkedBy !== null && row.greenMarkedAt
    ? { ground: row.greenGround, reason: row.greenReason, markedBy: row.greenMarkedBy, markedAt: row.greenMarkedAt }
    : null;
}

export const greenReason = z.string().trim().min(1, 'say why').max(MAX_REASON);

builder.prismaObjectFields('Application', (t) => ({
  greenChannel: t.field({
    type: GreenChannelType,
    nullable: true,
    description: 'Marked by the window (绿色通道): its tasks go first among those due at the same moment',
    select: { greenGround: true, greenReason: true, greenMarkedBy: true, greenMarkedAt: true },
    resolve: greenChannelOf,
  }),
}));

builder.mutationField('markCaseGreenChannel', (t) =>
  t.prismaField({
    type: 'Application',
    description:
      'Puts a case in the green channel (绿色通道), once, recording who and why; it shows on the case and its timeline (WINDOW)',
    authScopes: { role: 'WINDOW' },
    args: {
      applicationId: t.arg.id({ required: true, validate: z.string().trim().min(1).max(200) }),
      ground: t.arg({ type: GreenChannelGroundEnum, required: true }),
      reason: t.arg.string({ required: true, validate: greenReason }),
    },
    resolve: async (query, _root, args, ctx) => {
      const marked = await markCaseGreenChannel(ctx, ctx.auth.identity!, {
        applicationId: String(args.applicationId),
        ground: args.ground,
        reason: args.reason,
      });
      return ctx.prisma.application.findUniqueOrThrow({ ...query, where: { id: marked.id } });
    },
  }),
);
