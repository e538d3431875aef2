import { NotificationsService } from '@grassroots/api/modules/notifications/notifications.service';
import { NotificationScan } from '@grassroots/api/modules/notifications/scan.service';
import {
  createCohort,
  createEnrolment,
  createLiveSession,
  createProduct,
  createProgram,
  createSponsor,
  createSupplier,
  createTeam,
  createTrainee,
  createUser,
  DEFAULT_TEST_PASSWORD,
} from '@grassroots/db/testing';

import { graphql } from '../gql';
import type { ScheduleSessionInput, UpdateSessionInput } from '../gql/graphql';
import { useApi } from '../support/api';
import { codeOf, GqlClient } from '../support/client';
import { cohortWithTrainees } from '../support/world';

/**
 * Notifications: every kind produces exactly one notification per recipient, within the recipients' scope (SUPPORT
 * only about their current teams' trainees, a sponsor only about their own programs), preferences decide SMS, the
 * time-based scan is idempotent (run twice, or by two instances at once), and the inbox is one's own.
 */
const HOUR = 3600_000;
const DAY = 24 * HOUR;
const INBOX = graphql(`
  query NotificationsNotifications($u: Boolean) {
    notifications(unreadOnly: $u, pageSize: 100) {
      total
      items {
        id
        kind
        title
        body
        linkType
        linkId
        readAt
      }
    }
    unreadNotificationCount
  }
`);
const MARK = graphql(`
  mutation NotificationsMarkNotificationsRead($i: MarkNotificationsReadInput!) {
    markNotificationsRead(input: $i) {
      marked
      unread
    }
  }
`);
const PREFS = graphql(`
  query NotificationsNotificationPreferences {
    notificationPreferences {
      kind
      channel
      enabled
      isDefault
      available
    }
  }
`);
const SET_PREF = graphql(`
  mutation NotificationsSetNotificationPreference($i: SetNotificationPreferenceInput!) {
    setNotificationPreference(input: $i) {
      kind
      channel
      enabled
    }
  }
`);

const api = useApi();
let coordinator: GqlClient & { userId: string };
let admin: GqlClient & { userId: string };
beforeAll(async () => {
  coordinator = await api.as('COORDINATOR');
  admin = await api.as('ADMIN');
});

const scan = (now = new Date()) => api.app.get(NotificationScan).run(now);
/** Notifications in the database for an event key prefix, as (recipient, kind) pairs. */
async function told(keyPrefix: string) {
  const rows = await api.db.prisma.notification.findMany({
    where: { eventKey: { startsWith: keyPrefix } },
    select: { recipientId: true, kind: true },
  });
  return rows.map((r) => `${r.kind}>${r.recipientId}`).sort();
}
const pairs = (kind: string, ids: string[]) => ids.map((id) => `${kind}>${id}`).sort();

/** A cohort with trainees that have accounts, one complete team backing them, and a second team elsewhere. */
async function world(n = 2) {
  const { cohort, trainees } = await cohortWithTrainees(api.db, n, {
    trainee: (i) => ({
      phone: `1380000${String(i).padStart(4, '0')}`,
      platformAccounts: [{ platform: 'DOUYIN', handle: `n${Date.now()}${i}` }],
    }),
  });
  const team = await createTeam(api.db.prisma, { cohortId: cohort.id, traineeIds: trainees.map((t) => t.id) });
  const clients = [] as (GqlClient & { userId: string })[];
  for (const t of trainees) clients.push(await api.signIn('TRAINEE', { traineeId: t.id }));
  // A SUPPORT member of another team, in another cohort: never told about these trainees.
  const elsewhere = await createCohort(api.db.prisma, { status: 'IN_PROGRESS' });
  const other = await createTrainee(api.db.prisma, { status: 'ACTIVE' });
  await createEnrolment(api.db.prisma, { traineeId: other.id, cohortId: elsewhere.id });
  const otherTeam = await createTeam(api.db.prisma, { cohortId: elsewhere.id, traineeIds: [other.id] });
  return {
    cohort,
    trainees,
    team,
    traineeUsers: clients.map((c) => c.userId),
    traineeClients: clients,
    outsider: otherTeam.memberIds[0]!,
  };
}

