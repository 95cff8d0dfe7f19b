import { createHash, randomUUID } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import express, { Router } from 'express';
import type { Logger } from '../logger';
import { API_PATH } from './api-paths';

/** The desk's sources; a build records their digest, so a start rebuilds only what changed. */
const WEB = __dirname;
const DIST = path.join(WEB, 'dist');
const DIGEST_FILE = '.source-digest';
// Vite's command, found beside its package.json (its exports name no bin).
const VITE = path.join(path.dirname(require.resolve('vite/package.json')), 'bin', 'vite.js');
const run = promisify(execFile);

function sourceDigest(): string {
  const hash = createHash('sha256');
  const files = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true })
      .sort((a, b) => a.name.localeCompare(b.name))
      .flatMap((entry) => (entry.isDirectory() ? files(path.join(dir, entry.name)) : [path.join(dir, entry.name)]));
  const inputs = [
    ...files(path.join(WEB, 'src')),
    path.join(WEB, 'index.html'),
    path.join(WEB, 'vite.config.ts'),
    __filename, // the build's settings below
    path.join(WEB, '..', 'package-lock.json'),
  ];
  for (const file of inputs) hash.update(path.relative(WEB, file)).update('\0').update(readFileSync(file));
  return hash.digest('hex');
}

/**
 * Vite's list of the files it wrote with their sizes, without colours, named as they are served;
 * pdf.js's character maps (one small file for each of some 170 encodings) summed on one line.
 */
function bundleSizes(report: string, staging: string): string {
  const lines = report
    .replace(/\u001b\[[0-9;]*m/g, '')
    .replaceAll(path.basename(staging), 'web/dist')
    .split('\n')
    .filter((line) => line.startsWith('web/dist'));
  const maps = lines.filter((line) => /\.bcmap\s/.test(line));
  const mapKilobytes = maps.reduce(
    (sum, line) => sum + Number(/([\d.,]+) kB/.exec(line)?.[1].replace(/,/g, '') ?? 0),
    0,
  );
  return [
    ...lines.filter((line) => !maps.includes(line)),
    ...(maps.length > 0
      ? [`web/dist/assets/*.bcmap (${maps.length} character maps for PDFs)  ${mapKilobytes.toFixed(2)} kB`]
      : []),
  ].join('\n');
}

function builtDigest(dist: string): string | undefined {
  const file = path.join(dist, DIGEST_FILE);
  return existsSync(file) ? readFileSync(file, 'utf8') : undefined;
}

/**
 * The built desk's folder, building it first when it is missing or older than its sources (a
 * fresh clone, a pull). The build goes to a folder of its own and replaces the old one whole,
 * so a process starting beside this one serves either build, never half of one.
 */
export async function builtDesk(log: Logger): Promise<string> {
  const digest = sourceDigest();
  if (builtDigest(DIST) === digest) return DIST;
  const started = performance.now();
  log.info('Building the desk (web/): its build is missing or older than its sources');
  const staging = `${DIST}-${randomUUID()}`;
  // In a process of its own with NODE_ENV=production: Vite and the React plugin take the mode from
  // it, and whatever the service runs as (tests run as "test"), the desk served is the production
  // build, without React's and Ant Design's development checks. Vite prints each file's size.
  const { stdout } = await run(
    process.execPath,
    [VITE, 'build', WEB, '--config', path.join(WEB, 'vite.config.ts'), '--outDir', staging, '--emptyOutDir'],
    { env: { ...process.env, NODE_ENV: 'production' }, maxBuffer: 16 * 1024 * 1024 },
  );
  log.info(`The desk's production bundle:\n${bundleSizes(stdout, staging)}`);
  writeFileSync(path.join(staging, DIGEST_FILE), digest);
  const previous = `${DIST}-old-${randomUUID()}`;
  if (existsSync(DIST)) renameSync(DIST, previous);
  try {
    renameSync(staging, DIST);
  } catch (error) {
    // Another process put its build in place first: the same sources, so keep that one.
    if (builtDigest(DIST) !== digest) throw error;
    rmSync(staging, { recursive: true, force: true });
  }
  rmSync(previous, { recursive: true, force: true });
  log.info({ seconds: Math.round((performance.now() - started) / 100) / 10 }, 'Built the desk');
  return DIST;
}

/**
 * What the desk may load: its own scripts and the API, nothing from another host; with an
 * OpenID provider, the desk also calls its discovery document and token endpoint (the sign-in
 * itself is a navigation, which the policy does not govern).
 */
function deskPolicy(identityProvider: string | undefined): string {
  const connect = ["'self'", ...(identityProvider ? [new URL(identityProvider).origin] : [])];
  return [
    "default-src 'self'",
    "script-src 'self'",
    // Ant Design writes its styles at run time (CSS-in-JS).
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    `connect-src ${connect.join(' ')}`,
    "frame-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/**
 * Serves the desk at `/`: its hashed assets for a year, and its page for every route of it;
 * `identityProvider` is the OpenID provider's issuer, when one is configured.
 */
export function deskRoutes(dist: string, { identityProvider }: { identityProvider?: string } = {}): Router {
  const policy = deskPolicy(identityProvider);
  const router = Router();
  router.use('/assets', express.static(path.join(dist, 'assets'), { immutable: true, maxAge: '1y', index: false }));
  router.get(/.*/, (req, res, next) => {
    if (API_PATH.test(req.path) || req.path.startsWith('/assets/') || !req.accepts('html')) return next();
    res
      .set({
        'cache-control': 'no-cache',
        'content-security-policy': policy,
        'x-content-type-options': 'nosniff',
        'referrer-policy': 'no-referrer',
      })
      .sendFile(path.join(dist, 'index.html'));
  });
  return router;
}
