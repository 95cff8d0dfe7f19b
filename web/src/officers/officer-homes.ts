import { currentIdentity } from '../session';

export type OfficerRole = 'WINDOW' | 'REVIEWER' | 'SUPERVISOR';

/** Where each officer's work starts: the list they work from. */
export const OFFICER_HOMES: Record<OfficerRole, string> = {
  WINDOW: '/window',
  REVIEWER: '/inbox',
  SUPERVISOR: '/overdue',
};

export const isOfficer = (role: string | undefined): role is OfficerRole => role !== undefined && role in OFFICER_HOMES;

/** The signed-in officer's home, for a way back from a case. */
export function officerHome(): string {
  const role = currentIdentity()?.role;
  return isOfficer(role) ? OFFICER_HOMES[role] : '/';
}
