import type { AppDependencies } from '../../api/app';
import { createLogger } from '../../logger';
import { documentRoutes } from '../../documents/document-routes';
import { FileDocumentStore } from '../../documents/document-store';
import { tempDir } from '../helpers/temp-dir';
import { signToken } from '../../api/token';
import { appsUnderTest, TEST_SECRET } from '../helpers/app-server';
import { errorCodes, graphql } from '../helpers/graphql';

const SECRET = TEST_SECRET;
/** The app with the given hardening settings, on a port of its own. */
const served = appsUnderTest();
const { serve } = served;

it('turns introspection off in production, and leaves it on in development', async () => {
  const query = '{ __schema { queryType { name } } }';
  const refused = await graphql(await serve({ production: true }), query);
  expect(refused.data).toBeUndefined();
  expect(new Set(errorCodes(refused))).toEqual(new Set(['GRAPHQL_VALIDATION_FAILED']));
  expect(refused.errors![0].message).toContain('introspection');
  expect((await graphql(await serve({}), query)).data).toEqual({ __schema: { queryType: { name: 'Query' } } });
});

it('refuses an operation nested too deep or too wide before it runs', async () => {
  const url = await serve({ limits: { query: { maxDepth: 3, maxFields: 12 } } });
  const deep = await graphql(url, '{ serviceItems { agencies { code } materials { code } } }');
  expect(deep.errors).toBeUndefined();
  const tooDeep = await graphql(url, '{ serviceItems { guide { steps { title } } } }');
  expect(errorCodes(tooDeep)).toEqual(['QUERY_TOO_COMPLEX']);
  expect(tooDeep.errors![0].message).toContain('depth 4');
  const fields = Array.from({ length: 13 }, (_, i) => `f${i}: code`).join(' ');
  const tooWide = await graphql(url, `{ serviceItems { ${fields} } }`);
  expect(errorCodes(tooWide)).toEqual(['QUERY_TOO_COMPLEX']);
  const viaFragments = await graphql(
    url,
    `
      query {
        serviceItems {
          ...A
        }
      }
      fragment A on ServiceItem {
        guide {
          ...B
        }
      }
      fragment B on ServiceGuide {
        steps {
          title
        }
      }
    `,
  );
  expect(errorCodes(viaFragments)).toEqual(['QUERY_TOO_COMPLEX']);
});

it('limits each person to so many requests a minute, apart from everyone else', async () => {
  const url = await serve({ limits: { requestsPerMinute: 3 } });
  const token = await signToken({ sub: 'busy-1', role: 'APPLICANT' }, { secret: SECRET });
  const other = await signToken({ sub: 'calm-1', role: 'APPLICANT' }, { secret: SECRET });
  for (let i = 0; i < 3; i += 1)
    expect((await graphql(url, '{ me { sub } }', { token })).data).toEqual({ me: { sub: 'busy-1' } });
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query: '{ me { sub } }' }),
  });
  expect(response.status).toBe(429);
  expect(Number(response.headers.get('retry-after'))).toBeGreaterThan(0);
  expect(errorCodes((await response.json()) as never)).toEqual(['RATE_LIMITED']);
  expect((await graphql(url, '{ me { sub } }', { token: other })).data).toEqual({ me: { sub: 'calm-1' } });
});

it('gives every request an id, keeping the caller’s', async () => {
  const url = await serve({});
  const given = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-request-id': 'desk-7:42' },
    body: '{"query":"{ serviceItems { code } }"}',
  });
  expect(given.headers.get('x-request-id')).toBe('desk-7:42');
  const made = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-request-id': 'no spaces allowed' },
    body: '{"query":"{ serviceItems { code } }"}',
  });
  expect(made.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
});

it('logs each request with its whole path, and every line written while serving it with its id', async () => {
  const lines: Array<Record<string, unknown>> = [];
  const log = createLogger(
    { logLevel: 'info', production: true },
    {
      write: (line: string) => void lines.push(JSON.parse(line) as Record<string, unknown>),
    },
  );
  const broken = new Proxy(
    {},
    {
      get: () => {
        throw new Error('the database is gone');
      },
    },
  ) as AppDependencies['prisma'];
  const url = await serve({ log, prisma: broken });
  await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-request-id': 'desk-7:43' },
    body: '{"query":"{ serviceItems { code } }"}',
  });
  await new Promise((resolve) => setImmediate(resolve));
  expect(lines).toContainEqual(expect.objectContaining({ msg: 'request', path: '/graphql', requestId: 'desk-7:43' }));
  const errors = lines.filter((line) => Number(line.level) >= 50);
  expect(errors.length).toBeGreaterThan(0);
  expect(errors.every((line) => line.requestId === 'desk-7:43')).toBe(true);
});

