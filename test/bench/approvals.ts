/**
 * Drives five-in-one cases through the GraphQL API to ISSUED and prints throughput, latency
 * percentiles and the service's peak memory.
 *
 *   npm run bench -- --cases 200 --concurrency 20
 *   npm run bench -- --url http://host:4000/graphql --secret "$AUTH_SECRET"   (a running service)
 *
 * Without --url it starts the service as `npm start` does, in a fresh DATA_DIR, on free ports.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { Identity } from '../../api/identity';
import { signToken } from '../../api/token';
import type { AgencyCode } from '../../workflows/process/definition';
import { fiveInOneForm } from '../helpers/forms';
import { freePort } from '../helpers/ports';
import { tempDir } from '../helpers/temp-dir';

const FIVE: AgencyCode[] = ['AIC', 'QTS', 'TAX', 'HRSS', 'STATS'];
type Operation = 'submit' | 'claim' | 'complete' | 'read';
const latencies: Record<Operation, number[]> = { submit: [], claim: [], complete: [], read: [] };

async function call(
  url: string,
  token: string,
  operation: Operation,
  query: string,
  variables: Record<string, unknown>,
) {
  const started = performance.now();
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: Record<string, any>; errors?: unknown[] };
  latencies[operation].push(performance.now() - started);
  if (body.errors) throw new Error(`${operation}: ${JSON.stringify(body.errors)}`);
  return body.data!;
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

function peakMemoryMiB(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmHWM:\s+(\d+) kB/.exec(status)![1]) / 1024;
}

async function startService(): Promise<{ url: string; secret: string; child: ChildProcess; stop(): Promise<void> }> {
  const dataDir = tempDir('lianban-bench-');
  const secret = randomBytes(32).toString('base64url');
  const port = await freePort();
  const root = path.join(__dirname, '..', '..');
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(root, 'worker', 'main.ts')], {
    cwd: root,
    env: {
      ...process.env,
      DATA_DIR: dataDir.path,
      PORT: String(port),
      TEMPORAL_DEV_PORT: String(await freePort()),
      TEMPORAL_UI_PORT: String(await freePort()),
      AUTH_SECRET: secret,
      RATE_LIMIT_PER_MINUTE: '0',
      LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const url = `http://127.0.0.1:${port}/graphql`;
  const deadline = Date.now() + 10 * 60_000;
  process.stdout.write('starting the service (the first start on a machine builds the Temporal CLI: minutes)…\n');
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the service exited with code ${child.exitCode}`);
    try {
      if ((await fetch(url.replace('/graphql', '/health'))).ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error('the service did not become healthy');
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return {
    url,
    secret,
    child,
    stop: async () => {
      child.kill('SIGTERM');
      await new Promise((resolve) => child.once('exit', resolve));
      dataDir.remove();
    },
  };
}

const APPLICATION = `query ($id: ID!) { application(id: $id) { status tasks { id status agency { code } } } }`;
const CLAIM = `mutation ($id: ID!) { claimTask(taskId: $id) { id } }`;
const COMPLETE = `mutation ($id: ID!) { completeTask(taskId: $id, input: { decision: APPROVE }) { id } }`;

async function review(url: string, token: string, applicationId: string) {
  const { application } = await call(url, token, 'read', APPLICATION, { id: applicationId });
  const task = (application.tasks as Array<{ id: string; status: string }>).find(
    (candidate) => candidate.status === 'OPEN',
  )!;
  await call(url, token, 'claim', CLAIM, { id: task.id });
  await call(url, token, 'complete', COMPLETE, { id: task.id });
}

/** One small PDF per required material, uploaded once and attached to every case (documents are reusable). */
async function uploadRequiredDocuments(url: string, token: string): Promise<string[]> {
  const { serviceItem } = await call(
    url,
    token,
    'read',
    `{ serviceItem(code: "XC-0001") { materials { code required } } }`,
    {},
  );
  const ids: string[] = [];
  for (const material of (serviceItem.materials as Array<{ code: string; required: boolean }>).filter(
    (m) => m.required,
  )) {
    const form = new FormData();
    form.set(
      'operations',
      JSON.stringify({
        query: 'mutation ($file: File!, $m: String) { uploadDocument(file: $file, materialCode: $m) { id } }',
        variables: { file: null, m: material.code },
      }),
    );
    form.set('map', JSON.stringify({ 0: ['variables.file'] }));
    form.set('0', new Blob([`%PDF-1.4\n% bench ${material.code}\n%%EOF\n`]), `${material.code}.pdf`);
    const response = await fetch(url, { method: 'POST', headers: { authorization: `Bearer ${token}` }, body: form });
    const body = (await response.json()) as { data: { uploadDocument: { id: string } } };
    ids.push(body.data.uploadDocument.id);
  }
  return ids;
}