it('assignment set and graded: each trainee once; the setter is not told about their own action', async () => {
  const w = await world(2);
  const due = new Date(Date.now() + 5 * DAY).toISOString();
  const a = (
    await coordinator.ok(
      graphql(`
        mutation NotificationsCreateAssignment($i: CreateAssignmentInput!) {
          createAssignment(input: $i) {
            id
          }
        }
      `),
      {
        i: { cohortId: w.cohort.id, title: '写一段开场话术', kind: 'SCRIPT_WRITING', dueAt: due, maxScore: 10 },
      },
    )
  ).createAssignment;
  expect(await told(`assignment:${a.id}:set`)).toEqual(pairs('ASSIGNMENT_SET', w.traineeUsers));

  const inbox = (await w.traineeClients[0]!.ok(INBOX)).notifications;
  expect(inbox.items[0]).toMatchObject({
    kind: 'ASSIGNMENT_SET',
    title: '新作业：写一段开场话术',
    linkType: 'ASSIGNMENT',
    linkId: a.id,
    readAt: null,
  });

  // Graded: the trainee whose work it was, once.
  const sub = (
    await w.traineeClients[0]!.ok(
      graphql(`
        query NotificationsMySubmissions {
          mySubmissions {
            id
            version
            assignment {
              id
            }
          }
        }
      `),
    )
  ).mySubmissions.find((s) => s.assignment.id === a.id)!;
  const handed = (
    await w.traineeClients[0]!.ok(
      graphql(`
        mutation NotificationsSubmitAssignment($i: SubmitAssignmentInput!) {
          submitAssignment(input: $i) {
            id
            version
          }
        }
      `),
      { i: { submissionId: sub.id, version: sub.version, text: '大家好' } },
    )
  ).submitAssignment;
  await coordinator.ok(
    graphql(`
      mutation NotificationsGradeSubmission($i: GradeSubmissionInput!) {
        gradeSubmission(input: $i) {
          id
        }
      }
    `),
    {
      i: { submissionId: handed.id, version: handed.version, total: 8 },
    },
  );
  expect(await told(`submission:${handed.id}:graded`)).toEqual(pairs('ASSIGNMENT_GRADED', [w.traineeUsers[0]!]));
  const en = w.traineeClients[0]!;
  await en.ok(
    graphql(`
      mutation NotificationsSetMyLocale {
        setMyLocale(input: { locale: "en" })
      }
    `),
  );
  expect((await en.ok(INBOX)).notifications.items[0]).toMatchObject({
    kind: 'ASSIGNMENT_GRADED',
    title: 'Assignment graded: 写一段开场话术',
    body: 'Score 8.0/10.',
  });
});

