import { createHash } from 'node:crypto';

import {
  createCohort,
  createEnrolment,
  createLiveSession,
  createPassedInspection,
  createProduct,
  createProgram,
  createSponsor,
  createTeam,
  createTrainee,
  createUser,
} from '@grassroots/db/testing';

import { graphql } from '../gql';
import { useApi } from '../support/api';
import { codeOf, fieldsOf, type GqlClient } from '../support/client';
import { pdfToText } from '../support/pdf';

/**
 * Sponsor reporting over HTTP: figures cross-checked against a small fixture computed by hand (see the comments),
 * the prepare → submit → return/accept workflow, the lock and the discrepancy it raises, exports, and who may see what.
 */
const api = useApi();
let coordinator: GqlClient & { userId: string };
let sponsor: GqlClient & { userId: string };
let otherSponsor: GqlClient & { userId: string };
let fx: Awaited<ReturnType<typeof fixture>>;

const at = (s: string) => new Date(s);

async function fixture() {
  const p = api.db.prisma;
  const s = await createSponsor(p, { name: '疏附县乡村振兴局（报告测试）' });
  const other = await createSponsor(p, { name: '麻阳县商务局（报告测试）' });
  const program = await createProgram(p, {
    sponsorId: s.id,
    name: '疏附县直播人才培训（报告）',
    budget: '480000.00',
    targetGmv: '1200000.00',
    targetShortTermTrainees: 15,
    targetLongTermTrainees: 10,
  });
  const otherProgram = await createProgram(p, { sponsorId: other.id, name: '麻阳冰糖橙直播培训（报告）' });
  const a = await createCohort(p, {
    programId: program.id,
    name: '短期一班',
    track: 'SHORT_TERM',
    status: 'IN_PROGRESS',
  });
  const b = await createCohort(p, {
    programId: program.id,
    name: '长期孵化班',
    track: 'LONG_TERM',
    status: 'IN_PROGRESS',
  });
  const t = async (name: string, phone: string) => createTrainee(p, { name, phone, status: 'ACTIVE' });
  const [a1, a2, a3, a4, b1, b2] = [
    await t('阿依古丽', '13812345678'),
    await t('买买提', '13912345670'),
    await t('古丽娜', '13712345671'),
    await t('艾力', '13612345672'),
    await t('热依拉', '13512345673'),
    await t('努尔', '13412345674'),
  ];
  const sep5 = at('2026-09-05T09:00:00+08:00');
  // Head counts at 31 Oct: short 4 enrolled (A1 graduated 20 Oct; A2 graduated in November, so still in training;
  // A3 dropped 10 Oct; A4 active), long 1 (B2 enrolled in November does not count yet).
  await createEnrolment(p, {
    traineeId: a1.id,
    cohortId: a.id,
    status: 'COMPLETED',
    enrolledAt: sep5,
    completedAt: at('2026-10-20T18:00:00+08:00'),
  });
  await createEnrolment(p, {
    traineeId: a2.id,
    cohortId: a.id,
    status: 'COMPLETED',
    enrolledAt: sep5,
    completedAt: at('2026-11-05T18:00:00+08:00'),
  });
  await createEnrolment(p, {
    traineeId: a3.id,
    cohortId: a.id,
    status: 'WITHDRAWN',
    enrolledAt: sep5,
    withdrawnAt: at('2026-10-10T18:00:00+08:00'),
  });
  await createEnrolment(p, { traineeId: a4.id, cohortId: a.id, enrolledAt: sep5 });
  await createEnrolment(p, { traineeId: b1.id, cohortId: b.id, enrolledAt: sep5 });
  await createEnrolment(p, { traineeId: b2.id, cohortId: b.id, enrolledAt: at('2026-11-02T09:00:00+08:00') });

  // Attendance in October: present 4, late 1, absent 2, excused 1 → (4 + 1) / 7 = 0.7143; 3 lessons. September's is left out.
  const lesson = (cohortId: string, date: string) =>
    p.lesson.create({
      data: {
        cohortId,
        date: at(`${date}T00:00:00Z`),
        startTime: '10:00',
        endTime: '12:00',
        topic: `课程 ${date}`,
        kind: 'CLASS',
        location: '直播间',
      },
    });
  const mark = (lessonId: string, traineeId: string, status: 'PRESENT' | 'LATE' | 'ABSENT' | 'EXCUSED') =>
    p.attendance.create({ data: { lessonId, traineeId, status, note: status === 'EXCUSED' ? '病假' : null } });
  const l0 = await lesson(a.id, '2026-09-20');
  await mark(l0.id, a1.id, 'ABSENT');
  const l1 = await lesson(a.id, '2026-10-08');
  for (const [tr, st] of [
    [a1, 'PRESENT'],
    [a2, 'LATE'],
    [a3, 'ABSENT'],
    [a4, 'EXCUSED'],
  ] as const)
    await mark(l1.id, tr.id, st);
  const l2 = await lesson(a.id, '2026-10-15');
  for (const [tr, st] of [
    [a1, 'PRESENT'],
    [a2, 'PRESENT'],
    [a4, 'ABSENT'],
  ] as const)
    await mark(l2.id, tr.id, st);
  const l3 = await lesson(b.id, '2026-10-09');
  await mark(l3.id, b1.id, 'PRESENT');

  // Assignments due in October: 3 copies, 2 handed in (graded + submitted) → 0.6667. November's is left out.
  const due = (cohortId: string, dueAt: string) =>
    p.assignment.create({
      data: { cohortId, title: `作业 ${dueAt}`, kind: 'SCRIPT_WRITING', dueAt: at(dueAt), maxScore: 100 },
    });
  const as1 = await due(a.id, '2026-10-20T23:59:00+08:00');
  await p.submission.createMany({
    data: [
      { assignmentId: as1.id, traineeId: a1.id, status: 'GRADED', score: '88' },
      { assignmentId: as1.id, traineeId: a2.id, status: 'SUBMITTED' },
      { assignmentId: as1.id, traineeId: a4.id, status: 'ASSIGNED' },
    ],
  });
  const as2 = await due(a.id, '2026-11-10T23:59:00+08:00');
  await p.submission.create({ data: { assignmentId: as2.id, traineeId: a1.id, status: 'SUBMITTED' } });

  // Products: 红枣 (local specialty, 干果) and 纸巾 (日用品).
  const inspector = await createUser(p, { role: 'QC_INSPECTOR' });
  const dates = await createProduct(p, { name: '若羌灰枣 1kg', category: '干果', localSpecialty: true });
  const tissue = await createProduct(p, { name: '抽纸 10包', category: '日用品', localSpecialty: false });
  // QC: products sold in October were inspected 3 times by 31 Oct (2 passed) → 0.6667; the November inspection is left out.
  await createPassedInspection(p, dates.id, inspector.id, at('2026-09-01T10:00:00+08:00'));
  const failed = await createPassedInspection(p, dates.id, inspector.id, at('2026-09-10T10:00:00+08:00'));
  await p.qcInspection.update({ where: { id: failed.id }, data: { result: 'FAIL' } });
  await createPassedInspection(p, tissue.id, inspector.id, at('2026-10-01T10:00:00+08:00'));
  await createPassedInspection(p, tissue.id, inspector.id, at('2026-11-02T10:00:00+08:00'));

  const teamA = await createTeam(p, { cohortId: a.id, traineeIds: [a1.id] });
  const teamB = await createTeam(p, { cohortId: b.id, traineeIds: [b1.id] });
  const session = async (
    traineeId: string,
    teamId: string,
    start: string,
    o: {
      status?: 'ENDED' | 'CANCELLED';
      gmv?: string;
      orders?: number;
      minutes?: number;
      provenance?: string;
      refunds?: string;
      items?: [string, number, string][];
    } = {},
  ) => {
    const s = await createLiveSession(p, {
      traineeId,
      teamId,
      start: at(start),
      status: o.status ?? 'ENDED',
      gmv: o.gmv,
      orders: o.orders,
      minutes: o.minutes,
      productIds: (o.items ?? []).map((i) => i[0]),
    });
    if ((o.status ?? 'ENDED') === 'ENDED')
      await p.liveSession.update({
        where: { id: s.id },
        data: { provenance: { gmv: o.provenance ?? 'MANUAL' }, refunds: o.refunds ?? '0' },
      });
    for (const [productId, units, gmv] of o.items ?? [])
      await p.liveSessionItem.updateMany({ where: { sessionId: s.id, productId }, data: { unitsSold: units, gmv } });
    return s;
  };
  // Sessions of October (China days): held 3, 270 min = 4.5 h, GMV 1,000 + 2,500.50 + 300 = 3,800.50, orders 38,
  // local 600 + 2,500.50 = 3,100.50 (share 0.8158), refunds 100; provenance 1 platform export + 2 manual → MANUAL.
  const s1 = await session(a1.id, teamA.id, '2026-10-05T12:00:00+08:00', {
    gmv: '1000.00',
    orders: 10,
    minutes: 120,
    provenance: 'PLATFORM_EXPORT',
    items: [
      [dates.id, 20, '600.00'],
      [tissue.id, 10, '400.00'],
    ],
  });
  const s2 = await session(a1.id, teamA.id, '2026-10-12T12:00:00+08:00', {
    gmv: '2500.50',
    orders: 25,
    minutes: 90,
    refunds: '100.00',
    items: [[dates.id, 50, '2500.50']],
  });
  await session(b1.id, teamB.id, '2026-10-31T23:30:00+08:00', { gmv: '300.00', orders: 3, minutes: 60 }); // 15:30 UTC: still 31 Oct in China
  await session(b1.id, teamB.id, '2026-11-01T00:30:00+08:00', { gmv: '999.00', orders: 9, minutes: 60 }); // 16:30 UTC on 31 Oct, but 1 Nov in China
  await session(a1.id, teamA.id, '2026-10-20T12:00:00+08:00', { status: 'CANCELLED' });
  await session(a1.id, teamA.id, '2026-09-15T12:00:00+08:00', { gmv: '5000.00', orders: 50 }); // GMV to date 8,800.50

  // After-sales: 2 tickets on October sessions opened by 31 Oct (1 quality, refund 39.90) → 2 / 38 orders = 0.0526.
  let n = 0;
  const ticket = (
    sessionId: string,
    productId: string,
    type: 'QUALITY_COMPLAINT' | 'LOGISTICS',
    createdAt: string,
    refund?: string,
  ) =>
    p.afterSalesTicket.create({
      data: {
        number: `AS-2026-9${String(++n).padStart(5, '0')}`,
        orderRef: `DY${n}`,
        productId,
        sessionId,
        traineeId: a1.id,
        customerName: '王女士',
        customerPhone: '13800000000',
        type,
        amountClaimed: '39.90',
        refundAmount: refund ?? null,
        createdAt: at(createdAt),
      },
    });
  await ticket(s1.id, dates.id, 'QUALITY_COMPLAINT', '2026-10-06T10:00:00+08:00', '39.90');
  await ticket(s2.id, dates.id, 'LOGISTICS', '2026-10-14T10:00:00+08:00');
  await ticket(s2.id, dates.id, 'LOGISTICS', '2026-11-03T10:00:00+08:00');

  // Outcomes by 31 Oct: 3-month follow-ups of A1 (hired by an MCN) and A3 (not working) → 1 / 2 = 0.5.
  const recorder = await createUser(p, { role: 'COORDINATOR' });
  await p.traineeOutcome.createMany({
    data: [
      {
        traineeId: a1.id,
        monthsAfter: 1,
        status: 'STREAMING_INDEPENDENTLY',
        recordedAt: at('2026-10-25T10:00:00+08:00'),
        recordedById: recorder.id,
      },
      {
        traineeId: a1.id,
        monthsAfter: 3,
        status: 'HIRED_BY_MCN',
        recordedAt: at('2026-10-30T10:00:00+08:00'),
        recordedById: recorder.id,
      },
      {
        traineeId: a3.id,
        monthsAfter: 3,
        status: 'NOT_WORKING',
        recordedAt: at('2026-10-28T10:00:00+08:00'),
        recordedById: recorder.id,
      },
    ],
  });

  // Budget: 100,000 in September + 20,000 in October = 120,000 used by 31 Oct; November's 5,000 is left out.
  await p.programExpense.createMany({
    data: [
      {
        programId: program.id,
        spentOn: at('2026-09-10T00:00:00Z'),
        amount: '100000.00',
        category: 'TRAINING',
        description: '培训讲师费',
        recordedById: recorder.id,
      },
      {
        programId: program.id,
        spentOn: at('2026-10-15T00:00:00Z'),
        amount: '20000.00',
        category: 'TRAFFIC',
        description: '投流费用',
        recordedById: recorder.id,
      },
      {
        programId: program.id,
        spentOn: at('2026-11-05T00:00:00Z'),
        amount: '5000.00',
        category: 'TRAVEL',
        description: '差旅',
        recordedById: recorder.id,
      },
    ],
  });
  return { s, other, program, otherProgram, a, b, s2 };
}