async function runCase(url: string, tokens: Record<string, string>, documentIds: string[], index: number) {
  const { submitApplication } = await call(
    url,
    tokens.applicant,
    'submit',
    `mutation ($input: SubmitApplicationInput!) { submitApplication(input: $input) { id } }`,
    {
      input: {
        itemCode: 'XC-0001',
        formData: fiveInOneForm,
        documentIds,
        idempotencyKey: `bench-${process.pid}-${index}`,
      },
    },
  );
  const id = submitApplication.id as string;
  await review(url, tokens.WINDOW, id);
  await Promise.all(FIVE.map((agency) => review(url, tokens[agency], id)));
  for (;;) {
    const { application } = await call(url, tokens.applicant, 'read', APPLICATION, { id });
    if (application.status === 'ISSUED') return;
    if (application.status !== 'APPROVED') throw new Error(`case ${id} ended ${application.status}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

async function main() {
  const { values } = parseArgs({
    options: {
      cases: { type: 'string', default: '200' },
      concurrency: { type: 'string', default: '20' },
      url: { type: 'string' },
      secret: { type: 'string' },
    },
  });
  const cases = Number(values.cases);
  const concurrency = Number(values.concurrency);
  const service = values.url ? undefined : await startService();
  const url = values.url ?? service!.url;
  const secret = values.secret ?? service!.secret;
  const identities: Record<string, Identity> = {
    applicant: { sub: `bench-applicant-${process.pid}`, role: 'APPLICANT' },
    WINDOW: { sub: 'bench-window', role: 'WINDOW', agency: 'WINDOW' },
    ...Object.fromEntries(FIVE.map((agency) => [agency, { sub: `bench-${agency}`, role: 'REVIEWER', agency }])),
  };
  const tokens: Record<string, string> = {};
  for (const [name, identity] of Object.entries(identities))
    tokens[name] = await signToken(identity, { secret, expiresIn: '2h' });

  try {
    const documentIds = await uploadRequiredDocuments(url, tokens.applicant);
    latencies.read.length = 0;
    process.stdout.write(`driving ${cases} five-in-one cases, ${concurrency} at a time, to ISSUED…\n`);
    const started = performance.now();
    let next = 0;
    let done = 0;
    const progress = setInterval(() => process.stdout.write(`  ${done}/${cases} issued\n`), 5000);
    await Promise.all(
      Array.from({ length: concurrency }, async () => {
        while (next < cases) {
          await runCase(url, tokens, documentIds, next++);
          done += 1;
        }
      }),
    );
    clearInterval(progress);
    const seconds = (performance.now() - started) / 1000;
    const decisions = latencies.complete.length;
    console.log(`\ncases: ${cases}  concurrency: ${concurrency}  elapsed: ${seconds.toFixed(1)} s`);
    console.log(`cases/s: ${(cases / seconds).toFixed(2)}  decisions/s: ${(decisions / seconds).toFixed(2)}`);
    console.log('latency ms      p50      p95      p99    count');
    for (const [operation, values] of Object.entries(latencies)) {
      const row = [50, 95, 99].map((p) => percentile(values, p).toFixed(1).padStart(8)).join(' ');
      console.log(`${operation.padEnd(12)} ${row} ${String(values.length).padStart(8)}`);
    }
    if (service) console.log(`service peak memory (VmHWM): ${peakMemoryMiB(service.child.pid!).toFixed(0)} MiB`);
  } finally {
    await service?.stop();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
