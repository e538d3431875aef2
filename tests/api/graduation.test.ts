import {
  createCohort,
  createEnrolment,
  createLiveSession,
  createProgram,
  createTeam,
  createTrainee,
} from '@grassroots/db/testing';

import { graphql } from '../gql';
import { useApi } from '../support/api';
import { codeOf, fieldsOf, type GqlClient } from '../support/client';

/** Graduation against the program's criteria, with the reasons; decisions by a coordinator, in one transaction. */
const api = useApi();
let coordinator: GqlClient;
beforeAll(async () => {
  coordinator = await api.as('COORDINATOR');
});

const REPORT = graphql(`
  query GraduationGraduationReport($c: ID!) {
    graduationReport(cohortId: $c) {
      trainee {
        id
      }
      eligible
      attendanceRate
      gradedAssignments
      averageScoreShare
      liveSessions
      gmv
      results {
        code
        met
        detail
      }
    }
  }
`);
const DECIDE = graphql(`
  mutation GraduationDecideGraduation($i: DecideGraduationInput!) {
    decideGraduation(input: $i) {
      id
      status
      statusReason
    }
  }
`);

it('measures each trainee against the criteria and graduates or drops them', async () => {
  const p = api.db.prisma;
  const program = await createProgram(p, { gradMinAttendancePct: 75, gradMinGraded: 1, gradMinAveragePct: 60 });
  const cohort = await createCohort(p, { programId: program.id, status: 'IN_PROGRESS' });
  const [good, weak] = [await createTrainee(p, { status: 'ACTIVE' }), await createTrainee(p, { status: 'ACTIVE' })];
  for (const t of [good, weak]) await createEnrolment(p, { traineeId: t.id, cohortId: cohort.id });
  // 4 lessons: good attends all (one late), weak attends 2 of 4 with one excused.
  const marks: Record<string, string[]> = {
    [good.id]: ['PRESENT', 'PRESENT', 'LATE', 'PRESENT'],
    [weak.id]: ['PRESENT', 'ABSENT', 'EXCUSED', 'ABSENT'],
  };
  for (let i = 0; i < 4; i++) {
    const lesson = await p.lesson.create({
      data: {
        cohortId: cohort.id,
        date: new Date('2026-10-10'),
        startTime: '09:00',
        endTime: '10:00',
        topic: `课 ${i}`,
        kind: 'CLASS',
        location: '教室',
      },
    });
    for (const t of [good, weak])
      await p.attendance.create({ data: { lessonId: lesson.id, traineeId: t.id, status: marks[t.id][i] as never } });
  }
  const a = await p.assignment.create({
    data: { cohortId: cohort.id, title: '脚本', kind: 'SCRIPT_WRITING', dueAt: new Date(), maxScore: 20 },
  });
  await p.submission.create({ data: { assignmentId: a.id, traineeId: good.id, status: 'GRADED', score: '15.0' } });
  await p.submission.create({ data: { assignmentId: a.id, traineeId: weak.id, status: 'GRADED', score: '10.0' } });

  const report = (await coordinator.ok(REPORT, { c: cohort.id })).graduationReport;
  const g = report.find((r) => r.trainee.id === good.id);
  const w = report.find((r) => r.trainee.id === weak.id)!;
  expect(g).toMatchObject({ eligible: true, attendanceRate: 1, gradedAssignments: 1, averageScoreShare: 0.75 });
  expect(w.eligible).toBe(false);
  expect(w.attendanceRate).toBeCloseTo(1 / 3);
  expect(w.results.filter((r) => !r.met).map((r) => r.detail)).toEqual([
    'Attendance 33.3 % (needs 75 %)',
    '1 of 1 assignments graded, average 50 % (needs 60 %)',
  ]);

  const refused = await coordinator.request(DECIDE, {
    i: { cohortId: cohort.id, traineeId: weak.id, decision: 'GRADUATE' },
  });
  expect(codeOf(refused)).toBe('CONFLICT');
  expect(refused.errors![0].message).toMatch(/Attendance 33.3 %/);
  // The reasons travel as nested message codes with their params, for the reader's language.
  expect(refused.errors![0].extensions).toMatchObject({
    messageCode: 'graduation.notEligible',
    params: {
      reasons: [
        { code: 'graduation.attendance', params: { rate: '33.3 %', needs: '75 %' } },
        { code: 'graduation.assignmentsGraded' },
      ],
    },
  });
  expect(
    fieldsOf(await coordinator.request(DECIDE, { i: { cohortId: cohort.id, traineeId: weak.id, decision: 'DROP' } })),
  ).toEqual(['reason']);

  expect(
    (await coordinator.ok(DECIDE, { i: { cohortId: cohort.id, traineeId: good.id, decision: 'GRADUATE' } }))
      .decideGraduation.status,
  ).toBe('GRADUATED');
  const dropped = (
    await coordinator.ok(DECIDE, {
      i: { cohortId: cohort.id, traineeId: weak.id, decision: 'DROP', reason: '外出务工，无法继续' },
    })
  ).decideGraduation;
  expect(dropped).toEqual({ id: weak.id, status: 'DROPPED', statusReason: '外出务工，无法继续' });
  const enrolments = await p.enrolment.findMany({
    where: { cohortId: cohort.id },
    select: { traineeId: true, status: true },
  });
  expect(Object.fromEntries(enrolments.map((e) => [e.traineeId, e.status]))).toEqual({
    [good.id]: 'COMPLETED',
    [weak.id]: 'WITHDRAWN',
  });
  expect(
    codeOf(
      await coordinator.request(DECIDE, {
        i: { cohortId: cohort.id, traineeId: good.id, decision: 'DROP', reason: '再次' },
      }),
    ),
  ).toBe('CONFLICT');

  const support = await api.signIn('SUPPORT');
  const team = await createTeam(p, { cohortId: cohort.id, size: 3, traineeIds: [good.id, weak.id] });
  await p.teamMembership.updateMany({ where: { teamId: team.id, role: 'SCRIPT' }, data: { userId: support.userId } });
  expect((await support.ok(REPORT, { c: cohort.id })).graduationReport.map((r) => r.trainee.id)).toEqual([good.id]); // the dropped trainee left the cohort
  expect(
    codeOf(await support.request(DECIDE, { i: { cohortId: cohort.id, traineeId: good.id, decision: 'GRADUATE' } })),
  ).toBe('FORBIDDEN');
});

