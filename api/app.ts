import express, { type Express } from 'express';
import type { GraphQLSchema } from 'graphql';
import { createYoga } from 'graphql-yoga';
import type { PrismaClient } from '@prisma/client';
import type { Logger } from '../logger';
import type { Authenticator } from './auth';
import type { Context } from './context';

/** A dependency the service needs; /health reports each by name. */
export type HealthCheck = () => Promise<void>;

export interface AppDependencies {
  schema: GraphQLSchema;
  prisma: PrismaClient;
  authenticate: Authenticator;
  log: Logger;
  health: Record<string, HealthCheck>;
  /** Production turns off GraphiQL and introspection-friendly error detail. */
  production: boolean;
}

/** Built apart from `listen`, so tests drive it on an ephemeral port. */
export function buildApp(deps: AppDependencies): Express {
  const yoga = createYoga<{ req: express.Request; res: express.Response }, Context>({
    schema: deps.schema,
    graphqlEndpoint: '/graphql',
    graphiql: !deps.production,
    landingPage: false,
    maskedErrors: { isDev: !deps.production },
    logging: {
      debug: (...args) => deps.log.debug(args),
      info: (...args) => deps.log.info(args),
      warn: (...args) => deps.log.warn(args),
      error: (...args) => deps.log.error(args),
    },
    context: async ({ request }) => ({
      prisma: deps.prisma,
      auth: await deps.authenticate(request.headers.get('authorization')),
    }),
  });

  const app = express();
  app.disable('x-powered-by');
  app.get('/health', async (_req, res) => {
    const results = await Promise.all(
      Object.entries(deps.health).map(async ([name, check]) => {
        try {
          await check();
          return [name, 'ok'] as const;
        } catch (error) {
          deps.log.warn({ err: error, dependency: name }, 'health check failed');
          return [name, 'unavailable'] as const;
        }
      }),
    );
    const healthy = results.every(([, status]) => status === 'ok');
    res.status(healthy ? 200 : 503).json({ status: healthy ? 'ok' : 'degraded', ...Object.fromEntries(results) });
  });
  app.use(yoga.graphqlEndpoint, yoga.requestListener);
  return app;
}
