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
    document: t.relation('document', {
      nullable: true,
      description: 'The licence as a PDF in its holder’s library (电子证照), to download or attach to later cases',
    }),
  }),
});
