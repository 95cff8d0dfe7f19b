import { isOfficer, OFFICER_HOMES } from './officers/officer-homes';

const HOMES: Record<string, string> = { APPLICANT: '/my/cases', AUDITOR: '/audit', ADMIN: '/admin/calendar' };

/** Where a person lands once signed in: the screen of their own work. */
export function startPage(role: string): string {
  return isOfficer(role) ? OFFICER_HOMES[role] : (HOMES[role] ?? '/');
}
