import { OPERATIONS, type Measurements } from './measurements';
import type { MemoryFigure } from './peak-memory';

export interface LayoutResult {
  layout: string;
  description: string;
  startupSeconds: number;
  concurrency: number;
  measurements: Measurements;
  memory: MemoryFigure[];
}

const rate = (count: number, seconds: number) => (count / seconds).toFixed(2);
const ms = (value: number) => value.toFixed(1).padStart(9);

export function printLayout(result: LayoutResult): void {
  const { measurements: m } = result;
  console.log(
    `\n${result.layout}: ${m.issued} issued, ${m.failedCases} failed, ${result.concurrency} at a time, ` +
      `in ${m.elapsedSeconds.toFixed(1)} s (start-up ${result.startupSeconds.toFixed(1)} s)`,
  );
  console.log(`cases/s: ${rate(m.issued, m.elapsedSeconds)}  decisions/s: ${rate(m.decisions, m.elapsedSeconds)}`);
  console.log('latency ms          p50       p95       p99     count    errors');
  for (const operation of OPERATIONS) {
    const row = [50, 95, 99].map((p) => ms(m.percentile(operation, p))).join(' ');
    const counts = `${String(m.latencies[operation].length).padStart(9)} ${String(m.errors[operation]).padStart(9)}`;
    console.log(`${operation.padEnd(10)} ${row} ${counts}`);
  }
  if (m.requestsPerUrl.size > 1) {
    const spread = [...m.requestsPerUrl].map(([url, count]) => `${new URL(url).host} ${count}`).join(', ');
    console.log(`requests per API: ${spread}`);
  }
  if (result.memory.length) {
    console.log('peak memory (VmHWM):');
    for (const figure of result.memory) {
      const mib = figure.mib === undefined ? 'gone'.padStart(8) : `${figure.mib.toFixed(0).padStart(4)} MiB`;
      console.log(`  ${figure.process.padEnd(28)} ${mib}${figure.detail ? `  (${figure.detail})` : ''}`);
    }
  }
  for (const failure of m.failures) console.log(`failed case: ${failure}`);
}

/** Side by side, when more than one layout ran. */
export function printComparison(results: LayoutResult[]): void {
  console.log('\nlayout      cases/s  decisions/s  complete p50/p95/p99 ms   errors  failed cases');
  for (const { layout, measurements: m } of results) {
    const complete = [50, 95, 99].map((p) => m.percentile('complete', p).toFixed(0)).join('/');
    console.log(
      `${layout.padEnd(10)} ${rate(m.issued, m.elapsedSeconds).padStart(8)} ${rate(m.decisions, m.elapsedSeconds).padStart(12)}` +
        `  ${complete.padStart(22)} ${String(m.errorCount).padStart(8)} ${String(m.failedCases).padStart(13)}`,
    );
  }
}