it('sessions scheduled, changed, cancelled: the trainee and their team’s SUPPORT staff, never another team', async () => {
  const w = await world(1);
  const product = await createProduct(api.db.prisma);
  const start = new Date(Date.now() + 3 * DAY);
  const input = {
    traineeId: w.trainees[0]!.id,
    platform: 'DOUYIN',
    scheduledStart: start.toISOString(),
    plannedMinutes: 90,
    title: '红枣专场',
    items: [{ productId: product.id, livePrice: '39.90', commissionPct: '25' }],
  } satisfies ScheduleSessionInput;
  const s = (
    await coordinator.ok(
      graphql(`
        mutation NotificationsScheduleSession($i: ScheduleSessionInput!) {
          scheduleSession(input: $i) {
            id
            version
          }
        }
      `),
      {
        i: input,
      },
    )
  ).scheduleSession;
  const audience = [w.traineeUsers[0]!, ...w.team.memberIds];
  expect(await told(`session:${s.id}:scheduled`)).toEqual(pairs('SESSION_SCHEDULED', audience));
  await coordinator.ok(
    graphql(`
      mutation NotificationsUpdateSession($i: UpdateSessionInput!) {
        updateSession(input: $i) {
          id
        }
      }
    `),
    {
      // The schedule input without its trainee, as an update.
      i: {
        ...input,
        traineeId: undefined,
        id: s.id,
        scheduledStart: new Date(start.getTime() + HOUR).toISOString(),
      } as UpdateSessionInput,
    },
  );
  expect(await told(`session:${s.id}:changed`)).toEqual(pairs('SESSION_CHANGED', audience));
  await coordinator.ok(
    graphql(`
      mutation NotificationsCancelSession($i: CancelSessionInput!) {
        cancelSession(input: $i) {
          id
        }
      }
    `),
    {
      i: { id: s.id, reason: '主播生病' },
    },
  );
  expect(await told(`session:${s.id}:cancelled`)).toEqual(pairs('SESSION_CANCELLED', audience));
  const all = await api.db.prisma.notification.count({
    where: { eventKey: { startsWith: `session:${s.id}` }, recipientId: w.outsider },
  });
  expect(all).toBe(0);

  // A SUPPORT member who schedules is not told about their own action, but the rest of the team is.
  const support = w.team.memberIds[0]!;
  const supportClient = new GqlClient(api.url);
  const u = await api.db.prisma.user.findUniqueOrThrow({ where: { id: support } });
  expect((await supportClient.login(u.email, DEFAULT_TEST_PASSWORD)).errors).toBeUndefined();
  const s2 = (
    await supportClient.ok(
      graphql(`
        mutation NotificationsScheduleSession2($i: ScheduleSessionInput!) {
          scheduleSession(input: $i) {
            id
          }
        }
      `),
      {
        i: { ...input, scheduledStart: new Date(start.getTime() + DAY).toISOString() },
      },
    )
  ).scheduleSession;
  expect(await told(`session:${s2.id}:scheduled`)).toEqual(
    pairs(
      'SESSION_SCHEDULED',
      audience.filter((x) => x !== support),
    ),
  );
});

