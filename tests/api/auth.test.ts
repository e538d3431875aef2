import { createApp } from '@grassroots/api/bootstrap';
import { createTrainee, createUser, DEFAULT_TEST_PASSWORD } from '@grassroots/db/testing';

import { graphql } from '../gql';
import { useApi } from '../support/api';
import { codeOf, fieldsOf, GqlClient } from '../support/client';

const api = useApi();

const ME = graphql(`
  query AuthMe {
    me {
      id
      name
      email
      role
      traineeId
      sponsorId
      permissions
    }
  }
`);

describe('sign-in', () => {
  it('sets an httpOnly SameSite=Strict session cookie and answers me with id, name, email and role', async () => {
    const user = await createUser(api.db.prisma, { role: 'COORDINATOR', email: 'li@example.test', name: '李协调' });
    const c = api.client();
    const r = await c.login('LI@example.test ', DEFAULT_TEST_PASSWORD);
    expect(r.errors).toBeUndefined();
    const cookie = r.headers.get('set-cookie')!;
    expect(cookie).toMatch(/^gr_session=[\w-]{40,};/);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Strict/);
    const me = await c.ok(ME);
    expect(me.me).toMatchObject({ id: user.id, name: '李协调', email: 'li@example.test', role: 'COORDINATOR' });
    expect(me.me.permissions).toContain('cohorts.write');
  });

  it('answers an unknown email and a wrong password with the same error', async () => {
    await createUser(api.db.prisma, { role: 'SUPPORT', email: 'support@example.test' });
    const wrong = await api.client().login('support@example.test', 'not-the-password');
    const unknown = await api.client().login('nobody@example.test', 'not-the-password');
    expect(codeOf(wrong)).toBe('UNAUTHENTICATED');
    expect(codeOf(unknown)).toBe('UNAUTHENTICATED');
    expect(wrong.errors![0].message).toBe(unknown.errors![0].message);
    const logged = await api.db.prisma.auditLog.findMany({ where: { action: 'auth.login', result: 'FAILURE' } });
    expect(logged.length).toBeGreaterThanOrEqual(2);
  });

  it('refuses a missing or empty password with a field error', async () => {
    const r = await api.client().request(
      graphql(`
        mutation AuthLogin {
          login(input: { email: "", password: "" }) {
            expiresAt
          }
        }
      `),
    );
    expect(codeOf(r)).toBe('BAD_USER_INPUT');
    expect(fieldsOf(r)).toEqual(['email', 'password']);
  });
});

