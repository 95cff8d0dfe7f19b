import { chmodSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import pino from 'pino';
import { cachedCliPath, resolveTemporalCli, TemporalCliError } from '../../temporal/cli';
import { tempDir } from '../helpers/temp-dir';

const log = pino({ level: 'silent' });

function executable(file: string) {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, '#!/bin/sh\n');
  chmodSync(file, 0o755);
  return file;
}

describe('finding the Temporal CLI', () => {
  const dir = tempDir();
  afterAll(() => dir.remove());
  const emptyPath = path.join(dir.path, 'empty-bin');
  mkdirSync(emptyPath, { recursive: true });
  const env = (extra: NodeJS.ProcessEnv = {}) => ({
    PATH: emptyPath,
    XDG_CACHE_HOME: path.join(dir.path, 'cache'),
    ...extra,
  });

  it('takes TEMPORAL_CLI_PATH first', async () => {
    const cli = executable(path.join(dir.path, 'custom', 'temporal'));
    expect(await resolveTemporalCli({ cliPath: cli, log, env: env() })).toBe(cli);
  });

  it('refuses a TEMPORAL_CLI_PATH that is not executable, naming it', async () => {
    const file = path.join(dir.path, 'not-executable');
    writeFileSync(file, '');
    await expect(resolveTemporalCli({ cliPath: file, log, env: env() })).rejects.toThrow(
      `TEMPORAL_CLI_PATH=${file} is not an executable file`,
    );
  });

  it('then `temporal` on PATH, before the cache', async () => {
    const bin = path.join(dir.path, 'bin');
    const onPath = executable(path.join(bin, 'temporal'));
    executable(cachedCliPath(env()));
    expect(await resolveTemporalCli({ log, env: env({ PATH: `${emptyPath}:${bin}` }) })).toBe(onPath);
  });

  it('then the cached build, kept outside the clone', async () => {
    const cached = executable(cachedCliPath(env()));
    expect(cached.startsWith(path.join(dir.path, 'cache', 'lianban'))).toBe(true);
    expect(await resolveTemporalCli({ log, env: env() })).toBe(cached);
  });

  it('says what to install when there is no CLI and no Go', async () => {
    const bare = { PATH: emptyPath, XDG_CACHE_HOME: path.join(dir.path, 'no-cache') };
    const attempt = resolveTemporalCli({ log, env: bare });
    await expect(attempt).rejects.toThrow(TemporalCliError);
    await expect(resolveTemporalCli({ log, env: bare })).rejects.toThrow(
      /install Go.*TEMPORAL_CLI_PATH.*TEMPORAL_ADDRESS/s,
    );
  });
});
