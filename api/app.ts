import express, { type ErrorRequestHandler, type Express, type RequestHandler } from 'express';
import { randomUUID } from 'node:crypto';
import { GraphQLError, NoSchemaIntrospectionCustomRule, type GraphQLSchema } from 'graphql';
import { refusedText } from '../domain/text-rules';
import { createYoga, type Plugin } from 'graphql-yoga';
import type { PrismaClient } from '@prisma/client';
import type { Client } from '@temporalio/client';
import { logContext, type Logger } from '../logger';
import { errorBody, sendError } from './errors';
import { authenticateRequests, requestAuthentication, type Authenticator } from './auth';
import type { Context } from './context';
import { refuseBadText } from './input-text';
import { createMetrics, type Metrics } from './metrics';
import { DEFAULT_QUERY_LIMITS, queryLimits, type QueryLimits } from './query-limits';
import { RateLimiter } from './rate-limit';
import { maskError } from './unavailable';

/** A dependency the service needs; /health reports each by name. */
export type HealthCheck = () => Promise<void>;

export interface AppDependencies {
  schema: GraphQLSchema;
  prisma: PrismaClient;
  temporal: Client;
  documents: Context['documents'];
  /** The changes of cases, whichever process made them (live/change-listener.ts): subscriptions follow them. */
  live: Context['live'];
  authenticate: Authenticator;
  log: Logger;
  health: Record<string, HealthCheck>;
  /** Production turns off GraphiQL, introspection and error detail. */
  production: boolean;
  /** Keys the case ids drawn from idempotency keys (api/secret.ts). */
  applicationIdSecret: string;
  /** The hall's prefix of new item codes (CATALOGUE_CODE_PREFIX). */
  catalogueCodePrefix: string;
  /** DELIVERY_DEADLINE_DAYS, given to each new case. */
  deliveryDeadlineDays: number;
  /**
   * Unexpected errors carry their message and stack to the client (DEBUG_ERRORS, loopback only);
   * otherwise they are masked in every mode and only logged.
   */
  debugErrors?: boolean;
  limits?: { query?: Partial<QueryLimits>; requestsPerMinute?: number };
  now?: () => Date;
  /** A span around each GraphQL request, when tracing is on. */
  traceRequests?: RequestHandler;
  /** Shared with the worker of the same process, so /metrics shows its counts too. */
  metrics?: Metrics;
  /**
   * The feature rooms' routes outside GraphQL (document downloads, the printed service guide),
   * after authentication: each route decides whether it needs a person.
   */
  routes?: RequestHandler[];
  /** The web desk (web/desk.ts): its page for every path the API does not answer. */
  desk?: RequestHandler;
}

/** /health answers within this however a dependency hangs: one that has not answered is down. */
export const HEALTH_CHECK_TIMEOUT_MS = 1500;