it('ticket assigned, QC task, enrolment and team changes: exactly one each, to the right people', async () => {
  const agent = await api.signIn('AFTERSALES_AGENT');
  const qc1 = await createUser(api.db.prisma, { role: 'QC_INSPECTOR' });
  const qc2 = await createUser(api.db.prisma, { role: 'QC_INSPECTOR' });
  const product = await createProduct(api.db.prisma);
  const t = (
    await agent.ok(
      graphql(`
        mutation NotificationsCreateTicket($i: CreateTicketInput!) {
          createTicket(input: $i) {
            id
            version
          }
        }
      `),
      {
        i: {
          orderRef: `DY${Date.now()}`,
          productId: product.id,
          customerName: '张女士',
          customerPhone: '13912345678',
          type: 'QUALITY_COMPLAINT',
          priority: 'HIGH',
          amountClaimed: '49.90',
          description: '坏了',
        },
      },
    )
  ).createTicket;
  const other = await createUser(api.db.prisma, { role: 'AFTERSALES_AGENT' });
  await admin.ok(
    graphql(`
      mutation NotificationsAssignTicket($i: AssignTicketInput!) {
        assignTicket(input: $i) {
          id
        }
      }
    `),
    {
      i: { ticketId: t.id, version: t.version, assigneeId: other.id },
    },
  );
  expect(await told(`ticket:${t.id}:assigned`)).toEqual(pairs('TICKET_ASSIGNED', [other.id]));

  const draft = await createProduct(api.db.prisma, { status: 'DRAFT' });
  await coordinator.ok(
    graphql(`
      mutation NotificationsSubmitProductForQc($id: ID!) {
        submitProductForQc(id: $id) {
          id
        }
      }
    `),
    { id: draft.id },
  );
  const task = await api.db.prisma.qcTask.findFirstOrThrow({ where: { productId: draft.id } });
  const qcAll = (
    await api.db.prisma.user.findMany({ where: { role: 'QC_INSPECTOR', active: true }, select: { id: true } })
  ).map((u) => u.id);
  expect(qcAll).toEqual(expect.arrayContaining([qc1.id, qc2.id]));
  expect(await told(`qctask:${task.id}`)).toEqual(pairs('QC_TASK_ASSIGNED', qcAll));

  // Enrolment and team changes: the trainee only.
  const cohort = await createCohort(api.db.prisma, { status: 'IN_PROGRESS' });
  const trainee = await createTrainee(api.db.prisma, { status: 'APPLIED' });
  const me = await api.signIn('TRAINEE', { traineeId: trainee.id });
  const [e] = (
    await coordinator.ok(
      graphql(`
        mutation NotificationsEnrolTrainees($i: EnrolTraineesInput!) {
          enrolTrainees(input: $i) {
            id
          }
        }
      `),
      {
        i: { cohortId: cohort.id, traineeIds: [trainee.id] },
      },
    )
  ).enrolTrainees;
  expect(await told(`enrolment:${e.id}`)).toEqual(pairs('ENROLMENT_CHANGED', [me.userId]));
  const team = await createTeam(api.db.prisma, { cohortId: cohort.id });
  const a = (
    await coordinator.ok(
      graphql(`
        mutation NotificationsAssignTeam($i: AssignTeamInput!) {
          assignTeam(input: $i) {
            id
          }
        }
      `),
      {
        i: { teamId: team.id, traineeId: trainee.id },
      },
    )
  ).assignTeam;
  expect(await told(`teamassignment:${a.id}`)).toEqual(pairs('TEAM_CHANGED', [me.userId]));
  await coordinator.ok(
    graphql(`
      mutation NotificationsEndTeamAssignment($i: EndTeamAssignmentInput!) {
        endTeamAssignment(input: $i) {
          id
        }
      }
    `),
    {
      i: { traineeId: trainee.id, reason: '调整' },
    },
  );
  expect(await told(`teamassignment:${a.id}`)).toEqual(
    [...pairs('TEAM_CHANGED', [me.userId]), ...pairs('TEAM_CHANGED', [me.userId])].sort(),
  );
});

it('reports: a sponsor is told only about their own programs; coordinators about returns and acceptance', async () => {
  const s1 = await createSponsor(api.db.prisma);
  const s2 = await createSponsor(api.db.prisma);
  const program = await createProgram(api.db.prisma, { sponsorId: s1.id });
  const mine = await api.signIn('SPONSOR', { sponsorId: s1.id });
  const theirs = await api.signIn('SPONSOR', { sponsorId: s2.id });
  const draft = (
    await coordinator.ok(
      graphql(`
        mutation NotificationsPrepareReport($i: PrepareReportInput!) {
          prepareReport(input: $i) {
            id
            version
          }
        }
      `),
      {
        i: { programId: program.id, period: '2026-10' },
      },
    )
  ).prepareReport;
  const sent = (
    await coordinator.ok(
      graphql(`
        mutation NotificationsSubmitReport($i: SubmitReportInput!) {
          submitReport(input: $i) {
            id
            version
            snapshotHash
          }
        }
      `),
      {
        i: { reportId: draft.id, version: draft.version },
      },
    )
  ).submitReport;
  expect(await told(`report:${draft.id}:submit`)).toEqual(pairs('REPORT_SUBMITTED', [mine.userId]));
  expect((await theirs.ok(INBOX)).notifications.total).toBe(0);
  await mine.ok(
    graphql(`
      mutation NotificationsReturnReport($i: ReturnReportInput!) {
        returnReport(input: $i) {
          id
        }
      }
    `),
    {
      i: { reportId: sent.id, comments: '请补充发票' },
    },
  );
  const coordinators = (
    await api.db.prisma.user.findMany({ where: { role: 'COORDINATOR', active: true }, select: { id: true } })
  ).map((u) => u.id);
  expect(await told(`report:${draft.id}:return`)).toEqual(pairs('REPORT_RETURNED', coordinators));
  expect((await coordinator.ok(INBOX)).notifications.items.find((n) => n.kind === 'REPORT_RETURNED')!.body).toBe(
    '意见：请补充发票',
  );
});

