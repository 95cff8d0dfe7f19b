import { builder } from '../builder';
import type { Identity } from '../../api/identity';

const ViewerType = builder.objectRef<Identity>('Viewer').implement({
  description: 'The signed-in person, as their token says',
  fields: (t) => ({
    sub: t.exposeString('sub'),
    role: t.exposeString('role'),
    agency: t.exposeString('agency', { nullable: true }),
  }),
});

builder.queryField('me', (t) =>
  t.field({
    type: ViewerType,
    authScopes: { authenticated: true },
    resolve: (_root, _args, { auth }) => auth.identity!,
  }),
);
