/**
 * GB 11714-1997 organisation code: 8 body characters and a MOD 11 check character.
 * Letters take the values A=10 … Z=35, so the body alphabet is the full 0-9A-Z.
 */

const WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2] as const;
const BODY = /^[0-9A-Z]{8}$/;

function characterValue(character: string): number {
  const code = character.charCodeAt(0);
  return code <= 57 ? code - 48 : code - 55;
}

export function organisationCodeCheckCharacter(body8: string): string {
  if (!BODY.test(body8)) {
    throw new Error('organisation code body must be 8 characters from 0-9 and A-Z');
  }
  let sum = 0;
  for (let i = 0; i < 8; i++) {
    sum += characterValue(body8[i]) * WEIGHTS[i];
  }
  const check = 11 - (sum % 11);
  if (check === 10) return 'X';
  if (check === 11) return '0';
  return String(check);
}

/**
 * Expects the code without the hyphen printed on certificates ('D2143569X', not 'D2143569-X').
 * Note that MOD 11 over a 36-character alphabet cannot see a substitution by a character whose
 * value differs by a multiple of 11 (e.g. '0' ↔ 'B'); that is a property of the standard.
 */
export function isValidOrganisationCode(code9: string): boolean {
  if (code9.length !== 9) return false;
  const body = code9.slice(0, 8);
  if (!BODY.test(body)) return false;
  return organisationCodeCheckCharacter(body) === code9[8];
}
