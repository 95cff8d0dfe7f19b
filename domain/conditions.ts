import type { FieldCondition } from './definition';

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

/** A missing or mistyped field makes an ordering comparison false, never an error. */
export function conditionHolds(condition: FieldCondition, formData: Record<string, unknown>): boolean {
  const actual = fieldValue(formData, condition.field);
  const expected = condition.value;
  switch (condition.op) {
    case 'eq':
      return actual === expected;
    case 'ne':
      return actual !== expected;
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