const SPONSOR_REPORTS = graphql(`
  query ReportsSponsorReports($p: ID!) {
    sponsorReports(programId: $p) {
      id
    }
  }
`);
const PROGRAM = graphql(`
  query ReportsProgram($id: ID!) {
    program(id: $id) {
      reportPeriods {
        period
        status
      }
    }
  }
`);
const REPORT = graphql(`
  query ReportsProgramReport($p: ID!, $period: String!) {
    programReport(programId: $p, period: $period) {
      programName
      period
      from
      to
      figures
      charts
      recordCounts
      hash
      report {
        id
        status
        version
        snapshotHash
        hashVerified
        figures
        returnComments
        events {
          action
          toStatus
          comments
          actorName
        }
      }
      discrepancies {
        figure
        snapshot
        now
        records {
          kind
          added
          removed
          changed
        }
      }
      recordChanges {
        kind
        added
        removed
        changed
      }
    }
  }
`);
const PREPARE = graphql(`
  mutation ReportsPrepareReport($i: PrepareReportInput!) {
    prepareReport(input: $i) {
      id
      status
      version
    }
  }
`);
const SUBMIT = graphql(`
  mutation ReportsSubmitReport($i: SubmitReportInput!) {
    submitReport(input: $i) {
      id
      status
      version
      snapshotHash
    }
  }
`);
const ACCEPT = graphql(`
  mutation ReportsAcceptReport($i: AcceptReportInput!) {
    acceptReport(input: $i) {
      id
      status
      version
      acceptedAt
      hashVerified
    }
  }
`);
const RETURN = graphql(`
  mutation ReportsReturnReport($i: ReturnReportInput!) {
    returnReport(input: $i) {
      id
      status
      version
      returnComments
    }
  }
`);

