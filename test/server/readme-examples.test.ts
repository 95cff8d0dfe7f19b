import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { README_FILE } from '../../docs/readme-tables';
import { npmStartEnv, spawnLianban, stopGently, untilHealthy } from '../helpers/processes';
import { shellBlocks } from '../helpers/readme-shell';
import { tempDir } from '../helpers/temp-dir';

/**
 * The README's shell examples, run as a reader pastes them: in order, in one bash session that
 * stops at the first failure, from the clone, against `npm start` with its defaults, except for
 * what would clash with others on this machine: the service's ports are free ones (the README's
 * `localhost:4000` becomes the API's), and the exported history goes to a folder of the test's.
 */
const root = path.join(__dirname, '..', '..');
const blocks = shellBlocks(readFileSync(README_FILE, 'utf8'));
const run = blocks.filter((block) => block.notRun === undefined);
const dataDir = tempDir();
const scratch = tempDir();
const done = (line: number) => `::README line ${line} done::`;
let service: ChildProcess | undefined;
let output = '';

/** Runs `script` in bash; its output, stdout and stderr as they came. */
function bash(script: string, env: NodeJS.ProcessEnv): Promise<string> {
  const child = spawn('bash', ['-c', script], { cwd: root, env: { ...process.env, ...env }, stdio: 'pipe' });
  child.stdin.end();
  const chunks: Buffer[] = [];
  child.stdout.on('data', (chunk: Buffer) => chunks.push(chunk));
  child.stderr.on('data', (chunk: Buffer) => chunks.push(chunk));
  return new Promise((resolve) => child.on('close', () => resolve(Buffer.concat(chunks).toString('utf8'))));
}

beforeAll(async () => {
  const { apiUrl, env } = await npmStartEnv(dataDir.path, {});
  service = spawnLianban('all', env);
  await untilHealthy(apiUrl);
  const onThisMachine = (code: string) =>
    code
      .replaceAll('localhost:4000', new URL(apiUrl).host)
      .replaceAll('history.json', path.join(scratch.path, 'history.json'));
  const examples = run.map((block) => `${onThisMachine(block.code)}\necho '${done(block.line)}'`);
  // The trap names the command that stopped the session, which a silent `curl -s` would not.
  const session = ['set -euo pipefail', `trap 'echo "stopped by: $BASH_COMMAND (exit status $?)" >&2' ERR`];
  output = await bash([...session, ...examples].join('\n'), env);
}, 600_000);

afterAll(async () => {
  if (service) await stopGently(service);
  dataDir.remove();
  scratch.remove();
}, 60_000);

/** What the example printed, up to its end or to where the session stopped. */
function outputOf(line: number): string {
  const index = run.findIndex((block) => block.line === line);
  const start = index === 0 ? 0 : output.indexOf(done(run[index - 1].line));
  if (start < 0) return '(not reached: an example before it failed)';
  const end = output.indexOf(done(line), start);
  return output.slice(start, end < 0 ? undefined : end);
}

it.each(run.map((block) => [block.line]))('runs the example at README line %d', (line) => {
  // On failure, what the example printed up to where it stopped.
  expect(output.includes(done(line)) ? 'finished' : outputOf(line)).toBe('finished');
});

for (const block of blocks.filter((candidate) => candidate.notRun !== undefined)) {
  it.skip(`README line ${block.line} is not run: ${block.notRun}`, () => {});
}

it('ends the five-in-one case issued, with a unified social credit code, as the README says', () => {
  const final = outputOf([...run].reverse().find((block) => block.code.includes('certificate {'))!.line);
  expect(final).toMatch(/"status": "ISSUED"/);
  expect(final).toMatch(/"uscc": "[0-9A-Z]{18}"/);
});
