import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { freePort } from '../helpers/ports';
import { exited, stopGently } from '../helpers/processes';
import { tempDir } from '../helpers/temp-dir';
import { lianbanEnv, startLianban, untilServing, type Teardown } from './layout';

/**
 * `npm run bench -- --peer flowable`: Lianban as `npm start` runs it beside the Flowable 7 REST
 * application that runs the same five-in-one process (H2 file database), both driven by the
 * same client, which checks every case's outcome. The peer and its driver are the team's
 * (`shared/peers/`, beside this repository), not part of it: `--peer-dir` says where they are.
 * Rounds alternate which system goes first; each system is started fresh for its round.
 */
export interface PeerSettings {
  peerDir?: string;
  cases: number;
  concurrency: number;
  warmup: number;
  rounds: number;
  cliPath: string;
  teardown: Teardown;
}

const repository = path.join(__dirname, '..', '..');

function peerFiles(peerDir: string | undefined) {
  const dir = path.resolve(peerDir ?? path.join(repository, '..', 'shared', 'peers'));
  const driver = path.join(dir, 'drive.mjs');
  const flowable = path.join(dir, 'flowable');
  if (!existsSync(driver) || !existsSync(path.join(flowable, 'pom.xml'))) {
    throw new Error(
      `--peer flowable needs the peer application and its driver (drive.mjs and flowable/pom.xml) in ${dir}; ` +
        'pass --peer-dir with the folder that holds them',
    );
  }
  return { driver, flowable };
}

/** Builds the Flowable application once (Maven, a few minutes the first time) into a work folder. */
function flowableJar(source: string): string {
  const work = path.join(os.tmpdir(), 'lianban-peers', 'flowable');
  const jar = path.join(work, 'target', 'five-in-one-flowable.jar');
  if (existsSync(jar)) return jar;
  process.stdout.write(`building the Flowable application in ${work} (mvn package; minutes the first time)…\n`);
  rmSync(work, { recursive: true, force: true });
  mkdirSync(path.dirname(work), { recursive: true });
  cpSync(source, work, { recursive: true });
  const build = spawnSync('mvn', ['-q', 'package', '-DskipTests'], { cwd: work, stdio: 'inherit' });
  if (build.status !== 0 || !existsSync(jar)) throw new Error(`mvn package failed in ${work}`);
  return jar;
}

async function untilAnswering(url: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (
    !(await fetch(url)
      .then((response) => response.ok)
      .catch(() => false))
  ) {
    if (child.exitCode !== null) throw new Error(`Flowable exited with code ${child.exitCode} before ${url} answered`);
    if (Date.now() > deadline) throw new Error(`${url} did not answer within ${timeoutMs / 1000} s`);
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

/** Runs the peer's driver against one system; resolves with its JSON result file. */
async function drive(driver: string, args: string[], json: string): Promise<string> {
  const child = spawn(process.execPath, [driver, 'run', ...args, '--json', json], { stdio: 'inherit' });
  const code = await exited(child);
  if (code !== 0) process.stdout.write(`the driver exited with status ${code}: failed or unverified cases, above\n`);
  return json;
}

export async function runAgainstPeer(settings: PeerSettings): Promise<boolean> {
  const { driver, flowable } = peerFiles(settings.peerDir);
  const jar = flowableJar(flowable);
  const out = tempDir('lianban-peer-results-');
  const secret = randomBytes(32).toString('base64url');
  const common = (mode: string, round: number) => [
    '--cases',
    String(settings.cases),
    '--concurrency',
    String(settings.concurrency),
    '--warmup',
    String(settings.warmup),
    '--mode',
    mode,
    '--round',
    String(round),
  ];

  const lianban = async (round: number) => {
    const dataDir = tempDir('lianban-peer-');
    const port = await freePort();
    const service = startLianban('lianban', 'all', {
      ...lianbanEnv(dataDir.path, secret),
      DATABASE_URL: '',
      TEMPORAL_ADDRESS: '',
      TEMPORAL_CLI_PATH: settings.cliPath,
      PORT: String(port),
      TEMPORAL_DEV_PORT: String(await freePort()),
      TEMPORAL_UI_PORT: String(await freePort()),
    });
    try {
      const url = `http://127.0.0.1:${port}/graphql`;
      await untilServing('lianban', url, service, 180_000);
      const args = ['--system', 'lianban', '--url', url, '--secret', secret, ...common('embedded', round)];
      args.push('--pids', String(service.pid), '--data-dir', dataDir.path);
      return await drive(driver, args, path.join(out.path, `r${round}-lianban.json`));
    } finally {
      await stopGently(service);
      dataDir.remove();
    }
  };

  const peer = async (round: number) => {
    const dataDir = tempDir('flowable-peer-');
    const port = await freePort();
    const java = spawn('java', ['-jar', jar, '--spring.profiles.active=h2'], {
      env: { ...process.env, DATA_DIR: dataDir.path, PORT: String(port) },
      stdio: 'ignore',
    });
    try {
      await untilAnswering(`http://127.0.0.1:${port}/bench/info`, java, 300_000);
      const args = ['--system', 'flowable', '--url', `http://127.0.0.1:${port}`, '--password', 'bench'];
      args.push(...common('embedded', round), '--pids', String(java.pid));
      return await drive(driver, args, path.join(out.path, `r${round}-flowable.json`));
    } finally {
      await stopGently(java);
      dataDir.remove();
    }
  };

  settings.teardown.add(() => out.remove());
  const results: string[] = [];
  for (let round = 1; round <= settings.rounds; round += 1) {
    const order = round % 2 === 1 ? [lianban, peer] : [peer, lianban];
    for (const system of order) results.push(await system(round));
  }
  const report = spawnSync(process.execPath, [driver, 'report', ...results.filter(existsSync)], {
    encoding: 'utf8',
  });
  process.stdout.write(`\n${report.stdout}${report.stderr}`);
  // Every case of every run was checked by the driver; a failed check is in its result.
  return results.every((file) => {
    const { failedCases, verification } = JSON.parse(readFileSync(file, 'utf8')) as {
      failedCases: number;
      verification: { ok: number; checked: number; duplicateCodes: number };
    };
    return failedCases === 0 && verification.ok === verification.checked && verification.duplicateCodes === 0;
  });
}
