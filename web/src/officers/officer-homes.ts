export type OfficerRole = 'WINDOW' | 'REVIEWER' | 'SUPERVISOR';

/** Where each officer's work starts: the list they work from. */
export const OFFICER_HOMES: Record<OfficerRole, string> = {
  WINDOW: '/window',
  REVIEWER: '/inbox',
  SUPERVISOR: '/overdue',
};

export const isOfficer = (role: string | undefined): role is OfficerRole => role !== undefined && role in OFFICER_HOMES;
