import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import type { Logger } from '../logger';
import { isExecutable, lianbanCacheDir, onPath } from './executables';

/** The newest CLI whose go.mod installs from the module proxy (later tags use `replace`). */
export const TEMPORAL_CLI_VERSION = '1.5.1';
const CLI_MODULE = `github.com/temporalio/cli/cmd/temporal@v${TEMPORAL_CLI_VERSION}`;
const PROGRESS_INTERVAL_MS = 15_000;

export class TemporalCliError extends Error {
  override name = 'TemporalCliError';
}

/** Outside the clone, so every clone on this machine reuses one build. */
export function cachedCliPath(env: NodeJS.ProcessEnv = process.env): string {
  return path.join(lianbanCacheDir(env), `temporal-${TEMPORAL_CLI_VERSION}`, 'temporal');
}

/**
 * Finds the Temporal CLI: TEMPORAL_CLI_PATH, then `temporal` on PATH, then our cached build,
 * and failing those builds it with Go. Says what it is doing, since the build takes minutes.
 */
export async function resolveTemporalCli(options: {
  cliPath?: string;
  log: Logger;
  env?: NodeJS.ProcessEnv;
}): Promise<string> {
  const env = options.env ?? process.env;
  if (options.cliPath) {
    if (!isExecutable(options.cliPath)) {
      throw new TemporalCliError(`TEMPORAL_CLI_PATH=${options.cliPath} is not an executable file`);
    }
    return options.cliPath;
  }
  const found = onPath('temporal', env) ?? (isExecutable(cachedCliPath(env)) ? cachedCliPath(env) : undefined);
  if (found) return found;
  const go = onPath('go', env);
  if (!go) {
    throw new TemporalCliError(
      'No Temporal CLI found and Go is not installed to build one. Do one of: install Go 1.23 or newer ' +
        '(e.g. `apt-get install golang`, or from go.dev) and start again; set TEMPORAL_CLI_PATH to a ' +
        '`temporal` binary; or set TEMPORAL_ADDRESS to a running Temporal server.',
    );
  }
  return buildCli(go, cachedCliPath(env), options.log, env);
}

async function buildCli(go: string, target: string, log: Logger, env: NodeJS.ProcessEnv): Promise<string> {
  const targetDir = path.dirname(target);
  mkdirSync(targetDir, { recursive: true });
  // Build beside the target and rename, so an interrupted build never leaves a broken binary.
  const buildDir = mkdtempSync(path.join(targetDir, 'build-'));
  log.info(
    `Building the Temporal CLI v${TEMPORAL_CLI_VERSION} from the Go module proxy into ${targetDir}. ` +
      'This happens once per machine and takes 3 to 6 minutes on two cores.',
  );
  const started = Date.now();
  let packages = 0;
  let downloads = 0;
  const progress = setInterval(() => {
    const seconds = Math.round((Date.now() - started) / 1000);
    log.info(
      `Still building the Temporal CLI: ${downloads} modules fetched, ${packages} packages compiled, ${seconds} s`,
    );
  }, PROGRESS_INTERVAL_MS);
  try {
    const output: string[] = [];
    const exitCode = await new Promise<number | null>((resolve, reject) => {
      const child = spawn(go, ['install', '-v', CLI_MODULE], {
        env: { ...env, GOBIN: buildDir },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      const count = (chunk: Buffer) => {
        for (const line of chunk.toString().split('\n').filter(Boolean)) {
          if (line.startsWith('go: downloading')) downloads += 1;
          else packages += 1;
          output.push(line);
          if (output.length > 40) output.shift();
        }
      };
      child.stdout.on('data', count);
      child.stderr.on('data', count);
      child.on('error', reject);
      child.on('close', resolve);
    });
    if (exitCode !== 0) {
      throw new TemporalCliError(`Building the Temporal CLI failed (go exit code ${exitCode}):\n${output.join('\n')}`);
    }
    renameSync(path.join(buildDir, 'temporal'), target);
    log.info(`Built the Temporal CLI in ${Math.round((Date.now() - started) / 1000)} s: ${target}`);
    return target;
  } finally {
    clearInterval(progress);
    rmSync(buildDir, { recursive: true, force: true });
  }
}
