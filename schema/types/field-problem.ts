import type { FieldProblem } from '../../api/errors';
import { builder } from '../builder';

export const FieldProblemType = builder.objectRef<FieldProblem>('FieldProblem').implement({
  description: 'What is wrong with one field of an input, as BAD_USER_INPUT names it in extensions.fields',
  fields: (t) => ({
    field: t.exposeString('field', { description: 'The field, e.g. formData.legalRepresentative.idNumber' }),
    message: t.exposeString('message'),
  }),
});
