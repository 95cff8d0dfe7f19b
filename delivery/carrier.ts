import { ApplicationFailure } from '@temporalio/common';
import { CARRIER_REFUSED, type DeliveryAddress } from '../domain/delivery';

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

/** Client errors that mean "not now" rather than "no": a timeout and a rate limit are outages. */
const TRY_AGAIN = new Set([408, 429]);

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
      if (response.status >= 400 && response.status < 500 && !TRY_AGAIN.has(response.status)) {
        throw ApplicationFailure.create({
          type: CARRIER_REFUSED,
          message: `The carrier refused the booking (${response.status}): ${carrierReason(text)}`,
          nonRetryable: true,
        });
      }
      // An outage (5xx, 408, 429): the activity's retries try again with the same key.
      if (!response.ok) throw new Error(`The carrier is unavailable (${response.status})`);
      return (JSON.parse(text) as { waybill: string }).waybill;
    },
  };
}

/** The carrier's own words (`{"error": "..."}`), or its answer as it came. */
function carrierReason(text: string): string {
  try {
    const { error } = JSON.parse(text) as { error?: unknown };
    return typeof error === 'string' ? error : text;
  } catch {
    return text;
  }
}
