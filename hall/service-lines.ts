import type { ServiceLine } from '@prisma/client';

/** The letter each line's ticket numbers begin with: A001 is the day's first acceptance ticket. */
export const LINE_PREFIX: Record<ServiceLine, string> = { ACCEPTANCE: 'A', COLLECTION: 'B', ENQUIRY: 'C' };

/** Only an enquiry may be made without showing an ID card: every other line serves a named person. */
export const ANONYMOUS_LINES: ReadonlySet<ServiceLine> = new Set(['ENQUIRY']);

/** The number as printed and called: the line's letter and three digits (more after the 999th). */
export function ticketNumber(line: ServiceLine, number: number): string {
  return `${LINE_PREFIX[line]}${String(number).padStart(3, '0')}`;
}

/** An ID number shown on screens and tickets: region and check character only. */
export function maskedIdNumber(idNumber: string): string {
  return `${idNumber.slice(0, 6)}${'*'.repeat(idNumber.length - 8)}${idNumber.slice(-2)}`;
}
