/**
 * Whether a failed write can succeed if tried again. A connection lost, a deadlock or a server
 * restarting can; a value or a constraint the database refuses cannot, however often it is
 * sent, so it must fail the one change instead of holding the case in retries.
 */

/**
 * SQLSTATE classes that describe the data sent: cardinality (one write touching a row twice),
 * data exceptions, integrity constraints, program limits.
 */
const PERMANENT_SQLSTATE_CLASSES = new Set(['21', '22', '23', '54']);
/** Prisma's request errors about the values: too long, unique, foreign key, null, out of range. */
const PERMANENT_PRISMA_CODES = new Set(['P2000', 'P2002', 'P2003', 'P2004', 'P2007', 'P2011', 'P2019', 'P2020']);

export interface PermanentWriteError {
  code: string;
  reason: string;
}

/** An error and what it wraps: its causes, and the original error GraphQL or Prisma keep. */
export function errorCauses(error: unknown): Array<Record<string, unknown>> {
  const chain: Array<Record<string, unknown>> = [];
  let current = error;
  while (current && typeof current === 'object' && chain.length < 10) {
    chain.push(current as Record<string, unknown>);
    const original = (current as { originalError?: unknown }).originalError;
    if (original && typeof original === 'object') chain.push(original as Record<string, unknown>);
    current = (current as { cause?: unknown }).cause;
  }
  return chain;
}

/** The database's own code and reason when the error is one retrying cannot fix, else undefined. */
export function permanentWriteError(error: unknown): PermanentWriteError | undefined {
  for (const cause of errorCauses(error)) {
    const code = typeof cause.code === 'string' ? cause.code : undefined;
    const reason = typeof cause.message === 'string' ? cause.message.split('\n')[0] : '';
    // PostgreSQL's SQLSTATE is `code`: beside `kind: 'postgres'` from Prisma's driver adapter,
    // beside `severity` from `pg` itself (the read-model write's plain SQL).
    const fromPostgres = cause.kind === 'postgres' || typeof cause.severity === 'string';
    if (fromPostgres && code && PERMANENT_SQLSTATE_CLASSES.has(code.slice(0, 2))) return { code, reason };
    if (code && PERMANENT_PRISMA_CODES.has(code)) return { code, reason };
  }
  return undefined;
}
