import { bookingKey, type DeliveryAddress } from '../domain/delivery';
import { failpoint } from '../failpoints';
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
    bookWaybill: async ({ applicationId, address, certificateNumber }: BookingRequest): Promise<string> => {
      const waybill = await carrier.bookWaybill(bookingKey(applicationId), {
        reference: applicationId,
        address,
        contents: `Licence ${certificateNumber}`,
      });
      // Booked at the carrier, not yet in the case's history: a crash here is the lost answer.
      failpoint('delivery:after-booking', () => [`${applicationId}:bookWaybill`]);
      return waybill;
    },
  };
}

export type DeliveryActivities = ReturnType<typeof createDeliveryActivities>;
