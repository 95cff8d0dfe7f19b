import { ServiceLine, TicketStatus } from '@prisma/client';
import { z } from 'zod';
import { readableApplications } from '../../api/access';
import { identifyTicket, type Identification } from '../../hall/identification';
import { maskedIdNumber, ticketNumber } from '../../hall/service-lines';
import { callNext, finishTicket, markGreenChannel, takeTicket } from '../../hall/tickets';
import { MAX_CASES_PER_VISIT, serveTicket } from '../../hall/visits';
import { callingOrder } from '../../hall/queue-order';
import { localDate } from '../../domain/calendar';
import { builder } from '../builder';
import { GreenChannelGroundEnum, GreenChannelType, greenChannelOf, greenReason } from './green-channel';

export const ServiceLineEnum = builder.enumType(ServiceLine, {
  name: 'ServiceLine',
  description: 'A queue of the hall: ACCEPTANCE 一窗受理 (tickets A…), COLLECTION 取件 (B…), ENQUIRY 咨询 (C…)',
});
const TicketStatusEnum = builder.enumType(TicketStatus, { name: 'TicketStatus' });
const seconds = (from: Date | null, to: Date | null) =>
  from && to ? Math.round((to.getTime() - from.getTime()) / 1000) : null;

builder.prismaObject('Ticket', {
  description: 'A queue ticket (排队号), numbered per line and China-time day',
  fields: (t) => ({
    id: t.exposeID('id'),
    line: t.expose('line', { type: ServiceLineEnum }),
    number: t.string({
      description: 'As printed and called: A001',
      resolve: (ticket) => ticketNumber(ticket.line, ticket.number),
    }),
    day: t.exposeString('day', { description: 'YYYY-MM-DD, China time' }),
    status: t.expose('status', { type: TicketStatusEnum }),
    idNumber: t.string({
      nullable: true,
      description: 'The ID number masked (region and check character); in full only from ticketByQr',
      resolve: (ticket) => (ticket.idNumber ? maskedIdNumber(ticket.idNumber) : null),
    }),
    takenAt: t.expose('takenAt', { type: 'DateTime' }),
    appointment: t.relation('appointment', { nullable: true }),
    greenChannel: t.field({ type: GreenChannelType, nullable: true, resolve: greenChannelOf }),
    window: t.exposeString('window', { nullable: true }),
    calledAt: t.expose('calledAt', { type: 'DateTime', nullable: true }),
    finishedAt: t.expose('finishedAt', { type: 'DateTime', nullable: true, description: 'Marked served or absent' }),
    waitingSeconds: t.int({
      nullable: true,
      description: 'From taking to being called',
      resolve: (ticket) => seconds(ticket.takenAt, ticket.calledAt),
    }),
    serviceSeconds: t.int({
      nullable: true,
      description: 'From being called to being served',
      resolve: (ticket) => (ticket.status === 'SERVED' ? seconds(ticket.calledAt, ticket.finishedAt) : null),
    }),
  }),
});

const IdentificationType = builder.objectRef<Identification>('TicketIdentification').implement({
  description: 'A scanned ticket and what the hall knows of its holder, so that nothing is typed twice',
  fields: (t) => ({
    ticket: t.prismaField({ type: 'Ticket', resolve: (_query, found) => found.ticket }),
    idNumber: t.string({
      nullable: true,
      description: 'In full, for the window',
      resolve: (found) => found.ticket.idNumber,
    }),
    earlierTickets: t.prismaField({
      type: ['Ticket'],
      description: 'By the same ID number, newest first',
      resolve: (_query, found) => found.earlierTickets,
    }),
    applicantIds: t.stringList({
      description:
        'The applicant accounts this ID card arrived for appointments under: the only link from a person to cases',
      resolve: (found) => found.applicantIds,
    }),
    cases: t.prismaField({
      type: ['Application'],
      description: 'The cases of those accounts the window may read, newest first',
      resolve: (query, found, _args, { prisma, auth }) =>
        found.applicantIds.length === 0
          ? []
          : prisma.application.findMany({
              ...query,
              where: { AND: [readableApplications(auth.identity!), { applicantId: { in: found.applicantIds } }] },
              orderBy: { submittedAt: 'desc' },
              take: 20,
            }),
    }),
  }),
});

const window = z.string().trim().min(1, 'name the window').max(40);
const lines = z.array(z.nativeEnum(ServiceLine)).min(1, 'name at least one line');
export const idNumber = z.string().trim().max(40);

