import { parseArgs } from 'node:util';
import { decodeJwt } from 'jose';
import { loadConfig } from '../config';
import { identityClaims } from '../api/identity';
import { existingAuthSecret } from '../api/secret';
import { signToken, TokenLifetimeError } from '../api/token';

const USAGE =
  'usage: npm run token -- --role APPLICANT|REVIEWER|WINDOW|SUPERVISOR|AUDITOR|ADMIN --sub ID [--agency CODE] [--expires 8h]';

/**
 * Prints a development token signed with the secret the service with the same configuration
 * (DATA_DIR or AUTH_SECRET) uses, and says on stderr which one that is.
 */
async function main() {
  const { values } = parseArgs({
    options: {
      role: { type: 'string' },
      sub: { type: 'string' },
      agency: { type: 'string' },
      expires: { type: 'string', default: '8h' },
    },
  });
  const claims = identityClaims.safeParse({ role: values.role, sub: values.sub, agency: values.agency });
  if (!claims.success) {
    const problems = claims.error.issues.map((issue) => `--${issue.path.join('.')}: ${issue.message}`);
    throw new Error(`${problems.join('\n')}\n${USAGE}`);
  }
  const config = loadConfig();
  const { secret, source } = existingAuthSecret(config);
  if (!secret) {
    throw new Error(
      `No signing secret: AUTH_SECRET is not set and ${source} does not exist (the service writes it at its ` +
        'first start). Run this with the DATA_DIR or the AUTH_SECRET of the service the token is for.',
    );
  }
  const token = await signToken(claims.data, { ...config.auth, secret, expiresIn: values.expires }).catch(
    (error: unknown) => {
      if (error instanceof TokenLifetimeError) throw new Error(`--expires: ${error.message}`);
      throw new Error(`--expires: "${values.expires}" is not a duration such as 30m, 8h or 2d`);
    },
  );
  const { exp } = decodeJwt(token);
  process.stderr.write(`signed with ${source}, valid until ${new Date(exp! * 1000).toISOString()}\n`);
  process.stdout.write(`${token}\n`);
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