beforeAll(async () => {
  fx = await fixture();
  coordinator = await api.as('COORDINATOR');
  sponsor = await api.signIn('SPONSOR', { sponsorId: fx.s.id });
  otherSponsor = await api.signIn('SPONSOR', { sponsorId: fx.other.id });
});

it('computes the October figures exactly as worked out by hand', async () => {
  const r = (await coordinator.ok(REPORT, { p: fx.program.id, period: '2026-10' })).programReport;
  expect(r).toMatchObject({ period: '2026-10', from: '2026-10-01', to: '2026-10-31' });
  const f = r.figures;
  expect(f.trainees.SHORT_TERM).toEqual({ target: 15, enrolled: 4, active: 2, graduated: 1, dropped: 1 });
  expect(f.trainees.LONG_TERM).toEqual({ target: 10, enrolled: 1, active: 1, graduated: 0, dropped: 0 });
  expect(f.trainees.total).toEqual({ target: 25, enrolled: 5, active: 3, graduated: 1, dropped: 1 });
  expect(f.training).toEqual({
    lessonsHeld: 3,
    attendanceMarked: 8,
    attendanceRate: 0.7143,
    assignmentsDue: 3,
    assignmentsCompleted: 2,
    assignmentCompletion: 0.6667,
  });
  expect(f.live).toEqual({
    sessionsHeld: 3,
    sessionsCancelled: 1,
    streamingHours: 4.5,
    orders: 38,
    gmv: '3800.50',
    localSpecialtyGmv: '3100.50',
    localSpecialtyShare: 0.8158,
    refunds: '100.00',
    gmvToDate: '8800.50',
    targetGmv: '1200000.00',
    gmvTargetProgress: 0.0073,
  });
  expect(f.gmvProvenance).toEqual({ PLATFORM_EXPORT: 1, MANUAL: 2, ESTIMATE: 0 });
  expect(f.afterSales).toEqual({ tickets: 2, qualityTickets: 1, ticketsPerOrder: 0.0526, refunded: '39.90' });
  expect(f.qc).toEqual({ productsSold: 2, inspections: 3, passed: 2, passRate: 0.6667 });
  expect(f.outcomes).toMatchObject({ graduatesToDate: 1, recorded3m: 2, streaming3m: 1, stillStreaming3m: 0.5 });
  expect(f.outcomes.latest).toMatchObject({ HIRED_BY_MCN: 1, NOT_WORKING: 1, STREAMING_INDEPENDENTLY: 0 });
  expect(f.budget).toEqual({
    budget: '480000.00',
    usedInPeriod: '20000.00',
    usedToDate: '120000.00',
    remaining: '360000.00',
    usedShare: 0.25,
    costPerGraduate: '120000.00',
    gmvPerYuan: 0.07,
  });

  expect(r.charts.weeks).toEqual([
    { week: '2026-10-05', sessions: 1, gmv: '1000.00', localSpecialtyGmv: '600.00' },
    { week: '2026-10-12', sessions: 1, gmv: '2500.50', localSpecialtyGmv: '2500.50' },
    { week: '2026-10-26', sessions: 1, gmv: '300.00', localSpecialtyGmv: '0.00' },
  ]);
  expect(r.charts.categories).toEqual([
    { category: '干果', localSpecialty: true, units: 70, gmv: '3100.50' },
    { category: '日用品', localSpecialty: false, units: 10, gmv: '400.00' },
  ]);
  expect(
    r.charts.cohorts.map((c: { name: string; attendanceRate: number; sessionsHeld: number; gmv: string }) => [
      c.name,
      c.attendanceRate,
      c.sessionsHeld,
      c.gmv,
    ]),
  ).toEqual([
    ['短期一班', 0.6667, 2, '3500.50'],
    ['长期孵化班', 1, 1, '300.00'],
  ]);
  expect(r.recordCounts).toMatchObject({
    enrolments: 5,
    attendance: 8,
    submissions: 3,
    sessions: 3,
    sessionsToDate: 4,
    tickets: 2,
    inspections: 3,
    outcomes: 2,
    expenses: 2,
  }); // the 1-month follow-up feeds no figure
  expect(r.hash).toMatch(/^[0-9a-f]{64}$/);
  expect(r.report).toBeNull();

  // The quarter adds November's session (1 Nov, China time) and November's invoice.
  const q = (await coordinator.ok(REPORT, { p: fx.program.id, period: '2026-Q4' })).programReport;
  expect(q).toMatchObject({ from: '2026-10-01', to: '2026-12-31' });
  expect(q.figures.live).toMatchObject({ sessionsHeld: 4, gmv: '4799.50', orders: 47 });
  expect(q.figures.budget).toMatchObject({ usedInPeriod: '25000.00', usedToDate: '125000.00' });
  expect(q.figures.trainees.total).toEqual({ target: 25, enrolled: 6, active: 3, graduated: 2, dropped: 1 });
});

