import path from 'node:path';
import { loadClientConnectConfig, type ClientConnectConfig } from '@temporalio/envconfig';
import { z } from 'zod';
import { isDivisionCode } from './domain/codes';
import type { ClaimNames } from './api/identity';
import type { QueryLimits } from './api/query-limits';
import { parseFailpoints, type ArmedFailpoint } from './failpoints';
import { DEFAULT_DELIVERY_DEADLINE_DAYS } from './domain/delivery';
import { parsePayloadKeys, type PayloadKey } from './temporal/payload-codec';

/**
 * Every setting Lianban reads, parsed once from the environment. Defaults make a fresh clone
 * run on one machine; a wrong value stops start-up with the variable's name.
 */
/** Set by `npm start` in the environment of the worker process it starts: its own pid. */
export const SUPERVISOR_PID_VARIABLE = 'LIANBAN_SUPERVISOR_PID';

const port = z.coerce.number().int().min(1).max(65535);
const optionalString = z
  .string()
  .trim()
  .transform((value) => (value === '' ? undefined : value))
  .optional();

/** The seed catalogue's codes are XC-nnnn (西城, the hall it was written for). */
export const DEFAULT_CATALOGUE_CODE_PREFIX = 'XC';
/** Where the local carrier simulator listens, and the carrier when CARRIER_URL is unset. */
export const LOCAL_CARRIER_URL = 'http://127.0.0.1:4100';

export const environmentSchema = z.object({
  // 0 asks the system for a free port (tests).
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  HOST: z.string().min(1).default('127.0.0.1'),
  PUBLIC_URL: optionalString.refine((url) => url === undefined || isPublicUrl(url), {
    message: 'must be an http(s) URL without a trailing slash, query or fragment, e.g. https://hall.example',
  }),
  DATA_DIR: z.string().min(1).default('./data'),
  DATABASE_URL: optionalString.refine((url) => url === undefined || /^postgres(ql)?:\/\//.test(url), {
    message: 'must be a postgresql:// URL, or unset for the embedded database',
  }),
  TEMPORAL_CLI_PATH: optionalString,
  TEMPORAL_DEV_PORT: port.default(7233),
  TEMPORAL_UI_PORT: port.default(8233),
  TEMPORAL_CLIENT_RETRY_SECONDS: z.coerce.number().min(0).max(600).default(5),
  TEMPORAL_CALL_TIMEOUT_SECONDS: z.coerce.number().min(1).max(600).default(10),
  OTEL_EXPORTER_OTLP_ENDPOINT: optionalString.refine((url) => url === undefined || /^https?:\/\//.test(url), {
    message: 'must be an http(s) URL (an OTLP/HTTP collector, e.g. http://localhost:4318)',
  }),
  OTEL_SERVICE_NAME: z.string().trim().min(1).default('lianban'),
  AUTH_SECRET: optionalString.refine((secret) => secret === undefined || secret.length >= 32, {
    message: 'must be at least 32 characters',
  }),
  AUTH_ISSUER: optionalString,
  AUTH_AUDIENCE: optionalString,
  AUTH_MAX_TOKEN_HOURS: z.coerce.number().positive().max(8760).default(24),
  AUTH_JWKS_URL: optionalString.refine((url) => url === undefined || /^https?:\/\//.test(url), {
    message: 'must be an http(s) URL',
  }),
  AUTH_ROLE_CLAIM: z.string().trim().min(1).default('role'),
  AUTH_AGENCY_CLAIM: z.string().trim().min(1).default('agency'),
  OIDC_ISSUER: optionalString.refine((url) => url === undefined || isIssuerUrl(url), {
    message: 'must be an https URL (http only on a loopback host), without query or fragment',
  }),
  OIDC_CLIENT_ID: optionalString,
  OIDC_PROVIDER_NAME: optionalString,
  RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(0).default(600),
  GRAPHQL_MAX_DEPTH: z.coerce.number().int().min(2).default(10),
  GRAPHQL_MAX_FIELDS: z.coerce.number().int().min(10).default(500),
  GRAPHQL_MAX_ALIASES: z.coerce.number().int().min(0).default(30),
  GRAPHQL_MAX_MUTATIONS: z.coerce.number().int().min(1).default(3),
  GRAPHQL_MAX_TOKENS: z.coerce.number().int().min(100).default(5000),
  DOCUMENT_MAX_BYTES: z.coerce
    .number()
    .int()
    .min(1024)
    .default(20 * 1024 * 1024),
  DOCUMENT_UNATTACHED_QUOTA_BYTES: z.coerce
    .number()
    .int()
    .min(1024)
    .default(200 * 1024 * 1024),
  UNATTACHED_UPLOADS_KEPT_DAYS: z.coerce.number().positive().max(3650).default(7),
  CATALOGUE_CODE_PREFIX: z
    .string()
    .regex(/^[A-Z]{2,6}$/, 'must be 2 to 6 capital letters, e.g. XC')
    .default(DEFAULT_CATALOGUE_CODE_PREFIX),
  HALL_DIVISION_CODE: z
    .string()
    .refine(isDivisionCode, 'must be an administrative division code (GB/T 2260): six digits, a province first')
    .default('110102'),
  CARRIER_URL: optionalString.pipe(
    z
      .string()
      .regex(/^https?:\/\/[^/]+$/, 'must be an http(s) origin without a path, e.g. http://127.0.0.1:4100')
      .optional(),
  ),
  DELIVERY_DEADLINE_DAYS: z.coerce.number().int().positive().max(365).default(DEFAULT_DELIVERY_DEADLINE_DAYS),
  CARRIER_WEBHOOK_SECRET: optionalString.refine((secret) => secret === undefined || secret.length >= 32, {
    message: 'must be at least 32 characters',
  }),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  DEBUG_ERRORS: z.enum(['true', 'false', '1', '0', '']).default('false'),
  DEMO_SIGN_IN: z.enum(['true', 'false', '1', '0', '']).default('false'),
  PAYLOAD_KEYS: optionalString,
  APPLICATION_ID_SECRET: optionalString.refine((secret) => secret === undefined || secret.length >= 32, {
    message: 'must be at least 32 characters',
  }),
  LIANBAN_FAILPOINTS: z.string().optional(),
  [SUPERVISOR_PID_VARIABLE]: z.coerce.number().int().positive().optional(),
});

