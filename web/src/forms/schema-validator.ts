import { Validator, type Schema } from '@cfworker/json-schema';
import type { RJSFSchema, ValidationData, ValidatorType } from '@rjsf/utils';

/**
 * What react-jsonschema-form needs of a validator, without judging the form.
 *
 * The form uses it to choose among a schema's alternatives (`if`/`then`, `oneOf`, dependencies)
 * as the data changes; whether the data is acceptable is the API's to say (`formProblems`), by
 * the same rules a submission meets, so the desk never disagrees with it. @cfworker/json-schema
 * interprets schemas instead of compiling them to functions, as Ajv does, so the desk's
 * Content-Security-Policy needs no 'unsafe-eval'.
 */
export const schemaValidator: ValidatorType = {
  validateFormData: (): ValidationData<unknown> => ({ errors: [], errorSchema: {} }),
  isValid: (schema, formData, rootSchema) => validatorOf(schema, rootSchema).validate(formData).valid,
  rawValidation: <Result>(schema: RJSFSchema, formData: unknown) => ({
    errors: validatorOf(schema, schema).validate(formData).errors as Result[],
  }),
};

/** A sub-schema refers to the root's definitions with `#/…`, so it is checked with them beside it. */
function validatorOf(schema: RJSFSchema, rootSchema: RJSFSchema): Validator {
  const { definitions, $defs } = rootSchema;
  return new Validator({ ...(schema as Schema), definitions, $defs }, '7', false);
}
