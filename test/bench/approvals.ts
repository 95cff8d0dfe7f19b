/**
 * Drives five-in-one cases through the GraphQL API to ISSUED and prints, for each layout,
 * throughput, latency percentiles, errors and the peak memory of each of its processes.
 *
 *   npm run bench -- --cases 200 --concurrency 20                  (embedded: what `npm start` runs)
 *   npm run bench -- --cases 1000 --concurrency 20 --layout both   (embedded, then scaled, in one run)
 *   npm run bench -- --url http://host:4000/graphql [--url …] --secret "$AUTH_SECRET"   (a running service)
 *   npm run bench -- --peer flowable [--peer-dir DIR] [--rounds 2] [--warmup 50]   (beside Flowable, see peer.ts)
 *
 * Each layout is started fresh (new data folder, free ports), measured and stopped before the next.
 */
import { randomBytes } from 'node:crypto';
import { parseArgs } from 'node:util';
import pino from 'pino';
import { resolveTemporalCli } from '../../temporal/cli';
import { driveCases } from './case-driver';
import { embeddedLayout } from './embedded-layout';
import { runAgainstPeer } from './peer';
import { Teardown, type Layout, type RunningLayout } from './layout';
import { printComparison, printLayout, type LayoutResult } from './report';
import { scaledLayout } from './scaled-layout';

const LAYOUTS: Record<string, Layout[]> = {
  embedded: [embeddedLayout],
  scaled: [scaledLayout],
  both: [embeddedLayout, scaledLayout],
};

function options() {
  const { values } = parseArgs({
    options: {
      cases: { type: 'string', default: '200' },
      concurrency: { type: 'string', default: '20' },
      layout: { type: 'string' },
      progress: { type: 'string' },
      url: { type: 'string', multiple: true },
      secret: { type: 'string' },
      peer: { type: 'string' },
      'peer-dir': { type: 'string' },
      rounds: { type: 'string', default: '1' },
      warmup: { type: 'string', default: '50' },
    },
  });
  const count = (name: 'cases' | 'concurrency' | 'progress' | 'rounds' | 'warmup', value: string) => {
    const parsed = Number(value);
    if (!Number.isInteger(parsed) || parsed < 1) throw new Error(`--${name} must be a whole number above 0`);
    return parsed;
  };
  const cases = count('cases', values.cases);
  if (values.url && values.layout) throw new Error('--url drives a running service; leave out --layout');
  if (values.url && !values.secret) throw new Error('--url needs --secret, the AUTH_SECRET of that service');
  const layouts = values.url ? [] : LAYOUTS[values.layout ?? 'embedded'];
  if (!layouts) throw new Error('--layout must be embedded, scaled or both');
  if (values.peer !== undefined && values.peer !== 'flowable') throw new Error('--peer must be flowable');
  if (values.peer && (values.url || values.layout))
    throw new Error('--peer runs npm start itself: leave out --url and --layout');
  return {
    peer: values.peer
      ? { dir: values['peer-dir'], rounds: count('rounds', values.rounds), warmup: count('warmup', values.warmup) }
      : undefined,
    cases,
    concurrency: count('concurrency', values.concurrency),
    progressEvery: values.progress ? count('progress', values.progress) : Math.max(10, Math.round(cases / 20)),
    layouts,
    urls: values.url,
    secret: values.secret ?? randomBytes(32).toString('base64url'),
  };
}

async function main() {
  const settings = options();
  const started = performance.now();
  const log = pino({ level: 'info' });
  const teardown = new Teardown();
  const interrupt = new AbortController();
  let interruptedAt = 0;
  process.on('SIGINT', () => {
    // tsx passes a Ctrl-C on to this process when it does not see it arrive here quickly: one press can come twice.
    if (!interruptedAt) {
      interruptedAt = Date.now();
      process.stdout.write('\ninterrupted: stopping what the benchmark started (Ctrl-C again: at once)…\n');
      interrupt.abort();
    } else if (Date.now() - interruptedAt > 1000) {
      void teardown.run().finally(() => process.exit(130));
    }
  });
  const { cases, concurrency, progressEvery, secret } = settings;
  const measure = async (layout: string, description: string, start: () => Promise<RunningLayout>) => {
    process.stdout.write(`\n== ${layout}: ${description} ==\nstarting…\n`);
    const startedAt = performance.now();
    const running = await start();
    const startupSeconds = (performance.now() - startedAt) / 1000;
    process.stdout.write(`ready in ${startupSeconds.toFixed(1)} s: ${running.urls.join(', ')}\n`);
    const { urls } = running;
    const measurements = await driveCases({
      label: layout,
      urls,
      secret,
      cases,
      concurrency,
      progressEvery,
      signal: interrupt.signal,
    });
    const memory = running.peakMemory();
    const result: LayoutResult = { layout, description, startupSeconds, concurrency, measurements, memory };
    printLayout(result);
    return result;
  };

  if (settings.peer) {
    const cliPath = await resolveTemporalCli({ cliPath: process.env.TEMPORAL_CLI_PATH, log });
    try {
      const verified = await runAgainstPeer({
        ...settings.peer,
        peerDir: settings.peer.dir,
        cases,
        concurrency,
        cliPath,
        teardown,
      });
      if (!verified) process.exitCode = 1;
    } finally {
      await teardown.run();
    }
    return;
  }
  const results: LayoutResult[] = [];
  if (settings.urls) {
    const urls = settings.urls;
    results.push(await measure('service', urls.join(', '), async () => ({ urls, peakMemory: () => [] })));
  } else {
    // The first start on a machine builds the Temporal CLI (minutes); both layouts then use that binary.
    const cliPath = await resolveTemporalCli({ cliPath: process.env.TEMPORAL_CLI_PATH, log });
    const context = { cliPath, secret, log: log.child({}, { level: 'warn' }), teardown };
    for (const layout of settings.layouts) {
      if (interrupt.signal.aborted) break;
      try {
        results.push(await measure(layout.name, layout.description, () => layout.start(context)));
      } finally {
        process.stdout.write(`stopping the ${layout.name} layout…\n`);
        await teardown.run();
      }
    }
  }
  if (results.length > 1) printComparison(results);
  console.log(`\ntotal wall time: ${((performance.now() - started) / 1000).toFixed(1)} s`);
  if (interrupt.signal.aborted) process.exitCode = 130;
  else if (results.some(({ measurements }) => measurements.failedCases > 0)) process.exitCode = 1;
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