export interface Config {
  port: number;
  host: string;
  /**
   * Where people reach the desk, without a trailing slash: the printed guide's QR code and link
   * point under it. Unset: this machine's address (HOST and PORT).
   */
  publicUrl: string;
  dataDir: string;
  /** Unset: the embedded PostgreSQL server this process runs in dataDir. */
  databaseUrl?: string;
  temporal: {
    /** Unset: Lianban starts and owns a local Temporal dev server. */
    address?: string;
    namespace: string;
    /**
     * TLS, API key and gRPC metadata as Temporal's environment configuration reads them
     * (`TEMPORAL_*` variables, or a profile of the config file), files already read.
     */
    connection: Omit<ClientConnectConfig['connectionOptions'], 'address'>;
    cliPath?: string;
    devPort: number;
    uiPort: number;
    /**
     * How long the API's client retries a call Temporal did not answer before the request fails
     * with SERVICE_UNAVAILABLE (the SDK's default would hold a request for about 20 s).
     */
    clientRetrySeconds: number;
    /**
     * The longest the API waits for any one call to Temporal, a decision included, before it
     * answers SERVICE_UNAVAILABLE: a server that hangs holds no request longer than this.
     */
    callTimeoutSeconds: number;
  };
  /** OpenTelemetry tracing; unset unless an OTLP endpoint is configured. */
  tracing?: { endpoint: string; serviceName: string };
  auth: {
    /** Unset: generated once into dataDir. */
    secret?: string;
    issuer?: string;
    audience?: string;
    jwksUrl?: string;
    /** A token must expire, and within this many hours of its use. */
    maxTokenHours: number;
    /** The token claims that carry the role and the agency. */
    claims: ClaimNames;
    /**
     * The OpenID Connect provider the desk signs in through (authorization code with PKCE, as a
     * public client); the API checks tokens with the keys its discovery document names.
     */
    oidc?: { issuer: string; clientId: string; providerName: string };
    /**
     * The desk lists demo people and signs their tokens (sign-in/): development, on a loopback
     * HOST, with the service's own secret (no identity provider configured).
     */
    demoSignIn: boolean;
  };
  limits: {
    /** Requests a minute per person (per API process); 0: no limit. */
    requestsPerMinute: number;
    query: QueryLimits;
  };
  /**
   * The keys that encrypt what Lianban hands Temporal, the first encrypting; unset: one
   * generated into dataDir (temporal/payload-keys.ts).
   */
  payloadKeys?: PayloadKey[];
  /** Keys case ids drawn from idempotency keys; unset: generated into dataDir (api/secret.ts). */
  applicationIdSecret?: string;
  documents: {
    /** The largest document an applicant may upload. */
    maxBytes: number;
    /** What one person's uploads that no case holds may add up to. */
    unattachedQuotaBytes: number;
    /** An upload no case holds is deleted this long after its upload or its last use. */
    unattachedKeptDays: number;
  };
  /** GB/T 2260 code of the hall's district; it goes into every unified social credit code minted. */
  hallDivisionCode: string;
  /**
   * The carrier that delivers licences (delivery/), and the secret its status reports are signed
   * with. No webhook secret: the service takes no carrier reports (bookings still go out).
   */
  delivery: {
    carrierUrl: string;
    webhookSecret?: string;
    /**
     * `npm start` runs the carrier simulator at `carrierUrl`: no CARRIER_URL, outside production,
     * and a secret to sign its reports with (on a HOST other than loopback, only a set one).
     */
    localSimulator: boolean;
    /** Calendar days a case waits for the parcel's delivered or returned report before it is overdue. */
    deadlineDays: number;
  };
  /** The hall's prefix of item codes: a new item is `<prefix>-<next number>` (the coding rule). */
  catalogueCodePrefix: string;
  logLevel: z.infer<typeof environmentSchema>['LOG_LEVEL'];
  production: boolean;
  /** Unexpected errors show their message and stack to the client; loopback only. */
  debugErrors: boolean;
  /** Crash tests only: where this process kills itself (see failpoints.ts). */
  failpoints: ArmedFailpoint[];
  /**
   * `npm start` runs the API and the worker as two processes: this is the `npm start` process,
   * in the worker's. Unset in a process started by hand.
   */
  supervisorPid?: number;
  /** Settings that still work but will not for long; the service logs each at start. */
  deprecations: string[];
}

