import { builder } from '../builder';

builder.prismaObject('Certificate', {
  fields: (t) => ({
    number: t.exposeString('number'),
    kind: t.exposeString('kind'),
    uscc: t.exposeString('uscc', {
      nullable: true,
      description: 'Unified social credit code (GB 32100-2015), for business licences',
    }),
    issuedAt: t.expose('issuedAt', { type: 'DateTime' }),
  }),
});
