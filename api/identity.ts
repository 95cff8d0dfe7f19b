import { z } from 'zod';
import { CATALOGUE_CODE_PATTERN, WINDOW_AGENCY, type AgencyCode } from '../domain/definition';

export const ROLES = ['APPLICANT', 'REVIEWER', 'WINDOW', 'SUPERVISOR', 'AUDITOR', 'ADMIN'] as const;
export type Role = (typeof ROLES)[number];

/** The claims Lianban reads from a token (API.md, Identity). */
export const identityClaims: z.ZodType<Identity, unknown> = z
  .object({
    sub: z.string().min(1).max(200),
    role: z.enum(ROLES),
    // Agencies are catalogue data: a code of no agency is well formed and matches no task.
    agency: z.string().regex(CATALOGUE_CODE_PATTERN, 'is not an agency code').optional(),
  })
  .superRefine((claims, context) => {
    const problem = agencyProblem(claims.role, claims.agency);
    if (problem) context.addIssue({ code: 'custom', message: problem, path: ['agency'] });
  })
  .transform((claims) => ({
    ...claims,
    // The acceptance window is an agency of its own; its staff need not say so in the token.
    agency: claims.role === 'WINDOW' ? WINDOW_AGENCY : claims.agency,
  }));

/**
 * The role and the agency must agree: reviewers and supervisors name the reviewing agency they
 * work for; the acceptance window is an agency of its own, which its role already says; nobody
 * else works for an agency.
 */
function agencyProblem(role: Role, agency: AgencyCode | undefined): string | undefined {
  if (role === 'REVIEWER' || role === 'SUPERVISOR') {
    if (agency === undefined) return `a ${role} token must name its agency`;
    if (agency === WINDOW_AGENCY)
      return `a ${role} names a reviewing agency; the acceptance window's staff have the role WINDOW`;
    return undefined;
  }
  if (role === 'WINDOW')
    return agency === undefined || agency === WINDOW_AGENCY ? undefined : 'a WINDOW token names no other agency';
  // APPLICANT, AUDITOR and ADMIN, all read with "an".
  return agency === undefined ? undefined : `an ${role} token names no agency`;
}

function worksForAgency(role: Role): boolean {
  return role === 'REVIEWER' || role === 'WINDOW' || role === 'SUPERVISOR';
}

export interface Identity {
  sub: string;
  role: Role;
  /** The agency whose tasks this person works: set for REVIEWER, WINDOW and SUPERVISOR. */
  agency?: AgencyCode;
}

/** Reviewers, the acceptance window and supervisors: people who work an agency's tasks. */
export function isAgencyStaff(identity: Identity | null): boolean {
  return identity !== null && worksForAgency(identity.role);
}

/** Auditors and administrators: they read every case's record. */
export function isAuditor(identity: Identity | null): boolean {
  return identity?.role === 'AUDITOR' || identity?.role === 'ADMIN';
}

/**
 * The names of the token claims that carry the role and the agency: `role` and `agency` unless a
 * provider that names its claims otherwise is configured (AUTH_ROLE_CLAIM, AUTH_AGENCY_CLAIM).
 */
export interface ClaimNames {
  role: string;
  agency: string;
}

export const DEFAULT_CLAIM_NAMES: ClaimNames = { role: 'role', agency: 'agency' };

/**
 * A token's identity read under `names`, by the rules of `identityClaims`; a problem names the
 * claim as the token spells it.
 */
export function identityOfToken(
  payload: Record<string, unknown>,
  names: ClaimNames,
): { identity: Identity } | { problem: string } {
  const claims = identityClaims.safeParse({
    sub: payload.sub,
    role: payload[names.role],
    agency: payload[names.agency],
  });
  if (claims.success) return { identity: claims.data };
  const issue = claims.error.issues[0];
  const field = String(issue.path[0]) as keyof ClaimNames | 'sub';
  const claim = field === 'sub' ? 'sub' : names[field];
  return { problem: `the token claim "${claim}" is not valid: ${issue.message}` };
}

/** The claims that say who `identity` is, under `names`: what a token for it carries. */
export function claimsOfIdentity(identity: Identity, names: ClaimNames): Record<string, string> {
  return {
    [names.role]: identity.role,
    ...(identity.agency ? { [names.agency]: identity.agency } : {}),
  };
}
