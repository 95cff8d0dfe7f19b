import type { Appointment, ServiceLine, Ticket } from '@prisma/client';
import { badUserInput, clientError, type FieldProblem } from '../api/errors';
import type { Identity } from '../api/identity';
import { currentCalendar } from '../calendar/calendar-store';
import { DAY_MS, isDate, localDate, localMidnight } from '../domain/calendar';
import { validateIdentityNumber } from '../domain/codes';
import { lockUntilCommit } from '../prisma/database';
import {
  datesBetween,
  isNoShow,
  isSlotStart,
  MAX_OPEN_APPOINTMENTS,
  MAX_SLOT_DAYS,
  SLOT_CAPACITY,
  SLOT_MINUTES,
  slotEnd,
  slotStarts,
} from './slots';
import { idNumberProblems, issueTicket, type HallDependencies, type Tx } from './tickets';

export interface SlotAvailability {
  line: ServiceLine;
  start: Date;
  end: Date;
  capacity: number;
  remaining: number;
}

/** The slots still ahead between two dates, on the working days of the current calendar. */
export async function availableSlots(
  deps: HallDependencies,
  input: { line: ServiceLine; from: string; to: string },
): Promise<SlotAvailability[]> {
  const problems = [
    ...(['from', 'to'] as const)
      .filter((field) => !isDate(input[field]))
      .map((field) => ({ field, message: 'is not a date (YYYY-MM-DD)' })),
  ];
  if (problems.length === 0 && datesBetween(input.from, input.to).length > MAX_SLOT_DAYS) {
    problems.push({ field: 'to', message: `at most ${MAX_SLOT_DAYS} days after from` });
  }
  if (problems.length > 0) throw badUserInput(problems);
  const now = deps.now();
  const calendar = await currentCalendar(deps.prisma);
  const starts = datesBetween(input.from, input.to)
    .flatMap((date) => slotStarts(calendar, date))
    .filter((start) => start > now);
  if (starts.length === 0) return [];
  const held = await deps.prisma.appointmentSlot.findMany({
    where: { line: input.line, slotStart: { gte: starts[0], lte: starts[starts.length - 1] } },
  });
  const booked = new Map(held.map((slot) => [slot.slotStart.getTime(), slot.booked]));
  const capacity = SLOT_CAPACITY[input.line];
  return starts.map((start) => ({
    line: input.line,
    start,
    end: slotEnd(start),
    capacity,
    remaining: capacity - (booked.get(start.getTime()) ?? 0),
  }));
}

async function slotProblems(deps: HallDependencies, slotStart: Date): Promise<FieldProblem[]> {
  if (slotStart <= deps.now()) return [{ field: 'slotStart', message: 'is not ahead' }];
  if (!isSlotStart(await currentCalendar(deps.prisma), slotStart)) {
    return [{ field: 'slotStart', message: 'is not the start of a slot on a working day' }];
  }
  return [];
}

/**
 * Takes a place in a slot: the slot's count is raised only while below the capacity, in one
 * statement, so the last place goes to one applicant however many ask at once.
 */
async function holdPlace(tx: Tx, line: ServiceLine, slotStart: Date) {
  await tx.appointmentSlot.createMany({ data: [{ line, slotStart, booked: 0 }], skipDuplicates: true });
  const { count } = await tx.appointmentSlot.updateMany({
    where: { line, slotStart, booked: { lt: SLOT_CAPACITY[line] } },
    data: { booked: { increment: 1 } },
  });
  if (count === 0) throw clientError('CONFLICT', `The slot at ${slotStart.toISOString()} is full`);
}

/**
 * One applicant account holds at most one appointment per line and day, and `MAX_OPEN_APPOINTMENTS`
 * in all, so that one person cannot take a day's places. The account's rows are locked for the
 * transaction, so two bookings at once are counted one after the other.
 */
