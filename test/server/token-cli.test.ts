import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { createAuthenticator } from '../../api/auth';
import { authSecret } from '../../api/secret';
import { loadConfig } from '../../config';
import { tempDir } from '../helpers/temp-dir';

const run = promisify(execFile);
const root = path.join(__dirname, '..', '..');
const dataDir = tempDir();
afterAll(() => dataDir.remove());

function token(...args: string[]) {
  return run(path.join(root, 'node_modules', '.bin', 'tsx'), [path.join(root, 'server', 'token-cli.ts'), ...args], {
    env: { ...process.env, DATA_DIR: dataDir.path },
  });
}

it('refuses to sign before the service has made its secret, naming the file it looked for', async () => {
  await expect(token('--role', 'AUDITOR', '--sub', 'auditor-1')).rejects.toMatchObject({
    stderr: expect.stringContaining(`${path.join(dataDir.path, 'auth-secret')} does not exist`),
  });
  expect(existsSync(path.join(dataDir.path, 'auth-secret'))).toBe(false);
}, 30_000);

it('`npm run token` signs with the secret the service reads from DATA_DIR, and says so', async () => {
  // What the service does at its first start.
  const secret = authSecret(loadConfig({ DATA_DIR: dataDir.path }));
  const { stdout, stderr } = await token('--role', 'REVIEWER', '--agency', 'AIC', '--sub', 'officer-1');
  expect(stderr).toContain(`signed with ${path.join(dataDir.path, 'auth-secret')}`);
  const authentication = await createAuthenticator({ secret, maxTokenHours: 24 })(`Bearer ${stdout.trim()}`);
  expect(authentication.identity).toEqual({ sub: 'officer-1', role: 'REVIEWER', agency: 'AIC' });
}, 30_000);

it('refuses a reviewer token without an agency, saying so', async () => {
  await expect(token('--role', 'REVIEWER', '--sub', 'officer-1')).rejects.toMatchObject({
    stderr: expect.stringContaining('--agency'),
  });
}, 30_000);

it('refuses a lifetime the service would not accept', async () => {
  await expect(token('--role', 'AUDITOR', '--sub', 'auditor-1', '--expires', '100y')).rejects.toMatchObject({
    stderr: expect.stringContaining('at most 24 h (AUTH_MAX_TOKEN_HOURS)'),
  });
}, 30_000);
