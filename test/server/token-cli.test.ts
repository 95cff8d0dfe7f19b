import { execFile } from 'node:child_process';
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

it('`npm run token` signs with the secret the service reads from DATA_DIR', async () => {
  const { stdout } = await token('--role', 'REVIEWER', '--agency', 'AIC', '--sub', 'officer-1');
  const secret = authSecret(loadConfig({ DATA_DIR: dataDir.path }));
  const authentication = await createAuthenticator({ secret })(`Bearer ${stdout.trim()}`);
  expect(authentication.identity).toEqual({ sub: 'officer-1', role: 'REVIEWER', agency: 'AIC' });
}, 30_000);

it('refuses a reviewer token without an agency, saying so', async () => {
  await expect(token('--role', 'REVIEWER', '--sub', 'officer-1')).rejects.toMatchObject({
    stderr: expect.stringContaining('--agency'),
  });
}, 30_000);