it('exposes Prometheus metrics: requests, errors by code, cases by status, oldest open task by agency', async () => {
  const url = await serve({ limits: { query: { maxDepth: 2, maxFields: 100 } } });
  await graphql(url, '{ serviceItems { code } }');
  await graphql(url, '{ serviceItems { agencies { code } } }');
  const item = await served.database.prisma.serviceItem.findFirstOrThrow({ where: { code: 'XC-0003' } });
  await served.database.prisma.application.create({
    data: {
      id: 'metrics-case',
      itemId: item.id,
      applicantId: 'a',
      status: 'UNDER_REVIEW',
      formData: {},
      submittedAt: new Date(),
      tasks: {
        create: {
          id: 'metrics-case-TOBACCO-1',
          agencyCode: 'TOBACCO',
          stage: 'JOINT_REVIEW',
          status: 'OPEN',
          createdAt: new Date(Date.now() - 3_600_000),
        },
      },
    },
  });
  const response = await fetch(url.replace('/graphql', '/metrics'));
  expect(response.headers.get('content-type')).toContain('text/plain');
  const text = await response.text();
  expect(text).toMatch(/lianban_http_requests_total\{method="POST",status="2xx"\} 2/);
  expect(text).toMatch(/lianban_graphql_errors_total\{code="QUERY_TOO_COMPLEX"\} 1/);
  expect(text).toMatch(/lianban_cases\{status="UNDER_REVIEW"\} 1/);
  const age = Number(/lianban_oldest_open_task_age_seconds\{agency="TOBACCO"\} ([\d.]+)/.exec(text)![1]);
  expect(age).toBeGreaterThanOrEqual(3600);
});

describe('a small request cannot make the process work for long', () => {
  /** 858 bytes at 21 levels froze the process for 11 s when fragments were expanded. */
  const fragmentChain = (levels: number) =>
    [
      'query { serviceItems { ...F0 } }',
      ...Array.from({ length: levels }, (_, level) =>
        level === levels - 1
          ? `fragment F${level} on ServiceItem { code }`
          : `fragment F${level} on ServiceItem { ...F${level + 1} ...F${level + 1} }`,
      ),
    ].join('\n');

  it('refuses a chain of fragments that multiply, while /health goes on answering', async () => {
    const url = await serve({ health: { database: async () => undefined } });
    const attacks = Array.from({ length: 4 }, () => graphql(url, fragmentChain(30)));
    const health = await fetch(url.replace('/graphql', '/health'));
    expect(health.status).toBe(200);
    for (const refused of await Promise.all(attacks)) {
      expect(errorCodes(refused)).toEqual(['QUERY_TOO_COMPLEX']);
      expect(refused.errors![0].message).toContain(`${2 ** 29 + 1} fields`);
    }
  });

  it('counts the mutations of a chain of fragments without expanding it', async () => {
    const url = await serve({});
    const chain = [
      'mutation { ...M0 }',
      ...Array.from({ length: 30 }, (_, level) =>
        level === 29
          ? 'fragment M29 on Mutation { withdrawApplication(id: "x") { id } }'
          : `fragment M${level} on Mutation { ...M${level + 1} ...M${level + 1} }`,
      ),
    ].join('\n');
    const refused = await graphql(url, chain);
    expect(errorCodes(refused)).toEqual(['QUERY_TOO_COMPLEX']);
    expect(refused.errors![0].message).toContain(`${2 ** 29} mutations`);
  });

  it('refuses a flood of aliases and counts them through fragments', async () => {
    const url = await serve({});
    const lookups = Array.from({ length: 240 }, (_, i) => `i${i}: serviceItem(code: "XC-0001") { code }`).join(' ');
    const flood = await graphql(url, `{ ${lookups} }`);
    expect(errorCodes(flood)).toEqual(['QUERY_TOO_COMPLEX']);
    expect(flood.errors![0].message).toContain('240 aliases (at most 30)');
    const spread = await graphql(
      url,
      `{ serviceItems { ...A ...A } } fragment A on ServiceItem { ${Array.from({ length: 16 }, (_, i) => `c${i}: code`).join(' ')} }`,
    );
    expect(spread.errors![0].message).toContain('32 aliases');
    expect((await graphql(url, '{ a: serviceItem(code: "XC-0001") { code } }')).data).toEqual({
      a: { code: 'XC-0001' },
    });
  });

  it('refuses more than a few mutations in one operation, and counts each against the rate limit', async () => {
    const url = await serve({ limits: { requestsPerMinute: 5 } });
    const token = await signToken({ sub: 'many-changes', role: 'APPLICANT' }, { secret: SECRET });
    const withdrawals = (n: number) =>
      `mutation { ${Array.from({ length: n }, (_, i) => `w${i}: withdrawApplication(id: "none-${i}") { id }`).join(' ')} }`;
    const flood = await graphql(url, withdrawals(10), { token });
    expect(errorCodes(flood)).toEqual(['QUERY_TOO_COMPLEX']);
    expect(flood.errors![0].message).toContain('10 mutations (at most 3)');
    // Three changes cost three of the five a minute (the refused flood took one): the next three
    // do not fit. (Mutations run in order, and the first one's error ends the operation.)
    expect(errorCodes(await graphql(url, withdrawals(3), { token }))).toEqual(['NOT_FOUND']);
    expect(errorCodes(await graphql(url, withdrawals(3), { token }))).toEqual(['RATE_LIMITED']);
    expect(await served.database.prisma.application.count({ where: { applicantId: 'many-changes' } })).toBe(0);
  });

  it('stops parsing a document of too many tokens', async () => {
    const url = await serve({ limits: { query: { maxTokens: 200 } } });
    const long = await graphql(url, `{ serviceItems { ${'code '.repeat(300)} } }`);
    expect(long.errors![0].message).toContain('200 tokens');
  });
});

