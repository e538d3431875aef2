import { DEMO_PASSWORD, seedDemo } from '@grassroots/db/testing';
import { Kind, print } from 'graphql';

import { adminOperations } from '../support/admin-documents';
import { useApi } from '../support/api';
import type { GqlClient } from '../support/client';

/**
 * Issue 12: every list the admin shows costs a constant, small number of SQL statements, whatever its page size —
 * relations are batched per request, never fetched per row. Run on the demo data, as the coordinator and as an
 * admin, for every admin query that takes a page size and needs no record id.
 */
// Statement counts are of the requests alone: no background jobs (the notification scan) in this process.
const api = useApi({ env: { GRASSROOTS_JOBS: 'off' } });
let clients: Record<string, GqlClient>;

beforeAll(async () => {
  await seedDemo(api.db.prisma, () => undefined);
  clients = {};
  for (const email of ['admin@grassroots.local', 'coordinator@grassroots.local']) {
    const c = api.client();
    const r = await c.login(email, DEMO_PASSWORD);
    if (r.errors) throw new Error(JSON.stringify(r.errors));
    clients[email] = c;
  }
}, 180_000);

/** The most statements one list may cost (session lookup excluded: it bypasses Prisma): page, count, relations
 * (joined since Prisma 7 + relationJoins; with separate relation queries some lists need 7). */
const MAX_STATEMENTS = 6;

const lists = adminOperations().filter(
  (o) =>
    o.operation.operation === 'query' &&
    Object.keys(o.variables).length > 0 &&
    // needs nothing but the page: no record id or other required variable without a default
    (o.operation.variableDefinitions ?? []).every(
      (v) => v.type.kind !== Kind.NON_NULL_TYPE || v.defaultValue || v.variable.name.value in o.variables,
    ),
);

it('finds the admin’s lists', () => {
  expect(lists.map((o) => o.name)).toEqual(
    expect.arrayContaining(['Trainees', 'Cohorts', 'Programs', 'Users', 'Tickets', 'ProductsPage', 'Teams']),
  );
});

it('lists the same number of SQL statements at 5 rows as at 100, and at most a handful', async () => {
  const table: string[] = [];
  const grows: string[] = [];
  for (const o of lists) {
    const c =
      o.name === 'AuditLog' || o.name === 'Users'
        ? clients['admin@grassroots.local']
        : clients['coordinator@grassroots.local'];
    const count = async (n: number) => {
      const vars = Object.fromEntries(Object.keys(o.variables).map((k) => [k, n]));
      const before = api.db.stats.statements;
      const r = await c.request(print(o.document), vars);
      if (r.errors) throw new Error(`${o.name}: ${JSON.stringify(r.errors)}`);
      return api.db.stats.statements - before;
    };
    await count(5); // warm: first-use lookups (e.g. settings) are not per list
    const [five, hundred] = [await count(5), await count(100)];
    table.push(`${o.name.padEnd(24)} ${String(five).padStart(3)} ${String(hundred).padStart(4)}`);
    if (hundred !== five || hundred > MAX_STATEMENTS) grows.push(`${o.name}: ${five} at 5 rows, ${hundred} at 100`);
  }
  if (process.env.SHOW_SQL_COUNTS) console.log(`statements per list (5 rows / 100 rows)\n${table.join('\n')}`);
  expect(grows).toEqual([]);
}, 120_000);
