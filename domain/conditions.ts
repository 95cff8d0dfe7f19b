import type { Condition } from './definition';

/** Reads a dotted path such as `legalRepresentative.name` from form data. */
export function fieldValue(formData: Record<string, unknown>, field: string): unknown {
  return field
    .split('.')
    .reduce<unknown>(
      (value, key) =>
        value !== null && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined,
      formData,
    );
}

/**
 * Whether a condition holds for a form. A missing or mistyped field makes an ordering comparison
 * false, never an error. Workflow code evaluates it: it must stay pure, and a condition of a
 * recorded case must keep its answer (new operators only add shapes, they change no old one).
 */
export function conditionHolds(condition: Condition, formData: Record<string, unknown>): boolean {
  if ('and' in condition) return condition.and.every((part) => conditionHolds(part, formData));
  if ('or' in condition) return condition.or.some((part) => conditionHolds(part, formData));
  const actual = fieldValue(formData, condition.field);
  const expected = condition.value;
  switch (condition.op) {
    case 'eq':
      return actual === expected;
    case 'ne':
      return actual !== expected;
    case 'in':
      return (expected as unknown[]).includes(actual);
  }
  if (typeof actual !== typeof expected || (typeof actual !== 'number' && typeof actual !== 'string')) return false;
  const a = actual;
  const b = expected as number | string;
  switch (condition.op) {
    case 'gt':
      return a > b;
    case 'gte':
      return a >= b;
    case 'lt':
      return a < b;
    case 'lte':
      return a <= b;
  }
}
