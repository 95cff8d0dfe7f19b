import { parseArgs } from 'node:util';
import { loadConfig } from '../config';
import { identityClaims } from '../api/identity';
import { authSecret } from '../api/secret';
import { signToken } from '../api/token';

const USAGE =
  'usage: npm run token -- --role APPLICANT|REVIEWER|WINDOW|AUDITOR|ADMIN --sub ID [--agency CODE] [--expires 8h]';

/** Prints a development token signed with the same secret the service uses. */
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
  const token = await signToken(claims.data, {
    secret: authSecret(config),
    issuer: config.auth.issuer,
    audience: config.auth.audience,
    expiresIn: values.expires,
  });
  process.stdout.write(`${token}\n`);
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
