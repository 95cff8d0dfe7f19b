export const OPERATIONS = ['submit', 'claim', 'complete', 'read'] as const;
export type Operation = (typeof OPERATIONS)[number];

const KEPT_FAILURES = 5;

/** What one layout's run measured: latencies and errors per GraphQL operation, cases issued or failed. */
export class Measurements {
  readonly latencies: Record<Operation, number[]> = { submit: [], claim: [], complete: [], read: [] };
  readonly errors: Record<Operation, number> = { submit: 0, claim: 0, complete: 0, read: 0 };
  readonly requestsPerUrl = new Map<string, number>();
  /** The first few distinct reasons cases failed, to print beside the counts. */
  readonly failures: string[] = [];
  issued = 0;
  failedCases = 0;
  elapsedSeconds = 0;

  /** A request's outcome: its latency when it succeeded, undefined when it failed. */
  record(url: string, operation: Operation, latencyMs: number | undefined): void {
    this.requestsPerUrl.set(url, (this.requestsPerUrl.get(url) ?? 0) + 1);
    if (latencyMs === undefined) this.errors[operation] += 1;
    else this.latencies[operation].push(latencyMs);
  }

  caseFailed(error: unknown): void {
    this.failedCases += 1;
    const reason = (error instanceof Error ? error.message : String(error)).slice(0, 300);
    if (this.failures.length < KEPT_FAILURES && !this.failures.includes(reason)) this.failures.push(reason);
  }

  get done(): number {
    return this.issued + this.failedCases;
  }

  /** Decisions the workflow accepted: every completeTask that answered without an error. */
  get decisions(): number {
    return this.latencies.complete.length;
  }

  get errorCount(): number {
    return OPERATIONS.reduce((sum, operation) => sum + this.errors[operation], 0);
  }

  percentile(operation: Operation, p: number): number {
    return percentile(this.latencies[operation], p);
  }
}

/** The p-th percentile (nearest rank) of some figures; NaN for none. */
export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}
