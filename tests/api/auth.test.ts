import { createTrainee, createUser, DEFAULT_TEST_PASSWORD } from '@grassroots/db/testing';
import { startApi, type TestApi } from '../support/api';
import { codeOf, fieldsOf } from '../support/client';

let api: TestApi;
beforeAll(async () => {
  api = await startApi();
});
afterAll(() => api.close());

const ME = '{ me { id name email role traineeId sponsorId permissions } }';

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

  it('delays further attempts after 5 failures in 15 minutes; aliases get no free attempts', async () => {
    await createUser(api.db.prisma, { role: 'SUPPORT', email: 'target@example.test' });
    const c = api.client();
    // Aliased logins in one request: every attempt is counted, and the first failure ends the request.
    const aliases = Array.from({ length: 3 }, (_, i) => `a${i}: login(input: { email: "target@example.test", password: "wrong-password-${i}" }) { expiresAt }`).join(' ');
    const burst = await c.request(`mutation { ${aliases} }`);
    expect(codeOf(burst)).toBe('UNAUTHENTICATED');
    expect(await api.db.prisma.loginAttempt.count({ where: { email: 'target@example.test', success: false } })).toBe(1);
    for (let i = 0; i < 4; i++) await c.login('target@example.test', `wrong-password-${i}`);
    expect(await api.db.prisma.loginAttempt.count({ where: { email: 'target@example.test', success: false } })).toBe(5);
    const started = Date.now();
    const sixth = await c.login('target@example.test', DEFAULT_TEST_PASSWORD);
    expect(Date.now() - started).toBeGreaterThanOrEqual(950);
    expect(sixth.errors).toBeUndefined(); // the right password still works, only slower
  });

  it('refuses a missing or empty password with a field error', async () => {
    const r = await api.client().request('mutation { login(input: { email: "", password: "" }) { expiresAt } }');
    expect(codeOf(r)).toBe('BAD_USER_INPUT');
    expect(fieldsOf(r)).toEqual(['email', 'password']);
  });
});

describe('sessions end', () => {
  it('on logout', async () => {
    await createUser(api.db.prisma, { role: 'SUPPORT', email: 'out@example.test' });
    const c = api.client();
    await c.login('out@example.test', DEFAULT_TEST_PASSWORD);
    const stolen = c.cookie;
    expect(codeOf(await c.request(ME))).toBeUndefined();
    await c.request('mutation { logout }');
    c.cookie = stolen; // replaying the old cookie does not help
    expect(codeOf(await c.request(ME))).toBe('UNAUTHENTICATED');
  });

  it('when they expire', async () => {
    const u = await createUser(api.db.prisma, { role: 'SUPPORT', email: 'late@example.test' });
    const c = api.client();
    await c.login('late@example.test', DEFAULT_TEST_PASSWORD);
    await api.db.prisma.session.updateMany({ where: { userId: u.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(codeOf(await c.request(ME))).toBe('UNAUTHENTICATED');
  });

  it('at once when an admin deactivates the user, who then cannot sign in', async () => {
    const admin = await api.signIn('ADMIN');
    const u = await createUser(api.db.prisma, { role: 'COORDINATOR', email: 'leaver@example.test' });
    const c = api.client();
    await c.login('leaver@example.test', DEFAULT_TEST_PASSWORD);
    await admin.ok('mutation($i: SetUserActiveInput!) { setUserActive(input: $i) { id active } }', { i: { id: u.id, active: false } });
    expect(codeOf(await c.request(ME))).toBe('UNAUTHENTICATED');
    expect(codeOf(await api.client().login('leaver@example.test', DEFAULT_TEST_PASSWORD))).toBe('UNAUTHENTICATED');
  });
});

describe('user management (ADMIN)', () => {
  const CREATE = 'mutation($i: CreateUserInput!) { createUser(input: $i) { id email role active traineeId } }';

  it('creates users with hashed passwords, links trainee accounts, changes roles and refuses bad input', async () => {
    const admin = await api.signIn('ADMIN');
    const trainee = await createTrainee(api.db.prisma);
    const created = await admin.ok(CREATE, { i: { email: 'Ayi@Example.test', name: '阿依', role: 'TRAINEE', password: 'a-long-passphrase', traineeId: trainee.id } });
    expect(created.createUser).toMatchObject({ email: 'ayi@example.test', role: 'TRAINEE', active: true, traineeId: trainee.id });
    const row = await api.db.prisma.user.findUniqueOrThrow({ where: { id: created.createUser.id } });
    expect(row.passwordHash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);

    const dup = await admin.request(CREATE, { i: { email: 'ayi@example.test', name: 'x', role: 'SUPPORT', password: 'a-long-passphrase' } });
    expect(codeOf(dup)).toBe('CONFLICT');
    expect(fieldsOf(dup)).toEqual(['email']);

    const bad = await admin.request(CREATE, { i: { email: 'not-an-email', name: '', role: 'SUPPORT', password: 'password' } });
    expect(codeOf(bad)).toBe('BAD_USER_INPUT');
    expect(fieldsOf(bad)).toEqual(['email', 'name', 'password']);

    const noLink = await admin.request(CREATE, { i: { email: 's@example.test', name: 's', role: 'SPONSOR', password: 'a-long-passphrase' } });
    expect(fieldsOf(noLink)).toEqual(['sponsorId']);

    const c = api.client();
    await c.login('ayi@example.test', 'a-long-passphrase');
    const changed = await admin.ok('mutation($i: UpdateUserInput!) { updateUser(input: $i) { role traineeId } }', { i: { id: created.createUser.id, role: 'SUPPORT' } });
    expect(changed.updateUser).toEqual({ role: 'SUPPORT', traineeId: null });
    expect(codeOf(await c.request(ME))).toBe('UNAUTHENTICATED'); // a new role needs a new sign-in
  });

  it('does not let an admin lock themselves out', async () => {
    const admin = await api.signIn('ADMIN');
    const r = await admin.request('mutation($i: SetUserActiveInput!) { setUserActive(input: $i) { id } }', { i: { id: admin.userId, active: false } });
    expect(codeOf(r)).toBe('BAD_USER_INPUT');
  });

  it('lets a user change their own password, refusing a common one', async () => {
    const c = await api.signIn('SUPPORT');
    const CHANGE = 'mutation($i: ChangePasswordInput!) { changePassword(input: $i) }';
    expect(fieldsOf(await c.request(CHANGE, { i: { currentPassword: DEFAULT_TEST_PASSWORD, newPassword: 'password123' } }))).toEqual(['newPassword']);
    expect(fieldsOf(await c.request(CHANGE, { i: { currentPassword: 'wrong', newPassword: 'a-new-passphrase' } }))).toEqual(['currentPassword']);
    expect((await c.ok(CHANGE, { i: { currentPassword: DEFAULT_TEST_PASSWORD, newPassword: 'a-new-passphrase' } })).changePassword).toBe(true);
  });
});
