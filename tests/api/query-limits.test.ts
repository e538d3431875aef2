import { measureOperation, QUERY_LIMITS } from '@grassroots/api/core/graphql/query-limits';
import { MAX_PAGE_SIZE } from '@grassroots/domain';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { print } from 'graphql';

import { adminOperations, generatedOperationNames } from '../support/admin-documents';
import { useApi } from '../support/api';
import type { GqlClient, GqlResponse } from '../support/client';

/**
 * Query limits over HTTP, as an anonymous attacker and as the admin's own screens meet them. The documents that break
 * a limit on purpose are strings; the admin's own are its typed documents, printed.
 */
const api = useApi({ introspection: false });
let admin: GqlClient;
beforeAll(async () => {
  admin = await api.as('ADMIN');
});

/** Each fragment spreads the next one twice: 2^levels fields once expanded, from a ~1.6 KB document at 40. */
function fanOut(levels: number): string {
  let q = 'query { ...F0 }\n';
  for (let i = 0; i < levels; i++) q += `fragment F${i} on Query { ...F${i + 1} ...F${i + 1} }\n`;
  return `${q}fragment F${levels} on Query { me { id } }\n`;
}

const limitOf = (r: GqlResponse) =>
  (r.errors?.[0]?.extensions as { limit?: { name: string } } | undefined)?.limit?.name;

it('refuses an anonymous 40-level fragment fan-out within 100 ms while /health still answers', async () => {
  const anonymous = api.client();
  await anonymous.request(fanOut(10)); // warm up the route
  const times: number[] = [];
  for (let i = 0; i < 3; i++) {
    const started = performance.now();
    const [r, health] = await Promise.all([anonymous.request(fanOut(40)), fetch(`${api.url}/health`)]);
    times.push(performance.now() - started);
    expect([r.status, r.errors?.[0]?.extensions?.code, limitOf(r), r.data]).toEqual([
      400,
      'BAD_USER_INPUT',
      'cost',
      undefined,
    ]);
    expect(r.errors?.[0]?.message).toMatch(/^Query cost 1\.1e\+12 exceeds \d+$/);
    expect(health.status).toBe(200);
  }
  if (process.env.SHOW_TIMINGS)
    console.log(`40-level fan-out refused in ${times.map((t) => t.toFixed(1)).join(', ')} ms`);
  // The fastest of three, so that a busy test machine does not decide; expanding per spread never finishes.
  expect(Math.min(...times)).toBeLessThan(100);
});

it('refuses depth, aliases, directives, cost and length with HTTP 400 and the limit that was exceeded', async () => {
  const refusals: [string, string][] = [
    [
      'depth',
      '{ cohorts { items { program { cohorts { program { cohorts { program { cohorts { program { id } } } } } } } } } }',
    ],
    ['aliases', `{ ${Array.from({ length: 16 }, (_, i) => `a${i}: me { id }`).join(' ')} }`],
    ['directives', `{ me { ${Array.from({ length: 51 }, () => 'id @include(if: true)').join(' ')} } }`],
    ['cost', '{ cohorts(pageSize: 100) { items { id enrolments { id } } } }'],
    ['length', `{ me { id } } #${'x'.repeat(QUERY_LIMITS.maxLength)}`],
  ];
  for (const [limit, query] of refusals) {
    const r = await admin.request(query);
    expect([limit, r.status, r.errors?.[0]?.extensions?.code, limitOf(r)]).toEqual([
      limit,
      400,
      'BAD_USER_INPUT',
      limit,
    ]);
  }
});

it('counts a variable default like a sent variable', async () => {
  const q = 'query Big($n: Int! = 100) { trainees(pageSize: $n) { items { id enrolments { id cohort { id } } } } }';
  const r = await admin.request(q);
  expect([r.status, limitOf(r)]).toEqual([400, 'cost']);
  expect((await admin.request(q, { n: 5 })).errors).toBeUndefined();
});

it('applies the length limit to GET requests too', async () => {
  const get = (query: string) =>
    fetch(`${api.url}/graphql?query=${encodeURIComponent(query)}`, {
      headers: { cookie: admin.cookie, 'apollo-require-preflight': 'true' },
    });
  const long = await get(`{ me { id } } #${'x'.repeat(QUERY_LIMITS.maxLength)}`);
  expect(long.status).toBe(400);
  expect(await long.json()).toMatchObject({
    errors: [{ extensions: { code: 'BAD_USER_INPUT', limit: { name: 'length' } } }],
  });
  const short = await get('{ me { id } }');
  expect([short.status, (await short.json()).errors]).toEqual([200, undefined]);
});

describe('every operation the admin ships, at the largest page size', () => {
  const operations = adminOperations();

  it('finds every operation codegen generated for the admin', () => {
    expect(operations.map((o) => o.name).sort()).toEqual(generatedOperationNames().sort());
    expect(operations.length).toBeGreaterThan(100);
  });

  it('measures each one within every limit against the running schema', () => {
    const schema = api.app.get(GraphQLSchemaHost).schema;
    const over = operations
      .map((o) => ({ name: o.name, ...measureOperation(schema, o.document, o.operation, o.variables) }))
      .filter(
        (m) =>
          m.cost > QUERY_LIMITS.maxCost ||
          m.depth > QUERY_LIMITS.maxDepth ||
          m.aliases > QUERY_LIMITS.maxAliases ||
          m.directives > QUERY_LIMITS.maxDirectives,
      );
    expect(over).toEqual([]);
  });

  it('sends each query over HTTP as an admin with pageSize 100 and none is refused by a limit', async () => {
    const queries = operations.filter((o) => o.operation.operation === 'query');
    const refused: string[] = [];
    for (const o of queries) {
      const r = await admin.request(print(o.document), o.variables);
      if (limitOf(r) || r.errors?.some((e) => /^Query (cost|depth|uses)/.test(e.message)))
        refused.push(`${o.name}: ${r.errors?.[0]?.message}`);
    }
    expect(refused).toEqual([]);
    // The screens named in the issue really ask for 100 rows here.
    const names = queries.filter((o) => Object.values(o.variables).includes(MAX_PAGE_SIZE)).map((o) => o.name);
    expect(names).toEqual(
      expect.arrayContaining([
        'Sponsors',
        'Trainees',
        'Cohorts',
        'Programs',
        'Users',
        'AuditLog',
        'Tickets',
        'LiveSessions',
        'ProductsPage',
        'Teams',
      ]),
    );
  });
});
