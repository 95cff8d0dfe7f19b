import { PothosValidationError } from '@pothos/core';
import { Client as PgClient } from 'pg';
import { GraphQLError } from 'graphql';
import { isUnavailable, maskError } from '../../api/unavailable';
import { freePort } from '../helpers/ports';

/** Real failures, from really trying to reach a port where nothing listens. */
async function refusedByPostgres(): Promise<unknown> {
  const client = new PgClient({ connectionString: `postgresql://x@127.0.0.1:${await freePort()}/x` });
  return client.connect().then(
    () => new Error('connected'),
    (error: unknown) => error,
  );
}

describe('telling a dependency outage from a bug', () => {
  it('recognises PostgreSQL refusing connections, however deeply wrapped', async () => {
    const refused = await refusedByPostgres();
    expect(isUnavailable(refused)).toBe(true);
    expect(isUnavailable(new Error('wrapped', { cause: refused }))).toBe(true);
    expect(isUnavailable(new GraphQLError('resolver failed', { originalError: refused as Error }))).toBe(true);
  });

  it("recognises Prisma's can't-reach-the-server error", () => {
    expect(isUnavailable(Object.assign(new Error("Can't reach database server"), { code: 'P1001' }))).toBe(true);
    expect(isUnavailable(Object.assign(new Error('Unique constraint failed'), { code: 'P2002' }))).toBe(false);
  });

  it('masks a bug, and says a dependency is down with a retryable code', async () => {
    const bug = maskError(
      new GraphQLError('x', { originalError: new TypeError('undefined is not a function') }),
      'Unexpected error.',
      false,
    );
    expect((bug as GraphQLError).extensions.code).not.toBe('SERVICE_UNAVAILABLE');
    expect(bug.message).toBe('Unexpected error.');
    const down = maskError(
      new GraphQLError('x', { originalError: (await refusedByPostgres()) as Error }),
      'Unexpected error.',
      false,
    );
    expect((down as GraphQLError).extensions).toEqual({ code: 'SERVICE_UNAVAILABLE', retryable: true });
  });

  it("gives Pothos's refusal of a paging argument the client's code, as the same error (yoga logs replaced ones)", () => {
    const refused = new GraphQLError('Invalid cursor: x', {
      originalError: new PothosValidationError('Invalid cursor: x'),
    });
    const answered = maskError(refused, 'Unexpected error.', false);
    expect(answered).toBe(refused);
    expect(refused.extensions.code).toBe('BAD_USER_INPUT');
  });
});
