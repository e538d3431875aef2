import {
  createCohort,
  createEnrolment,
  createLiveSession,
  createPassedInspection,
  createProduct,
  createProgram,
  createSponsor,
  createSupplier,
  createTeam,
  createTrainee,
  createUser,
} from '@grassroots/db/testing';
import { addDays, lastEndedMonth, parsePeriod, todayIn, todayInChina } from '@grassroots/domain';

import { graphql } from '../gql';
import type { TodoCard } from '../gql/graphql';
import { useApi } from '../support/api';
import { codeOf, type GqlClient } from '../support/client';

/**
 * The workbench of every role on a small fixture whose counts are worked out by hand below. The fixture is laid out
 * around the real "now" in China days (lessons and sessions on today, yesterday, tomorrow; clocks in hours from now),
 * so every count holds whatever the time of day the suite runs.
 */
const SUBMISSIONS = graphql(`
  query WorkbenchSubmissions {
    submissions(todo: SUBMISSIONS_TO_GRADE) {
      total
    }
  }
`);
const Q = graphql(`
  query WorkbenchWorkbench {
    workbench {
      role
      today
      cards {
        key
        count
      }
      figures {
        key
        value
        target
        subjectId
        subject
      }
      timeline {
        kind
        targetId
        at
        day
        title
        detail
        status
        runOfShow
      }
    }
  }
`);
const HOUR = 3600_000;
const DAY = 24 * HOUR;

const api = useApi();
let now: Date;
let today: string;
const at = (dayOffset: number, hhmm: string) => new Date(`${addDays(today, dayOffset)}T${hhmm}:00+08:00`);
const ago = (ms: number) => new Date(now.getTime() - ms);
const counts = (wb: { cards: { key: string; count: number }[] }) =>
  Object.fromEntries(wb.cards.map((c) => [c.key, c.count]));
const figures = (wb: { figures: { key: string; value: string | null; target: string | null }[] }) =>
  Object.fromEntries(wb.figures.map((f) => [f.key, f.value]));

const ids: Record<string, string> = {};
let supportClient: GqlClient;
let agentClient: GqlClient;
let traineeClient: GqlClient;
let sponsor1: GqlClient;
let sponsor2: GqlClient;

