import { builder } from '../builder';

builder.prismaObject('Material', {
  description: 'A document the applicant submits for an item (申请材料)',
  fields: (t) => ({
    code: t.exposeString('code'),
    name: t.exposeString('name'),
    nameEn: t.exposeString('nameEn'),
    required: t.exposeBoolean('required'),
    condition: t.exposeString('condition', { nullable: true, description: 'When a conditional material is needed' }),
    when: t.expose('when', {
      type: 'JSON',
      nullable: true,
      description:
        'The same condition on the form, when the form can tell: {field, op, value}, op in eq ne gt gte lt lte in, or {and: […]} / {or: […]}. A submission must then have it exactly when it holds',
    }),
    formats: t.exposeStringList('formats', { description: 'Accepted file formats' }),
    description: t.exposeString('description'),
    maxBytes: t.int({
      description: 'The largest file accepted for it, in bytes (the same for every material today)',
      resolve: (_material, _args, { documents }) => documents.maxBytes,
    }),
  }),
});
