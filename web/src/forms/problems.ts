import type { ErrorSchema } from '@rjsf/utils';
import type { FieldProblem } from '../api';

const FORM = 'formData';

/** The form's own problems, each at its field: `formData.a.b` becomes `{ a: { b: { __errors } } }`. */
export function formErrors(problems: FieldProblem[], shown: (path: string) => boolean = () => true): ErrorSchema {
  const errors: ErrorSchema = {};
  for (const { field, message } of problems) {
    if (field !== FORM && !field.startsWith(`${FORM}.`)) continue;
    const path = field.slice(FORM.length + 1); // '' for the form as a whole
    if (!shown(path)) continue;
    let node = errors as Record<string, ErrorSchema>;
    for (const key of path.split('.').filter(Boolean)) node = (node[key] ??= {}) as Record<string, ErrorSchema>;
    ((node as ErrorSchema).__errors ??= []).push(message);
  }
  return errors;
}

/** A material's problems: `documents.<code>` names the material. */
export function materialProblems(problems: FieldProblem[], code: string): string[] {
  return problems.filter(({ field }) => field === `documents.${code}`).map(({ message }) => message);
}

/** Problems that belong to no field or material on screen, shown above the form. */
export function otherProblems(problems: FieldProblem[], materials: string[]): FieldProblem[] {
  return problems.filter(
    ({ field }) =>
      !field.startsWith(`${FORM}.`) && field !== FORM && !materials.some((code) => field === `documents.${code}`),
  );
}