it('records follow-ups at 1, 3 and 6 months for trainees who finished, correcting in place', async () => {
  const p = api.db.prisma;
  const done = await createTrainee(p, { status: 'GRADUATED' });
  const still = await createTrainee(p, { status: 'ACTIVE' });
  const RECORD = graphql(`
    mutation GraduationRecordOutcome($i: RecordOutcomeInput!) {
      recordOutcome(input: $i) {
        monthsAfter
        status
        monthlyIncome
      }
    }
  `);
  expect(
    (
      await coordinator.ok(RECORD, {
        i: { traineeId: done.id, monthsAfter: 1, status: 'STREAMING_INDEPENDENTLY', monthlyIncome: '3200' },
      })
    ).recordOutcome,
  ).toEqual({ monthsAfter: 1, status: 'STREAMING_INDEPENDENTLY', monthlyIncome: '3200.00' });
  await coordinator.ok(RECORD, {
    i: { traineeId: done.id, monthsAfter: 1, status: 'HIRED_BY_MCN', monthlyIncome: '4500.50' },
  });
  await coordinator.ok(RECORD, { i: { traineeId: done.id, monthsAfter: 3, status: 'UNKNOWN' } });
  expect(
    fieldsOf(await coordinator.request(RECORD, { i: { traineeId: done.id, monthsAfter: 2, status: 'UNKNOWN' } })),
  ).toEqual(['monthsAfter']);
  expect(
    codeOf(await coordinator.request(RECORD, { i: { traineeId: still.id, monthsAfter: 1, status: 'UNKNOWN' } })),
  ).toBe('CONFLICT');
  const t = await coordinator.ok(
    graphql(`
      query GraduationTrainee($id: ID!) {
        trainee(id: $id) {
          outcomes {
            monthsAfter
            status
            monthlyIncome
          }
        }
      }
    `),
    { id: done.id },
  );
  expect(t.trainee.outcomes).toEqual([
    { monthsAfter: 1, status: 'HIRED_BY_MCN', monthlyIncome: '4500.50' },
    { monthsAfter: 3, status: 'UNKNOWN', monthlyIncome: null },
  ]);
  const support = await api.signIn('SUPPORT');
  expect(codeOf(await support.request(RECORD, { i: { traineeId: done.id, monthsAfter: 6, status: 'UNKNOWN' } }))).toBe(
    'FORBIDDEN',
  );
});

it('plugs the sales criterion in: ended live sessions or GMV, whichever the program sets', async () => {
  const p = api.db.prisma;
  const program = await createProgram(p, {
    gradMinAttendancePct: 0,
    gradMinGraded: 0,
    gradMinAveragePct: 0,
    gradMinSessions: 2,
    gradMinGmv: '5000.00',
  });
  const cohort = await createCohort(p, { programId: program.id, status: 'IN_PROGRESS' });
  const t = await createTrainee(p, { status: 'ACTIVE' });
  await createEnrolment(p, { traineeId: t.id, cohortId: cohort.id });
  await p.lesson.create({
    data: {
      cohortId: cohort.id,
      date: new Date('2026-10-10'),
      startTime: '09:00',
      endTime: '10:00',
      topic: '课',
      kind: 'CLASS',
      location: '教室',
      attendance: { create: { traineeId: t.id, status: 'PRESENT' } },
    },
  });
  const team = await createTeam(p, { cohortId: cohort.id, traineeIds: [t.id] });
  await createLiveSession(p, {
    traineeId: t.id,
    teamId: team.id,
    start: new Date('2026-10-11T12:00:00Z'),
    status: 'ENDED',
    gmv: '1200.00',
  });
  await createLiveSession(p, {
    traineeId: t.id,
    teamId: team.id,
    start: new Date('2026-10-12T12:00:00Z'),
    status: 'CANCELLED',
  });
  const check = async () => (await coordinator.ok(REPORT, { c: cohort.id })).graduationReport[0];
  const before = await check();
  expect(before.eligible).toBe(false);
  expect(before.results.find((r) => r.code === 'SALES')).toEqual({
    code: 'SALES',
    met: false,
    detail: '1 live session, GMV ¥1200.00',
  });
  await createLiveSession(p, {
    traineeId: t.id,
    teamId: team.id,
    start: new Date('2026-10-13T12:00:00Z'),
    status: 'ENDED',
    gmv: '800.00',
  });
  expect(await check()).toMatchObject({ eligible: true, liveSessions: 2, gmv: '2000.00' });
});
