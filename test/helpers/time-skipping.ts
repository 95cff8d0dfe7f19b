import { spawn } from 'node:child_process';
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import { TestWorkflowEnvironment } from '@temporalio/testing';
import { isExecutable, lianbanCacheDir, onPath } from '../../temporal/executables';

/** Temporal's Java test server, the newest on Maven Central when this was written. */
export const TEST_SERVER_VERSION = '1.38.0';
const ARTIFACT = `io.temporal:temporal-test-server:${TEST_SERVER_VERSION}`;
const WRAPPER = 'temporal-test-server';
const PROGRESS_INTERVAL_MS = 10_000;

/**
 * A Temporal test server whose clock jumps ahead to the next timer while a test awaits a workflow
 * result, and on `env.sleep`: for tests of timers and deadlines. TEMPORAL_TEST_SERVER_PATH names
 * an executable to use instead (run as `<path> <port>`, like the SDK's own test server); otherwise the Java server is provisioned once per
 * machine from Maven Central into ~/.cache/lianban. It has no visibility API: use the dev server
 * (`localTemporal`) for `workflow.list`.
 */
export async function startTimeSkipping(): Promise<TestWorkflowEnvironment> {
  const override = process.env.TEMPORAL_TEST_SERVER_PATH;
  if (override && !isExecutable(override)) {
    throw new Error(`TEMPORAL_TEST_SERVER_PATH=${override} is not an executable file`);
  }
  const executable = override || (await testServerExecutable());
  // The SDK gives the server 5 s to listen, which a JVM starting on a loaded two-core machine
  // can miss; a server that did not start is started again, anything else is a failure.
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await TestWorkflowEnvironment.createTimeSkipping({
        server: { executable: { type: 'existing-path', path: executable } },
      });
    } catch (error) {
      if (attempt === STARTS || !/did not start within/.test(String(error))) throw error;
    }
  }
}

const STARTS = 3;

/** Outside the clone, so every clone on this machine reuses one download. */
export async function testServerExecutable(env: NodeJS.ProcessEnv = process.env): Promise<string> {
  const dir = path.join(lianbanCacheDir(env), `temporal-test-server-${TEST_SERVER_VERSION}`);
  if (!existsSync(serverJar(dir))) await provision(dir, env);
  return ensureWrapper(dir);
}

const serverJar = (dir: string) => path.join(dir, 'lib', `temporal-test-server-${TEST_SERVER_VERSION}.jar`);

/**
 * Fills a fresh folder beside `dir` and renames it into place, so that a Jest worker never sees
 * half a download; when two workers race, the second rename fails and its copy is dropped.
 */
