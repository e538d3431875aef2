import { createUser, DEFAULT_TEST_PASSWORD } from '@grassroots/db/testing';
import { addDays, todayInChina } from '@grassroots/domain';

import { graphql } from '../gql';
import { type TestApi, useApi } from '../support/api';
import { codeOf, type GqlClient } from '../support/client';
import { PHOTO_JPEG } from '../support/images';
import { buildWorld } from '../support/world';

const UPDATE_TRAINEE = graphql(`
  mutation AuditUpdateTrainee($i: UpdateTraineeInput!) {
    updateTrainee(input: $i) {
      id
    }
  }
`);

/** What the audit log promises (security checklist, "Data"): every kind of entry, recorded over HTTP. */
const api = useApi();
let w: Awaited<ReturnType<typeof buildWorld>>;
beforeAll(async () => {
  w = await buildWorld(api.db);
});

const entries = (
  where: Parameters<TestApi['db']['prisma']['auditLog']['findMany']>[0] extends { where?: infer W } | undefined
    ? W
    : never,
) => api.db.prisma.auditLog.findMany({ where, orderBy: { id: 'asc' } });
const lastId = async () =>
  (await api.db.prisma.auditLog.findFirst({ orderBy: { id: 'desc' }, select: { id: true } }))?.id ?? 0n;