it('the scan: due in 24 h, overdue, starting within the hour, SLA due and breached, refund due, licences and inspections expiring — once, however often it runs', async () => {
  const now = new Date();
  const w = await world(1);
  const setter = w.team.memberIds[1]!;
  const a1 = await api.db.prisma.assignment.create({
    data: {
      cohortId: w.cohort.id,
      title: '明天交',
      kind: 'SCRIPT_WRITING',
      dueAt: new Date(now.getTime() + 20 * HOUR),
      maxScore: 10,
      createdById: setter,
      submissions: { create: [{ traineeId: w.trainees[0]!.id }] },
    },
  });
  const a2 = await api.db.prisma.assignment.create({
    data: {
      cohortId: w.cohort.id,
      title: '昨天该交',
      kind: 'SCRIPT_WRITING',
      dueAt: new Date(now.getTime() - 2 * HOUR),
      maxScore: 10,
      createdById: setter,
      submissions: { create: [{ traineeId: w.trainees[0]!.id }] },
    },
  });
  const s = await createLiveSession(api.db.prisma, {
    traineeId: w.trainees[0]!.id,
    teamId: w.team.id,
    start: new Date(now.getTime() + 40 * 60_000),
  });
  const agent = await createUser(api.db.prisma, { role: 'AFTERSALES_AGENT' });
  const product = await createProduct(api.db.prisma);
  const ticket = (created: Date, extra = {}) =>
    api.db.prisma.afterSalesTicket.create({
      data: {
        number: `T${Math.random()}`,
        orderRef: 'o',
        productId: product.id,
        customerName: '李',
        customerPhone: '13900000000',
        type: 'QUALITY_COMPLAINT',
        priority: 'HIGH',
        amountClaimed: '10',
        assigneeId: agent.id,
        createdAt: created,
        ...extra,
      },
    });
  // HIGH: first response within 4 h, resolution within 24 h (aftersales/ticket.ts).
  const dueSoon = await ticket(new Date(now.getTime() - 3.5 * HOUR));
  const breached = await ticket(new Date(now.getTime() - 5 * HOUR));
  const refund = await ticket(new Date(now.getTime() - 10 * DAY), {
    firstRespondedAt: new Date(now.getTime() - 10 * DAY),
    status: 'RESOLVED',
    returnReceivedAt: new Date(now.getTime() - 6.5 * DAY),
  });
  const supplier = await createSupplier(api.db.prisma, {
    licences: [{ kind: 'BUSINESS_LICENCE', expiresOn: new Date(now.getTime() + 20 * DAY).toISOString().slice(0, 10) }],
  });
  const licence = await api.db.prisma.supplierLicence.findFirstOrThrow({ where: { supplierId: supplier.id } });
  const qc = await createUser(api.db.prisma, { role: 'QC_INSPECTOR' });

  await scan(now);
  const counts1 = await api.db.prisma.notification.count();
  await Promise.all([scan(now), scan(now), api.app.get(NotificationScan).run(new Date(now.getTime() + 30_000))]);
  expect(await api.db.prisma.notification.count()).toBe(counts1);

  expect(await told(`assignment:${a1.id}:due24h`)).toEqual(pairs('ASSIGNMENT_DUE_24H', w.traineeUsers));
  expect(await told(`assignment:${a2.id}:overdue`)).toEqual(pairs('ASSIGNMENT_OVERDUE', [w.traineeUsers[0]!, setter]));
  expect(await told(`session:${s.id}:starting1h`)).toEqual(
    pairs('SESSION_STARTING_1H', [w.traineeUsers[0]!, ...w.team.memberIds]),
  );
  expect(await told(`ticket:${dueSoon.id}:FIRST_RESPONSE:due1h`)).toEqual(pairs('TICKET_SLA_DUE_1H', [agent.id]));
  expect(await told(`ticket:${breached.id}:FIRST_RESPONSE:breached`)).toEqual(pairs('TICKET_SLA_BREACHED', [agent.id]));
  expect(await told(`ticket:${refund.id}:refunddue`)).toEqual(pairs('TICKET_REFUND_DUE', [agent.id]));
  const qcAndCoordinators = (
    await api.db.prisma.user.findMany({
      where: { role: { in: ['QC_INSPECTOR', 'COORDINATOR'] }, active: true },
      select: { id: true },
    })
  ).map((u) => u.id);
  expect(await told(`licence:${licence.id}:exp30`)).toEqual(pairs('LICENCE_EXPIRING', qcAndCoordinators));
  expect(qcAndCoordinators).toContain(qc.id);
  // Nobody outside the team heard about the session or the assignments.
  expect(await api.db.prisma.notification.count({ where: { recipientId: w.outsider } })).toBe(0);

  // Seven days before the end, the licence is announced again (a new event), once.
  await scan(new Date(now.getTime() + 15 * DAY));
  await scan(new Date(now.getTime() + 15 * DAY));
  expect(await told(`licence:${licence.id}:exp7`)).toEqual(pairs('LICENCE_EXPIRING', qcAndCoordinators));

  // Default preferences: the trainee gets the "due tomorrow" reminder by SMS (their phone is on file), staff do not.
  const sms = await api.db.prisma.notificationDelivery.findMany({
    where: { eventKey: { startsWith: `assignment:${a1.id}:due24h` } },
    select: { target: true },
  });
  expect(sms.map((d) => d.target)).toEqual([`sms:${w.traineeUsers[0]}`]);
});

