import { AppointmentStatus } from '@prisma/client';
import { z } from 'zod';
import {
  arriveForAppointment,
  availableSlots,
  bookAppointment,
  cancelAppointment,
  rescheduleAppointment,
  type SlotAvailability,
} from '../../hall/appointments';
import { isNoShow, slotEnd } from '../../hall/slots';
import { builder } from '../builder';
import { maskedIdNumber } from '../../hall/service-lines';
import { idNumber, ServiceLineEnum } from './hall-queue';

const AppointmentStateEnum = builder.enumType('AppointmentState', {
  description: 'NO_SHOW: still booked when its slot ended (爽约)',
  values: [...Object.values(AppointmentStatus), 'NO_SHOW'] as const,
});

builder.prismaObject('Appointment', {
  description: 'A booked half-hour slot at a service line (预约)',
  fields: (t) => ({
    id: t.exposeID('id'),
    line: t.expose('line', { type: ServiceLineEnum }),
    slotStart: t.expose('slotStart', { type: 'DateTime' }),
    slotEnd: t.field({ type: 'DateTime', resolve: (appointment) => slotEnd(appointment.slotStart) }),
    state: t.field({
      type: AppointmentStateEnum,
      resolve: (appointment, _args, { now }) => (isNoShow(appointment, now()) ? 'NO_SHOW' : appointment.status),
    }),
    bookedAt: t.expose('bookedAt', { type: 'DateTime' }),
    cancelledAt: t.expose('cancelledAt', { type: 'DateTime', nullable: true }),
    idNumber: t.string({
      nullable: true,
      description: 'The ID card it was booked for, masked',
      resolve: (appointment) => (appointment.idNumber ? maskedIdNumber(appointment.idNumber) : null),
    }),
    ticket: t.relation('ticket', { nullable: true, description: 'Taken on arrival' }),
  }),
});

const SlotType = builder.objectRef<SlotAvailability>('AppointmentSlot').implement({
  fields: (t) => ({
    line: t.field({ type: ServiceLineEnum, resolve: (slot) => slot.line }),
    start: t.field({ type: 'DateTime', resolve: (slot) => slot.start }),
    end: t.field({ type: 'DateTime', resolve: (slot) => slot.end }),
    capacity: t.exposeInt('capacity'),
    remaining: t.exposeInt('remaining'),
  }),
});

const date = z.string().trim().max(10);

builder.queryFields((t) => ({
  availableSlots: t.field({
    type: [SlotType],
    description:
      'Slots still ahead from one date to another (YYYY-MM-DD, China time), on working days of the PRC calendar',
    authScopes: { authenticated: true },
    args: {
      line: t.arg({ type: ServiceLineEnum, required: true }),
      from: t.arg.string({ required: true, validate: date }),
      to: t.arg.string({ required: true, validate: date }),
    },
    resolve: (_root, args, ctx) => availableSlots(ctx, args),
  }),
  myAppointments: t.prismaField({
    type: ['Appointment'],
    description: "The applicant's appointments, latest slot first",
    authScopes: { role: 'APPLICANT' },
    resolve: (query, _root, _args, { prisma, auth }) =>
      prisma.appointment.findMany({
        ...query,
        where: { applicantId: auth.identity!.sub },
        orderBy: { slotStart: 'desc' },
        take: 50,
      }),
  }),
}));

builder.mutationFields((t) => ({
  bookAppointment: t.prismaField({
    type: 'Appointment',
    description:
      'Books a place in a slot (APPLICANT); a full slot, a second booking at the line that day, or more than three ahead is a CONFLICT',
    authScopes: { role: 'APPLICANT' },
    args: {
      line: t.arg({ type: ServiceLineEnum, required: true }),
      slotStart: t.arg({ type: 'DateTime', required: true }),
      idNumber: t.arg.string({
        description:
          'The ID card of the person who will come (not needed for ENQUIRY); only it arrives for the booking',
        validate: idNumber,
      }),
    },
    resolve: (_query, _root, args, ctx) => bookAppointment(ctx, ctx.auth.identity!, args),
  }),
  cancelAppointment: t.prismaField({
    type: 'Appointment',
    authScopes: { role: 'APPLICANT' },
    args: { id: t.arg.id({ required: true }) },
    resolve: (_query, _root, args, ctx) => cancelAppointment(ctx, ctx.auth.identity!, String(args.id)),
  }),
  rescheduleAppointment: t.prismaField({
    type: 'Appointment',
    authScopes: { role: 'APPLICANT' },
    args: { id: t.arg.id({ required: true }), slotStart: t.arg({ type: 'DateTime', required: true }) },
    resolve: (_query, _root, args, ctx) =>
      rescheduleAppointment(ctx, ctx.auth.identity!, { id: String(args.id), slotStart: args.slotStart }),
  }),
  arriveForAppointment: t.prismaField({
    type: 'Ticket',
    description:
      "At the kiosk on the day (WINDOW): a ticket that goes ahead of walk-ins once the slot has started. Without an appointmentId the card's booking today is found; a booking is arrived for only with the card it was made for",
    authScopes: { role: 'WINDOW' },
    args: {
      appointmentId: t.arg.id(),
      idNumber: t.arg.string({ validate: idNumber }),
    },
    resolve: (_query, _root, args, ctx) =>
      arriveForAppointment(ctx, ctx.auth.identity!, {
        appointmentId: args.appointmentId == null ? null : String(args.appointmentId),
        idNumber: args.idNumber,
      }),
  }),
}));
