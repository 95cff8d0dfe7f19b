/**
 * GB 11643-1999 citizen identity number: 6-digit address code, 8-digit birth date,
 * 3-digit sequence, and an ISO 7064 MOD 11-2 check character.
 *
 * The foreigner's permanent residence ID card of 2023 (外国人永久居留身份证, issued since
 * 1 December 2023) numbers its holders the same way, except for the first six digits: 9, the
 * province code of the place that took the application, and a 3-digit nationality code. A 9 can
 * begin no citizen's number (province codes begin 1 to 8), so the two cannot be confused.
 * The National Immigration Administration's guide for adapting systems to the card confirms the
 * 18 characters, the leading 9 and the MOD 11-2 check; the places of the province, nationality
 * and birth date (digits 2-3, 4-6, 7-14) are from the guide's table as others have implemented
 * it, not read from the table itself.
 */

import { isDivisionCode, isProvinceCode } from './division-code';

// 2^(17-i) mod 11 for positions 1..17, i.e. the ISO 7064 MOD 11-2 weights.
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
const CHECK_CHARACTERS = '10X98765432';
const SEVENTEEN_DIGITS = /^[0-9]{17}$/;
// The residence permits of Taiwan residents carry identity numbers with this address code;
// GB/T 2260 gives Taiwan 71. (Hong Kong's 810000 and Macao's 820000 are divisions.)
const TAIWAN_RESIDENCE_PERMIT = '830000';
const FOREIGN_PERMANENT_RESIDENT = '9';

export function identityNumberCheckCharacter(first17: string): string {
  if (!SEVENTEEN_DIGITS.test(first17)) {
    throw new Error('identity number: the first 17 characters must be digits');
  }
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    sum += (first17.charCodeAt(i) - 48) * WEIGHTS[i];
  }
  return CHECK_CHARACTERS[sum % 11];
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

// Calendar arithmetic by hand rather than via Date, so the answer cannot depend on the
// host's time zone or on Date's lenient rollover (Feb 31 → Mar 3).
function isRealDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const daysInMonth = [31, isLeapYear(year) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
  return day <= daysInMonth[month - 1];
}

/**
 * Returns null when the number is valid on `today` (YYYY-MM-DD, China time), otherwise a short
 * reason suitable for a form error. Today is the caller's to say, so the rule stays pure.
 */
export function validateIdentityNumber(value: string, today: string): string | null {
  if (value.length !== 18) {
    return 'identity number must be 18 characters';
  }
  if (!SEVENTEEN_DIGITS.test(value.slice(0, 17))) {
    return 'identity number: the first 17 characters must be digits';
  }
  const last = value[17];
  if (last === 'x') {
    // The standard prints an upper-case X; accepting both would let the same person
    // appear under two spellings in the database.
    return 'identity number: the check character must be an upper-case X, not x';
  }
  if (!/^[0-9X]$/.test(last)) {
    return 'identity number: the last character must be a digit or X';
  }
  const address = value.slice(0, 6);
  if (value[0] === FOREIGN_PERMANENT_RESIDENT) {
    // The nationality code (GB/T 2659 numeric, digits 4 to 6) is not checked: no table of it is
    // kept here, and the check character already catches a mistyped digit. Whether Hong Kong's,
    // Macao's or Taiwan's province code can follow the 9 is not confirmed (the cards are issued
    // on the mainland); they are accepted rather than refuse a real card.
    if (!isProvinceCode(value.slice(1, 3))) {
      return "identity number: a foreign permanent resident's number must have a province code (GB/T 2260 administrative division) after its 9";
    }
  } else if (!isDivisionCode(address) && address !== TAIWAN_RESIDENCE_PERMIT) {
    return 'identity number: the first six digits are not an administrative division (GB/T 2260)';
  }
  const year = Number(value.slice(6, 10));
  const month = Number(value.slice(10, 12));
  const day = Number(value.slice(12, 14));
  if (year < 1900 || !isRealDate(year, month, day)) {
    return 'identity number contains an invalid birth date';
  }
  if (value.slice(6, 14) > today.replaceAll('-', '')) {
    return 'identity number: the birth date is in the future';
  }
  if (identityNumberCheckCharacter(value.slice(0, 17)) !== last) {
    return 'identity number has a wrong check character';
  }
  return null;
}