beforeAll(async () => {
  now = new Date();
  today = todayInChina(now);
  const p = api.db.prisma;

  // Programs: P1 (sponsor 1) and P2 (sponsor 2) run through last month; P3 (sponsor 1) ended in early 2025.
  const s1 = await createSponsor(p, { name: '疏附县乡村振兴局' });
  const s2 = await createSponsor(p, { name: '怀化市商务局' });
  const p1 = await createProgram(p, {
    sponsorId: s1.id,
    name: '疏附项目',
    ...dates(addDays(today, -120), addDays(today, 120)),
  });
  const p2 = await createProgram(p, {
    sponsorId: s2.id,
    name: '麻阳项目',
    ...dates(addDays(today, -120), addDays(today, 120)),
  });
  await createProgram(p, { sponsorId: s1.id, name: '旧项目', ...dates('2025-01-01', '2025-03-31') });
  const c1 = await createCohort(p, { programId: p1.id, name: '长期班', track: 'LONG_TERM', status: 'IN_PROGRESS' });
  const c2 = await createCohort(p, { programId: p2.id, name: '短期班', status: 'IN_PROGRESS' });
  const c3 = await createCohort(p, { programId: p2.id, name: '空班', status: 'PLANNED' });

  // Trainees T1–T3 in C1, T4 in C2, all ACTIVE.
  const T = [] as { id: string }[];
  for (const cohort of [c1, c1, c1, c2]) {
    const t = await createTrainee(p, { status: 'ACTIVE' });
    await createEnrolment(p, { traineeId: t.id, cohortId: cohort.id });
    T.push(t);
  }
  const [t1, t2, t3, t4] = T as [{ id: string }, { id: string }, { id: string }, { id: string }];

  // Users signed in for the roles under test.
  supportClient = await api.as('SUPPORT');
  agentClient = await api.as('AFTERSALES_AGENT');
  traineeClient = await api.signIn('TRAINEE', { traineeId: t1.id });
  sponsor1 = await api.signIn('SPONSOR', { sponsorId: s1.id });
  sponsor2 = await api.signIn('SPONSOR', { sponsorId: s2.id });
  const supportId = (supportClient as GqlClient & { userId: string }).userId;
  const agentId = (agentClient as GqlClient & { userId: string }).userId;

  // Team A (complete, the signed-in SUPPORT user writes its scripts) backs T1 and T2. Team B has 3 members, one of them
  // deactivated, so it is incomplete: T3 is without a complete team, and so is T4 (no team at all).
  const others = await Promise.all([0, 1, 2, 3, 4].map(() => createUser(p, { role: 'SUPPORT' })));
  const teamA = await createTeam(p, {
    cohortId: c1.id,
    name: 'A组',
    memberIds: [supportId, others[0]!.id, others[1]!.id, others[2]!.id],
    traineeIds: [t1.id, t2.id],
  });
  const gone = await createUser(p, { role: 'SUPPORT', active: false });
  const teamB = await createTeam(p, {
    cohortId: c1.id,
    name: 'B组',
    size: 3,
    memberIds: [others[3]!.id, others[4]!.id, gone.id],
    traineeIds: [t3.id],
  });

  // Lessons: L1 (C1) and L4 (C2) today; L2 (C1) yesterday, never marked; L3 (C1) two days ago, marked T1 PRESENT,
  // T2 LATE, T3 ABSENT (attendance rate 2/3); L5 yesterday in the empty cohort C3 (nobody to mark: not missing).
  const lesson = (cohortId: string, day: number, startTime: string) =>
    p.lesson.create({
      data: {
        cohortId,
        date: chinaDayStartUtc(addDays(today, day)),
        startTime,
        endTime: `${String(Number(startTime.slice(0, 2)) + 2).padStart(2, '0')}:00`,
        topic: `课${day}${startTime}`,
        kind: 'CLASS',
        location: '产业园',
      },
    });
  const l1 = await lesson(c1.id, 0, '09:00');
  await lesson(c2.id, 0, '14:00');
  await lesson(c1.id, -1, '09:00');
  const l3 = await lesson(c1.id, -2, '09:00');
  await lesson(c3.id, -1, '09:00');
  for (const [traineeId, status] of [
    [t1.id, 'PRESENT'],
    [t2.id, 'LATE'],
    [t3.id, 'ABSENT'],
  ] as const)
    await p.attendance.create({ data: { lessonId: l3.id, traineeId, status } });
  ids.l1 = l1.id;

  // Assignments: A1 (C1) was due yesterday: T1 and T3 have not handed in (overdue), T2 waits to be graded. A2 (C1) is
  // due in 3 days: T1 still to do, T2 graded yesterday (new feedback), T3 returned for revision. A3 (C2) was due
  // yesterday: T4 waits to be graded.
  const assignment = (cohortId: string, dueAt: Date, title: string) =>
    p.assignment.create({ data: { cohortId, title, kind: 'SCRIPT_WRITING', dueAt, maxScore: 100 } });
  const a1 = await assignment(c1.id, ago(DAY), '写脚本一');
  const a2 = await assignment(c1.id, new Date(now.getTime() + 3 * DAY), '写脚本二');
  const a3 = await assignment(c2.id, ago(DAY), '选品调研');
  const sub = (
    assignmentId: string,
    traineeId: string,
    status: 'ASSIGNED' | 'SUBMITTED' | 'RETURNED' | 'GRADED',
    extra = {},
  ) => p.submission.create({ data: { assignmentId, traineeId, status, ...extra } });
  await sub(a1.id, t1.id, 'ASSIGNED');
  await sub(a1.id, t2.id, 'SUBMITTED', { submittedAt: ago(2 * DAY) });
  await sub(a1.id, t3.id, 'ASSIGNED');
  await sub(a2.id, t1.id, 'ASSIGNED');
  await sub(a2.id, t2.id, 'GRADED', { submittedAt: ago(2 * DAY), gradedAt: ago(DAY), score: '80', feedback: '很好' });
  await sub(a2.id, t3.id, 'RETURNED', { feedback: '再改改' });
  await sub(a3.id, t4.id, 'SUBMITTED', { submittedAt: ago(2 * DAY) });
  ids.a2 = a2.id;

  // Suppliers: one licence expires in 10 days (counts), one expired yesterday and one in 40 days (do not).
  const supplier = await createSupplier(p, {
    licences: [
      { kind: 'BUSINESS_LICENCE', expiresOn: addDays(today, 10) },
      { kind: 'FOOD_PRODUCTION_LICENCE', expiresOn: addDays(today, -1) },
      { kind: 'OTHER', expiresOn: addDays(today, 40) },
    ],
  });
  // Products: Pa approved 80 days ago for 90 days (inspection lapses in 10 days: expiring); Pb approved now (the only
  // inspection of the last 30 days, passed); Pc suspended after complaints with a re-inspection task 5 days old; Pd
  // waits for its first inspection since an hour ago; Pb's old task is closed.
  const inspector = await createUser(p, { role: 'QC_INSPECTOR' });
  const pa = await createProduct(p, { supplierId: supplier.id, name: '红枣A', status: 'DRAFT' });
  await p.product.update({ where: { id: pa.id }, data: { status: 'APPROVED' } });
  await createPassedInspection(p, pa.id, inspector.id, ago(80 * DAY), 90);
  const pb = await createProduct(p, { supplierId: supplier.id, name: '核桃B', inspectorId: inspector.id });
  const pc = await createProduct(p, { supplierId: supplier.id, name: '杏干C', status: 'SUSPENDED' });
  const pd = await createProduct(p, { supplierId: supplier.id, name: '葡萄干D', status: 'PENDING_QC' });
  await p.qcTask.create({ data: { productId: pc.id, reason: 'Re-inspection: 质量投诉', createdAt: ago(5 * DAY) } });
  await p.qcTask.create({ data: { productId: pd.id, reason: '新品送检', createdAt: ago(HOUR) } });
  await p.qcTask.create({
    data: { productId: pb.id, reason: '新品送检', createdAt: ago(10 * DAY), closedAt: ago(9 * DAY) },
  });

  // Sessions. Team A: S1 T1 tonight 20:00 (run of show Pa, Pb); S2 T2 today 12:00 ended, results not recorded; S3 T1
  // tomorrow 20:00; S4 T2 today 15:00 cancelled; S5 T1 today 00:30 ended with ¥2,000 recorded. Team B: S6 T3 today
  // 10:00; S7 T3 yesterday ended, results not recorded.
  const s1s = await createLiveSession(p, {
    traineeId: t1.id,
    teamId: teamA.id,
    start: at(0, '20:00'),
    productIds: [pa.id, pb.id],
  });
  const s2s = await createLiveSession(p, { traineeId: t2.id, teamId: teamA.id, start: at(0, '12:00') });
  await p.liveSession.update({
    where: { id: s2s.id },
    data: { status: 'ENDED', startedAt: at(0, '12:00'), endedAt: at(0, '14:00') },
  });
  await createLiveSession(p, { traineeId: t1.id, teamId: teamA.id, start: at(1, '20:00') });
  await createLiveSession(p, { traineeId: t2.id, teamId: teamA.id, start: at(0, '15:00'), status: 'CANCELLED' });
  await createLiveSession(p, {
    traineeId: t1.id,
    teamId: teamA.id,
    start: at(0, '00:30'),
    minutes: 60,
    status: 'ENDED',
    gmv: '2000.00',
  });
  await createLiveSession(p, { traineeId: t3.id, teamId: teamB.id, start: at(0, '10:00') });
  const s7 = await createLiveSession(p, { traineeId: t3.id, teamId: teamB.id, start: at(-1, '20:00') });
  await p.liveSession.update({ where: { id: s7.id }, data: { status: 'ENDED' } });
  ids.s1 = s1s.id;
  ids.pa = pa.name;
  ids.pb = pb.name;

  // Tickets (NORMAL: first reply 12 h, resolution 72 h; URGENT 1 h / 24 h). Mine: K1 80 h old (resolution breached);
  // K2 71 h old (resolution due in 1 h: due soon); K3 75 h old but 10 h waiting for the customer (due in 7 h: on
  // track, breached without the pause); K4 URGENT, 30 min old, no reply yet (first reply due in 30 min: due soon);
  // K5 resolved 2 days ago (not open; resolved by me this week). K6 unassigned and new; K7 another agent's, return
  // received 8 days ago and not refunded (refund overdue); K8 unassigned, return received 2 days ago (refund due).
  const otherAgent = await createUser(p, { role: 'AFTERSALES_AGENT' });
  let n = 0;
  const ticket = (o: Record<string, unknown>) =>
    p.afterSalesTicket.create({
      data: {
        number: `WB${++n}`,
        orderRef: `DY${n}`,
        productId: pb.id,
        customerName: `顾客${n}`,
        customerPhone: '13800000000',
        type: 'RETURN_REFUND',
        amountClaimed: '39.90',
        ...o,
      },
    });
  await ticket({
    assigneeId: agentId,
    status: 'IN_PROGRESS',
    createdAt: ago(80 * HOUR),
    firstRespondedAt: ago(79 * HOUR),
  });
  await ticket({
    assigneeId: agentId,
    status: 'IN_PROGRESS',
    createdAt: ago(71 * HOUR),
    firstRespondedAt: ago(70 * HOUR),
  });
  const k3 = await ticket({
    assigneeId: agentId,
    status: 'IN_PROGRESS',
    createdAt: ago(75 * HOUR),
    firstRespondedAt: ago(74 * HOUR),
  });
  for (const [from, to, h] of [
    ['NEW', 'TRIAGED', 74],
    ['TRIAGED', 'IN_PROGRESS', 73],
    ['IN_PROGRESS', 'WAITING_CUSTOMER', 60],
    ['WAITING_CUSTOMER', 'IN_PROGRESS', 50],
  ] as const) {
    await p.ticketEvent.create({
      data: { ticketId: k3.id, kind: 'STATUS', fromStatus: from, toStatus: to, authorId: agentId, at: ago(h * HOUR) },
    });
  }
  await ticket({ assigneeId: agentId, priority: 'URGENT', status: 'NEW', createdAt: ago(30 * 60_000) });
  await ticket({
    assigneeId: agentId,
    status: 'RESOLVED',
    createdAt: ago(200 * HOUR),
    firstRespondedAt: ago(199 * HOUR),
    resolvedAt: ago(2 * DAY),
  });
  await ticket({ status: 'NEW', priority: 'LOW', createdAt: ago(HOUR) });
  await ticket({
    assigneeId: otherAgent.id,
    status: 'IN_PROGRESS',
    createdAt: ago(12 * DAY),
    firstRespondedAt: ago(12 * DAY),
    returnReceivedAt: ago(8 * DAY),
  });
  await ticket({ status: 'WAITING_CUSTOMER', createdAt: ago(5 * DAY), returnReceivedAt: ago(2 * DAY) });

  // Reports. Last month: P1's is submitted (awaiting sponsor 1's decision), P2 has none (due to prepare; P3 ended
  // long ago and owes none). The month before: P1's accepted (GMV to date ¥12,345, 3 graduates), P2's returned.
  const last = lastEndedMonth(today);
  const before = lastEndedMonth(last.from);
  const report = (programId: string, key: string, status: 'SUBMITTED' | 'ACCEPTED' | 'RETURNED', snapshot?: object) => {
    const period = parsePeriod(key);
    return p.sponsorReport.create({
      data: {
        programId,
        period: key,
        periodFrom: chinaDayStartUtc(period.from),
        periodTo: chinaDayStartUtc(period.to),
        status,
        preparedById: supportId,
        ...(snapshot ? { snapshot, snapshotHash: 'x' } : {}),
      },
    });
  };
  await report(p1.id, last.key, 'SUBMITTED', { figures: { live: { gmvToDate: '99999.00' } } });
  await report(p2.id, before.key, 'RETURNED', { figures: {} });
  await report(p1.id, before.key, 'ACCEPTED', {
    figures: { live: { gmvToDate: '12345.00' }, trainees: { total: { graduated: 3 } } },
  });
  ids.p1 = p1.id;
  ids.before = before.key;
});

