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

/**
 * A page after (or before) a cursor, where the cursor's row must be the caller's own too: a cursor
 * names a row by its id, and ids can be guessed (task ids), so another's row used as a cursor
 * would tell where it stands. `owner` is the ownership part of the list's filter only: a task
 * claimed since the last page of open tasks still marks the place to go on from.
 */
export function ownCursor<Query extends { cursor?: object }>(
  query: Query,
  owner: Partial<NonNullable<Query['cursor']>>,
): Query {
  return query.cursor ? { ...query, cursor: { ...query.cursor, ...owner } } : query;
}
