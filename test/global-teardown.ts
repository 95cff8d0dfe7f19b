/** Stops the PostgreSQL server the global setup started, if it started one. */
export default function globalTeardown() {
  (globalThis as { stopPostgres?: () => void }).stopPostgres?.();
}
