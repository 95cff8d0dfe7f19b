import { builder } from '../builder';

builder.prismaObject('TimelineEntry', {
  description: 'One step of a case: who did what, and when',
  fields: (t) => ({
    at: t.expose('at', { type: 'DateTime' }),
    actor: t.exposeString('actor', { nullable: true }),
    action: t.exposeString('action'),
    detail: t.exposeString('detail', { nullable: true }),
  }),
});
