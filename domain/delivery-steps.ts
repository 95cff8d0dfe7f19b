import type { CaseEvent } from './case-events';
import type { CaseContext } from './case-model';
import { withTimeline } from './case-steps';

type EventOf<T extends CaseEvent['type']> = Extract<CaseEvent, { type: T }>;

/** What each report of the carrier is called on the case's timeline. */
const REPORTED = {
  ACCEPTED: 'DELIVERY_ACCEPTED',
  IN_TRANSIT: 'DELIVERY_IN_TRANSIT',
  DELIVERED: 'DELIVERED',
  RETURNED: 'DELIVERY_RETURNED',
} as const;

export function chooseDelivery(context: CaseContext, event: EventOf<'CHOOSE_DELIVERY'>): CaseContext {
  const address = event.method === 'DELIVERY' ? event.address : undefined;
  return withTimeline(
    { ...context, delivery: { method: event.method, address, status: 'CHOSEN', updatedAt: event.at } },
    {
      at: event.at,
      actor: event.actor.sub,
      action: 'DELIVERY_CHOSEN',
      detail: address ? `DELIVERY ${address.province}${address.city}${address.district}` : event.method,
    },
  );
}

export function bookWaybill(context: CaseContext, event: EventOf<'WAYBILL_BOOKED'>): CaseContext {
  const delivery = { ...context.delivery!, waybill: event.waybill, status: 'BOOKED' as const, updatedAt: event.at };
  return withTimeline({ ...context, delivery }, { at: event.at, action: 'WAYBILL_BOOKED', detail: event.waybill });
}

export function reportDelivery(context: CaseContext, event: EventOf<'DELIVERY_STATUS'>): CaseContext {
  const delivery = { ...context.delivery!, status: event.status, updatedAt: event.at };
  return withTimeline(
    { ...context, delivery },
    { at: event.at, action: REPORTED[event.status], detail: event.waybill },
  );
}

export function refuseDelivery(context: CaseContext, event: EventOf<'DELIVERY_REFUSED'>): CaseContext {
  const delivery = {
    ...context.delivery!,
    method: 'COLLECTION' as const,
    status: 'REFUSED' as const,
    reason: event.reason,
    updatedAt: event.at,
  };
  return withTimeline(
    { ...context, delivery },
    { at: event.at, action: 'DELIVERY_FAILED', detail: `${event.reason}; collect at the hall` },
  );
}

export function markOverdue(context: CaseContext, event: EventOf<'DELIVERY_OVERDUE'>): CaseContext {
  const delivery = { ...context.delivery!, status: 'OVERDUE' as const, updatedAt: event.at };
  return withTimeline({ ...context, delivery }, { at: event.at, action: 'DELIVERY_OVERDUE', detail: delivery.waybill });
}
