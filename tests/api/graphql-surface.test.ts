import { graphql } from '../gql';
import { useApi } from '../support/api';
import { codeOf, type GqlClient } from '../support/client';

const ME = graphql(`
  query GraphqlSurfaceMe {
    me {
      id
    }
  }
`);

/**
 * The GraphQL surface from the security checklist, as a production deployment runs it. Documents the schema or the
 * limits refuse on purpose (introspection, unknown fields, depth, aliases, cost, length) are sent as strings.
 */
const api = useApi({ introspection: false });
let admin: GqlClient;
beforeAll(async () => {
  admin = await api.as('ADMIN');
});

it('has introspection and the landing page off in production', async () => {
  const r = await admin.request('{ __schema { types { name } } }');
  expect(r.errors?.[0].message).toMatch(/introspection/i);
  const page = await fetch(`${api.url}/graphql`, { headers: { accept: 'text/html' } });
  expect(await page.text()).not.toMatch(/sandbox|graphiql|playground/i);
});

it('does not suggest field names', async () => {
  const r = await admin.request('{ cohort { nam } }');
  expect(JSON.stringify(r.errors)).not.toMatch(/Did you mean/);
});

it('rejects deep, wide, aliased and oversized queries before resolving them', async () => {
  const deep =
    '{ cohorts { items { program { cohorts { program { cohorts { program { cohorts { program { id } } } } } } } } } }';
  expect((await admin.request(deep)).errors?.[0].message).toMatch(/depth/);
  const aliases = `{ ${Array.from({ length: 16 }, (_, i) => `a${i}: me { id }`).join(' ')} }`;
  expect((await admin.request(aliases)).errors?.[0].message).toMatch(/aliases/);
  const costly =
    '{ trainees(pageSize: 100) { items { id name phone hometown background status enrolments { id status cohort { id name } } } } }';
  expect((await admin.request(costly)).errors?.[0].message).toMatch(/cost/);
  const long = `{ me { id } } # ${'x'.repeat(15_001)}`;
  expect(codeOf(await admin.request(long))).toBe('BAD_USER_INPUT');
});

it('refuses batched requests and mutations over GET, and applies CSRF prevention', async () => {
  const batch = await fetch(`${api.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie: admin.cookie },
    body: JSON.stringify([{ query: '{ me { id } }' }, { query: '{ me { id } }' }]),
  });
  expect(batch.status).toBe(400);
  const get = await fetch(`${api.url}/graphql?query=${encodeURIComponent('mutation { logout }')}`, {
    headers: { cookie: admin.cookie, 'apollo-require-preflight': 'true' },
  });
  expect(get.status).toBe(405);
  // A simple (non-preflighted) GET, as a cross-site form or image would send, is refused by CSRF prevention.
  const csrf = await fetch(`${api.url}/graphql?query=${encodeURIComponent('{ me { id } }')}`, {
    headers: { cookie: admin.cookie },
  });
  expect(csrf.status).toBe(400);
  expect(codeOf(await admin.request(ME))).toBeUndefined(); // still signed in
});

it('answers internal errors generically, with no stack, SQL or model names', async () => {
  const sql = await api.db.sql();
  await sql.exec('ALTER TABLE "Sponsor" RENAME COLUMN "region" TO "region_gone"');
  try {
    const r = await admin.request(
      graphql(`
        query GraphqlSurfaceSponsors {
          sponsors {
            items {
              id
              region
            }
          }
        }
      `),
    );
    expect(r.errors?.[0]).toEqual({
      message: 'Internal server error',
      path: ['sponsors'],
      extensions: { code: 'INTERNAL_SERVER_ERROR', messageCode: 'common.internalError' },
    });
    expect(JSON.stringify(r)).not.toMatch(/prisma|region_gone|Sponsor"|at \w+ \(/i);
  } finally {
    await sql.exec('ALTER TABLE "Sponsor" RENAME COLUMN "region_gone" TO "region"');
  }
});

it('sends security headers and no CORS grant to unknown origins', async () => {
  const r = await fetch(`${api.url}/health`, { headers: { origin: 'https://evil.example' } });
  expect(r.status).toBe(200);
  expect(await r.json()).toMatchObject({ status: 'ok' });
  expect(r.headers.get('x-content-type-options')).toBe('nosniff');
  expect(r.headers.get('content-security-policy')).toMatch(/default-src 'self'/);
  expect(r.headers.get('access-control-allow-origin')).toBeNull();
  expect(r.headers.get('x-powered-by')).toBeNull();
});

it('answers GraphQL with no-store: per-user data is never kept by a browser or proxy', async () => {
  const r = await admin.request(ME);
  expect(r.status).toBe(200);
  expect(r.headers.get('cache-control')).toBe('no-store');
  const anonymous = await fetch(`${api.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: '{ __typename }' }),
  });
  expect(anonymous.headers.get('cache-control')).toBe('no-store');
  expect(anonymous.headers.get('content-security-policy')).toMatch(/default-src 'self'/);
  // Refusals too: malformed JSON, a request that fails CSRF prevention, a body over the limit.
  const post = (headers: Record<string, string>, body: string) =>
    fetch(`${api.url}/graphql`, { method: 'POST', headers, body });
  for (const r of [
    await post({ 'content-type': 'application/json' }, '{"query":'),
    await post({ 'content-type': 'text/plain' }, JSON.stringify({ query: '{ __typename }' })),
    await post({ 'content-type': 'application/json' }, JSON.stringify({ query: `{ __typename } #${'x'.repeat(5e6)}` })),
  ]) {
    expect([r.status, r.headers.get('cache-control')]).toEqual([expect.any(Number), 'no-store']);
    expect(r.status).toBeGreaterThanOrEqual(400);
  }
});

it('writes an audit entry for every mutation, and the log cannot be rewritten', async () => {
  await admin.ok(
    graphql(`
      mutation GraphqlSurfaceCreateSponsor {
        createSponsor(input: { name: "审计测试局", region: "某地区", contactName: "张", contactPhone: "13800000000" }) {
          id
        }
      }
    `),
  );
  const entry = await api.db.prisma.auditLog.findFirst({
    where: { action: 'Mutation.createSponsor', result: 'SUCCESS' },
    orderBy: { id: 'desc' },
  });
  expect(entry).toMatchObject({ actorId: (admin as any).userId, actorRole: 'ADMIN', targetType: 'Sponsor' });
  expect(entry!.targetIds).toHaveLength(1);
  const log = await admin.ok(
    graphql(`
      query GraphqlSurfaceAuditLog {
        auditLog(action: "Mutation.createSponsor") {
          total
          items {
            action
            result
            actorRole
          }
        }
      }
    `),
  );
  expect(log.auditLog.items[0]).toEqual({ action: 'Mutation.createSponsor', result: 'SUCCESS', actorRole: 'ADMIN' });
  await expect((await api.db.sql()).exec('DELETE FROM "AuditLog"')).rejects.toThrow(/append-only/);
});