async function provision(dir: string, env: NodeJS.ProcessEnv): Promise<void> {
  const java = env.JAVA_HOME ? path.join(env.JAVA_HOME, 'bin', 'java') : onPath('java', env);
  if (!java || !isExecutable(java)) {
    throw new Error(
      `The Temporal test server needs a Java runtime (11 or newer), and ${env.JAVA_HOME ? `JAVA_HOME=${env.JAVA_HOME} has no bin/java` : 'no `java` is on PATH'}: install one (apt-get install openjdk-17-jre-headless) or set TEMPORAL_TEST_SERVER_PATH.`,
    );
  }
  const mvn = onPath('mvn', env);
  if (!mvn) {
    throw new Error(
      `Maven (\`mvn\`) is not on PATH: it fetches ${ARTIFACT} from Maven Central. Install it (apt-get install maven) or set TEMPORAL_TEST_SERVER_PATH.`,
    );
  }
  mkdirSync(path.dirname(dir), { recursive: true });
  const staging = mkdtempSync(`${dir}.partial-`);
  try {
    chmodSync(staging, 0o755);
    writeFileSync(path.join(staging, 'pom.xml'), pom());
    await fetchWithMaven(mvn, staging, dir, env);
    if (!existsSync(serverJar(staging))) {
      throw new Error(`Maven finished but left no ${path.basename(serverJar(staging))} in ${staging}/lib`);
    }
    try {
      renameSync(staging, dir);
    } catch (error) {
      if (!existsSync(serverJar(dir))) throw error;
    }
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
}

/** Rewritten whenever this file's script changes, so a cached download follows the code. */
function ensureWrapper(dir: string): string {
  const wrapper = path.join(dir, WRAPPER);
  const script = wrapperScript();
  if (existsSync(wrapper) && readFileSync(wrapper, 'utf8') === script) return wrapper;
  const staging = `${wrapper}.${process.pid}`;
  writeFileSync(staging, script, { mode: 0o755 });
  renameSync(staging, wrapper);
  return wrapper;
}

async function fetchWithMaven(mvn: string, staging: string, dir: string, env: NodeJS.ProcessEnv): Promise<void> {
  const say = (line: string) => process.stderr.write(`[time-skipping] ${line}\n`);
  say(`Fetching ${ARTIFACT} and its dependencies from Maven Central into ${dir}: once per machine, under a minute.`);
  const started = Date.now();
  const seconds = () => Math.round((Date.now() - started) / 1000);
  let downloaded = 0;
  const progress = setInterval(
    () => say(`Still fetching: ${downloaded} files downloaded, ${seconds()} s`),
    PROGRESS_INTERVAL_MS,
  );
  const output: string[] = [];
  try {
    const args = ['-B', '-f', path.join(staging, 'pom.xml'), 'dependency:copy-dependencies'];
    args.push(`-DoutputDirectory=${path.join(staging, 'lib')}`, '-DincludeScope=runtime');
    const exitCode = await new Promise<number | null>((resolve, reject) => {
      const child = spawn(mvn, args, { cwd: staging, env, stdio: ['ignore', 'pipe', 'pipe'] });
      const collect = (chunk: Buffer) => {
        for (const line of chunk.toString().split('\n').filter(Boolean)) {
          if (line.includes('Downloaded from')) downloaded += 1;
          output.push(line);
        }
      };
      child.stdout.on('data', collect);
      child.stderr.on('data', collect);
      child.on('error', reject);
      child.on('close', resolve);
    });
    if (exitCode !== 0) {
      // Maven's first [ERROR] lines name what it could not resolve; the rest is boilerplate.
      const errors = output.filter((line) => line.startsWith('[ERROR]'));
      const end = errors.findIndex((line) => line.trim() === '[ERROR]');
      const cause = end === -1 ? errors : errors.slice(0, end);
      throw new Error(
        `Maven could not fetch ${ARTIFACT} (exit code ${exitCode}; is Maven Central reachable?):\n` +
          (cause.length > 0 ? cause : output.slice(-30)).join('\n'),
      );
    }
    say(`Fetched the Temporal test server in ${seconds()} s (${downloaded} files downloaded).`);
  } finally {
    clearInterval(progress);
  }
}

/** The jar is not shaded, so Maven copies its dependencies beside it; slf4j-nop quiets SLF4J's warning. */
function pom(): string {
  const dependency = (groupId: string, artifactId: string, version: string) =>
    `<dependency><groupId>${groupId}</groupId><artifactId>${artifactId}</artifactId><version>${version}</version></dependency>`;
  return `<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>lianban</groupId><artifactId>temporal-test-server-classpath</artifactId><version>1</version>
  <packaging>pom</packaging>
  <dependencies>
    ${dependency('io.temporal', 'temporal-test-server', TEST_SERVER_VERSION)}
    ${dependency('org.slf4j', 'slf4j-nop', '1.7.36')}
  </dependencies>
</project>
`;
}

/**
 * The SDK runs `<wrapper> <port>` and kills the process it started, hence `exec`. No
 * `--enable-time-skipping`: that flag starts the clock unlocked, so it races ahead (to a run
 * timeout ten years on) before a worker has polled; the SDK expects it locked and unlocks it
 * itself while a test awaits a result or calls `env.sleep`. The SDK gives the server 5 s to accept
 * connections; the JVM flags trade peak speed for a faster start.
 */
function wrapperScript(): string {
  return `#!/bin/sh
exec "\${JAVA_HOME:+$JAVA_HOME/bin/}java" -XX:TieredStopAtLevel=1 -XX:+UseSerialGC \\
  -cp "$(dirname "$0")/lib/*" io.temporal.testserver.TestServer "$@"
`;
}
