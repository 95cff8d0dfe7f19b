import type { Measurements } from './measurements';

const QUIET_LIMIT_MS = 30_000;

/** A line every `every` finished cases, and one after 30 s without any, so a long run shows it is alive. */
export function reportProgress(label: string, cases: number, every: number, measurements: Measurements) {
  const started = performance.now();
  let printed = 0;
  let lastLineAt = started;
  const line = () => {
    const seconds = (performance.now() - started) / 1000;
    const failed = measurements.failedCases ? `, ${measurements.failedCases} failed` : '';
    const errors = measurements.errorCount ? `, ${measurements.errorCount} request errors` : '';
    process.stdout.write(
      `  [${label}] ${measurements.issued}/${cases} issued${failed}${errors}  ` +
        `${seconds.toFixed(0)} s, ${(measurements.issued / seconds).toFixed(2)} cases/s\n`,
    );
    lastLineAt = performance.now();
  };
  const quiet = setInterval(() => {
    if (performance.now() - lastLineAt > QUIET_LIMIT_MS) line();
  }, 5_000);
  return {
    caseDone: () => {
      if (measurements.done - printed >= every || measurements.done === cases) {
        printed = measurements.done;
        line();
      }
    },
    stop: () => clearInterval(quiet),
  };
}