it('respects preferences: a trainee who turns session texts off gets the in-app notification only', async () => {
  const w = await world(1);
  const me = w.traineeClients[0]!;
  const prefs = (await me.ok(PREFS)).notificationPreferences;
  expect(
    prefs.find((p: { kind: string; channel: string }) => p.kind === 'SESSION_STARTING_1H' && p.channel === 'SMS'),
  ).toEqual({ kind: 'SESSION_STARTING_1H', channel: 'SMS', enabled: true, isDefault: true, available: true });
  expect(prefs.some((p: { kind: string }) => p.kind === 'TICKET_ASSIGNED')).toBe(false);
  await me.ok(SET_PREF, { i: { kind: 'SESSION_STARTING_1H', channel: 'SMS', enabled: false } });
  expect(codeOf(await me.request(SET_PREF, { i: { kind: 'REPORT_SUBMITTED', channel: 'SMS', enabled: true } }))).toBe(
    'BAD_USER_INPUT',
  );
  const s = await createLiveSession(api.db.prisma, {
    traineeId: w.trainees[0]!.id,
    teamId: w.team.id,
    start: new Date(Date.now() + 30 * 60_000),
  });
  await scan();
  expect(await told(`session:${s.id}:starting1h`)).toContain(`SESSION_STARTING_1H>${me.userId}`);
  expect(
    await api.db.prisma.notificationDelivery.count({ where: { eventKey: { startsWith: `session:${s.id}` } } }),
  ).toBe(0);
});

it('the inbox is one’s own: mark read, unread count, someone else’s notification refused as absent, anonymous refused', async () => {
  const w = await world(2);
  await api.db.prisma.assignment.create({
    data: {
      cohortId: w.cohort.id,
      title: '收件箱',
      kind: 'SCRIPT_WRITING',
      dueAt: new Date(Date.now() + 10 * HOUR),
      maxScore: 10,
      submissions: { create: w.trainees.map((t) => ({ traineeId: t.id })) },
    },
  });
  await scan();
  const [mine, theirs] = w.traineeClients as unknown as [GqlClient, GqlClient];
  const before = await mine.ok(INBOX, { u: true });
  expect(before.unreadNotificationCount).toBeGreaterThan(0);
  const theirsInbox = (await theirs.ok(INBOX)).notifications.items;
  expect(codeOf(await mine.request(MARK, { i: { ids: [theirsInbox[0].id] } }))).toBe('NOT_FOUND');
  expect(codeOf(await mine.request(MARK, { i: { ids: ['nope'] } }))).toBe('NOT_FOUND');
  const one = (await mine.ok(MARK, { i: { ids: [before.notifications.items[0].id] } })).markNotificationsRead;
  expect(one).toEqual({ marked: 1, unread: before.unreadNotificationCount - 1 });
  expect((await mine.ok(MARK, { i: { all: true } })).markNotificationsRead.unread).toBe(0);
  expect((await theirs.ok(INBOX)).unreadNotificationCount).toBe(
    theirsInbox.filter((n: { readAt: string | null }) => !n.readAt).length,
  );
  expect(codeOf(await api.client().request(INBOX))).toBe('UNAUTHENTICATED');
  expect(codeOf(await api.client().request(MARK, { i: { all: true } }))).toBe('UNAUTHENTICATED');
});