builder.queryFields((t) => ({
  ticketByQr: t.field({
    type: IdentificationType,
    description: "The ticket whose QR code the window scanned, with its holder's ID number and history (WINDOW)",
    authScopes: { role: 'WINDOW' },
    args: {
      qrToken: t.arg.string({
        required: true,
        description: "What the scanner read: the ticket's link, or the token after its #",
        validate: z.string().max(500),
      }),
    },
    resolve: (_root, args, ctx) => identifyTicket(ctx, { scanned: args.qrToken }),
  }),
  ticketHolder: t.field({
    type: IdentificationType,
    description:
      "A ticket by its id (the one the window called), with its holder's ID number and history, as ticketByQr (WINDOW)",
    authScopes: { role: 'WINDOW' },
    args: { ticketId: t.arg.id({ required: true }) },
    resolve: (_root, args, ctx) => identifyTicket(ctx, { id: String(args.ticketId) }),
  }),
  calledAtWindow: t.prismaField({
    type: 'Ticket',
    nullable: true,
    description:
      'The ticket called to this window today and not yet served or marked absent (WINDOW): a caller opened again picks it up',
    authScopes: { role: 'WINDOW' },
    args: { window: t.arg.string({ required: true, validate: window }) },
    resolve: (query, _root, args, { prisma, now }) =>
      prisma.ticket.findFirst({
        ...query,
        where: { day: localDate(now().getTime()), status: 'CALLED', window: args.window },
        orderBy: { calledAt: 'desc' },
      }),
  }),
  waitingTickets: t.prismaField({
    type: ['Ticket'],
    description: "Today's waiting tickets on the lines, in the order callNext takes them (WINDOW)",
    authScopes: { role: 'WINDOW' },
    args: { lines: t.arg({ type: [ServiceLineEnum], required: true, validate: lines }) },
    resolve: async (query, _root, args, { prisma, now }) => {
      const at = now();
      const waiting = await prisma.ticket.findMany({
        ...query,
        where: { day: localDate(at.getTime()), status: 'WAITING', line: { in: args.lines } },
      });
      return callingOrder(waiting, at);
    },
  }),
}));

builder.mutationFields((t) => ({
  takeTicket: t.prismaField({
    type: 'Ticket',
    description:
      'A ticket at the kiosk, by the ID number read from the card (anonymous for ENQUIRY only); the kiosk runs under a WINDOW account',
    authScopes: { role: 'WINDOW' },
    args: {
      line: t.arg({ type: ServiceLineEnum, required: true }),
      idNumber: t.arg.string({ validate: idNumber }),
    },
    resolve: (_query, _root, args, ctx) => takeTicket(ctx, ctx.auth.identity!, args),
  }),
  callNext: t.prismaField({
    type: 'Ticket',
    nullable: true,
    description:
      'Calls the next ticket to the window: green channel, then appointments due, then walk-ins; null: nobody waits',
    authScopes: { role: 'WINDOW' },
    args: {
      window: t.arg.string({ required: true, validate: window }),
      lines: t.arg({ type: [ServiceLineEnum], required: true, validate: lines }),
    },
    resolve: (_query, _root, args, ctx) => callNext(ctx, ctx.auth.identity!, args),
  }),
  markServed: t.prismaField({
    type: 'Ticket',
    description:
      'The called ticket served, linked to the cases the visit was for (each one the window can read, else NOT_FOUND)',
    authScopes: { role: 'WINDOW' },
    args: {
      ticketId: t.arg.id({ required: true }),
      applicationIds: t.arg.idList({
        validate: z
          .array(z.string().trim().min(1).max(200))
          .max(MAX_CASES_PER_VISIT, `at most ${MAX_CASES_PER_VISIT} cases`),
      }),
    },
    resolve: (_query, _root, args, ctx) =>
      serveTicket(ctx, ctx.auth.identity!, {
        ticketId: String(args.ticketId),
        applicationIds: (args.applicationIds ?? []).map(String),
      }),
  }),
  markAbsent: t.prismaField({
    type: 'Ticket',
    description: 'The called applicant did not come to the window',
    authScopes: { role: 'WINDOW' },
    args: { ticketId: t.arg.id({ required: true }) },
    resolve: (_query, _root, args, ctx) => finishTicket(ctx, String(args.ticketId), 'ABSENT'),
  }),
  markGreenChannel: t.prismaField({
    type: 'Ticket',
    description: 'Moves a waiting ticket ahead of every other (绿色通道), recording who and why (WINDOW)',
    authScopes: { role: 'WINDOW' },
    args: {
      ticketId: t.arg.id({ required: true }),
      ground: t.arg({ type: GreenChannelGroundEnum, required: true }),
      reason: t.arg.string({ required: true, validate: greenReason }),
    },
    resolve: (_query, _root, args, ctx) =>
      markGreenChannel(ctx, ctx.auth.identity!, { ...args, ticketId: String(args.ticketId) }),
  }),
}));
