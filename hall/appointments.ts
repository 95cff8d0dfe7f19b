import type { Appointment, ServiceLine, Ticket } from '@prisma/client';
import { badUserInput, clientError } from '../api/errors';
import type { Identity } from '../api/identity';
import { currentCalendar } from '../calendar/calendar-store';
import { isDate, localDate } from '../domain/calendar';
import { datesBetween, isNoShow, isSlotStart, MAX_SLOT_DAYS, SLOT_CAPACITY, slotEnd, slotStarts } from './slots';
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

async function bookableSlot(deps: HallDependencies, slotStart: Date): Promise<void> {
  if (slotStart <= deps.now()) throw badUserInput([{ field: 'slotStart', message: 'is not ahead' }]);
  if (!isSlotStart(await currentCalendar(deps.prisma), slotStart)) {
    throw badUserInput([{ field: 'slotStart', message: 'is not the start of a slot on a working day' }]);
  }
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

export async function bookAppointment(
  deps: HallDependencies,
  applicant: Identity,
  input: { line: ServiceLine; slotStart: Date },
): Promise<Appointment> {
  await bookableSlot(deps, input.slotStart);
  return deps.prisma.$transaction(async (tx) => {
    await holdPlace(tx, input.line, input.slotStart);
    return tx.appointment.create({
      data: { line: input.line, slotStart: input.slotStart, applicantId: applicant.sub, bookedAt: deps.now() },
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
  await bookableSlot(deps, input.slotStart);
  if (input.slotStart.getTime() === appointment.slotStart.getTime()) return appointment;
  return deps.prisma.$transaction(async (tx) => {
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
 * The applicant has come to the kiosk on the day, before the slot's end: a ticket that goes ahead
 * of walk-ins once the slot has started. The ID card read here ties the person at the window to
 * the applicant who booked.
 */
export async function arriveForAppointment(
  deps: HallDependencies,
  kiosk: Identity,
  input: { appointmentId: string; idNumber?: string | null },
): Promise<Ticket> {
  const now = deps.now();
  const appointment = await deps.prisma.appointment.findUnique({ where: { id: input.appointmentId } });
  if (!appointment) throw clientError('NOT_FOUND', `No appointment ${input.appointmentId}`);
  const problems = idNumberProblems(appointment.line, input.idNumber, now);
  if (problems.length > 0) throw badUserInput(problems);
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