describe('audit log', () => {
  it('records each sign-in once, with the account and the address', async () => {
    const u = await createUser(api.db.prisma, { role: 'COORDINATOR', email: 'once@example.test' });
    const before = await lastId();
    expect(
      (await api.client().login('once@example.test', DEFAULT_TEST_PASSWORD, { 'x-forwarded-for': '198.51.100.7' }))
        .errors,
    ).toBeUndefined();
    const after = await entries({ id: { gt: before } });
    expect(after.map((e) => [e.action, e.result, e.actorId, e.targetIds])).toEqual([
      ['auth.login', 'SUCCESS', u.id, [u.id]],
    ]);
    expect(after[0].detail).toEqual({ ip: '198.51.100.7' });
  });

  it('records anonymous attempts on protected operations, over GraphQL and on file routes (not the session probe)', async () => {
    const before = await lastId();
    const anon = api.client();
    expect(
      codeOf(
        await anon.request(
          graphql(`
            query AuditTrainees {
              trainees {
                total
              }
            }
          `),
        ),
      ),
    ).toBe('UNAUTHENTICATED');
    expect(
      codeOf(
        await anon.request(
          graphql(`
            query AuditMe {
              me {
                id
              }
            }
          `),
        ),
      ),
    ).toBe('UNAUTHENTICATED');
    expect((await fetch(`${api.url}/files/some-file-id`)).status).toBe(401);
    const after = await entries({ id: { gt: before } });
    expect(after.map((e) => [e.action, e.result, e.actorId, e.detail])).toEqual([
      ['Query.trainees', 'DENIED', null, { reason: 'not signed in' }],
      ['FilesController.download', 'DENIED', null, { reason: 'not signed in' }],
    ]);
  });

  it("records NOT_FOUND answers to ids outside the caller's scope, and role denials with their target", async () => {
    const sponsorA = await api.signIn('SPONSOR', { sponsorId: w.sponsorA.id });
    const support = await api.signIn('SUPPORT');
    const before = await lastId();
    expect(
      codeOf(
        await sponsorA.request(
          graphql(`
            query AuditTrainee($id: ID!) {
              trainee(id: $id) {
                name
              }
            }
          `),
          { id: w.traineeB.id },
        ),
      ),
    ).toBe('NOT_FOUND');
    const upd = await support.request(UPDATE_TRAINEE, {
      i: { id: w.traineeB.id, name: '改名' },
    });
    const after = await entries({ id: { gt: before } });
    expect(after[0]).toMatchObject({
      action: 'Query.trainee',
      result: 'DENIED',
      actorId: sponsorA.userId,
      targetIds: [w.traineeB.id],
      detail: { code: 'NOT_FOUND' },
    });
    // Refused by role: the denial names the record it was aimed at.
    expect(codeOf(upd)).toBe('FORBIDDEN');
    expect(after[1]).toMatchObject({
      action: 'Mutation.updateTrainee',
      result: 'DENIED',
      actorId: support.userId,
      targetIds: [w.traineeB.id],
    });
  });

  it('records uploads, downloads and refused uploads', async () => {
    const inspector = await api.signIn('QC_INSPECTOR');
    const coordinator = await api.signIn('COORDINATOR');
    const trainee = await api.signIn('TRAINEE', { traineeId: w.traineeA1.id });
    const JPEG = PHOTO_JPEG; // a real image: uploads are parsed to strip their metadata
    const upload = async (c: GqlClient, bytes: Buffer, name = 'photo.jpg') => {
      const form = new FormData();
      form.append('file', new Blob([new Uint8Array(bytes)], { type: 'image/jpeg' }), name);
      const res = await fetch(`${api.url}/files/inspection-photos`, {
        method: 'POST',
        body: form,
        headers: { cookie: c.cookie },
      });
      return { status: res.status, body: (await res.json()) as { id: string } };
    };
    const before = await lastId();
    const ok = await upload(inspector, JPEG);
    expect(ok.status).toBe(201);
    expect((await fetch(`${api.url}/files/${ok.body.id}`, { headers: { cookie: inspector.cookie } })).status).toBe(200);
    expect((await upload(inspector, Buffer.from('%PDF-1.7 not a photo'), 'fake.jpg')).status).toBe(415);
    expect((await upload(inspector, Buffer.concat([JPEG, Buffer.alloc(5 * 1024 * 1024)]))).status).toBe(413);
    expect((await upload(coordinator, JPEG)).status).toBe(403);
    expect((await fetch(`${api.url}/files/${ok.body.id}`, { headers: { cookie: trainee.cookie } })).status).toBe(404);
    const after = await entries({ id: { gt: before }, targetType: 'StoredFile' });
    expect(
      after.map((e) => [e.action, e.result, e.actorId, e.targetIds, (e.detail as { status?: number }).status]),
    ).toEqual([
      ['file.upload', 'SUCCESS', inspector.userId, [ok.body.id], undefined],
      ['file.download', 'SUCCESS', inspector.userId, [ok.body.id], undefined],
      ['file.upload', 'FAILURE', inspector.userId, [], 415],
      ['file.upload', 'FAILURE', inspector.userId, [], 413],
      ['file.upload', 'DENIED', coordinator.userId, [], 403],
      ['file.download', 'DENIED', trainee.userId, [ok.body.id], 404],
    ]);
    expect(after[0].detail).toMatchObject({ purpose: 'inspection-photos', name: 'photo.jpg', size: JPEG.length });
  });

  it('records reads of full phone numbers, one entry per list; masked and own reads are not entries', async () => {
    const coordinator = await api.signIn('COORDINATOR');
    const sponsorA = await api.signIn('SPONSOR', { sponsorId: w.sponsorA.id });
    const trainee = await api.signIn('TRAINEE', { traineeId: w.traineeA2.id });
    const before = await lastId();
    const list = await coordinator.ok(
      graphql(`
        query AuditTrainees2 {
          trainees(pageSize: 100) {
            items {
              id
              phone
            }
          }
        }
      `),
    );
    expect(list.trainees.items.every((t: { phone: string }) => /^\d{11}$/.test(t.phone))).toBe(true);
    await sponsorA.ok(
      graphql(`
        query AuditTrainees3 {
          trainees(pageSize: 100) {
            items {
              phone
            }
          }
        }
      `),
    );
    await trainee.ok(
      graphql(`
        query AuditMyTrainee {
          myTrainee {
            phone
          }
        }
      `),
    );
    const reads = await entries({ id: { gt: before }, action: 'Trainee.phone.read' });
    expect(reads).toHaveLength(1);
    expect(reads[0].actorId).toBe(coordinator.userId);
    expect([...reads[0].targetIds].sort()).toEqual(list.trainees.items.map((t: { id: string }) => t.id).sort());
  });

  it('shows admins names instead of ids, filtered by person, kind and China calendar day', async () => {
    const admin = await api.signIn('ADMIN');
    const coordinator = await api.signIn('COORDINATOR', { email: 'wang@example.test' });
    await api.db.prisma.user.update({ where: { id: coordinator.userId }, data: { name: '王协调' } });
    await coordinator.ok(UPDATE_TRAINEE, {
      i: { id: w.traineeB.id, name: '刘小红' },
    });
    const LOG = graphql(`
      query AuditAuditLog($actorId: ID, $action: String, $fromDate: String, $toDate: String) {
        auditLog(actorId: $actorId, action: $action, fromDate: $fromDate, toDate: $toDate) {
          total
          items {
            action
            actorName
            targets {
              id
              name
            }
          }
        }
      }
    `);
    const today = todayInChina();
    const mine = await admin.ok(LOG, {
      actorId: coordinator.userId,
      action: 'Mutation.',
      fromDate: today,
      toDate: today,
    });
    expect(mine.auditLog.items).toEqual([
      { action: 'Mutation.updateTrainee', actorName: '王协调', targets: [{ id: w.traineeB.id, name: '刘小红' }] },
    ]);
    const logins = await admin.ok(LOG, { actorId: coordinator.userId, action: 'auth.' });
    expect(logins.auditLog.items).toEqual([
      { action: 'auth.login', actorName: '王协调', targets: [{ id: coordinator.userId, name: '王协调' }] },
    ]);
    expect((await admin.ok(LOG, { actorId: coordinator.userId, fromDate: addDays(today, 1) })).auditLog.total).toBe(0);
    expect((await admin.ok(LOG, { actorId: coordinator.userId, toDate: addDays(today, -1) })).auditLog.total).toBe(0);
    expect(codeOf(await admin.request(LOG, { fromDate: '2026-13-01' }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await coordinator.request(LOG, {}))).toBe('FORBIDDEN');
  });
});
