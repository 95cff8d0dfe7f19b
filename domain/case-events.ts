import type { AgencyCode } from './definition';
import type { CalendarYear } from './calendar';
import type { AttachedDocument, Correction, Decision, IssuedCertificate } from './case-model';
import type { CarrierStatus, DeliveryAddress, DeliveryMethod } from './delivery';

/** Who acts, as the API established from their token. */
export interface Actor {
  sub: string;
  role: 'APPLICANT' | 'REVIEWER' | 'WINDOW' | 'SUPERVISOR' | 'AUDITOR' | 'ADMIN';
  agency?: AgencyCode;
}

export type CaseEvent =
  | { type: 'CLAIM'; taskId: string; actor: Actor; at: string }
  | {
      type: 'DECIDE';
      taskId: string;
      actor: Actor;
      decision: Decision;
      comment?: string;
      corrections?: Correction[];
      at: string;
    }
  | { type: 'SUPPLEMENT'; actor: Actor; formData?: Record<string, unknown>; documents?: AttachedDocument[]; at: string }
  | { type: 'WITHDRAW'; actor: Actor; reason?: string; at: string }
  | { type: 'ISSUED'; certificate: IssuedCertificate; at: string }
  /** A timer fired: warn, escalate or mark overdue whatever is due by `at`. */
  | { type: 'SLA_CHECK'; at: string }
  | { type: 'EXTEND'; actor: Actor; workingDays: number; reason: string; at: string }
  | { type: 'REASSIGN'; taskId: string; actor: Actor; assignee: string; reason?: string; at: string }
  /** A newer version of a calendar year, applying to dates from `from` (YYYY-MM-DD) on. */
  | { type: 'CALENDAR'; year: CalendarYear; from: string; at: string }
  /** The applicant's choice of how the licence reaches them, until it is issued. */
  | { type: 'CHOOSE_DELIVERY'; actor: Actor; method: DeliveryMethod; address?: DeliveryAddress; at: string }
  | { type: 'WAYBILL_BOOKED'; waybill: string; at: string }
  /** The carrier refused the booking for good: the licence is collected at the hall instead. */
  | { type: 'DELIVERY_REFUSED'; reason: string; at: string }
  /** The delivery deadline passed with no report that ends the parcel's journey. */
  | { type: 'DELIVERY_OVERDUE'; at: string }
  /** The carrier's report of the parcel, through its webhook. */
  | { type: 'DELIVERY_STATUS'; waybill: string; status: CarrierStatus; at: string };