export class ConfigError extends Error {
  override name = 'ConfigError';
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = environmentSchema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    throw new ConfigError(`Invalid configuration:\n  ${problems.join('\n  ')}`);
  }
  const e = parsed.data;
  const temporal = temporalConnection(env);
  return {
    port: e.PORT,
    host: e.HOST,
    publicUrl: e.PUBLIC_URL ?? localOrigin(e.HOST, e.PORT),
    dataDir: path.resolve(e.DATA_DIR),
    databaseUrl: e.DATABASE_URL,
    temporal: {
      address: temporal.address,
      namespace: temporal.namespace,
      connection: temporal.connection,
      cliPath: e.TEMPORAL_CLI_PATH,
      devPort: e.TEMPORAL_DEV_PORT,
      uiPort: e.TEMPORAL_UI_PORT,
      clientRetrySeconds: e.TEMPORAL_CLIENT_RETRY_SECONDS,
      callTimeoutSeconds: e.TEMPORAL_CALL_TIMEOUT_SECONDS,
    },
    tracing: e.OTEL_EXPORTER_OTLP_ENDPOINT
      ? { endpoint: e.OTEL_EXPORTER_OTLP_ENDPOINT, serviceName: e.OTEL_SERVICE_NAME }
      : undefined,
    auth: authOf(e),
    limits: {
      requestsPerMinute: e.RATE_LIMIT_PER_MINUTE,
      query: {
        maxDepth: e.GRAPHQL_MAX_DEPTH,
        maxFields: e.GRAPHQL_MAX_FIELDS,
        maxAliases: e.GRAPHQL_MAX_ALIASES,
        maxMutations: e.GRAPHQL_MAX_MUTATIONS,
        maxTokens: e.GRAPHQL_MAX_TOKENS,
      },
    },
    payloadKeys: e.PAYLOAD_KEYS === undefined ? undefined : payloadKeysOf(e.PAYLOAD_KEYS),
    applicationIdSecret: e.APPLICATION_ID_SECRET,
    documents: {
      maxBytes: e.DOCUMENT_MAX_BYTES,
      unattachedQuotaBytes: e.DOCUMENT_UNATTACHED_QUOTA_BYTES,
      unattachedKeptDays: e.UNATTACHED_UPLOADS_KEPT_DAYS,
    },
    hallDivisionCode: e.HALL_DIVISION_CODE,
    catalogueCodePrefix: e.CATALOGUE_CODE_PREFIX,
    delivery: {
      carrierUrl: e.CARRIER_URL ?? LOCAL_CARRIER_URL,
      webhookSecret: carrierWebhookSecret(e),
      localSimulator:
        e.CARRIER_URL === undefined && e.NODE_ENV !== 'production' && carrierWebhookSecret(e) !== undefined,
      deadlineDays: e.DELIVERY_DEADLINE_DAYS,
    },
    logLevel: e.LOG_LEVEL,
    production: e.NODE_ENV === 'production',
    debugErrors: debugErrorsOn(e.DEBUG_ERRORS, e.HOST),
    failpoints: failpointsOf(e.LIANBAN_FAILPOINTS),
    supervisorPid: e[SUPERVISOR_PID_VARIABLE],
    deprecations: temporal.deprecations,
  };
}

