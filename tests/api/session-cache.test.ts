import { createUser, DEFAULT_TEST_PASSWORD, truncateAll } from '@grassroots/db/testing';

import { graphql } from '../gql';
import { type TestApi, useApi } from '../support/api';
import { codeOf, type GqlClient } from '../support/client';

/**
 * Every request's session lookup is kept in memory for a few seconds (issue 12), which must never let an ended
 * or changed session through: whatever ends a session or changes its user — any code path, plain SQL included, on
 * any instance — reaches every instance through the database's change notifications.
 */
const api = useApi();

const SET_USER_ACTIVE = graphql(`
  mutation SessionCacheSetUserActive($i: SetUserActiveInput!) {
    setUserActive(input: $i) {
      id
    }
  }
`);
const ME = graphql(`
  query SessionCacheMe {
    me {
      id
      role
    }
  }
`);

async function signedIn(
  email: string,
  role: 'COORDINATOR' | 'SUPPORT' = 'COORDINATOR',
): Promise<{ c: GqlClient; id: string }> {
  const u = await createUser(api.db.prisma, { role, email });
  const c = api.client();
  expect((await c.login(email, DEFAULT_TEST_PASSWORD)).errors).toBeUndefined();
  // Used at least once, so that the session is in memory when it changes.
  expect((await c.ok(ME)).me.id).toBe(u.id);
  expect((await c.ok(ME)).me.id).toBe(u.id);
  return { c, id: u.id };
}

/** A change made on another connection arrives as a notification: allow it a moment (milliseconds), never seconds. */
async function soon(check: () => Promise<boolean>, ms = 1000): Promise<boolean> {
  const until = Date.now() + ms;
  for (;;) {
    if (await check()) return true;
    if (Date.now() > until) return false;
    await new Promise((r) => setTimeout(r, 20));
  }
}

it('refuses a session deleted behind the app’s back (plain SQL), on the next request', async () => {
  const { c, id } = await signedIn('deleted@example.test');
  await (await api.db.sql()).query(`DELETE FROM "Session" WHERE "userId" = $1`, [id]);
  // PGlite delivers the notification with the statement; PostgreSQL a moment after the commit.
  expect(await soon(async () => codeOf(await c.request(ME)) === 'UNAUTHENTICATED')).toBe(true);
});

it('refuses a session that was shortened to the past after it was used', async () => {
  const { c, id } = await signedIn('expired@example.test');
  await api.db.prisma.session.updateMany({ where: { userId: id }, data: { expiresAt: new Date(Date.now() - 1000) } });
  expect(await soon(async () => codeOf(await c.request(ME)) === 'UNAUTHENTICATED')).toBe(true);
});

it('answers with the new role at once when a user’s role changes in the database', async () => {
  const { c, id } = await signedIn('promoted@example.test', 'SUPPORT');
  await (await api.db.sql()).query(`UPDATE "User" SET role = 'COORDINATOR' WHERE id = $1`, [id]);
  expect(await soon(async () => (await c.ok(ME)).me.role === 'COORDINATOR')).toBe(true);
});

it('refuses every kept session once the tables are emptied (TRUNCATE fires no row triggers)', async () => {
  const { c } = await signedIn('truncated@example.test');
  await truncateAll(api.db);
  expect(await soon(async () => codeOf(await c.request(ME)) === 'UNAUTHENTICATED')).toBe(true);
});

it('forgets at once, on the instance that made it, a change made through the app (no wait for the notification)', async () => {
  const { c, id } = await signedIn('deactivated-here@example.test');
  const admin = await api.signIn('ADMIN');
  await admin.ok(SET_USER_ACTIVE, { i: { id, active: false } });
  expect(codeOf(await c.request(ME))).toBe('UNAUTHENTICATED');
});

describe('two instances on one database', () => {
  let other: Awaited<ReturnType<TestApi['startInstance']>>;
  beforeAll(async () => {
    other = await api.startInstance();
  });
  afterAll(() => other.close());

  it('share sessions: signed in on A, used on B; logout on A ends it on B', async () => {
    const { c } = await signedIn('two@example.test');
    const onB = other.client();
    onB.cookie = c.cookie;
    expect((await onB.ok(ME)).me.role).toBe('COORDINATOR');
    expect((await onB.ok(ME)).me.role).toBe('COORDINATOR');
    await c.ok(
      graphql(`
        mutation SessionCacheLogout {
          logout
        }
      `),
    );
    expect(await soon(async () => codeOf(await onB.request(ME)) === 'UNAUTHENTICATED')).toBe(true);
  });

  it('deactivation through A ends the user’s sessions on B', async () => {
    const { c, id } = await signedIn('leaver-two@example.test');
    const onB = other.client();
    onB.cookie = c.cookie;
    expect((await onB.ok(ME)).me.id).toBe(id);
    const admin = await api.signIn('ADMIN');
    await admin.ok(SET_USER_ACTIVE, {
      i: { id, active: false },
    });
    expect(await soon(async () => codeOf(await onB.request(ME)) === 'UNAUTHENTICATED')).toBe(true);
  });
});