it('lets a sponsor see their own program only — by id, in lists, in cohorts and in exports', async () => {
  expect((await sponsor.ok(REPORT, { p: fx.program.id, period: '2026-10' })).programReport.figures.live.gmv).toBe(
    '3800.50',
  );
  const denied = await otherSponsor.request(REPORT, { p: fx.program.id, period: '2026-10' });
  expect(codeOf(denied)).toBe('NOT_FOUND');
  expect(codeOf(await otherSponsor.request(SPONSOR_REPORTS, { p: fx.program.id }))).toBe('NOT_FOUND');
  expect(
    codeOf(
      await otherSponsor.request(
        graphql(`
          query ReportsProgramExpenses($p: ID!) {
            programExpenses(programId: $p) {
              total
            }
          }
        `),
        { p: fx.program.id },
      ),
    ),
  ).toBe('NOT_FOUND');
  // Their own program id with someone else's cohort: the cohort is out of reach.
  const nested = await otherSponsor.request(
    graphql(`
      query ReportsReportTrainees($p: ID!, $c: ID!) {
        reportTrainees(programId: $p, cohortId: $c, period: "2026-10") {
          code
        }
      }
    `),
    { p: fx.otherProgram.id, c: fx.a.id },
  );
  expect(codeOf(nested)).toBe('NOT_FOUND');
  const list = (
    await otherSponsor.ok(
      graphql(`
        query ReportsPrograms {
          programs(pageSize: 100) {
            items {
              id
            }
          }
        }
      `),
    )
  ).programs.items.map((x: { id: string }) => x.id);
  expect(list).toEqual([fx.otherProgram.id]);
  expect(
    (
      await fetch(`${api.url}/exports/reports/${fx.program.id}/2026-10/report.pdf`, {
        headers: { cookie: otherSponsor.cookie },
      })
    ).status,
  ).toBe(404);
  expect((await fetch(`${api.url}/exports/reports/${fx.program.id}/2026-10/report.csv`)).status).toBe(401);

  // MCN staff see every program; SUPPORT and trainees have no reports at all.
  const admin = await api.signIn('ADMIN');
  expect((await admin.ok(REPORT, { p: fx.otherProgram.id, period: '2026-10' })).programReport.programName).toBe(
    '麻阳冰糖橙直播培训（报告）',
  );
  expect(codeOf(await (await api.signIn('SUPPORT')).request(REPORT, { p: fx.program.id, period: '2026-10' }))).toBe(
    'FORBIDDEN',
  );
  expect(codeOf(await api.client().request(REPORT, { p: fx.program.id, period: '2026-10' }))).toBe('UNAUTHENTICATED');
  expect(fieldsOf(await coordinator.request(REPORT, { p: fx.program.id, period: '2026-13' }))).toEqual(['period']);
});