/** A date column's value for a China day (stored as that calendar date). */
function chinaDayStartUtc(day: string): Date {
  return new Date(`${day}T00:00:00Z`);
}
function dates(from: string, to: string) {
  return { startDate: chinaDayStartUtc(from), endDate: chinaDayStartUtc(to) };
}

it('refuses anonymous callers with UNAUTHENTICATED', async () => {
  const r = await api.client().request(Q);
  expect(codeOf(r)).toBe('UNAUTHENTICATED');
  expect(r.data?.workbench ?? null).toBeNull();
});

it("counts the coordinator's to-dos across every program, with today's lessons and sessions in order", async () => {
  const coordinator = await api.signIn('COORDINATOR');
  const { workbench } = await coordinator.ok(Q);
  expect(workbench.role).toBe('COORDINATOR');
  expect(workbench.today).toBe(today);
  expect(counts(workbench)).toEqual({
    LESSONS_TODAY: 2, // L1, L4
    ATTENDANCE_MISSING: 1, // L2 (L5's cohort has nobody enrolled)
    TRAINEES_WITHOUT_COMPLETE_TEAM: 2, // T3 (team B has a deactivated member), T4 (no team)
    ASSIGNMENTS_OVERDUE: 2, // A1 of T1 and of T3
    SUBMISSIONS_TO_GRADE: 2, // A1 of T2, A3 of T4
    SESSIONS_TODAY: 4, // S1, S2, S5, S6 (S4 cancelled)
    REPORTS_TO_PREPARE: 1, // P2, last month
    REPORTS_RETURNED: 1,
    REPORTS_AWAITING_DECISION: 1,
    LICENCES_EXPIRING: 1,
    INSPECTIONS_EXPIRING: 1, // Pa
  });
  expect(figures(workbench)).toEqual({
    ACTIVE_TRAINEES: '4',
    GMV_THIS_MONTH: '2000.00',
    ATTENDANCE_RATE_30D: '0.6667',
  });
  expect(workbench.timeline.map((e: { kind: string }) => e.kind)).toEqual([
    'SESSION',
    'LESSON',
    'SESSION',
    'SESSION',
    'LESSON',
    'SESSION',
  ]);
  expect(workbench.timeline[1]).toMatchObject({ targetId: ids.l1, at: at(0, '09:00').toISOString(), day: today });
});