it('two instances running the scan and the delivery jobs at once: one notification per recipient, each text sent once', async () => {
  const other = await api.startInstance();
  try {
    const w = await world(3);
    const base = new Date();
    for (let i = 0; i < 5; i++) {
      await api.db.prisma.assignment.create({
        data: {
          cohortId: w.cohort.id,
          title: `并发 ${i}`,
          kind: 'SCRIPT_WRITING',
          dueAt: new Date(base.getTime() + (10 + i) * HOUR),
          maxScore: 10,
          submissions: { create: w.trainees.map((t) => ({ traineeId: t.id })) },
        },
      });
    }
    await Promise.all([
      scan(base),
      other.app.get(NotificationScan).run(base),
      scan(base),
      other.app.get(NotificationScan).run(base),
    ]);
    const rows = await api.db.prisma.notification.findMany({
      where: { kind: 'ASSIGNMENT_DUE_24H', recipientId: { in: w.traineeUsers } },
      select: { recipientId: true, eventKey: true },
    });
    expect(rows).toHaveLength(15);
    // Each SMS delivery is claimed and sent by exactly one of the two instances.
    const deliveries = await api.db.prisma.notificationDelivery.findMany({
      where: { notification: { recipientId: { in: w.traineeUsers }, kind: 'ASSIGNMENT_DUE_24H' } },
      select: { id: true },
    });
    expect(deliveries).toHaveLength(15);
    // Texts to trainees wait for 08:00 in quiet hours (domain spec); here it is morning for the queue.
    await (
      await api.db.sql()
    ).exec(`UPDATE pgboss.job SET start_after = now() WHERE name = 'notifications.deliver' AND state = 'created'`);
    const deadline = Date.now() + 60_000;
    let done: { status: string; attempts: number }[] = [];
    while (Date.now() < deadline) {
      done = await api.db.prisma.notificationDelivery.findMany({
        where: { id: { in: deliveries.map((d) => d.id) } },
        select: { status: true, attempts: true },
      });
      if (done.every((d) => d.status === 'DELIVERED')) break;
      await new Promise((r) => setTimeout(r, 300));
    }
    expect(done.map((d) => [d.status, d.attempts])).toEqual(Array(15).fill(['DELIVERED', 1]));
  } finally {
    await other.close();
  }
}, 120_000);

