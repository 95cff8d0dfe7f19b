import { builder } from '../builder';

export const AgencyType = builder.prismaObject('Agency', {
  fields: (t) => ({
    code: t.exposeString('code'),
    name: t.exposeString('name', { description: 'Chinese name, as on notices' }),
    nameEn: t.exposeString('nameEn'),
  }),
});
