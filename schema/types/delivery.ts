import { z } from 'zod';
import { chooseDelivery } from '../../cases/case-commands';
import { DELIVERY_METHODS, DELIVERY_STATUSES, type DeliveryAddress } from '../../domain/delivery';
import { builder } from '../builder';

const DeliveryMethodEnum = builder.enumType('DeliveryMethod', {
  description: 'COLLECTION: at the hall; DELIVERY: by the carrier (EMS) to an address',
  values: DELIVERY_METHODS,
});
const DeliveryStatusEnum = builder.enumType('DeliveryStatus', {
  description:
    "CHOSEN until the licence is issued, BOOKED once the carrier has the waybill, then the carrier's reports; REFUSED: the carrier refused the booking, collect at the hall; OVERDUE: no delivered or returned report by the deadline",
  values: DELIVERY_STATUSES,
});

const ADDRESS_FIELDS = ['recipient', 'phone', 'province', 'city', 'district', 'street', 'postcode'] as const;

const DeliveryAddressType = builder.objectRef<DeliveryAddress>('DeliveryAddress').implement({
  fields: (t) => Object.fromEntries(ADDRESS_FIELDS.map((field) => [field, t.exposeString(field)])),
});

const DeliveryAddressInput = builder.inputType('DeliveryAddressInput', {
  description: 'Checked field by field: every bad one is named (`address.postcode`)',
  fields: (t) => Object.fromEntries(ADDRESS_FIELDS.map((field) => [field, t.string({ required: true })])),
});

builder.prismaObject('Delivery', {
  description: "How the case's licence reaches the applicant",
  fields: (t) => ({
    method: t.expose('method', { type: DeliveryMethodEnum }),
    address: t.field({
      type: DeliveryAddressType,
      nullable: true,
      resolve: (delivery) => delivery.address as DeliveryAddress | null,
    }),
    waybill: t.exposeString('waybill', { nullable: true, description: "The carrier's waybill number, once booked" }),
    status: t.expose('status', { type: DeliveryStatusEnum }),
    reason: t.exposeString('reason', { nullable: true, description: 'Why the carrier refused the booking (REFUSED)' }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime' }),
  }),
});

builder.prismaObjectField('Application', 'delivery', (t) =>
  t.relation('delivery', { nullable: true, description: 'Absent until the applicant chooses: collection at the hall' }),
);

builder.mutationField('chooseDelivery', (t) =>
  t.prismaField({
    type: 'Application',
    description: 'The applicant chooses collection or delivery, any time until the licence is issued',
    authScopes: { role: 'APPLICANT' },
    args: {
      id: t.arg.id({ required: true, validate: z.string().trim().min(1).max(200) }),
      method: t.arg({ type: DeliveryMethodEnum, required: true }),
      address: t.arg({ type: DeliveryAddressInput }),
      idempotencyKey: t.arg.string({
        description: 'The same key again (a retry) applies the choice once; without one, every call is a new choice',
        validate: z.string().trim().min(1).max(200),
      }),
    },
    resolve: async (query, _root, args, ctx) => {
      await chooseDelivery(ctx, ctx.auth.identity!, String(args.id), {
        method: args.method,
        address: args.address,
        idempotencyKey: args.idempotencyKey,
      });
      return ctx.prisma.application.findUniqueOrThrow({ ...query, where: { id: String(args.id) } });
    },
  }),
);
