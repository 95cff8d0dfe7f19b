/**
 * A certificate kind's numbering rule: literal text with placeholders, e.g. `{item}-{year}-{serial}`.
 * {serial} is the hall's certificate serial (six digits), unique across kinds, so a rule that
 * has it gives every certificate its own number.
 */
const PLACEHOLDERS = ['item', 'year', 'serial'] as const;
const PLACEHOLDER = /\{([^{}]*)\}/g;
// Letters, digits, CJK and the punctuation certificate numbers use (〔2026〕第12号).
const LITERAL = /^[\p{Script=Han}A-Za-z0-9\-_/〔〕（）()第号字 ]*$/u;

export function numberPatternProblems(pattern: string): string[] {
  const names = [...pattern.matchAll(PLACEHOLDER)].map((match) => match[1]);
  const problems = names
    .filter((name) => !(PLACEHOLDERS as readonly string[]).includes(name))
    .map((name) => `{${name}} is not a placeholder; use ${PLACEHOLDERS.map((known) => `{${known}}`).join(', ')}`);
  if (!names.includes('serial')) problems.push('must contain {serial}, so that no two certificates share a number');
  if (!LITERAL.test(pattern.replace(PLACEHOLDER, ''))) {
    problems.push('may hold only letters, digits, Chinese characters, spaces and - _ / 〔〕（）()');
  }
  return problems;
}

export function certificateNumber(pattern: string, values: { item: string; year: number; serial: number }): string {
  const text: Record<(typeof PLACEHOLDERS)[number], string> = {
    item: values.item,
    year: String(values.year),
    serial: String(values.serial).padStart(6, '0'),
  };
  return pattern.replace(PLACEHOLDER, (_match, name: (typeof PLACEHOLDERS)[number]) => text[name]);
}
