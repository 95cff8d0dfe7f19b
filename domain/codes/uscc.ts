/**
 * GB 32100-2015 unified social credit code (统一社会信用代码):
 *   1     registration authority (e.g. '9' market regulation, formerly industry and commerce)
 *   2     organisation type (e.g. '1' enterprise)
 *   3-8   administrative division, GB/T 2260 (e.g. '110102' Beijing Xicheng)
 *   9-17  organisation code, GB 11714 (8 body characters + its own check character)
 *   18    check character over positions 1-17, MOD 31
 */

import { isDivisionCode } from './division-code';
import { organisationCodeCheckCharacter } from './organisation-code';

// I, O, Z, S and V are left out because they are easily misread as 1, 0, 2, 5 and U.
export const USCC_CHARACTERS = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const BASE = USCC_CHARACTERS.length; // 31

// 3^(i-1) mod 31 for positions 1..17.
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28] as const;

const VALUES: ReadonlyMap<string, number> = new Map(
  Array.from(USCC_CHARACTERS, (character, value) => [character, value] as const),
);

const MAX_SEQUENCE = BASE ** 8 - 1; // 852 891 037 440, well inside Number.MAX_SAFE_INTEGER

function inCharacterSet(value: string): boolean {
  for (const character of value) {
    if (!VALUES.has(character)) return false;
  }
  return true;
}

export function usccCheckCharacter(first17: string): string {
  if (first17.length !== 17 || !inCharacterSet(first17)) {
    throw new Error(`USCC: the first 17 characters must come from ${USCC_CHARACTERS}`);
  }
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    sum += VALUES.get(first17[i])! * WEIGHTS[i];
  }
  const check = BASE - (sum % BASE);
  return check === BASE ? '0' : USCC_CHARACTERS[check];
}

export function isValidUscc(code: string): boolean {
  if (code.length !== 18 || !inCharacterSet(code)) return false;
  // Every USCC character is also a GB 11714 character, so this cannot throw.
  if (organisationCodeCheckCharacter(code.slice(8, 16)) !== code[16]) return false;
  return usccCheckCharacter(code.slice(0, 17)) === code[17];
}

export interface UsccParts {
  registrationAuthority: string;
  organisationType: string;
  division: string;
  /** 8 characters from USCC_CHARACTERS; see organisationBodyFromSequence. */
  organisationBody: string;
}

export function buildUscc(parts: UsccParts): string {
  const { registrationAuthority, organisationType, division, organisationBody } = parts;
  if (registrationAuthority.length !== 1 || !inCharacterSet(registrationAuthority)) {
    throw new Error(`USCC: registrationAuthority must be one character from ${USCC_CHARACTERS}`);
  }
  if (organisationType.length !== 1 || !inCharacterSet(organisationType)) {
    throw new Error(`USCC: organisationType must be one character from ${USCC_CHARACTERS}`);
  }
  if (!isDivisionCode(division)) {
    throw new Error('USCC: division must be an administrative division code (GB/T 2260)');
  }
  if (organisationBody.length !== 8 || !inCharacterSet(organisationBody)) {
    throw new Error(`USCC: organisationBody must be 8 characters from ${USCC_CHARACTERS}`);
  }
  // The GB 11714 check is a digit or 'X', both of which are in the USCC set.
  const organisationCode = organisationBody + organisationCodeCheckCharacter(organisationBody);
  const first17 = registrationAuthority + organisationType + division + organisationCode;
  return first17 + usccCheckCharacter(first17);
}

/**
 * Base-31 rendering of a database sequence number, so distinct sequence values always
 * give distinct codes without any lookup or retry inside workflow code.
 */
export function organisationBodyFromSequence(sequence: number): string {
  if (!Number.isSafeInteger(sequence) || sequence < 0 || sequence > MAX_SEQUENCE) {
    throw new Error(`USCC: sequence must be an integer from 0 to ${MAX_SEQUENCE}`);
  }
  let body = '';
  let rest = sequence;
  for (let i = 0; i < 8; i++) {
    body = USCC_CHARACTERS[rest % BASE] + body;
    rest = Math.floor(rest / BASE);
  }
  return body;
}
