import { bookingKey, type DeliveryAddress } from '../domain/delivery';
import type { Carrier } from './carrier';

export interface BookingRequest {
  applicationId: string;
  address: DeliveryAddress;
  certificateNumber: string;
}

/** The delivery's side effects; the worker passes the configured carrier, tests their own. */
export function createDeliveryActivities({ carrier }: { carrier: Carrier }) {
  return {
    /**
     * Books the case's one waybill. The key comes from the case, so a retry after an outage or a
     * lost answer, or another worker after a crash, gets the waybill already booked.
     */
    bookWaybill: ({ applicationId, address, certificateNumber }: BookingRequest): Promise<string> =>
      carrier.bookWaybill(bookingKey(applicationId), {
        reference: applicationId,
        address,
        contents: `Licence ${certificateNumber}`,
      }),
  };
}

export type DeliveryActivities = ReturnType<typeof createDeliveryActivities>;
