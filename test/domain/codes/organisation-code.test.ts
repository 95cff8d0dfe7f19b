import { isValidOrganisationCode, organisationCodeCheckCharacter } from '../../../domain/codes';

describe('organisationCodeCheckCharacter', () => {
  it.each([
    // D=13: 39+14+9+40+15+40+24+18 = 199, 199 mod 11 = 1, 11-1 = 10 → 'X' (the standard's example)
    ['D2143569', 'X'],
    // 3+14+27+40+25+48+28+16 = 201, 201 mod 11 = 3 → 8
    ['12345678', '8'],
    // Σ = 0, 11-0 = 11 → '0'
    ['00000000', '0'],
    // 1×3 = 3 → 8
    ['10000000', '8'],
    // 5×3 = 15, 15 mod 11 = 4 → 7
    ['50000000', '7'],
    // M=22, 66+5+68 = 139, 139 mod 11 = 7 → 4 (from USCC 91350100M000100Y43)
    ['M000100Y', '4'],
    // 15+35+9+30+40+40+0+16 = 185, 185 mod 11 = 9 → 2 (from USCC 91110108551385082Q)
    ['55138508', '2'],
  ])('%s → %s', (body, expected) => {
    expect(organisationCodeCheckCharacter(body)).toBe(expected);
  });

  it.each(['1234567', '123456789', 'd2143569', '1234-678', ''])('throws on %p', (body) => {
    expect(() => organisationCodeCheckCharacter(body)).toThrow();
  });
});

describe('isValidOrganisationCode', () => {
  it.each(['D2143569X', '123456788', '000000000', 'M000100Y4', '551385082'])('accepts %s', (code) => {
    expect(isValidOrganisationCode(code)).toBe(true);
  });

  it.each([
    'D2143569-X', // hyphenated print form
    'D21435690',
    'd2143569X',
    'D2143569x',
    '12345678',
    '1234567888',
    '123456789',
    '',
  ])('rejects %p', (code) => {
    expect(isValidOrganisationCode(code)).toBe(false);
  });

  // Only all-digit bodies: a digit and a letter can be congruent mod 11 (see below).
  it.each(['123456788', '551385082', '000000000'])('detects every digit substitution in %s', (code) => {
    for (let position = 0; position < 9; position++) {
      for (const replacement of '0123456789X') {
        if (replacement === code[position]) continue;
        if (position < 8 && replacement === 'X') continue;
        const mutated = code.slice(0, position) + replacement + code.slice(position + 1);
        expect([mutated, isValidOrganisationCode(mutated)]).toEqual([mutated, false]);
      }
    }
  });

  it.each([
    ['C23456788', "'1' (1) → 'C' (12)"],
    ['22143569X', "'D' (13) → '2'"],
  ])('cannot see %s, a substitution %s congruent mod 11 (a limit of the standard)', (code) => {
    expect(isValidOrganisationCode(code)).toBe(true);
  });
});