async function checkWithin(check: HealthCheck, ms: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
  });
  try {
    await Promise.race([check(), timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** Generous for any form; uploads (multipart) are not parsed here and have limits of their own. */
export const MAX_JSON_BODY = '1mb';

/**
 * Yoga reads a multipart upload whole before any resolver sees it, so its size is checked here
 * first, from the declared length (one upload and its GraphQL operation, with room to spare).
 */
function uploadSizeGuard(maxDocumentBytes: number): RequestHandler {
  return (req, res, next) => {
    if (!req.is('multipart/form-data')) return next();
    const declared = Number(req.get('content-length'));
    if (!declared) {
      sendError(res, 'LENGTH_REQUIRED', 'An upload must declare its Content-Length');
    } else if (declared > maxDocumentBytes + 64 * 1024) {
      sendError(res, 'PAYLOAD_TOO_LARGE', `A document may be at most ${maxDocumentBytes} bytes`);
    } else next();
  };
}

/** Each request gets an id (the caller's X-Request-Id, or a new one), echoed and logged with its outcome. */
function requestLog(log: Logger, metrics: Metrics): RequestHandler {
  return (req, res, next) => {
    const offered = req.get('x-request-id');
    const requestId = offered && /^[\w.:-]{1,100}$/.test(offered) ? offered : randomUUID();
    res.set('x-request-id', requestId);
    const started = performance.now();
    res.on('finish', () => {
      metrics.countRequest(req.method, res.statusCode);
      log.info(
        {
          requestId,
          method: req.method,
          // The whole path: under a mounted middleware `req.path` is only the rest of it.
          path: req.originalUrl.split('?')[0],
          status: res.statusCode,
          ms: Math.round(performance.now() - started),
        },
        'request',
      );
    });
    next();
  };
}

/** Body-parser refusals, answered in GraphQL's error shape so clients handle them alike. */
const bodyErrors: ErrorRequestHandler = (error: { type?: string; status?: number }, _req, res, next) => {
  if (error.type === 'entity.too.large') {
    sendError(res, 'PAYLOAD_TOO_LARGE', `The request body is larger than ${MAX_JSON_BODY}`);
  } else if (error.type === 'entity.parse.failed') {
    sendError(res, 'BAD_REQUEST', 'The request body is not valid JSON');
  } else {
    next(error);
  }
};

function withoutSuggestion(error: GraphQLError): GraphQLError {
  const message = error.message.replace(/ Did you mean .*\?$/, '');
  if (message === error.message) return error;
  return new GraphQLError(message, { nodes: error.nodes, path: error.path, extensions: error.extensions });
}

/** Every log line written while this request is served carries its id (logger.ts). */
const withRequestContext: RequestHandler = (_req, res, next) =>
  logContext.run({ requestId: res.get('x-request-id') ?? '' }, next);

/**
 * A path whose decoded text holds what no id can (NUL, a lone surrogate, a control or direction
 * character) is refused before any route looks it up.
 */
const refuseBadPaths: RequestHandler = (req, res, next) => {
  let decoded: string;
  try {
    decoded = decodeURIComponent(req.path);
  } catch {
    return sendError(res, 'BAD_USER_INPUT', 'The request path is not valid percent-encoding');
  }
  const fault = refusedText(decoded);
  if (fault) return sendError(res, 'BAD_USER_INPUT', `The request path ${fault.message}`);
  next();
};

/** Whatever a route did not handle answers JSON without internals; the log keeps the error. */
function unexpectedErrors(log: Logger): ErrorRequestHandler {
  return (error: { status?: number; type?: string }, req, res, next) => {
    if (res.headersSent) return next(error);
    const requestId = res.get('x-request-id');
    if (error.status && error.status >= 400 && error.status < 500) {
      return void res.status(error.status).json(errorBody('The request is not valid', 'BAD_REQUEST'));
    }
    log.error({ err: error, requestId, path: req.path }, 'Unexpected error');
    sendError(res, 'INTERNAL_SERVER_ERROR', 'Unexpected error.', { requestId });
  };
}

/** Built apart from `listen`, so tests drive it on an ephemeral port. */
export function buildApp(deps: AppDependencies): Express {
  const rules = deps.production ? [NoSchemaIntrospectionCustomRule] : [];
  const rateLimiter = new RateLimiter(deps.limits?.requestsPerMinute ?? 0);
  const metrics = deps.metrics ?? createMetrics(deps.prisma);
  const countErrors = ({ result }: { result: unknown }) => {
    for (const error of (result as { errors?: GraphQLError[] }).errors ?? []) {
      const code = error.extensions?.code;
      metrics.countError(typeof code === 'string' ? code : 'INTERNAL_SERVER_ERROR');
    }
  };
  const productionRules: Plugin = {
    onValidate: ({ addValidationRule }) => rules.forEach((rule) => addValidationRule(rule)),
    onResultProcess: (payload) => {
      countErrors(payload);
      // "Did you mean …" (a field, an input field, an enum value), in validation or in the
      // variables, would spell out the schema that introspection keeps to itself.
      const { errors } = payload.result as { errors?: readonly GraphQLError[] };
      if (deps.production && Array.isArray(errors) && errors.length > 0) {
        payload.setResult({ ...(payload.result as object), errors: errors.map(withoutSuggestion) });
      }
    },
  };
  const yoga = createYoga<{ req: express.Request; res: express.Response }, Context>({
    plugins: [
      productionRules,
      queryLimits({ ...DEFAULT_QUERY_LIMITS, ...deps.limits?.query }),
      rateLimiter.plugin(),
      refuseBadText(),
    ],
    schema: deps.schema,
    graphqlEndpoint: '/graphql',
    graphiql: !deps.production,
    // GraphiQL with its scripts and styles inlined from the package, not fetched from a CDN, so
    // that it works offline; loaded at the first page view, as the bundle costs a process ~60 MB.
    renderGraphiQL: async (options) => (await import('@graphql-yoga/render-graphiql')).renderGraphiQL(options),
    landingPage: false,
    maskedErrors: { isDev: deps.debugErrors ?? false, maskError },
    logging: {
      debug: (...args) => deps.log.debug(args),
      info: (...args) => deps.log.info(args),
      warn: (...args) => deps.log.warn(args),
      error: (...args) => deps.log.error(args),
    },
    context: ({ res }) => ({
      prisma: deps.prisma,
      temporal: deps.temporal,
      documents: deps.documents,
      live: deps.live,
      auth: requestAuthentication(res),
      applicationIdSecret: deps.applicationIdSecret,
      catalogueCodePrefix: deps.catalogueCodePrefix,
      deliveryDeadlineDays: deps.deliveryDeadlineDays,
      now: deps.now ?? (() => new Date()),
    }),
  });

  const app = express();
  app.disable('x-powered-by');
  app.use(requestLog(deps.log, metrics));
  app.get('/metrics', async (_req, res) => {
    res.set('content-type', metrics.registry.contentType).send(await metrics.registry.metrics());
  });
  app.get('/health', async (_req, res) => {
    const results = await Promise.all(
      Object.entries(deps.health).map(async ([name, check]) => {
        try {
          await checkWithin(check, HEALTH_CHECK_TIMEOUT_MS);
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
  app.use(refuseBadPaths);
  if (deps.desk) app.use(deps.desk);
  app.use(withRequestContext);
  app.use(authenticateRequests(deps.authenticate));
  app.use(rateLimiter.requests);
  for (const route of deps.routes ?? []) app.use(route);
  app.use(
    yoga.graphqlEndpoint,
    // Parsed here so the size limit holds; yoga reads the parsed body.
    express.json({ limit: MAX_JSON_BODY }),
    bodyErrors,
    uploadSizeGuard(deps.documents.maxBytes),
    // Last before yoga, so that the span's context reaches the resolvers (the body parser's
    // stream callbacks would lose it).
    ...(deps.traceRequests ? [deps.traceRequests] : []),
    // Again after the body parser, whose stream callbacks run outside the request's context.
    withRequestContext,
    yoga.requestListener,
  );
  app.use(unexpectedErrors(deps.log));
  return app;
}
