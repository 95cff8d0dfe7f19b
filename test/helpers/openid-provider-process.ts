import http from 'node:http';
import type { AddressInfo } from 'node:net';
import Provider, { errors } from 'oidc-provider';
import type { OpenIdProviderSettings } from './openid-provider';

/**
 * A real OpenID provider (the certified `oidc-provider`) on a free loopback port, for the desk's
 * production sign-in: one public client (PKCE), JWT access tokens for one resource (the API's
 * audience) that carry each account's role and agency, and the package's own login and consent
 * pages. Run by test/helpers/openid-provider.ts in a process of its own, as the package is an ES
 * module; it prints its issuer once it listens.
 */
async function main() {
  const settings = JSON.parse(process.env.OPENID_PROVIDER_SETTINGS!) as OpenIdProviderSettings;
  const server = http.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: settings.clientId,
        token_endpoint_auth_method: 'none',
        redirect_uris: [settings.redirectUri],
        grant_types: ['authorization_code'],
        response_types: ['code'],
      },
    ],
    jwks: { keys: [settings.signingKey] },
    cookies: { keys: [settings.cookieKey] },
    features: {
      devInteractions: { enabled: true },
      resourceIndicators: {
        enabled: true,
        useGrantedResource: () => true,
        getResourceServerInfo: (_ctx, resource) => {
          if (resource !== settings.audience) throw new errors.InvalidTarget(`unknown resource ${resource}`);
          return {
            scope: 'lianban',
            audience: settings.audience,
            accessTokenFormat: 'jwt',
            accessTokenTTL: 3600,
            jwt: { sign: { alg: 'RS256' } },
          };
        },
      },
    },
    findAccount: (_ctx, id) => (settings.accounts[id] ? { accountId: id, claims: () => ({ sub: id }) } : undefined),
    extraTokenClaims: (_ctx, token) =>
      token.kind === 'AccessToken' ? settings.accounts[token.accountId ?? ''] : undefined,
  });
  const handle = provider.callback();
  server.on('request', (req, res) => void handle(req, res));
  process.stdout.write(`${JSON.stringify({ issuer })}\n`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
