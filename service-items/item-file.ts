import { parse as parseYaml, stringify as stringifyYaml } from 'yaml';
import { z } from 'zod';
import type { FieldProblem } from '../api/errors';
import { DOCUMENT_FORMATS } from '../documents/file-type';
import type { Condition } from '../domain/definition';
import type { CatalogueItemDefinition } from './item-definition';

/**
 * The shapes of catalogue data as administrators write it, in an import file (YAML or JSON) or
 * through the API. A shape problem is named by its path, like every other problem of a draft
 * (item-validation.ts checks what a shape cannot say).
 */

const text = (max: number) => z.string().trim().min(1, 'must not be empty').max(max, `at most ${max} characters`);
const workingDays = z.number().int('must be a whole number of working days').min(1).max(365);
const code = z.string().regex(/^[A-Z][A-Z0-9_]{1,31}$/, 'must be upper-case letters, digits and _, e.g. HEALTH');

const scalar = z.union([z.string().max(200), z.number(), z.boolean()]);
const condition: z.ZodType<Condition> = z.lazy(() =>
  z.union([
    z.strictObject({ and: z.array(condition).min(2, 'joins at least two conditions') }),
    z.strictObject({ or: z.array(condition).min(2, 'joins at least two conditions') }),
    z.strictObject({ field: text(200), op: z.literal('in'), value: z.array(scalar).min(1).max(100) }),
    z.strictObject({ field: text(200), op: z.enum(['eq', 'ne', 'gt', 'gte', 'lt', 'lte']), value: scalar }),
  ]),
);

const material = z.strictObject({
  code: text(40),
  name: text(200),
  nameEn: text(200),
  required: z.boolean(),
  condition: text(500).optional(),
  when: condition.optional(),
  formats: z.array(z.enum(DOCUMENT_FORMATS)).min(1, 'accepts at least one format'),
  description: text(2000),
});

const stage = z.strictObject({
  name: code,
  reviewers: z.array(z.strictObject({ agency: code, when: condition.optional() })).min(1, 'has at least one reviewer'),
  excludedFromLimit: z.boolean().optional(),
});

const guide = z.strictObject({
  summary: text(2000),
  summaryEn: text(2000),
  steps: z.array(z.strictObject({ title: text(100), titleEn: text(200), detail: text(2000) })).min(1),
  tips: z.array(text(1000)),
  legalBasis: z.array(text(300)).min(1, 'names at least one law or regulation'),
});

export const itemContentShape = z.strictObject({
  name: text(100),
  nameEn: text(200),
  statutoryDays: workingDays,
  promisedDays: workingDays,
  warningDays: workingDays.optional(),
  materials: z.array(material).max(100),
  formSchema: z.record(z.string(), z.unknown()),
  process: z.strictObject({
    stages: z.array(stage).min(1, 'has at least one stage'),
    issuance: z.strictObject({ certificate: code }),
  }),
  guide,
});

/** An import file: an item's content, with the code and version of the item it is a new version of. */
const itemFileShape = itemContentShape.extend({
  code: z.string().trim().min(1).max(20).optional(),
  /** Written by export; the catalogue numbers the versions, so import reads it as a note only. */
  version: z.number().int().min(1).optional(),
});

export const agencyShape = z.strictObject({ code, name: text(100), nameEn: text(200) });
export const stageKindShape = agencyShape.extend({ excludedFromLimit: z.boolean() });
export const certificateKindShape = agencyShape.extend({ numberPattern: text(100), mintsUscc: z.boolean() });

export type ItemFile = z.infer<typeof itemFileShape>;

/** `materials[2].when.field`: the path a problem names, as the API names form fields. */
export function pathName(path: ReadonlyArray<PropertyKey>, prefix = ''): string {
  return path.reduce<string>(
    (name, key) => (typeof key === 'number' ? `${name}[${key}]` : name ? `${name}.${String(key)}` : String(key)),
    prefix,
  );
}

function problemsOf(error: z.ZodError, prefix: string): FieldProblem[] {
  return error.issues.map((issue) => ({
    field: pathName(issue.path, prefix) || prefix || '(file)',
    message: issue.message,
  }));
}

export type Parsed<T> = { value: T; problems: [] } | { value?: undefined; problems: FieldProblem[] };

export function parseShape<T>(shape: z.ZodType<T>, value: unknown, prefix = ''): Parsed<T> {
  const result = shape.safeParse(value);
  return result.success ? { value: result.data, problems: [] } : { problems: problemsOf(result.error, prefix) };
}

/** Reads an import file, YAML or JSON (JSON is YAML too, but its errors read better from JSON.parse). */
export function readItemFile(name: string, source: string): Parsed<ItemFile> {
  let data: unknown;
  try {
    data = name.endsWith('.json') ? JSON.parse(source) : parseYaml(source);
  } catch (error) {
    return {
      problems: [
        { field: '(file)', message: `is not ${name.endsWith('.json') ? 'JSON' : 'YAML'}: ${(error as Error).message}` },
      ],
    };
  }
  return parseShape(itemFileShape, data);
}

/** An item version as an import file would hold it, keys in the order people read them. */
export function itemFileText(item: CatalogueItemDefinition, format: 'yaml' | 'json'): string {
  const { code, version, name, nameEn, statutoryDays, promisedDays, warningDays } = item;
  const ordered: ItemFile = {
    ...{ code, version, name, nameEn, statutoryDays, promisedDays, warningDays },
    ...{ materials: item.materials, formSchema: item.formSchema, process: item.process, guide: item.guide },
  };
  return format === 'json'
    ? `${JSON.stringify(ordered, null, 2)}\n`
    : stringifyYaml(ordered, { lineWidth: 0, aliasDuplicateObjects: false });
}

export function readList<T>(name: string, source: string, shape: z.ZodType<T>): T[] {
  const parsed = parseShape(z.array(shape), parseYaml(source));
  if (parsed.value) return parsed.value;
  throw new Error(`${name}: ${parsed.problems.map((problem) => `${problem.field} ${problem.message}`).join('; ')}`);
}