it('adds users and the last day’s failed sign-ins and denials for the admin', async () => {
  // One wrong password and one refused query (a sponsor asking for tickets), besides the anonymous call above.
  await api.client().login('nobody@example.test', 'wrong-password-123');
  expect(
    codeOf(
      await sponsor1.request(
        graphql(`
          query WorkbenchTickets {
            tickets {
              total
            }
          }
        `),
      ),
    ),
  ).toBe('FORBIDDEN');
  const admin = await api.signIn('ADMIN');
  const { workbench } = await admin.ok(Q);
  const c = counts(workbench);
  expect(c).toMatchObject({ LESSONS_TODAY: 2, REPORTS_TO_PREPARE: 1, FAILED_SIGN_INS: 1, ACCESS_DENIALS: 2 });
  expect(Object.keys(c)).toHaveLength(13);
  expect(figures(workbench).ACTIVE_USERS).toBe(String(await api.db.prisma.user.count({ where: { active: true } })));
});

it("limits a SUPPORT member's workbench to their own team's trainees and sessions", async () => {
  const { workbench } = await supportClient.ok(Q);
  expect(counts(workbench)).toEqual({
    SESSIONS_TODAY: 3, // S1, S2, S5 — never team B's S6
    SESSIONS_TOMORROW: 1, // S3
    SUBMISSIONS_TO_GRADE: 1, // T2's A1 — never T4's A3
    RESULTS_MISSING: 1, // S2 — never team B's S7
  });
  expect(figures(workbench)).toEqual({ MY_TRAINEES: '2', SESSIONS_THIS_WEEK_MINE: '4', GMV_30D_MINE: '2000.00' });
  expect(workbench.timeline).toHaveLength(4);
  expect(workbench.timeline.every((e: { kind: string }) => e.kind === 'SESSION')).toBe(true);
});