describe('sign-in throttling (counted in the database)', () => {
  const from = (ip: string) => ({ 'x-forwarded-for': ip });
  const hitsOf = async (key: string) => (await api.db.prisma.loginThrottle.findUnique({ where: { key } }))?.hits ?? 0;
  const LOCKED = /^Too many sign-in attempts; try again in \d+ minutes?$/;

  it('counts every aliased attempt in one request (no free attempts)', async () => {
    await createUser(api.db.prisma, { role: 'SUPPORT', email: 'alias@example.test' });
    const aliases = Array.from(
      { length: 3 },
      (_, i) => `a${i}: login(input: { email: "alias@example.test", password: "wrong-password-${i}" }) { expiresAt }`,
    ).join(' ');
    // A string: the document is built from its aliases.
    const burst = await api.client().request(`mutation { ${aliases} }`, undefined, { headers: from('198.51.100.1') });
    expect(codeOf(burst)).toBe('UNAUTHENTICATED');
    // The first failure ends the request (non-null payload); that one attempt is counted.
    expect(await hitsOf('account:alias@example.test')).toBe(1);
  });

  it('holds against 30 parallel guesses from 30 addresses: the right password afterwards is refused with retryAfter', async () => {
    await createUser(api.db.prisma, { role: 'SUPPORT', email: 'target@example.test' });
    const started = Date.now();
    const guesses = await Promise.all(
      Array.from({ length: 30 }, (_, i) =>
        api.client().login('target@example.test', `wrong-password-${i}`, from(`198.51.100.${10 + i}`)),
      ),
    );
    const elapsed = Date.now() - started;
    const codes = guesses.map(codeOf);
    expect(codes.filter((c) => c === 'UNAUTHENTICATED')).toHaveLength(5); // only 5 ever reach the password check
    expect(codes.filter((c) => c === 'TOO_MANY_REQUESTS')).toHaveLength(25);
    const right = await api.client().login('target@example.test', DEFAULT_TEST_PASSWORD, from('198.51.100.99'));
    expect(codeOf(right)).toBe('TOO_MANY_REQUESTS');
    expect(right.errors![0].message).toMatch(LOCKED);
    expect(right.errors![0].message).toBe('Too many sign-in attempts; try again in 15 minutes');
    const retryAfter = (right.errors![0].extensions as { retryAfter?: number }).retryAfter!;
    expect(retryAfter).toBeGreaterThan(14 * 60);
    expect(retryAfter).toBeLessThanOrEqual(15 * 60);
    expect(right.headers.get('set-cookie')).toBeNull();
    const audit = await api.db.prisma.auditLog.groupBy({
      by: ['result'],
      where: { action: 'auth.login', detail: { path: ['email'], equals: 'target@example.test' } },
      _count: true,
    });
    expect(Object.fromEntries(audit.map((a) => [a.result, a._count]))).toEqual({ FAILURE: 5, DENIED: 26 });
    console.log(`30 parallel guesses answered in ${elapsed} ms`);
  });

  it('lets the right password in again once the lockout window has passed', async () => {
    await createUser(api.db.prisma, { role: 'SUPPORT', email: 'patient@example.test' });
    for (let i = 0; i < 6; i++)
      await api.client().login('patient@example.test', `wrong-password-${i}`, from(`198.51.100.${120 + i}`));
    expect(
      codeOf(await api.client().login('patient@example.test', DEFAULT_TEST_PASSWORD, from('198.51.100.130'))),
    ).toBe('TOO_MANY_REQUESTS');
    // Move the window's end into the past (the database clock decides, as the session expiry test does).
    await api.db.prisma.loginThrottle.update({
      where: { key: 'account:patient@example.test' },
      data: { windowEnds: new Date(Date.now() - 1000) },
    });
    const back = await api.client().login('patient@example.test', DEFAULT_TEST_PASSWORD, from('198.51.100.130'));
    expect(back.errors).toBeUndefined();
    expect(await hitsOf('account:patient@example.test')).toBe(0); // a new window, and the success gave its attempt back
  });

  it('limits one client guessing across many accounts, and leaves other clients alone', async () => {
    await createUser(api.db.prisma, { role: 'SUPPORT', email: 'bystander@example.test' });
    const spread = await Promise.all(
      Array.from({ length: 30 }, (_, i) =>
        api.client().login(`user${i}@example.test`, 'a-guessed-password', from('203.0.113.50')),
      ),
    );
    expect(spread.map(codeOf)).toEqual(Array(30).fill('UNAUTHENTICATED'));
    const next = await api.client().login('bystander@example.test', DEFAULT_TEST_PASSWORD, from('203.0.113.50'));
    expect(codeOf(next)).toBe('TOO_MANY_REQUESTS');
    expect(next.errors![0].message).toMatch(LOCKED);
    // Another address, the same account: not affected (the account itself had only one refused attempt).
    expect(
      (await api.client().login('bystander@example.test', DEFAULT_TEST_PASSWORD, from('203.0.113.51'))).errors,
    ).toBeUndefined();
  });

  it('does not count successful sign-ins against the account or the client', async () => {
    await createUser(api.db.prisma, { role: 'COORDINATOR', email: 'daily@example.test' });
    for (let i = 0; i < 35; i++) {
      const r = await api.client().login('daily@example.test', DEFAULT_TEST_PASSWORD, from('203.0.113.60'));
      expect(r.errors).toBeUndefined();
    }
    expect(await hitsOf('client:203.0.113.60')).toBe(0);
  });

  it('trusts X-Forwarded-For from a proxy on loopback only', () => {
    const trust = api.app.getHttpAdapter().getInstance().get('trust proxy fn') as (addr: string, i: number) => boolean;
    expect(trust('127.0.0.1', 0)).toBe(true);
    expect(trust('::1', 0)).toBe(true);
    expect(trust('203.0.113.9', 0)).toBe(false);
    expect(trust('10.0.0.2', 0)).toBe(false);
  });

  it('shares the counts between two app instances on one database', async () => {
    await createUser(api.db.prisma, { role: 'SUPPORT', email: 'twice@example.test' });
    const other = await createApp({
      database: { ...api.db, close: async () => {} },
      logger: ['error'],
      adminDir: '/nonexistent',
      filesDir: api.filesDir,
    });
    await other.listen(0, '127.0.0.1');
    try {
      const b = new GqlClient(`http://127.0.0.1:${(other.getHttpServer().address() as { port: number }).port}`);
      for (let i = 0; i < 3; i++)
        expect(codeOf(await api.client().login('twice@example.test', `wrong-${i}`, from(`192.0.2.${i + 1}`)))).toBe(
          'UNAUTHENTICATED',
        );
      for (let i = 3; i < 5; i++)
        expect(codeOf(await b.login('twice@example.test', `wrong-${i}`, from(`192.0.2.${i + 1}`)))).toBe(
          'UNAUTHENTICATED',
        );
      expect(codeOf(await b.login('twice@example.test', 'wrong-5', from('192.0.2.9')))).toBe('TOO_MANY_REQUESTS');
      expect(codeOf(await api.client().login('twice@example.test', DEFAULT_TEST_PASSWORD, from('192.0.2.10')))).toBe(
        'TOO_MANY_REQUESTS',
      );
    } finally {
      await other.close();
    }
  });
});

