/**
 * Delivery of the licence (EMS): the applicant's choice, and the parcel as the carrier reports
 * it. Pure: the workflow steps it, the API checks an address with the same rule.
 */

/**
 * Calendar days a booked parcel is waited for before it is overdue, unless DELIVERY_DEADLINE_DAYS
 * says otherwise; also the wait of a case submitted before that setting existed.
 */
export const DEFAULT_DELIVERY_DEADLINE_DAYS = 15;

export const DELIVERY_METHODS = ['COLLECTION', 'DELIVERY'] as const;
export type DeliveryMethod = (typeof DELIVERY_METHODS)[number];

/** What the carrier reports of a parcel, in the order it happens; the last two end it. */
export const CARRIER_STATUSES = ['ACCEPTED', 'IN_TRANSIT', 'DELIVERED', 'RETURNED'] as const;
export type CarrierStatus = (typeof CARRIER_STATUSES)[number];

/**
 * CHOSEN: waiting for the certificate; BOOKED: the carrier has the waybill; then the carrier's.
 * REFUSED: the carrier would not take the parcel, so the licence waits at the hall's collection
 * line; OVERDUE: no ending report within the deadline, the hall follows the parcel up.
 */
export const DELIVERY_STATUSES = ['CHOSEN', 'BOOKED', ...CARRIER_STATUSES, 'REFUSED', 'OVERDUE'] as const;
export type DeliveryStatus = (typeof DELIVERY_STATUSES)[number];

export interface DeliveryAddress {
  recipient: string;
  phone: string;
  province: string;
  city: string;
  district: string;
  street: string;
  postcode: string;
}

export interface Delivery {
  method: DeliveryMethod;
  /** Only for DELIVERY. */
  address?: DeliveryAddress;
  waybill?: string;
  status: DeliveryStatus;
  /** Why the carrier refused the booking (REFUSED). */
  reason?: string;
  updatedAt: string;
}

export interface AddressProblem {
  field: string;
  message: string;
}

// A mainland mobile number, or a landline with its area code.
const PHONE = /^(1[3-9]\d{9}|0\d{2,3}-?\d{7,8})$/;
const TEXT_LIMITS: Array<[keyof DeliveryAddress, number]> = [
  ['recipient', 50],
  ['province', 30],
  ['city', 30],
  ['district', 30],
  ['street', 200],
];

/** Every bad field of an address, by its path (`address.postcode`); none for a good one. */
export function addressProblems(
  address: Partial<Record<keyof DeliveryAddress, unknown>> | undefined,
): AddressProblem[] {
  if (!address) return [{ field: 'address', message: 'an address is needed for delivery' }];
  const problems: AddressProblem[] = [];
  const text = (field: keyof DeliveryAddress) => {
    const value = address[field];
    return typeof value === 'string' ? value.trim() : '';
  };
  for (const [field, max] of TEXT_LIMITS) {
    const value = text(field);
    if (value === '') problems.push({ field: `address.${field}`, message: 'required' });
    else if (value.length > max) problems.push({ field: `address.${field}`, message: `at most ${max} characters` });
  }
  if (!PHONE.test(text('phone')))
    problems.push({ field: 'address.phone', message: 'a mobile number (11 digits) or a landline with its area code' });
  if (!/^\d{6}$/.test(text('postcode'))) problems.push({ field: 'address.postcode', message: 'six digits' });
  return problems;
}

const ENDING: readonly DeliveryStatus[] = ['DELIVERED', 'RETURNED'];

/**
 * Whether a carrier's report moves the parcel on: a repeated or late report changes nothing. An
 * overdue parcel still takes the report that ends it, so the hall's follow-up can stop.
 */
export function movesOn(current: DeliveryStatus, reported: CarrierStatus): boolean {
  if (current === 'OVERDUE') return ENDING.includes(reported);
  if (ENDING.includes(current) || current === 'REFUSED') return false;
  return DELIVERY_STATUSES.indexOf(reported) > DELIVERY_STATUSES.indexOf(current);
}

export const deliveryEnded = (delivery: Delivery | undefined) =>
  delivery !== undefined && ENDING.includes(delivery.status);

/** The type of the carrier's lasting refusal of a booking (a bad address): retrying cannot help. */
export const CARRIER_REFUSED = 'CARRIER_REFUSED';

/** The idempotency key of a case's one booking: every attempt, on any worker, sends the same. */
export const bookingKey = (applicationId: string) => `licence-${applicationId}`;