it('shows the QC inspector the queue by age, re-inspections after complaints and what expires', async () => {
  const qc = await api.signIn('QC_INSPECTOR');
  const { workbench } = await qc.ok(Q);
  expect(counts(workbench)).toEqual({
    QC_QUEUE: 2,
    QC_QUEUE_OLD: 1,
    REINSPECTIONS: 1,
    LICENCES_EXPIRING: 1,
    INSPECTIONS_EXPIRING: 1,
  });
  expect(figures(workbench)).toEqual({ OLDEST_QC_TASK_DAYS: '5', INSPECTIONS_30D: '1', PASS_RATE_30D: '1.0000' });
  expect(workbench.timeline.map((e: { title: string }) => e.title)).toEqual(['杏干C', '葡萄干D']);
});

it("counts an agent's own tickets by SLA state (pauses excluded), the unassigned ones and the refund clocks", async () => {
  const { workbench } = await agentClient.ok(Q);
  expect(counts(workbench)).toEqual({
    MY_TICKETS_BREACHED: 1,
    MY_TICKETS_DUE_SOON: 2,
    TICKETS_UNASSIGNED: 2,
    REFUNDS_DUE: 2,
    REFUNDS_OVERDUE: 1,
  });
  expect(figures(workbench)).toEqual({ MY_OPEN_TICKETS: '4', MY_RESOLVED_7D: '1', OPEN_TICKETS: '7' });
  // Soonest due first: K1 (breached), K4 (first reply in 30 min), K2 (in 1 h), K3 (in 7 h).
  expect(workbench.timeline.map((e: { title: string }) => e.title)).toEqual(['WB1', 'WB4', 'WB2', 'WB3']);
  // Another agent sees none of these as theirs.
  const other = await api.signIn('AFTERSALES_AGENT');
  expect(counts((await other.ok(Q)).workbench)).toMatchObject({
    MY_TICKETS_BREACHED: 0,
    MY_TICKETS_DUE_SOON: 0,
    TICKETS_UNASSIGNED: 2,
  });
});