async function withinLimits(
  tx: Tx,
  applicantId: string,
  slot: { line: ServiceLine; slotStart: Date },
  now: Date,
  except?: string,
): Promise<void> {
  await lockUntilCommit(tx, `appointments:${applicantId}`);
  const open = await tx.appointment.findMany({
    where: { applicantId, status: 'BOOKED', slotStart: { gt: now }, ...(except ? { id: { not: except } } : {}) },
  });
  const day = localDate(slot.slotStart.getTime());
  const sameDay = open.find(
    (appointment) => appointment.line === slot.line && localDate(appointment.slotStart.getTime()) === day,
  );
  if (sameDay) throw clientError('CONFLICT', `You already have an appointment at this line on ${day}: ${sameDay.id}`);
  if (open.length >= MAX_OPEN_APPOINTMENTS) {
    throw clientError('CONFLICT', `At most ${MAX_OPEN_APPOINTMENTS} appointments may be booked ahead at once`);
  }
}

/** Books a place for the holder of the ID card named, who alone may arrive for it. */
export async function bookAppointment(
  deps: HallDependencies,
  applicant: Identity,
  input: { line: ServiceLine; slotStart: Date; idNumber?: string | null },
): Promise<Appointment> {
  const now = deps.now();
  const problems = [
    ...(await slotProblems(deps, input.slotStart)),
    ...idNumberProblems(input.line, input.idNumber, now),
  ];
  if (problems.length > 0) throw badUserInput(problems);
  return deps.prisma.$transaction(async (tx) => {
    await withinLimits(tx, applicant.sub, input, now);
    await holdPlace(tx, input.line, input.slotStart);
    return tx.appointment.create({
      data: {
        line: input.line,
        slotStart: input.slotStart,
        applicantId: applicant.sub,
        idNumber: input.idNumber ?? null,
        bookedAt: now,
      },
    });
  });
}

/** The applicant's own appointment still booked and ahead; another's reads as not found. */
async function ownBookedAppointment(deps: HallDependencies, applicant: Identity, id: string): Promise<Appointment> {
  const appointment = await deps.prisma.appointment.findFirst({ where: { id, applicantId: applicant.sub } });
  if (!appointment) throw clientError('NOT_FOUND', `No appointment ${id}`);
  if (appointment.status !== 'BOOKED' || appointment.slotStart <= deps.now()) {
    throw clientError('CONFLICT', `Appointment ${id} is no longer booked ahead of its slot`);
  }
  return appointment;
}

export async function cancelAppointment(deps: HallDependencies, applicant: Identity, id: string): Promise<Appointment> {
  const appointment = await ownBookedAppointment(deps, applicant, id);
  return deps.prisma.$transaction(async (tx) => {
    const { count } = await tx.appointment.updateMany({
      where: { id, status: 'BOOKED' },
      data: { status: 'CANCELLED', cancelledAt: deps.now() },
    });
    if (count === 0) throw clientError('CONFLICT', `Appointment ${id} is no longer booked`);
    await tx.appointmentSlot.update({
      where: { line_slotStart: { line: appointment.line, slotStart: appointment.slotStart } },
      data: { booked: { decrement: 1 } },
    });
    return tx.appointment.findUniqueOrThrow({ where: { id } });
  });
}

/** Moves an appointment to another slot of its line: the new place is held before the old is let go. */
export async function rescheduleAppointment(
  deps: HallDependencies,
  applicant: Identity,
  input: { id: string; slotStart: Date },
): Promise<Appointment> {
  const appointment = await ownBookedAppointment(deps, applicant, input.id);
  const problems = await slotProblems(deps, input.slotStart);
  if (problems.length > 0) throw badUserInput(problems);
  if (input.slotStart.getTime() === appointment.slotStart.getTime()) return appointment;
  return deps.prisma.$transaction(async (tx) => {
    await withinLimits(tx, applicant.sub, { line: appointment.line, slotStart: input.slotStart }, deps.now(), input.id);
    await holdPlace(tx, appointment.line, input.slotStart);
    const { count } = await tx.appointment.updateMany({
      where: { id: input.id, status: 'BOOKED', slotStart: appointment.slotStart },
      data: { slotStart: input.slotStart },
    });
    if (count === 0) throw clientError('CONFLICT', `Appointment ${input.id} changed meanwhile`);
    await tx.appointmentSlot.update({
      where: { line_slotStart: { line: appointment.line, slotStart: appointment.slotStart } },
      data: { booked: { decrement: 1 } },
    });
    return tx.appointment.findUniqueOrThrow({ where: { id: input.id } });
  });
}