/**
 * Known to anyone who reads this file: good for the local simulator on this machine, so only
 * outside production and on a loopback HOST, where nobody else can reach the webhook.
 */
const DEVELOPMENT_CARRIER_SECRET = 'lianban-development-carrier-webhook-secret';

function carrierWebhookSecret(e: z.infer<typeof environmentSchema>): string | undefined {
  if (e.CARRIER_WEBHOOK_SECRET) return e.CARRIER_WEBHOOK_SECRET;
  return e.NODE_ENV !== 'production' && LOOPBACK.has(e.HOST) ? DEVELOPMENT_CARRIER_SECRET : undefined;
}

/** Lianban's own names for the TLS files before it read Temporal's; they go after one release. */
export const DEPRECATED_TEMPORAL_VARIABLES: Record<string, string> = {
  TEMPORAL_TLS_CA: 'TEMPORAL_TLS_SERVER_CA_CERT_PATH',
  TEMPORAL_TLS_CERT: 'TEMPORAL_TLS_CLIENT_CERT_PATH',
  TEMPORAL_TLS_KEY: 'TEMPORAL_TLS_CLIENT_KEY_PATH',
};

/**
 * The Temporal connection the way Temporal's CLI and SDKs read it (`@temporalio/envconfig`):
 * TEMPORAL_ADDRESS, TEMPORAL_NAMESPACE, TEMPORAL_API_KEY, TEMPORAL_TLS_*, TEMPORAL_GRPC_META_*,
 * or a profile (TEMPORAL_PROFILE) of the config file (TEMPORAL_CONFIG_FILE).
 */
function temporalConnection(env: NodeJS.ProcessEnv) {
  const variables: Record<string, string> = Object.fromEntries(
    Object.entries(env)
      .map(([name, value]) => [name, value?.trim()])
      .filter((entry): entry is [string, string] => Boolean(entry[1])),
  );
  const deprecations: string[] = [];
  for (const [old, current] of Object.entries(DEPRECATED_TEMPORAL_VARIABLES)) {
    if (!variables[old]) continue;
    deprecations.push(`${old} is deprecated and will stop working in the next release: set ${current}`);
    variables[current] ??= variables[old];
  }
  const problems: string[] = [];
  if (Boolean(variables.TEMPORAL_TLS_CLIENT_CERT_PATH) !== Boolean(variables.TEMPORAL_TLS_CLIENT_KEY_PATH)) {
    problems.push(
      'TEMPORAL_TLS_CLIENT_CERT_PATH and TEMPORAL_TLS_CLIENT_KEY_PATH go together (a client certificate and its key)',
    );
  }
  let loaded: ClientConnectConfig | undefined;
  try {
    loaded = loadClientConnectConfig({ overrideEnvVars: variables });
  } catch (error) {
    problems.push(`Temporal connection (TEMPORAL_* or its config file): ${(error as Error).message}`);
  }
  if (problems.length > 0 || !loaded) throw new ConfigError(`Invalid configuration:\n  ${problems.join('\n  ')}`);
  const { address, ...connection } = loaded.connectionOptions;
  return { address: address || undefined, namespace: loaded.namespace || 'default', connection, deprecations };
}

const LOOPBACK = new Set(['127.0.0.1', '::1', 'localhost']);

/** The origin a browser on this machine reaches a server listening on `host` at. */
export function localOrigin(host: string, port: number): string {
  const name = host === '0.0.0.0' || host === '127.0.0.1' || host === '::' ? 'localhost' : host;
  return `http://${name.includes(':') ? `[${name}]` : name}:${port}`;
}

/**
 * Links are `<PUBLIC_URL>/items/<code>`, so it ends without a slash; printed on paper they last,
 * so they carry no query, fragment or credentials either.
 */
