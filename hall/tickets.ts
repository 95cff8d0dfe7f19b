import { randomBytes } from 'node:crypto';
import type { GreenChannelGround, PrismaClient, ServiceLine, Ticket } from '@prisma/client';
import { badUserInput, clientError, type FieldProblem } from '../api/errors';
import type { Identity } from '../api/identity';
import { localDate } from '../domain/calendar';
import { validateIdentityNumber } from '../domain/codes';
import { lockUntilCommit } from '../prisma/database';
import { callingOrder } from './queue-order';
import { ANONYMOUS_LINES, ticketNumber } from './service-lines';

export interface HallDependencies {
  prisma: PrismaClient;
  now: () => Date;
}

export type Tx = Parameters<Parameters<PrismaClient['$transaction']>[0]>[0];

/** The ID card's number checked as the kiosk read it; a line that serves named people needs one. */
export function idNumberProblems(line: ServiceLine, idNumber: string | null | undefined, now: Date): FieldProblem[] {
  if (!idNumber) {
    return ANONYMOUS_LINES.has(line) ? [] : [{ field: 'idNumber', message: `the ${line} line needs the ID card read` }];
  }
  const problem = validateIdentityNumber(idNumber, localDate(now.getTime()));
  return problem ? [{ field: 'idNumber', message: problem }] : [];
}

/**
 * The next ticket of a line today. The counter row is raised and locked in one statement, so two
 * kiosks at once get consecutive numbers; the ticket is written before the lock is let go.
 */
export async function issueTicket(
  tx: Tx,
  now: Date,
  ticket: Pick<Ticket, 'line' | 'idNumber' | 'takenBy'> &
    Partial<Pick<Ticket, 'appointmentId' | 'dueAt' | 'applicantId'>>,
): Promise<Ticket> {
  const day = localDate(now.getTime());
  const [{ last }] = await tx.$queryRaw<Array<{ last: number }>>`
    INSERT INTO "TicketCounter" ("line", "day", "last") VALUES (${ticket.line}::"ServiceLine", ${day}, 1)
    ON CONFLICT ("line", "day") DO UPDATE SET "last" = "TicketCounter"."last" + 1
    RETURNING "last"`;
  return tx.ticket.create({
    // 128 random bits: a QR token cannot be guessed from another ticket's.
    data: { ...ticket, day, number: last, qrToken: randomBytes(16).toString('base64url'), takenAt: now },
  });
}

export async function takeTicket(
  deps: HallDependencies,
  kiosk: Identity,
  input: { line: ServiceLine; idNumber?: string | null },
): Promise<Ticket> {
  const now = deps.now();
  const problems = idNumberProblems(input.line, input.idNumber, now);
  if (problems.length > 0) throw badUserInput(problems);
  return deps.prisma.$transaction((tx) =>
    issueTicket(tx, now, { line: input.line, idNumber: input.idNumber ?? null, takenBy: kiosk.sub }),
  );
}

/**
 * The first of today's waiting tickets on `lines` in calling order, marked called at `window`.
 * Two windows calling at once: the one whose mark finds the ticket still waiting has it, the
 * other moves on to the next. A window calls one person at a time: while its called ticket is
 * neither served nor absent, calling again is a CONFLICT (the window's own calls are taken one
 * after the other under a lock, so a double click cannot call two).
 */
export async function callNext(
  deps: HallDependencies,
  staff: Identity,
  input: { window: string; lines: ServiceLine[] },
): Promise<Ticket | null> {
  const now = deps.now();
  const day = localDate(now.getTime());
  return deps.prisma.$transaction(async (tx) => {
    await lockUntilCommit(tx, `window:${input.window}`);
    const open = await tx.ticket.findFirst({ where: { day, status: 'CALLED', window: input.window } });
    if (open) {
      throw clientError(
        'CONFLICT',
        `${input.window} has called ${ticketNumber(open.line, open.number)}: mark it served or absent first`,
      );
    }
    const waiting = await tx.ticket.findMany({ where: { day, status: 'WAITING', line: { in: input.lines } } });
    for (const ticket of callingOrder(waiting, now)) {
      const { count } = await tx.ticket.updateMany({
        where: { id: ticket.id, status: 'WAITING' },
        data: { status: 'CALLED', window: input.window, calledBy: staff.sub, calledAt: now },
      });
      if (count === 1) return tx.ticket.findUniqueOrThrow({ where: { id: ticket.id } });
    }
    return null;
  });
}

/**
 * A called ticket served or not answered at the window; a ticket in any other state is a conflict.
 * A served ticket is linked to the cases the visit was for, in the same transaction.
 */
export async function finishTicket(
  deps: HallDependencies,
  ticketId: string,
  outcome: 'SERVED' | 'ABSENT',
  applicationIds: string[] = [],
): Promise<Ticket> {
  await ticketOrNotFound(deps.prisma, ticketId);
  return deps.prisma.$transaction(async (tx) => {
    const { count } = await tx.ticket.updateMany({
      where: { id: ticketId, status: 'CALLED' },
      data: { status: outcome, finishedAt: deps.now() },
    });
    if (count === 0) throw clientError('CONFLICT', `Ticket ${ticketId} is not called at a window`);
    await tx.ticketApplication.createMany({
      data: applicationIds.map((applicationId) => ({ ticketId, applicationId })),
    });
    return tx.ticket.findUniqueOrThrow({ where: { id: ticketId } });
  });
}

/** Green channel (绿色通道): the ticket goes ahead of every other, with who let it and why. */
export async function markGreenChannel(
  deps: HallDependencies,
  staff: Identity,
  input: { ticketId: string; ground: GreenChannelGround; reason: string },
): Promise<Ticket> {
  await ticketOrNotFound(deps.prisma, input.ticketId);
  const { count } = await deps.prisma.ticket.updateMany({
    where: { id: input.ticketId, status: 'WAITING', greenMarkedAt: null },
    data: { greenGround: input.ground, greenReason: input.reason, greenMarkedBy: staff.sub, greenMarkedAt: deps.now() },
  });
  if (count === 0)
    throw clientError('CONFLICT', `Ticket ${input.ticketId} is not waiting, or is already in the green channel`);
  return deps.prisma.ticket.findUniqueOrThrow({ where: { id: input.ticketId } });
}

async function ticketOrNotFound(prisma: PrismaClient, id: string): Promise<Ticket> {
  const ticket = await prisma.ticket.findUnique({ where: { id } });
  if (!ticket) throw clientError('NOT_FOUND', `No ticket ${id}`);
  return ticket;
}