it('lists trainees de-identified for the sponsor, with their period figures', async () => {
  const rows = (
    await sponsor.ok(
      graphql(`
        query ReportsReportTrainees2($p: ID!, $c: ID!) {
          reportTrainees(programId: $p, cohortId: $c, period: "2026-10") {
            code
            name
            phone
            status
            attendanceRate
            assignmentsDue
            assignmentsCompleted
            sessionsHeld
            gmv
          }
        }
      `),
      { p: fx.program.id, c: fx.a.id },
    )
  ).reportTrainees;
  expect(rows).toHaveLength(4);
  expect(rows[0]).toMatchObject({
    code: 'T01',
    name: '阿**',
    phone: '138****5678',
    attendanceRate: 1,
    assignmentsDue: 1,
    assignmentsCompleted: 1,
    sessionsHeld: 2,
    gmv: '3500.50',
  });
  expect(JSON.stringify(rows)).not.toMatch(/阿依古丽|13812345678/);
});

it('runs prepare → submit → return → resubmit → accept, then locks the period and flags later changes', async () => {
  expect(fieldsOf(await coordinator.request(PREPARE, { i: { programId: fx.program.id, period: '2099-01' } }))).toEqual([
    'period',
  ]);
  const draft = (await coordinator.ok(PREPARE, { i: { programId: fx.program.id, period: '2026-10' } })).prepareReport;
  expect(draft.status).toBe('DRAFT');
  expect(codeOf(await coordinator.request(PREPARE, { i: { programId: fx.program.id, period: '2026-10' } }))).toBe(
    'CONFLICT',
  );
  // A draft is the MCN's work in progress: the sponsor does not see it and cannot act on it.
  expect((await sponsor.ok(SPONSOR_REPORTS, { p: fx.program.id })).sponsorReports).toEqual([]);
  expect((await sponsor.ok(REPORT, { p: fx.program.id, period: '2026-10' })).programReport.report).toBeNull();
  const PERIODS = PROGRAM;
  expect((await coordinator.ok(PERIODS, { id: fx.program.id })).program.reportPeriods).toEqual([
    { period: '2026-10', status: 'DRAFT' },
  ]);
  expect((await sponsor.ok(PERIODS, { id: fx.program.id })).program.reportPeriods).toEqual([]);
  expect(codeOf(await sponsor.request(RETURN, { i: { reportId: draft.id, comments: '请补充数据来源' } }))).toBe(
    'NOT_FOUND',
  );
  expect(codeOf(await sponsor.request(SUBMIT, { i: { reportId: draft.id, version: draft.version } }))).toBe(
    'FORBIDDEN',
  );

  expect(codeOf(await coordinator.request(SUBMIT, { i: { reportId: draft.id, version: draft.version + 5 } }))).toBe(
    'CONFLICT',
  );
  const submitted = (await coordinator.ok(SUBMIT, { i: { reportId: draft.id, version: draft.version } })).submitReport;
  expect(submitted.status).toBe('SUBMITTED');
  const live = (await sponsor.ok(REPORT, { p: fx.program.id, period: '2026-10' })).programReport;
  expect(submitted.snapshotHash).toBe(live.hash);
  expect(live.report).toMatchObject({ status: 'SUBMITTED', hashVerified: true });
  expect(live.report.figures.live.gmv).toBe('3800.50');

  expect(fieldsOf(await sponsor.request(RETURN, { i: { reportId: draft.id, comments: '不' } }))).toEqual(['comments']);
  const returned = (await sponsor.ok(RETURN, { i: { reportId: draft.id, comments: '请说明10月取消的场次原因' } }))
    .returnReport;
  expect(returned).toMatchObject({ status: 'RETURNED', returnComments: '请说明10月取消的场次原因' });
  expect(
    codeOf(await sponsor.request(ACCEPT, { i: { reportId: draft.id, snapshotHash: submitted.snapshotHash } })),
  ).toBe('CONFLICT');
  const again = (
    await coordinator.ok(SUBMIT, {
      i: { reportId: draft.id, version: returned.version, reply: '10月13日的场次因停电取消，已在备注中说明' },
    })
  ).submitReport;

  expect(
    codeOf(
      await (
        await api.signIn('ADMIN')
      ).request(ACCEPT, { i: { reportId: draft.id, snapshotHash: again.snapshotHash } }),
    ),
  ).toBe('FORBIDDEN');
  expect(
    codeOf(await otherSponsor.request(ACCEPT, { i: { reportId: draft.id, snapshotHash: again.snapshotHash } })),
  ).toBe('NOT_FOUND');
  expect(codeOf(await sponsor.request(ACCEPT, { i: { reportId: draft.id, snapshotHash: 'f'.repeat(64) } }))).toBe(
    'CONFLICT',
  );
  const accepted = (await sponsor.ok(ACCEPT, { i: { reportId: draft.id, snapshotHash: again.snapshotHash } }))
    .acceptReport;
  expect(accepted).toMatchObject({ status: 'ACCEPTED', hashVerified: true });
  expect(codeOf(await coordinator.request(SUBMIT, { i: { reportId: draft.id, version: accepted.version } }))).toBe(
    'CONFLICT',
  );

  // A correction after acceptance: session 2's GMV goes up by 100 and a late invoice arrives.
  await api.db.prisma.liveSession.update({ where: { id: fx.s2.id }, data: { gmv: '2600.50' } });
  await coordinator.ok(
    graphql(`
      mutation ReportsRecordExpense2($i: RecordExpenseInput!) {
        recordExpense(input: $i) {
          id
        }
      }
    `),
    {
      i: {
        programId: fx.program.id,
        spentOn: '2026-10-30',
        amount: '1500.00',
        category: 'EQUIPMENT',
        description: '补录：补光灯发票',
      },
    },
  );
  // And a late mark re-marked after acceptance (LATE → ABSENT): same record, another status (issue 15, item 7).
  const late = await api.db.prisma.attendance.findFirstOrThrow({
    where: { status: 'LATE', lesson: { cohort: { programId: fx.program.id } } },
    select: { id: true },
  });
  await api.db.prisma.attendance.update({ where: { id: late.id }, data: { status: 'ABSENT' } });
  const after = (await sponsor.ok(REPORT, { p: fx.program.id, period: '2026-10' })).programReport;
  expect(after.report).toMatchObject({ status: 'ACCEPTED', snapshotHash: again.snapshotHash, hashVerified: true });
  expect(after.report.figures.live.gmv).toBe('3800.50');
  expect(after.figures.live.gmv).toBe('3900.50');
  expect(after.hash).not.toBe(again.snapshotHash);
  // Every figure that moved is listed, each with the records behind its move.
  const changed = (kind: string, c: Partial<{ added: number; removed: number; changed: number }>) => ({
    kind,
    added: 0,
    removed: 0,
    changed: 0,
    ...c,
  });
  expect(after.discrepancies).toEqual(
    expect.arrayContaining([
      { figure: 'live.gmv', snapshot: '3800.50', now: '3900.50', records: [changed('sessions', { changed: 1 })] },
      {
        figure: 'budget.usedInPeriod',
        snapshot: '20000.00',
        now: '21500.00',
        records: [changed('expenses', { added: 1 })],
      },
      {
        figure: 'training.attendanceRate',
        snapshot: '0.7143',
        now: '0.5714',
        records: [changed('attendance', { changed: 1 })],
      },
    ]),
  );
  expect(after.recordChanges).toEqual([
    changed('attendance', { changed: 1 }),
    changed('sessions', { changed: 1 }),
    changed('sessionsToDate', { changed: 1 }),
    changed('expenses', { added: 1 }),
  ]);
  expect(after.report.events.map((e: { action: string }) => e.action)).toEqual([
    'PREPARE',
    'SUBMIT',
    'RETURN',
    'SUBMIT',
    'ACCEPT',
  ]);
  expect(
    (
      await sponsor.ok(PROGRAM, {
        id: fx.program.id,
      })
    ).program.reportPeriods,
  ).toEqual([{ period: '2026-10', status: 'ACCEPTED' }]);

  // The database itself refuses to touch an accepted report.
  await expect(
    api.db.prisma.sponsorReport.update({ where: { id: draft.id }, data: { snapshotHash: '0'.repeat(64) } }),
  ).rejects.toThrow(/locked/);
  await expect(api.db.prisma.sponsorReport.delete({ where: { id: draft.id } })).rejects.toThrow(/kept/);
});

