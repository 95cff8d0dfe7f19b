import { ApplicationFailure } from '@temporalio/common';
import type { DeliveryAddress } from '../domain/delivery';

/** What Lianban hands the carrier: the case it belongs to comes back in every status report. */
export interface Parcel {
  reference: string;
  address: DeliveryAddress;
  contents: string;
}

/**
 * A carrier (EMS, or the local simulator): books a waybill once per idempotency key, and reports
 * the parcel's status to Lianban's webhook (`POST /delivery/webhook`).
 */
export interface Carrier {
  /** The same key always answers the same waybill number; it never books a second parcel. */
  bookWaybill(idempotencyKey: string, parcel: Parcel): Promise<string>;
}

/** A refusal the carrier means (a bad address): retrying the same booking cannot help. */
export const CARRIER_REFUSED = 'CARRIER_REFUSED';

/** The carrier's HTTP protocol: `POST <base>/waybills` with an `Idempotency-Key` header. */
export function httpCarrier(baseUrl: string): Carrier {
  return {
    bookWaybill: async (idempotencyKey, parcel) => {
      const response = await fetch(`${baseUrl}/waybills`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'idempotency-key': idempotencyKey },
        body: JSON.stringify(parcel),
        signal: AbortSignal.timeout(10_000),
      });
      const text = await response.text();
      if (response.status >= 400 && response.status < 500) {
        throw ApplicationFailure.create({
          type: CARRIER_REFUSED,
          message: `The carrier refused the booking (${response.status}): ${text}`,
          nonRetryable: true,
        });
      }
      // An outage: the activity's retries try again with the same key.
      if (!response.ok) throw new Error(`The carrier is unavailable (${response.status})`);
      return (JSON.parse(text) as { waybill: string }).waybill;
    },
  };
}
