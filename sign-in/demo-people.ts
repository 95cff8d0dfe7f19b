import { identityClaims, type Identity } from '../api/identity';
import { WINDOW_AGENCY } from '../domain/definition';

export interface AgencyName {
  code: string;
  name: string;
  nameEn: string;
}

/** Someone the desk signs in as in development, with the agency they work for by its names. */
export interface DemoPerson {
  identity: Identity;
  agency?: AgencyName;
}

/**
 * One of each kind of person the hall has: an applicant, the window's clerk, a reviewer and a
 * supervisor of each reviewing agency of the catalogue (in its order), an auditor and an administrator.
 * Identities pass the same rules as any token's (identityClaims).
 */
export function demoPeople(agencies: AgencyName[]): DemoPerson[] {
  const window = agencies.find((agency) => agency.code === WINDOW_AGENCY);
  const person = (claims: { sub: string; role: string; agency?: string }, agency?: AgencyName): DemoPerson => ({
    identity: identityClaims.parse(claims),
    agency,
  });
  return [
    person({ sub: 'demo-applicant', role: 'APPLICANT' }),
    person({ sub: 'demo-window', role: 'WINDOW' }, window),
    ...agencies
      .filter((agency) => agency !== window)
      .flatMap((agency) => [
        person({ sub: `demo-reviewer-${agency.code.toLowerCase()}`, role: 'REVIEWER', agency: agency.code }, agency),
        person(
          { sub: `demo-supervisor-${agency.code.toLowerCase()}`, role: 'SUPERVISOR', agency: agency.code },
          agency,
        ),
      ]),
    person({ sub: 'demo-auditor', role: 'AUDITOR' }),
    person({ sub: 'demo-admin', role: 'ADMIN' }),
  ];
}