it('a text waiting for its time is not sent to someone deactivated meanwhile (and is not retried)', async () => {
  const w = await world(2);
  await api.db.prisma.assignment.create({
    data: {
      cohortId: w.cohort.id,
      title: '停用',
      kind: 'SCRIPT_WRITING',
      dueAt: new Date(Date.now() + 10 * HOUR),
      maxScore: 10,
      submissions: { create: w.trainees.map((t) => ({ traineeId: t.id })) },
    },
  });
  await scan();
  const [kept, gone] = w.traineeUsers as [string, string];
  await api.db.prisma.user.update({ where: { id: gone }, data: { active: false } });
  const deliveries = await api.db.prisma.notificationDelivery.findMany({
    where: { notification: { recipientId: { in: w.traineeUsers }, kind: 'ASSIGNMENT_DUE_24H' } },
    select: { id: true, target: true },
  });
  expect(deliveries.map((d) => d.target).sort()).toEqual([`sms:${kept}`, `sms:${gone}`].sort());
  await (
    await api.db.sql()
  ).exec(`UPDATE pgboss.job SET start_after = now() WHERE name = 'notifications.deliver' AND state = 'created'`);
  const deadline = Date.now() + 60_000;
  let rows: { target: string; status: string; attempts: number; lastError: string | null }[] = [];
  while (Date.now() < deadline) {
    rows = await api.db.prisma.notificationDelivery.findMany({
      where: { id: { in: deliveries.map((d) => d.id) } },
      select: { target: true, status: true, attempts: true, lastError: true },
    });
    if (rows.every((d) => d.status === 'DELIVERED' || d.status === 'FAILED')) break;
    await new Promise((r) => setTimeout(r, 300));
  }
  const byTarget = Object.fromEntries(rows.map((r) => [r.target, r]));
  expect(byTarget[`sms:${kept}`]).toMatchObject({ status: 'DELIVERED', attempts: 1 });
  expect(byTarget[`sms:${gone}`]).toEqual({
    target: `sms:${gone}`,
    status: 'FAILED',
    attempts: 1,
    lastError: 'not sent: the recipient was deactivated',
  });
}, 120_000);

it("defers a trainee's text in quiet hours, and writes its times, in their own program's zone (Asia/Urumqi)", async () => {
  const people = async (timeZone: string, n: number) => {
    const program = await createProgram(api.db.prisma, { timeZone });
    const { trainees } = await cohortWithTrainees(api.db, 1, {
      cohort: { programId: program.id },
      trainee: () => ({ phone: `1391111${String(n).padStart(4, '0')}` }),
    });
    return api.signIn('TRAINEE', { traineeId: trainees[0].id });
  };
  const urumqiClient = await people('Asia/Urumqi', 1);
  const chinaClient = await people('Asia/Shanghai', 2);
  const [urumqi, china] = [urumqiClient.userId, chinaClient.userId];
  const record = async (key: string, now: Date) => {
    await api.app.get(NotificationsService).recordNow(
      [
        {
          kind: 'ASSIGNMENT_DUE_24H',
          key,
          params: { title: '脚本', dueAt: new Date(now.getTime() + 20 * HOUR).toISOString(), trainee: '—' },
          recipients: [urumqi, china],
        },
      ],
      now,
    );
    const rows = await api.db.prisma.notificationDelivery.findMany({
      where: { notification: { eventKey: key }, channel: 'SMS' },
      select: { notBefore: true, notification: { select: { recipientId: true } } },
    });
    return Object.fromEntries(rows.map((r) => [r.notification.recipientId, r.notBefore.toISOString()]));
  };
  // 15:30 UTC: 23:30 in Beijing (quiet: wait for 08:00 Beijing = 00:00 UTC), 21:30 in Urumqi (send now).
  expect(await record(`quiet:${Date.now()}:a`, new Date('2027-01-10T15:30:00Z'))).toEqual({
    [urumqi]: '2027-01-10T15:30:00.000Z',
    [china]: '2027-01-11T00:00:00.000Z',
  });
  // 17:30 UTC: 23:30 in Urumqi: wait for 08:00 Urumqi time, 02:00 UTC.
  expect(await record(`quiet:${Date.now()}:b`, new Date('2027-01-10T17:30:00Z'))).toEqual({
    [urumqi]: '2027-01-11T02:00:00.000Z',
    [china]: '2027-01-11T00:00:00.000Z',
  });
  // The text gives the due time in each reader's zone: the latest one is due 13:30 UTC on the 11th, which is 19:30 in
  // Urumqi and 21:30 in Beijing.
  const body = async (c: GqlClient) => (await c.ok(INBOX, {})).notifications.items[0].body as string;
  expect(await body(urumqiClient)).toContain('2027-01-11 19:30');
  expect(await body(chinaClient)).toContain('2027-01-11 21:30');
});