function isPublicUrl(setting: string): boolean {
  try {
    const url = new URL(setting);
    return (
      (url.protocol === 'https:' || url.protocol === 'http:') &&
      !url.username &&
      !url.password &&
      !url.search &&
      !url.hash &&
      !/[/?#]$/.test(setting)
    );
  } catch {
    return false;
  }
}

/** An issuer as OpenID Connect Discovery requires (https), or on this machine for development. */
function isIssuerUrl(setting: string): boolean {
  try {
    const url = new URL(setting);
    const here = LOOPBACK.has(url.hostname.replace(/^\[(.*)\]$/, '$1'));
    return (url.protocol === 'https:' || (url.protocol === 'http:' && here)) && !url.search && !url.hash;
  } catch {
    return false;
  }
}

function authOf(e: z.infer<typeof environmentSchema>): Config['auth'] {
  const problems: string[] = [];
  let oidc: Config['auth']['oidc'];
  if (e.OIDC_ISSUER) {
    if (!e.OIDC_CLIENT_ID) problems.push("OIDC_CLIENT_ID: the desk's client id at OIDC_ISSUER is required with it");
    if (!e.AUTH_AUDIENCE) {
      problems.push('AUTH_AUDIENCE: required with OIDC_ISSUER (the audience of the access tokens the API accepts)');
    } else if (e.AUTH_AUDIENCE === e.OIDC_CLIENT_ID) {
      // The provider issues its ID tokens to the client id: with that as the API's audience, an
      // ID token (whose claims say who signed in, not what the desk may do) would pass as access.
      problems.push(
        'AUTH_AUDIENCE: must name the API, not the desk (OIDC_CLIENT_ID), so that an ID token is no access token',
      );
    }
    if (e.AUTH_ISSUER && e.AUTH_ISSUER !== e.OIDC_ISSUER) {
      problems.push(`AUTH_ISSUER: tokens come from OIDC_ISSUER (${e.OIDC_ISSUER}); leave it unset or the same`);
    }
    oidc = {
      issuer: e.OIDC_ISSUER,
      clientId: e.OIDC_CLIENT_ID ?? '',
      providerName: e.OIDC_PROVIDER_NAME ?? new URL(e.OIDC_ISSUER).host,
    };
  } else if (e.OIDC_CLIENT_ID) {
    problems.push('OIDC_CLIENT_ID: set OIDC_ISSUER too, the provider the client is registered at');
  }
  // Anyone who reaches the demo routes signs in as anyone, an administrator included, so they are
  // asked for by name and refused wherever a request could come from another person: a default
  // NODE_ENV, or a proxy on this machine that hides where requests come from, must not open them.
  const demoSignIn = e.DEMO_SIGN_IN === 'true' || e.DEMO_SIGN_IN === '1';
  if (demoSignIn && (e.NODE_ENV !== 'development' || !LOOPBACK.has(e.HOST) || oidc || e.AUTH_JWKS_URL)) {
    problems.push(
      'DEMO_SIGN_IN: signs in anyone as anyone; only with NODE_ENV=development, a loopback HOST and no identity provider (OIDC_ISSUER, AUTH_JWKS_URL)',
    );
  }
  if (problems.length > 0) throw new ConfigError(`Invalid configuration:\n  ${problems.join('\n  ')}`);
  return {
    secret: e.AUTH_SECRET,
    issuer: e.AUTH_ISSUER ?? oidc?.issuer,
    audience: e.AUTH_AUDIENCE,
    jwksUrl: e.AUTH_JWKS_URL,
    maxTokenHours: e.AUTH_MAX_TOKEN_HOURS,
    claims: { role: e.AUTH_ROLE_CLAIM, agency: e.AUTH_AGENCY_CLAIM },
    oidc,
    demoSignIn,
  };
}

function debugErrorsOn(setting: string, host: string): boolean {
  const on = setting === 'true' || setting === '1';
  if (on && !LOOPBACK.has(host)) {
    throw new ConfigError(
      `Invalid configuration:\n  DEBUG_ERRORS: shows internals to whoever calls; only with a loopback HOST, not ${host}`,
    );
  }
  return on;
}

function payloadKeysOf(setting: string): PayloadKey[] {
  try {
    return parsePayloadKeys(setting);
  } catch (error) {
    throw new ConfigError(`Invalid configuration:\n  PAYLOAD_KEYS: ${(error as Error).message}`);
  }
}

function failpointsOf(setting: string | undefined): ArmedFailpoint[] {
  try {
    return parseFailpoints(setting);
  } catch (error) {
    throw new ConfigError(`Invalid configuration:\n  LIANBAN_FAILPOINTS: ${(error as Error).message}`);
  }
}
