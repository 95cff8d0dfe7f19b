import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { localDate } from '../domain/calendar';
import { validateIdentityNumber } from '../domain/codes';
import { isBlank } from '../domain/text-rules';
import type { FieldProblem } from '../api/errors';

/** Past this a form is not a form: refuse it before validating anything. */
export const MAX_FORM_BYTES = 64 * 1024;

/** The JSON Schema dialects a form may be written in, by their `$schema`. */
export const FORM_SCHEMA_DIALECTS = {
  'http://json-schema.org/draft-07/schema#': Ajv,
  'https://json-schema.org/draft/2020-12/schema': Ajv2020,
} as const;
export type FormSchemaDialect = keyof typeof FORM_SCHEMA_DIALECTS;

export function isFormSchemaDialect(uri: unknown): uri is FormSchemaDialect {
  return typeof uri === 'string' && Object.hasOwn(FORM_SCHEMA_DIALECTS, uri);
}

/**
 * A validator of forms in a dialect, with the formats forms may use. Forms published before the
 * catalogue knew dialects say draft-07 or nothing: nothing reads as draft-07.
 */
export function formAjv(dialect: FormSchemaDialect, today: string): Ajv {
  // verbose: errors carry the offending value, so an identity number's problem can be named.
  const ajv = new FORM_SCHEMA_DIALECTS[dialect]({ allErrors: true, strict: true, verbose: true });
  addFormats(ajv);
  ajv.addFormat('cn-resident-id', (value: string) => validateIdentityNumber(value, today) === null);
  return ajv;
}

function dialectOf(schema: object): FormSchemaDialect {
  const uri = (schema as { $schema?: unknown }).$schema;
  return isFormSchemaDialect(uri) ? uri : 'http://json-schema.org/draft-07/schema#';
}

interface DayValidators {
  today: string;
  ajv: Partial<Record<FormSchemaDialect, Ajv>>;
  /** By the schema's text: a draft's schema changes under the same item version id. */
  compiled: Map<string, ValidateFunction>;
}

let validators: DayValidators | undefined;

/**
 * One validator per item version and day: an identity number's birth date may not be after the
 * day, and a format sees only the value, so each day compiles its own (the day before's go).
 */
function validatorFor(itemId: string, schema: object, today: string): ValidateFunction {
  if (validators?.today !== today) validators = { today, ajv: {}, compiled: new Map() };
  const key = `${itemId}\u0000${JSON.stringify(schema)}`;
  let validate = validators.compiled.get(key);
  if (!validate) {
    const dialect = dialectOf(schema);
    const ajv = (validators.ajv[dialect] ??= formAjv(dialect, today));
    validate = ajv.compile(schema);
    validators.compiled.set(key, validate);
  }
  return validate;
}

function fieldOf(error: ErrorObject): string {
  const path = error.instancePath.split('/').filter(Boolean).join('.');
  const child =
    error.keyword === 'required'
      ? (error.params as { missingProperty: string }).missingProperty
      : error.keyword === 'additionalProperties'
        ? (error.params as { additionalProperty: string }).additionalProperty
        : undefined;
  return ['formData', path, child].filter(Boolean).join('.');
}

function messageOf(error: ErrorObject, today: string): string {
  if (error.keyword === 'required') return 'is required';
  if (error.keyword === 'additionalProperties') return 'is not a field of this item';
  if (error.keyword === 'format' && error.params.format === 'cn-resident-id') {
    return `is not a valid resident identity number: ${validateIdentityNumber(String(error.data), today)}`;
  }
  return error.message ?? 'is not valid';
}

/** Every text in the form with its field, named as the schema's errors name it. */
function textsOf(value: unknown, field: string): Array<{ field: string; text: string }> {
  if (typeof value === 'string') return [{ field, text: value }];
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([key, item]) => textsOf(item, `${field}.${key}`));
}

/**
 * No text of a form is blank, whatever its item's schema says: a rule of every form, so that no
 * item leaves it out and the versions published before it keep it too.
 */
function blankTexts(formData: object): FieldProblem[] {
  return textsOf(formData, 'formData')
    .filter(({ text }) => isBlank(text))
    .map(({ field }) => ({ field, message: 'has only spaces or invisible characters' }));
}

/**
 * Checks form data against the item's JSON Schema and the rules of every form as they stand
 * `now`, and returns every problem, each naming its field, e.g.
 * `formData.legalRepresentative.idNumber`. Validators are compiled once per version and day.
 */
export function validateForm(itemId: string, schema: object, formData: unknown, now: Date): FieldProblem[] {
  if (formData === null || typeof formData !== 'object' || Array.isArray(formData)) {
    return [{ field: 'formData', message: 'must be an object' }];
  }
  if (JSON.stringify(formData).length > MAX_FORM_BYTES) {
    return [{ field: 'formData', message: `must be at most ${MAX_FORM_BYTES} bytes` }];
  }
  const today = localDate(now.getTime());
  const validate = validatorFor(itemId, schema, today);
  const schemaProblems = validate(formData)
    ? []
    : (validate.errors ?? []).map((error) => ({ field: fieldOf(error), message: messageOf(error, today) }));
  return [...schemaProblems, ...blankTexts(formData)];
}