it('exports the accepted period as CSV and PDF with the hash, the status and Chinese text', async () => {
  const r = (await sponsor.ok(REPORT, { p: fx.program.id, period: '2026-10' })).programReport;
  const hash = r.report.snapshotHash;
  const csv = await fetch(`${api.url}/exports/reports/${fx.program.id}/2026-10/report.csv`, {
    headers: { cookie: sponsor.cookie },
  });
  expect(csv.status).toBe(200);
  expect(csv.headers.get('content-type')).toMatch(/text\/csv/);
  const raw = Buffer.from(await csv.arrayBuffer());
  expect([...raw.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // UTF-8 BOM: Excel then reads the Chinese correctly
  const text = raw.toString('utf8');
  expect(text).toContain(`SHA-256,${hash}`);
  expect(text).toContain('ACCEPTED Accepted (locked)');
  expect(text).toContain('live.gmv,成交额（GMV）,GMV,"¥3,800.50"');
  // Timestamps in the program's time zone, named, not UTC (issue 15, item 3).
  expect(text).toMatch(/生成时间 Generated,\d{4}-\d{2}-\d{2} \d{2}:\d{2} Asia\/Shanghai \(UTC\+08:00\)/);
  expect(text).not.toMatch(/\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z/);

  const pdf = await fetch(`${api.url}/exports/reports/${fx.program.id}/2026-10/report.pdf`, {
    headers: { cookie: sponsor.cookie },
  });
  expect(pdf.status).toBe(200);
  expect(pdf.headers.get('x-report-sha256')).toBe(hash);
  const bytes = new Uint8Array(await pdf.arrayBuffer());
  expect(Buffer.from(bytes.subarray(0, 5)).toString('latin1')).toBe('%PDF-');
  const pdfText = await pdfToText(bytes);
  expect(pdfText).toContain('资助方项目报告');
  expect(pdfText).toContain('疏附县直播人才培训（报告）');
  expect(pdfText).toContain('已接受（已锁定）');
  expect(pdfText).toContain(hash);
  expect(pdfText).toContain('¥3,800.50');
  expect(pdfText).toContain('Asia/Shanghai (UTC+08:00)');
  // Tracks are named from the shared catalog in both languages, never as the raw enum.
  expect(pdfText).toContain('短期班 Short-term class');
  expect(pdfText).toContain('长期孵化 Long-term incubation');
  expect(pdfText).not.toContain('SHORT_TERM');
  // The snapshot itself, byte for byte as hashed: anyone can check the hash without trusting this system.
  const json = Buffer.from(
    await (
      await fetch(`${api.url}/exports/reports/${fx.program.id}/2026-10/report.json`, {
        headers: { cookie: sponsor.cookie },
      })
    ).arrayBuffer(),
  );
  expect(createHash('sha256').update(json).digest('hex')).toBe(hash);
  expect(JSON.parse(json.toString('utf8')).figures.live.gmv).toBe('3800.50');

  const audit = await api.db.prisma.auditLog.findMany({
    where: { action: { startsWith: 'exportReport.' }, actorId: sponsor.userId },
    orderBy: { at: 'asc' },
  });
  expect(audit.map((a) => [a.action, (a.detail as { hash: string }).hash])).toEqual([
    ['exportReport.csv', hash],
    ['exportReport.pdf', hash],
    ['exportReport.json', hash],
  ]);
});

it('notices a snapshot edited behind the application: not verified, not exported, not acceptable', async () => {
  const draft = (await coordinator.ok(PREPARE, { i: { programId: fx.program.id, period: '2026-09' } })).prepareReport;
  const submitted = (await coordinator.ok(SUBMIT, { i: { reportId: draft.id, version: draft.version } })).submitReport;
  const row = await api.db.prisma.sponsorReport.findUniqueOrThrow({ where: { id: draft.id } });
  const forged = structuredClone(row.snapshot) as { figures: { live: { gmv: string } } };
  forged.figures.live.gmv = '99999.00';
  await api.db.prisma.sponsorReport.update({ where: { id: draft.id }, data: { snapshot: forged } });

  const r = (await sponsor.ok(REPORT, { p: fx.program.id, period: '2026-09' })).programReport;
  expect(r.report).toMatchObject({ status: 'SUBMITTED', snapshotHash: submitted.snapshotHash, hashVerified: false });
  const pdf = await fetch(`${api.url}/exports/reports/${fx.program.id}/2026-09/report.pdf`, {
    headers: { cookie: sponsor.cookie },
  });
  expect(pdf.status).toBe(409);
  expect(((await pdf.json()) as { code: string }).code).toBe('CONFLICT');
  const accept = await sponsor.request(ACCEPT, { i: { reportId: draft.id, snapshotHash: submitted.snapshotHash } });
  expect(codeOf(accept)).toBe('CONFLICT');
  expect(accept.errors![0].message).toMatch(/no longer matches its hash/);
});

it('records expenses with field errors, for coordinators only', async () => {
  const M = graphql(`
    mutation ReportsRecordExpense($i: RecordExpenseInput!) {
      recordExpense(input: $i) {
        id
        amount
        category
        recordedByName
      }
    }
  `);
  const bad = await coordinator.request(M, {
    i: { programId: fx.program.id, spentOn: '2026-10-30', amount: '-5', category: 'OTHER', description: 'x' },
  });
  expect(codeOf(bad)).toBe('BAD_USER_INPUT');
  expect(fieldsOf(bad)).toEqual(['amount', 'description']);
  expect(
    fieldsOf(
      await coordinator.request(M, {
        i: {
          programId: fx.program.id,
          spentOn: '2030-01-01',
          amount: '5.00',
          category: 'OTHER',
          description: '未来的发票',
        },
      }),
    ),
  ).toEqual(['spentOn']);
  expect(
    codeOf(
      await sponsor.request(M, {
        i: {
          programId: fx.program.id,
          spentOn: '2026-10-30',
          amount: '5.00',
          category: 'OTHER',
          description: '资助方不能记账',
        },
      }),
    ),
  ).toBe('FORBIDDEN');
  const list = (
    await sponsor.ok(
      graphql(`
        query ReportsProgramExpenses2($p: ID!) {
          programExpenses(programId: $p) {
            total
            items {
              amount
              category
              description
            }
          }
        }
      `),
      { p: fx.program.id },
    )
  ).programExpenses;
  expect(list.total).toBe(4);
});

it('counts a program’s period and its weeks in the program’s time zone (issue 15, item 3)', async () => {
  const p = api.db.prisma;
  const sponsorOrg = await createSponsor(p);
  const program = await createProgram(p, {
    sponsorId: sponsorOrg.id,
    startDate: at('2026-09-01T00:00:00Z'),
    endDate: at('2026-12-31T00:00:00Z'),
  });
  await p.program.update({ where: { id: program.id }, data: { timeZone: 'Asia/Urumqi' } });
  const cohort = await createCohort(p, {
    programId: program.id,
    startDate: at('2026-10-01T00:00:00Z'),
    endDate: at('2026-11-30T00:00:00Z'),
  });
  const trainee = await createTrainee(p, { status: 'ACTIVE' });
  await createEnrolment(p, { traineeId: trainee.id, cohortId: cohort.id });
  const team = await createTeam(p, { cohortId: cohort.id, traineeIds: [trainee.id] });
  // 01:00 on 1 November in Beijing is still 23:00 on 31 October in Urumqi: October's, for this program.
  await createLiveSession(p, {
    traineeId: trainee.id,
    teamId: team.id,
    start: at('2026-11-01T01:00:00+08:00'),
    status: 'ENDED',
    gmv: '500.00',
    orders: 5,
  });
  const figures = async (period: string) => (await coordinator.ok(REPORT, { p: program.id, period })).programReport;
  const october = await figures('2026-10');
  expect(october.figures.live.sessionsHeld).toBe(1);
  expect(october.charts.weeks.map((w: { week: string }) => w.week)).toEqual(['2026-10-26']);
  expect((await figures('2026-11')).figures.live.sessionsHeld).toBe(0);
});