/**
 * The appointment the kiosk's ID card arrives for: the one named, which must have been booked for
 * this card, or else the card's booking whose slot today has not yet ended.
 */
async function appointmentForCard(
  deps: HallDependencies,
  input: { appointmentId?: string | null; idNumber?: string | null },
  now: Date,
): Promise<Appointment> {
  if (input.appointmentId) {
    const appointment = await deps.prisma.appointment.findUnique({ where: { id: input.appointmentId } });
    if (!appointment) throw clientError('NOT_FOUND', `No appointment ${input.appointmentId}`);
    const problems = idNumberProblems(appointment.line, input.idNumber, now);
    if (problems.length === 0 && appointment.idNumber && appointment.idNumber !== input.idNumber) {
      problems.push({ field: 'idNumber', message: 'is not the ID card the appointment was booked for' });
    }
    if (problems.length > 0) throw badUserInput(problems);
    return appointment;
  }
  if (!input.idNumber)
    throw badUserInput([{ field: 'idNumber', message: 'read the ID card, or name the appointment' }]);
  const problem = validateIdentityNumber(input.idNumber, localDate(now.getTime()));
  if (problem) throw badUserInput([{ field: 'idNumber', message: problem }]);
  // Slots that have not ended, up to the end of today.
  const next = await deps.prisma.appointment.findFirst({
    where: {
      idNumber: input.idNumber,
      status: 'BOOKED',
      slotStart: {
        gt: new Date(now.getTime() - SLOT_MINUTES * 60_000),
        lt: new Date(localMidnight(localDate(now.getTime())).getTime() + DAY_MS),
      },
    },
    orderBy: { slotStart: 'asc' },
  });
  if (!next) throw clientError('NOT_FOUND', 'This ID card has no appointment still ahead today');
  return next;
}

/**
 * The applicant has come to the kiosk on the day, before the slot's end: a ticket that goes ahead
 * of walk-ins once the slot has started. The ID card read here ties the person at the window to
 * the applicant who booked.
 */
export async function arriveForAppointment(
  deps: HallDependencies,
  kiosk: Identity,
  input: { appointmentId?: string | null; idNumber?: string | null },
): Promise<Ticket> {
  const now = deps.now();
  const appointment = await appointmentForCard(deps, input, now);
  if (appointment.status !== 'BOOKED' || isNoShow(appointment, now)) {
    throw clientError(
      'CONFLICT',
      `Appointment ${appointment.id} is ${isNoShow(appointment, now) ? 'missed' : appointment.status.toLowerCase()}`,
    );
  }
  if (localDate(appointment.slotStart.getTime()) !== localDate(now.getTime())) {
    throw clientError(
      'CONFLICT',
      `Appointment ${appointment.id} is on ${localDate(appointment.slotStart.getTime())}, not today`,
    );
  }
  return deps.prisma.$transaction(async (tx) => {
    const { count } = await tx.appointment.updateMany({
      where: { id: appointment.id, status: 'BOOKED' },
      data: { status: 'ARRIVED' },
    });
    if (count === 0) throw clientError('CONFLICT', `Appointment ${appointment.id} is no longer booked`);
    return issueTicket(tx, now, {
      line: appointment.line,
      idNumber: input.idNumber ?? null,
      takenBy: kiosk.sub,
      appointmentId: appointment.id,
      dueAt: appointment.slotStart,
      applicantId: appointment.applicantId,
    });
  });
}