it("puts a trainee's own day first: tonight's session with its run of show, today's lesson, the next assignment", async () => {
  const { workbench } = await traineeClient.ok(Q);
  expect(counts(workbench)).toEqual({
    SESSIONS_TODAY: 2,
    LESSONS_TODAY: 1,
    ASSIGNMENTS_DUE_THIS_WEEK: 1,
    ASSIGNMENTS_OVERDUE: 1,
    RETURNED_FOR_REVISION: 0,
    NEW_FEEDBACK: 0,
  });
  const tonight = workbench.timeline.find((e: { targetId: string }) => e.targetId === ids.s1);
  expect(tonight).toMatchObject({ kind: 'SESSION', day: today, status: 'SCHEDULED', runOfShow: [ids.pa, ids.pb] });
  // Only their own: S5, L1, S1 today, S3 tomorrow, A2 in 3 days — never T2's or T3's sessions.
  expect(workbench.timeline.map((e: { kind: string }) => e.kind)).toEqual([
    'SESSION',
    'LESSON',
    'SESSION',
    'SESSION',
    'ASSIGNMENT_DUE',
  ]);
  expect(workbench.timeline[4].targetId).toBe(ids.a2);
  // A TRAINEE account not linked to a trainee record has an empty workbench.
  const unlinked = await api.signIn('TRAINEE');
  expect((await unlinked.ok(Q)).workbench).toMatchObject({ cards: [], figures: [], timeline: [] });
});

it("shows a sponsor only their own programs' reports and accepted figures", async () => {
  const mine = (await sponsor1.ok(Q)).workbench;
  expect(counts(mine)).toEqual({ REPORTS_AWAITING_DECISION: 1 });
  expect(mine.figures).toEqual([
    {
      key: 'ACCEPTED_GMV_TO_DATE',
      value: '12345.00',
      target: '1200000.00',
      subjectId: ids.p1,
      subject: `疏附项目 · ${ids.before}`,
    },
    { key: 'ACCEPTED_GRADUATES', value: '3', target: '25', subjectId: ids.p1, subject: `疏附项目 · ${ids.before}` },
  ]);
  expect(mine.timeline).toEqual([]);
  // Sponsor 2 has no submitted report and nothing accepted (their only report was returned): nothing of sponsor 1's.
  const theirs = (await sponsor2.ok(Q)).workbench;
  expect(counts(theirs)).toEqual({ REPORTS_AWAITING_DECISION: 0 });
  expect(theirs.figures).toEqual([]);
});

/** The list each to-do card opens (`todo:` argument), by the kind of row it counts. */
const TODO_LISTS: Record<string, string> = {
  Lesson: 'lessons',
  Submission: 'submissions',
  Trainee: 'trainees',
  Supplier: 'suppliers',
  Product: 'products',
  LiveSession: 'liveSessions',
  AfterSalesTicket: 'tickets',
  QcTask: 'qcTasks',
  AuditLog: 'auditLog',
  Program: 'programs',
};
const TODO_OF: Record<string, keyof typeof TODO_LISTS> = {
  LESSONS_TODAY: 'Lesson',
  ATTENDANCE_MISSING: 'Lesson',
  ASSIGNMENTS_OVERDUE: 'Submission',
  SUBMISSIONS_TO_GRADE: 'Submission',
  TRAINEES_WITHOUT_COMPLETE_TEAM: 'Trainee',
  LICENCES_EXPIRING: 'Supplier',
  INSPECTIONS_EXPIRING: 'Product',
  RESULTS_MISSING: 'LiveSession',
  MY_TICKETS_BREACHED: 'AfterSalesTicket',
  MY_TICKETS_DUE_SOON: 'AfterSalesTicket',
  TICKETS_UNASSIGNED: 'AfterSalesTicket',
  REFUNDS_DUE: 'AfterSalesTicket',
  REFUNDS_OVERDUE: 'AfterSalesTicket',
  QC_QUEUE: 'QcTask',
  QC_QUEUE_OLD: 'QcTask',
  REINSPECTIONS: 'QcTask',
  SESSIONS_TODAY: 'LiveSession',
  SESSIONS_TOMORROW: 'LiveSession',
  FAILED_SIGN_INS: 'AuditLog',
  ACCESS_DENIALS: 'AuditLog',
  REPORTS_TO_PREPARE: 'Program',
  REPORTS_RETURNED: 'Program',
  REPORTS_AWAITING_DECISION: 'Program',
};