describe('sessions end', () => {
  it('on logout', async () => {
    await createUser(api.db.prisma, { role: 'SUPPORT', email: 'out@example.test' });
    const c = api.client();
    await c.login('out@example.test', DEFAULT_TEST_PASSWORD);
    const stolen = c.cookie;
    expect(codeOf(await c.request(ME))).toBeUndefined();
    await c.request(
      graphql(`
        mutation AuthLogout {
          logout
        }
      `),
    );
    c.cookie = stolen; // replaying the old cookie does not help
    expect(codeOf(await c.request(ME))).toBe('UNAUTHENTICATED');
  });

  it('when they expire', async () => {
    const u = await createUser(api.db.prisma, { role: 'SUPPORT', email: 'late@example.test' });
    const c = api.client();
    await c.login('late@example.test', DEFAULT_TEST_PASSWORD);
    await api.db.prisma.session.updateMany({
      where: { userId: u.id },
      data: { expiresAt: new Date(Date.now() - 1000) },
    });
    expect(codeOf(await c.request(ME))).toBe('UNAUTHENTICATED');
  });

  it('at once when an admin deactivates the user, who then cannot sign in', async () => {
    const admin = await api.signIn('ADMIN');
    const u = await createUser(api.db.prisma, { role: 'COORDINATOR', email: 'leaver@example.test' });
    const c = api.client();
    await c.login('leaver@example.test', DEFAULT_TEST_PASSWORD);
    await admin.ok(
      graphql(`
        mutation AuthSetUserActive($i: SetUserActiveInput!) {
          setUserActive(input: $i) {
            id
            active
          }
        }
      `),
      {
        i: { id: u.id, active: false },
      },
    );
    expect(codeOf(await c.request(ME))).toBe('UNAUTHENTICATED');
    expect(codeOf(await api.client().login('leaver@example.test', DEFAULT_TEST_PASSWORD))).toBe('UNAUTHENTICATED');
  });
});

