import { identityNumberCheckCharacter, validateIdentityNumber } from '../../../domain/codes';

const VALID = [
  '11010519491231002X', // the sample printed in GB 11643-1999
  '110101199003070011',
  '32010619850615001X',
  '510107197202290037', // 29 February of a leap year
  '110105200002291235', // 2000 is a leap year (divisible by 400)
  '810000199001010019', // a Hong Kong resident's residence permit
  '830000199001010012', // a Taiwan resident's residence permit (830000, not GB/T 2260's 71)
  '931840198506150015', // a foreign permanent resident's card of 2023: Shanghai (31), USA (840)
  '944392200002290026', // the same, Guangdong (44), Japan (392), born on a 29 February
];

const TODAY = '2026-11-30';

/** The number with the right check character, so that only the part under test is wrong. */
const withCheck = (first17: string) => first17 + identityNumberCheckCharacter(first17);

describe('identityNumberCheckCharacter', () => {
  // Hand computation for 11010519491231002: Σ digit×weight = 167, 167 mod 11 = 2 → 'X'.
  it.each([
    ['11010519491231002', 'X'],
    ['11010119900307001', '1'],
    ['51010719720229003', '7'],
    ['11010520000229123', '5'],
  ])('%s → %s', (first17, expected) => {
    expect(identityNumberCheckCharacter(first17)).toBe(expected);
  });

  it.each(['1101051949123100', '110105194912310021', '1101051949123100A'])('rejects %s', (first17) => {
    expect(() => identityNumberCheckCharacter(first17)).toThrow();
  });
});

describe('validateIdentityNumber', () => {
  it.each(VALID)('accepts %s', (value) => {
    expect(validateIdentityNumber(value, TODAY)).toBeNull();
  });

  it.each([
    ['11010519491231002', /18 characters/],
    ['11010519491231002XX', /18 characters/],
    ['110105194912310', /18 characters/],
    ['1101051949123100AX', /digits/],
    ['11010519491231002x', /upper-case X/],
    ['11010519491231002Y', /digit or X/],
    // Feb 31, with the check character that would otherwise be right ('6').
    ['110105194902310026', /birth date/],
    ['110105190002290020', /birth date/], // 1900 is not a leap year
    ['110105194913010020', /birth date/],
    ['110105194900010020', /birth date/],
    ['110105194904310020', /birth date/],
    ['440524188001010014', /birth date/], // before 1900
    ['110105194912310021', /check character/],
    [withCheck('11010519900230001'), /birth date/], // 30 February
    [withCheck('00000019491231002'), /administrative division/],
    [withCheck('99010119491231002'), /administrative division/], // a 9, then no province 90
    [withCheck('90084019850615001'), /administrative division/], // a 9, then no province 00
    [withCheck('91084019850615001'), /administrative division/], // a 9, then the country's 10
    [withCheck('93184019850230001'), /birth date/], // a foreign permanent resident, 30 February
    [withCheck('93184018991231001'), /birth date/], // a foreign permanent resident, before 1900
    [withCheck('10000019491231002'), /administrative division/], // the country, not a place
  ])('rejects %s', (value, reason) => {
    expect(validateIdentityNumber(value, TODAY)).toMatch(reason);
  });

  it('takes someone born today, China time, and refuses someone born tomorrow', () => {
    expect(validateIdentityNumber(withCheck('11010520261130001'), TODAY)).toBeNull();
    expect(validateIdentityNumber(withCheck('11010520261201001'), TODAY)).toMatch(/birth date is in the future/);
    expect(validateIdentityNumber(withCheck('11010520270101001'), TODAY)).toMatch(/birth date is in the future/);
    expect(validateIdentityNumber(withCheck('93184020261130001'), TODAY)).toBeNull();
    expect(validateIdentityNumber(withCheck('93184020261201001'), TODAY)).toMatch(/birth date is in the future/);
  });

  it('the Feb 31 sample carries the arithmetically correct check character', () => {
    expect(identityNumberCheckCharacter('11010519490231002')).toBe('6');
  });

  const substitutes = '0123456789X';
  it.each(VALID)('detects every single-character substitution in %s', (value) => {
    for (let position = 0; position < 18; position++) {
      for (const replacement of substitutes) {
        if (replacement === value[position]) continue;
        if (position < 17 && replacement === 'X') continue;
        const mutated = value.slice(0, position) + replacement + value.slice(position + 1);
        expect([mutated, validateIdentityNumber(mutated, TODAY)]).not.toEqual([mutated, null]);
      }
    }
  });
});
