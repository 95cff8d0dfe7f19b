import type { z } from 'zod';
import { DEPRECATED_TEMPORAL_VARIABLES, environmentSchema, SUPERVISOR_PID_VARIABLE } from './config';

/**
 * What each environment variable means, for the README's configuration tables (`npm run
 * docs:tables`); their names and defaults come from config.ts.
 */
interface VariableDoc {
  meaning: string;
  /** The default column of a variable the schema gives no default, e.g. `generated`; else `unset`. */
  unset?: string;
}

export interface DocumentedVariable {
  name: string;
  /** The value it takes when unset, or what happens then. */
  default: string;
  meaning: string;
}

/** Every variable of the schema, told for the README: one without a line here does not compile. */
const ENVIRONMENT_VARIABLES: Record<keyof typeof environmentSchema.shape, VariableDoc> = {
  PORT: { meaning: 'HTTP port of the API' },
  HOST: { meaning: 'interface the API listens on (`0.0.0.0` for all)' },
  PUBLIC_URL: {
    unset: '`http://localhost:<PORT>`',
    meaning:
      'where people reach the desk, an http(s) URL without a trailing slash: the printed guide and its QR code link to `<PUBLIC_URL>/items/<code>`',
  },
  DATA_DIR: {
    meaning:
      "embedded database, Temporal dev-server data, documents, the local secrets; its owner's alone (0700, files 0600)",
  },
  DATABASE_URL: { meaning: 'unset: the embedded PostgreSQL server in `DATA_DIR`; `postgresql://…`: that server' },
  TEMPORAL_CLI_PATH: { meaning: 'a `temporal` binary to use for the dev server' },
  TEMPORAL_DEV_PORT: { meaning: 'gRPC port of the local dev server' },
  TEMPORAL_UI_PORT: { meaning: 'Web UI port of the local dev server' },
  TEMPORAL_CLIENT_RETRY_SECONDS: {
    meaning: 'how long the API retries a Temporal call that fails before answering `SERVICE_UNAVAILABLE` (0: no retry)',
  },
  TEMPORAL_CALL_TIMEOUT_SECONDS: {
    meaning: 'the longest the API waits for any one Temporal call, a decision included, before `SERVICE_UNAVAILABLE`',
  },
  OTEL_EXPORTER_OTLP_ENDPOINT: {
    meaning: "an OpenTelemetry collector's OTLP/HTTP address, e.g. `http://localhost:4318`; set: tracing (below)",
  },
  OTEL_SERVICE_NAME: { meaning: '`service.name` of the exported spans' },
  AUTH_SECRET: {
    unset: 'generated',
    meaning: 'HS256 key for tokens, at least 32 characters; unset: generated once into `DATA_DIR/auth-secret`',
  },
  AUTH_ISSUER: { meaning: 'when set, tokens must carry this `iss`' },
  AUTH_AUDIENCE: {
    meaning: 'when set, tokens must carry this `aud`; with `OIDC_ISSUER`, the desk asks for tokens for it (`resource`)',
  },
  AUTH_MAX_TOKEN_HOURS: {
    meaning: 'the longest a token may still be valid for when it is used; a token must carry `exp`',
  },
  AUTH_JWKS_URL: {
    meaning:
      "a real identity provider's JWKS; tokens are then checked against its keys (with `OIDC_ISSUER`: instead of its discovery document's)",
  },
  AUTH_ROLE_CLAIM: {
    meaning:
      'the token claim that holds the role, for a provider that names it otherwise (e.g. `https://hall.example/role`)',
  },
  AUTH_AGENCY_CLAIM: { meaning: 'the token claim that holds the agency code' },
  OIDC_ISSUER: {
    meaning:
      'an OpenID Connect provider (https; http only on a loopback host): the desk signs in through it, and the API checks tokens with the keys of its discovery document and requires its `iss`; needs `OIDC_CLIENT_ID` and `AUTH_AUDIENCE`',
  },
  OIDC_CLIENT_ID: {
    meaning:
      "the desk's client id at `OIDC_ISSUER`: a public client (no secret) with PKCE, redirecting to `<the desk's origin>/sign-in/callback`",
  },
  OIDC_PROVIDER_NAME: { unset: "the issuer's host", meaning: 'the name on the desk\'s "Sign in with …" button' },
  RATE_LIMIT_PER_MINUTE: {
    meaning:
      'requests a minute per person (per token subject, per address when anonymous) and API process; each mutation counts; 0: no limit',
  },
  GRAPHQL_MAX_DEPTH: { meaning: 'deepest nesting of fields in an operation' },
  GRAPHQL_MAX_FIELDS: { meaning: 'most fields in an operation, each fragment counted as often as it is spread' },
  GRAPHQL_MAX_ALIASES: { meaning: 'most aliased fields in an operation' },
  GRAPHQL_MAX_MUTATIONS: { meaning: 'most mutations in one operation' },
  GRAPHQL_MAX_TOKENS: { meaning: 'most lexical tokens in a document; parsing stops past it' },
  DOCUMENT_MAX_BYTES: { meaning: 'the largest document an applicant may upload, in bytes' },
  DOCUMENT_UNATTACHED_QUOTA_BYTES: {
    meaning: "what one person's uploads that no case holds may add up to, in bytes; past it an upload is refused",
  },
  UNATTACHED_UPLOADS_KEPT_DAYS: {
    meaning:
      'an upload no case holds is deleted this many days after its upload or the last submission naming it (an hourly Temporal schedule)',
  },
  HALL_DIVISION_CODE: {
    meaning: "the hall's administrative division (GB/T 2260); goes into minted unified social credit codes",
  },
  CARRIER_URL: {
    unset: '`http://127.0.0.1:4100`',
    meaning:
      'the carrier that delivers licences (`POST <CARRIER_URL>/waybills`); unset outside production, `npm start` runs the carrier simulator there',
  },
  DELIVERY_DEADLINE_DAYS: {
    meaning:
      'calendar days a case waits for the carrier to report the parcel delivered or returned; then it is `OVERDUE` for the hall to follow up',
  },
  CARRIER_WEBHOOK_SECRET: {
    unset: 'a development secret outside production on a loopback `HOST`; else no carrier reports are taken',
    meaning: "HMAC-SHA256 key of the carrier's status reports to `POST /delivery/webhook`, at least 32 characters",
  },
  CATALOGUE_CODE_PREFIX: {
    meaning:
      "the hall's prefix of item codes: a new item gets the next number after it (`XC-0013`), never a code typed by hand",
  },
  LOG_LEVEL: { meaning: '`fatal` … `trace`, or `silent`' },
  NODE_ENV: {
    meaning: '`production` turns off GraphiQL, schema introspection and field-name suggestions',
  },
  DEMO_SIGN_IN: {
    meaning:
      "`true`: the desk lists demo people (an applicant, the window, each agency's reviewer and supervisor, an auditor, an administrator) and signs one in with a click; only with `NODE_ENV=development`, a loopback `HOST` and no identity provider",
  },
  DEBUG_ERRORS: {
    meaning: '`true`: unexpected errors show their message and stack to the client; only with a loopback `HOST`',
  },
  PAYLOAD_KEYS: {
    unset: 'generated',
    meaning:
      'keys that encrypt what Lianban hands Temporal, `id:base64key,…` (32-byte keys, the first encrypts); unset: one generated into `DATA_DIR/payload-keys`',
  },
  APPLICATION_ID_SECRET: {
    unset: 'generated',
    meaning:
      'keys the case ids drawn from idempotency keys; every API process of a service needs the same; unset: generated once into `DATA_DIR/application-id-secret`',
  },
  LIANBAN_FAILPOINTS: {
    meaning: 'crash tests only: where the process kills itself (`failpoints.ts`); never set it in service',
  },
  [SUPERVISOR_PID_VARIABLE]: {
    meaning:
      '`npm start` sets it for the worker process it starts, which goes when that pid does; never set it yourself',
  },
};