describe('user management (ADMIN)', () => {
  const CREATE = graphql(`
    mutation AuthCreateUser($i: CreateUserInput!) {
      createUser(input: $i) {
        id
        email
        role
        active
        traineeId
      }
    }
  `);

  it('creates users with hashed passwords, links trainee accounts, changes roles and refuses bad input', async () => {
    const admin = await api.signIn('ADMIN');
    const trainee = await createTrainee(api.db.prisma);
    const created = await admin.ok(CREATE, {
      i: {
        email: 'Ayi@Example.test',
        name: '阿依',
        role: 'TRAINEE',
        password: 'a-long-passphrase',
        traineeId: trainee.id,
      },
    });
    expect(created.createUser).toMatchObject({
      email: 'ayi@example.test',
      role: 'TRAINEE',
      active: true,
      traineeId: trainee.id,
    });
    const row = await api.db.prisma.user.findUniqueOrThrow({ where: { id: created.createUser.id } });
    expect(row.passwordHash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);

    const dup = await admin.request(CREATE, {
      i: { email: 'ayi@example.test', name: 'x', role: 'SUPPORT', password: 'a-long-passphrase' },
    });
    expect(codeOf(dup)).toBe('CONFLICT');
    expect(fieldsOf(dup)).toEqual(['email']);

    const bad = await admin.request(CREATE, {
      i: { email: 'not-an-email', name: '', role: 'SUPPORT', password: 'password' },
    });
    expect(codeOf(bad)).toBe('BAD_USER_INPUT');
    expect(fieldsOf(bad)).toEqual(['email', 'name', 'password']);

    const noLink = await admin.request(CREATE, {
      i: { email: 's@example.test', name: 's', role: 'SPONSOR', password: 'a-long-passphrase' },
    });
    expect(fieldsOf(noLink)).toEqual(['sponsorId']);

    const c = api.client();
    await c.login('ayi@example.test', 'a-long-passphrase');
    const changed = await admin.ok(
      graphql(`
        mutation AuthUpdateUser($i: UpdateUserInput!) {
          updateUser(input: $i) {
            role
            traineeId
          }
        }
      `),
      {
        i: { id: created.createUser.id, role: 'SUPPORT' },
      },
    );
    expect(changed.updateUser).toEqual({ role: 'SUPPORT', traineeId: null });
    expect(codeOf(await c.request(ME))).toBe('UNAUTHENTICATED'); // a new role needs a new sign-in
  });

  it('does not let an admin lock themselves out', async () => {
    const admin = await api.signIn('ADMIN');
    const r = await admin.request(
      graphql(`
        mutation AuthSetUserActive2($i: SetUserActiveInput!) {
          setUserActive(input: $i) {
            id
          }
        }
      `),
      {
        i: { id: admin.userId, active: false },
      },
    );
    expect(codeOf(r)).toBe('BAD_USER_INPUT');
  });

  it('lets a user change their own password, refusing a common one', async () => {
    const c = await api.signIn('SUPPORT');
    const CHANGE = graphql(`
      mutation AuthChangePassword($i: ChangePasswordInput!) {
        changePassword(input: $i)
      }
    `);
    expect(
      fieldsOf(await c.request(CHANGE, { i: { currentPassword: DEFAULT_TEST_PASSWORD, newPassword: 'password123' } })),
    ).toEqual(['newPassword']);
    expect(
      fieldsOf(await c.request(CHANGE, { i: { currentPassword: 'wrong', newPassword: 'a-new-passphrase' } })),
    ).toEqual(['currentPassword']);
    expect(
      (await c.ok(CHANGE, { i: { currentPassword: DEFAULT_TEST_PASSWORD, newPassword: 'a-new-passphrase' } }))
        .changePassword,
    ).toBe(true);
  });
});