it('opens from every to-do card a list filtered to exactly what the card counts, for every role', async () => {
  const clients: [string, GqlClient][] = [
    ['COORDINATOR', await api.signIn('COORDINATOR')],
    ['ADMIN', await api.signIn('ADMIN')],
    ['SUPPORT', supportClient],
    ['QC_INSPECTOR', await api.signIn('QC_INSPECTOR')],
    ['AFTERSALES_AGENT', agentClient],
    ['SPONSOR', sponsor1],
  ];
  const seen: string[] = [];
  for (const [role, client] of clients) {
    const wb = (await client.ok(Q)).workbench;
    for (const card of wb.cards as { key: string; count: number }[]) {
      const list = TODO_OF[card.key];
      if (!list) continue;
      const field = TODO_LISTS[list]!;
      // The QC queue is one short list (at most 200 tasks), not paged.
      const res =
        field === 'qcTasks'
          ? await client
              .ok(
                graphql(`
                  query WorkbenchQcTasks($t: TodoCard) {
                    qcTasks(todo: $t) {
                      id
                    }
                  }
                `),
                { t: card.key as TodoCard },
              )
              .then((d) => ({ total: d.qcTasks.length, items: d.qcTasks }))
          : // A string: the list is named by the card.
            (
              await client.ok(`query($t: TodoCard) { ${field}(todo: $t, pageSize: 100) { total items { id } } }`, {
                t: card.key,
              })
            )[field];
      expect({ role, card: card.key, total: res.total, rows: res.items.length }).toEqual({
        role,
        card: card.key,
        total: card.count,
        rows: card.count,
      });
      if (card.count) seen.push(`${role}:${card.key}`);
    }
  }
  // The fixture has something behind the cards that used to open an unfiltered list.
  expect(seen).toEqual(
    expect.arrayContaining([
      'COORDINATOR:LESSONS_TODAY',
      'COORDINATOR:ATTENDANCE_MISSING',
      'COORDINATOR:ASSIGNMENTS_OVERDUE',
      'COORDINATOR:SUBMISSIONS_TO_GRADE',
      'COORDINATOR:TRAINEES_WITHOUT_COMPLETE_TEAM',
      'COORDINATOR:LICENCES_EXPIRING',
      'COORDINATOR:INSPECTIONS_EXPIRING',
      'SUPPORT:SUBMISSIONS_TO_GRADE',
      'AFTERSALES_AGENT:MY_TICKETS_BREACHED',
      'AFTERSALES_AGENT:MY_TICKETS_DUE_SOON',
      'AFTERSALES_AGENT:TICKETS_UNASSIGNED',
      'AFTERSALES_AGENT:REFUNDS_OVERDUE',
      'QC_INSPECTOR:QC_QUEUE',
      'QC_INSPECTOR:QC_QUEUE_OLD',
      'QC_INSPECTOR:REINSPECTIONS',
      'COORDINATOR:SESSIONS_TODAY',
      'SUPPORT:SESSIONS_TODAY',
      'SUPPORT:SESSIONS_TOMORROW',
      'ADMIN:FAILED_SIGN_INS',
      'ADMIN:ACCESS_DENIALS',
      'COORDINATOR:REPORTS_TO_PREPARE',
      'COORDINATOR:REPORTS_RETURNED',
      'COORDINATOR:REPORTS_AWAITING_DECISION',
      'SPONSOR:REPORTS_AWAITING_DECISION',
    ]),
  );
  // A card's filter on the wrong list is refused on the field; SUPPORT's to-grade list holds only their own trainees' work.
  const wrong = await agentClient.request(
    graphql(`
      query WorkbenchTickets2 {
        tickets(todo: ATTENDANCE_MISSING) {
          total
        }
      }
    `),
  );
  expect(wrong.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'todo' }] });
  const coordinatorToGrade = (await clients[0]![1].ok(SUBMISSIONS)).submissions.total;
  const supportToGrade = (await supportClient.ok(SUBMISSIONS)).submissions.total;
  expect(supportToGrade).toBeLessThan(coordinatorToGrade);
  // "Due within 2 h" means it: every ticket in the agent's list has a clock running out within two hours.
  const due = (
    await agentClient.ok(
      graphql(`
        query WorkbenchTickets3 {
          tickets(todo: MY_TICKETS_DUE_SOON) {
            items {
              clocks {
                firstResponse {
                  dueAt
                  stoppedAt
                }
                resolution {
                  dueAt
                  breached
                }
              }
            }
          }
        }
      `),
    )
  ).tickets.items;
  for (const t of due as {
    clocks: {
      firstResponse: { dueAt: string; stoppedAt: string | null };
      resolution: { dueAt: string; breached: boolean };
    };
  }[]) {
    const next = Math.min(
      Date.parse(t.clocks.resolution.dueAt),
      t.clocks.firstResponse.stoppedAt ? Infinity : Date.parse(t.clocks.firstResponse.dueAt),
    );
    expect(next - Date.now()).toBeLessThan(2 * HOUR);
    expect(t.clocks.resolution.breached).toBe(false);
  }
  // Sponsors and trainees have no lists to open from (their cards lead to their own pages), and cannot list work at all.
  expect(
    codeOf(
      await sponsor1.request(
        graphql(`
          query WorkbenchSubmissions3 {
            submissions {
              total
            }
          }
        `),
      ),
    ),
  ).toBe('FORBIDDEN');
  expect(
    (
      await traineeClient.ok(
        graphql(`
          query WorkbenchSubmissions4 {
            submissions(todo: ASSIGNMENTS_OVERDUE) {
              total
            }
          }
        `),
      )
    ).submissions.total,
  ).toBe(counts((await traineeClient.ok(Q)).workbench).ASSIGNMENTS_OVERDUE);
});

