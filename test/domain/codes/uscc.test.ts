import {
  USCC_CHARACTERS,
  buildUscc,
  isValidUscc,
  organisationBodyFromSequence,
  usccCheckCharacter,
} from '../../../domain/codes';

// Codes as printed on published business licences.
const PUBLISHED = [
  '91350100M000100Y43',
  '91110108551385082Q',
  '91440300708461136T',
  '91110000802100433B',
  '914403001922038216',
  '91310000MA1FL4B24G',
  '91330100716105852F',
];

describe('USCC_CHARACTERS', () => {
  it('is the 31-character GB 32100 set without I, O, Z, S, V', () => {
    expect(USCC_CHARACTERS).toHaveLength(31);
    expect(USCC_CHARACTERS).not.toMatch(/[IOZSV]/);
  });
});

describe('usccCheckCharacter', () => {
  it.each(PUBLISHED)('reproduces the check character of %s', (code) => {
    expect(usccCheckCharacter(code.slice(0, 17))).toBe(code[17]);
  });

  it('maps a zero remainder to 0', () => {
    // Σ of all-zero positions is 0, 31 - 0 = 31 → '0'.
    expect(usccCheckCharacter('00000000000000000')).toBe('0');
  });

  it('hand-computed: 1 at position 1 (weight 1) → 31-1 = 30 → Y', () => {
    expect(usccCheckCharacter('10000000000000000')).toBe('Y');
  });

  it.each(['9111010855138508', '911101085513850822', '91110108551385O82', '9111010855138s082'])(
    'throws on %p',
    (first17) => {
      expect(() => usccCheckCharacter(first17)).toThrow();
    },
  );
});

describe('isValidUscc', () => {
  it.each(PUBLISHED)('accepts %s', (code) => {
    expect(isValidUscc(code)).toBe(true);
  });

  it.each([
    ['too short', '91350100M000100Y4'],
    ['too long', '91350100M000100Y433'],
    ['lower case', '91350100m000100y43'],
    ['letter O', '91350100O000100Y43'],
    ['letter I', '9I350100M000100Y43'],
    ['hyphen', '91350100-M000100Y4'],
    ['wrong overall check', '91350100M000100Y44'],
  ])('rejects %s: %s', (_why, code) => {
    expect(isValidUscc(code)).toBe(false);
  });

  it('rejects a code whose overall check is right but whose organisation-code check is wrong', () => {
    const first17 = '91350100M000100Y5';
    const code = first17 + usccCheckCharacter(first17);
    expect(isValidUscc(code)).toBe(false);
  });

  it.each(PUBLISHED)('detects every single-character substitution in %s', (code) => {
    for (let position = 0; position < 18; position++) {
      for (const replacement of USCC_CHARACTERS) {
        if (replacement === code[position]) continue;
        const mutated = code.slice(0, position) + replacement + code.slice(position + 1);
        expect([mutated, isValidUscc(mutated)]).toEqual([mutated, false]);
      }
    }
  });
});

describe('buildUscc', () => {
  it.each(PUBLISHED)('rebuilds %s from its parts', (code) => {
    expect(
      buildUscc({
        registrationAuthority: code[0],
        organisationType: code[1],
        division: code.slice(2, 8),
        organisationBody: code.slice(8, 16),
      }),
    ).toBe(code);
  });

  it.each([0, 1, 30, 31, 4711, 123_456_789, 31 ** 8 - 1])(
    'round-trips through isValidUscc for sequence %d',
    (sequence) => {
      const code = buildUscc({
        registrationAuthority: '9',
        organisationType: '1',
        division: '110102',
        organisationBody: organisationBodyFromSequence(sequence),
      });
      expect(code).toMatch(/^911101020*/);
      expect(code).toHaveLength(18);
      expect(isValidUscc(code)).toBe(true);
    },
  );

  const good = {
    registrationAuthority: '9',
    organisationType: '1',
    division: '110102',
    organisationBody: '00000001',
  };
  it.each([
    ['registrationAuthority', { ...good, registrationAuthority: '' }],
    ['registrationAuthority', { ...good, registrationAuthority: '91' }],
    ['registrationAuthority', { ...good, registrationAuthority: 'O' }],
    ['organisationType', { ...good, organisationType: 'S' }],
    ['organisationType', { ...good, organisationType: '11' }],
    ['division', { ...good, division: '11010' }],
    ['division', { ...good, division: '11010A' }],
    ['division', { ...good, division: '000000' }],
    ['organisationBody', { ...good, organisationBody: '0000001' }],
    ['organisationBody', { ...good, organisationBody: '0000000Z' }],
    ['organisationBody', { ...good, organisationBody: '0000000a' }],
  ])('names the bad part: %s', (part, parts) => {
    expect(() => buildUscc(parts)).toThrow(part);
  });
});

describe('organisationBodyFromSequence', () => {
  it.each([
    [0, '00000000'],
    [1, '00000001'],
    [30, '0000000Y'],
    [31, '00000010'],
    [31 ** 2, '00000100'],
    [31 ** 8 - 1, 'YYYYYYYY'],
  ])('%d → %s', (sequence, expected) => {
    expect(organisationBodyFromSequence(sequence)).toBe(expected);
  });

  it('is injective over 0..5000 and stays inside the character set', () => {
    const seen = new Set<string>();
    for (let sequence = 0; sequence <= 5000; sequence++) {
      const body = organisationBodyFromSequence(sequence);
      expect(body).toMatch(/^[0-9ABCDEFGHJKLMNPQRTUWXY]{8}$/);
      seen.add(body);
    }
    expect(seen.size).toBe(5001);
  });

  it.each([-1, 31 ** 8, 1.5, Number.NaN, Number.POSITIVE_INFINITY, Number.MAX_SAFE_INTEGER + 1])(
    'rejects %p',
    (sequence) => {
      expect(() => organisationBodyFromSequence(sequence)).toThrow();
    },
  );
});
