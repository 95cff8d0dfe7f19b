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

/**
 * The answers that mean the carrier will not take this parcel (a bad request, an address it
 * cannot serve). Every other failure is "not now": a timeout, a rate limit, and also a 401, 403
 * or 404, which say Lianban's carrier settings are wrong, not that the parcel is; a case must not
 * lose its delivery to a misconfiguration, so those are retried until it is put right.
 */
const REFUSALS = new Set([400, 422]);
/** A refusal's reason goes into the case's history and timeline and before the applicant. */
const MAX_REASON = 200;

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
      if (REFUSALS.has(response.status)) {
        throw ApplicationFailure.create({
          type: CARRIER_REFUSED,
          message: `The carrier refused the booking (${response.status}): ${carrierReason(text)}`,
          nonRetryable: true,
        });
      }
      // An outage, or settings to put right: the activity's retries try again with the same key.
      if (!response.ok) throw new Error(`The carrier is unavailable (${response.status})`);
      return (JSON.parse(text) as { waybill: string }).waybill;
    },
  };
}

/** The carrier's own words (`{"error": "..."}`), or its answer as it came. */
function carrierReason(text: string): string {
  let reason = text;
  try {
    const { error } = JSON.parse(text) as { error?: unknown };
    if (typeof error === 'string') reason = error;
  } catch {
    // Not JSON: the text as it came.
  }
  return reason.length > MAX_REASON ? `${reason.slice(0, MAX_REASON)}…` : reason;
}