it("shows a program in Asia/Urumqi in its own zone: a trainee's day and lesson times, and each event's zone", async () => {
  const tz = 'Asia/Urumqi';
  const p = api.db.prisma;
  const program = await createProgram(p, { timeZone: tz });
  const cohort = await createCohort(p, { programId: program.id, status: 'IN_PROGRESS' });
  const trainee = await createTrainee(p, { status: 'ACTIVE' });
  await createEnrolment(p, { traineeId: trainee.id, cohortId: cohort.id });
  const team = await createTeam(p, { cohortId: cohort.id, traineeIds: [trainee.id] });
  const urumqiToday = todayIn(tz, new Date());
  const chinaToday = todayInChina(new Date());
  const lesson = async (date: string) =>
    p.lesson.create({
      data: {
        cohortId: cohort.id,
        date: new Date(`${date}T00:00:00Z`),
        startTime: '06:30',
        endTime: '08:00',
        topic: '早课',
        kind: 'CLASS',
        location: '教室',
      },
    });
  const own = await lesson(urumqiToday);
  const chinaDayLesson = chinaToday === urumqiToday ? own : await lesson(chinaToday);
  // 23:30 Urumqi time tonight: on the trainee's today, though Beijing's clock already reads tomorrow 01:30.
  const session = await createLiveSession(p, {
    traineeId: trainee.id,
    teamId: team.id,
    start: new Date(`${urumqiToday}T23:30:00+06:00`),
  });
  const TZQ = graphql(`
    query WorkbenchWorkbench2 {
      workbench {
        today
        timeZone
        timeline {
          kind
          targetId
          at
          endAt
          day
          timeZone
        }
      }
    }
  `);

  const mine = (await (await api.signIn('TRAINEE', { traineeId: trainee.id })).ok(TZQ)).workbench;
  expect(mine).toMatchObject({ today: urumqiToday, timeZone: tz });
  const byId = (wb: { timeline: { targetId: string }[] }, id: string) => wb.timeline.find((e) => e.targetId === id);
  expect(byId(mine, own.id)).toEqual({
    kind: 'LESSON',
    targetId: own.id,
    at: new Date(`${urumqiToday}T06:30:00+06:00`).toISOString(),
    endAt: new Date(`${urumqiToday}T08:00:00+06:00`).toISOString(),
    day: urumqiToday,
    timeZone: tz,
  });
  expect(byId(mine, session.id)).toMatchObject({ kind: 'SESSION', day: urumqiToday, timeZone: tz });

  // Staff see it on their China-time workbench, each event still at its own program's time and labelled with its zone.
  const staff = (await (await api.signIn('COORDINATOR')).ok(TZQ)).workbench;
  expect(staff.timeZone).toBe('Asia/Shanghai');
  expect(byId(staff, chinaDayLesson.id)).toMatchObject({
    at: new Date(`${chinaToday}T06:30:00+06:00`).toISOString(),
    timeZone: tz,
  });
});