/** The value a variable of the schema takes when it is unset, as the environment would spell it. */
function defaultOf(field: z.ZodType): string | undefined {
  const parsed = field.safeParse(undefined);
  const value = parsed.success ? parsed.data : undefined;
  return typeof value === 'string' || typeof value === 'number' ? String(value) : undefined;
}

/** Lianban's own variables, in the schema's order, with their defaults as the schema gives them. */
export function configurationVariables(): DocumentedVariable[] {
  return Object.entries(ENVIRONMENT_VARIABLES).map(([name, doc]) => {
    const value = defaultOf(environmentSchema.shape[name as keyof typeof ENVIRONMENT_VARIABLES]);
    return { name, default: value === undefined ? (doc.unset ?? 'unset') : `\`${value}\``, meaning: doc.meaning };
  });
}

/**
 * The variables of Temporal's environment configuration that `temporalConnection` hands on, told
 * for the README; `@temporalio/envconfig` reads them, so their names and meanings are Temporal's.
 */
const TEMPORAL_CONNECTION_VARIABLES: Record<string, VariableDoc> = {
  TEMPORAL_ADDRESS: { meaning: 'unset: start the local dev server; `host:port`: use that Temporal cluster' },
  TEMPORAL_NAMESPACE: { unset: '`default`', meaning: 'Temporal namespace' },
  TEMPORAL_API_KEY: { meaning: 'API key sent with every call (Temporal Cloud); turns TLS on' },
  TEMPORAL_TLS: { meaning: "`true`: TLS with the system's CA certificates; `false`: no TLS, whatever else is set" },
  TEMPORAL_TLS_SERVER_CA_CERT_PATH: {
    meaning: "the CA certificate (PEM) the server's certificate is checked against; `…_DATA` instead: the PEM itself",
  },
  TEMPORAL_TLS_CLIENT_CERT_PATH: {
    meaning:
      'mTLS: the client certificate (PEM), with `TEMPORAL_TLS_CLIENT_KEY_PATH`; `…_DATA` instead: the PEM itself',
  },
  TEMPORAL_TLS_CLIENT_KEY_PATH: {
    meaning: "mTLS: the client certificate's key (PEM); `…_DATA` instead: the PEM itself",
  },
  TEMPORAL_TLS_SERVER_NAME: {
    meaning: "the name the server's certificate must carry, when it is not the address's host",
  },
  'TEMPORAL_GRPC_META_*': {
    meaning: 'a gRPC header on every call: `TEMPORAL_GRPC_META_X_TENANT=xc` sends `x-tenant: xc`',
  },
  TEMPORAL_PROFILE: { unset: '`default`', meaning: 'the profile of the config file to use' },
  TEMPORAL_CONFIG_FILE: {
    unset: '`~/.config/temporalio/temporal.toml`',
    meaning: "Temporal's config file (TOML, one section per profile); the variables override what it says",
  },
};

/** The Temporal connection's variables, each with the deprecated name it replaces. */
export function temporalConnectionVariables(): DocumentedVariable[] {
  const formerly = Object.fromEntries(Object.entries(DEPRECATED_TEMPORAL_VARIABLES).map(([old, name]) => [name, old]));
  return Object.entries(TEMPORAL_CONNECTION_VARIABLES).map(([name, doc]) => ({
    name,
    default: doc.unset ?? 'unset',
    meaning: formerly[name] ? `${doc.meaning} (formerly \`${formerly[name]}\`, still read this release)` : doc.meaning,
  }));
}