describe('answers that give nothing away', () => {
  /** A database that fails every call, its error naming a machine path, as Prisma's do. */
  const brokenPrisma = new Proxy(
    {},
    {
      get: () => {
        throw new Error('connection lost at /srv/lianban/node_modules/.prisma/client/index.js:42');
      },
    },
  ) as AppDependencies['prisma'];
  const internals = /node_modules|\/srv\/|stack|at .*\(/;

  it('masks an unexpected error in development too, and shows it only when DEBUG_ERRORS is on', async () => {
    const query = '{ serviceItems { code } }';
    const masked = await graphql(await serve({ prisma: brokenPrisma }), query);
    expect(masked.errors![0]).toMatchObject({ message: 'Unexpected error.' });
    expect(JSON.stringify(masked)).not.toMatch(internals);
    const debugged = await graphql(await serve({ prisma: brokenPrisma, debugErrors: true }), query);
    expect(JSON.stringify(debugged)).toContain('connection lost');
  });

  it('answers a route’s unexpected error as JSON without internals', async () => {
    const url = await serve({
      prisma: brokenPrisma,
      routes: [documentRoutes({ prisma: brokenPrisma, store: new FileDocumentStore(tempDir().path) })],
    });
    const response = await fetch(url.replace('/graphql', '/documents/abc'), {
      headers: { authorization: `Bearer ${await signToken({ sub: 'a-1', role: 'APPLICANT' }, { secret: SECRET })}` },
    });
    expect(response.status).toBe(500);
    expect(response.headers.get('content-type')).toContain('application/json');
    const body = await response.text();
    expect(body).toContain('INTERNAL_SERVER_ERROR');
    expect(body).not.toMatch(internals);
  });

  it.each(['/documents/abc%00def', '/applications/x%ED%A0%80/documents/y', '/documents/%E0%A4%A'])(
    'refuses the malformed path %s with 400, as JSON',
    async (target) => {
      const url = await serve({});
      const response = await fetch(url.replace('/graphql', target));
      expect(response.status).toBe(400);
      expect(
        ((await response.json()) as { errors: Array<{ extensions: { code: string } }> }).errors[0].extensions.code,
      ).toBe('BAD_USER_INPUT');
    },
  );

  it('suggests no field names in production, where introspection is off', async () => {
    const query = '{ serviceItemz { code } }';
    const production = await graphql(await serve({ production: true }), query);
    expect(production.errors![0].message).not.toContain('Did you mean');
    expect(production.errors![0].message).toContain('serviceItemz');
    const development = await graphql(await serve({}), query);
    expect(development.errors![0].message).toContain('Did you mean');

    // Nor through the variables: an input field or an enum value a letter off.
    const token = await signToken({ sub: 'officer-1', role: 'REVIEWER', agency: 'AIC' }, { secret: SECRET });
    const decide = 'mutation ($input: CompleteTaskInput!) { completeTask(taskId: "t", input: $input) { id } }';
    for (const input of [{ decisio: 'APPROVE' }, { decision: 'APPROVED' }]) {
      const answer = await graphql(await serve({ production: true }), decide, { token, variables: { input } });
      expect(answer.errors!.length).toBeGreaterThan(0);
      expect(JSON.stringify(answer)).not.toContain('Did you mean');
    }
  });

  it('refuses a file sent as JSON instead of a multipart upload, naming the field', async () => {
    const token = await signToken({ sub: 'a-1', role: 'APPLICANT' }, { secret: SECRET });
    const response = await graphql(await serve({}), 'mutation ($file: File!) { uploadDocument(file: $file) { id } }', {
      token,
      variables: { file: 'not a file' },
    });
    expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
    expect(response.errors![0].message).toContain('multipart');
  });
});
