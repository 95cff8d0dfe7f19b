import type { Prisma } from '@prisma/client';
import { isAgencyStaff, type Identity } from './identity';

/**
 * Which applications a person may read (API.md): applicants their own, agency staff those on
 * which their agency holds a task, auditors and administrators all.
 */
export function readableApplications(identity: Identity): Prisma.ApplicationWhereInput {
  switch (identity.role) {
    case 'APPLICANT':
      return { applicantId: identity.sub };
    case 'REVIEWER':
    case 'WINDOW':
    case 'SUPERVISOR':
      return { tasks: { some: { agencyCode: identity.agency } } };
    case 'AUDITOR':
    case 'ADMIN':
      return {};
  }
}

/** Agency staff see their own agency's tasks of a case; everyone else who may read it, all. */
export function visibleTasks(identity: Identity): Prisma.ReviewTaskWhereInput {
  return isAgencyStaff(identity) ? { agencyCode: identity.agency } : {};
}

/** Agency staff see the case's own steps and their agency's; everyone else who may read it, all. */
export function visibleTimeline(identity: Identity): Prisma.TimelineEntryWhereInput {
  return isAgencyStaff(identity) ? { OR: [{ agencyCode: null }, { agencyCode: identity.agency }] } : {};
}
