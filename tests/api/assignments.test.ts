import { createTrainee } from '@grassroots/db/testing';

import { graphql } from '../gql';
import type { CreateAssignmentInput } from '../gql/graphql';
import { useApi } from '../support/api';
import { codeOf, fieldsOf, type GqlClient } from '../support/client';
import { cohortWithTrainees } from '../support/world';

const api = useApi();
let coordinator: GqlClient;
beforeAll(async () => {
  coordinator = await api.as('COORDINATOR');
});

const MY_SUBMISSIONS = graphql(`
  query AssignmentsMySubmissions2 {
    mySubmissions {
      id
      version
    }
  }
`);
const CREATE = graphql(`
  mutation AssignmentsCreateAssignment($i: CreateAssignmentInput!) {
    createAssignment(input: $i) {
      id
      title
      maxScore
      rubric {
        name
        points
      }
    }
  }
`);
const GRID = graphql(`
  query AssignmentsAssignmentGrid($c: ID!, $only: GridFilter) {
    assignmentGrid(cohortId: $c, only: $only) {
      assignments {
        id
      }
      rows {
        trainee {
          id
        }
        cells {
          id
          status
          score
          late
          version
        }
      }
    }
  }
`);
const SUBMIT = graphql(`
  mutation AssignmentsSubmitAssignment($i: SubmitAssignmentInput!) {
    submitAssignment(input: $i) {
      id
      status
      late
      version
      text
      links
    }
  }
`);
const RETURN = graphql(`
  mutation AssignmentsReturnSubmission($i: ReturnSubmissionInput!) {
    returnSubmission(input: $i) {
      status
      feedback
      version
    }
  }
`);
const GRADE = graphql(`
  mutation AssignmentsGradeSubmission($i: GradeSubmissionInput!) {
    gradeSubmission(input: $i) {
      status
      score
      scoresByCriterion {
        name
        score
      }
      version
    }
  }
`);
const rubric = [
  { name: '开场与留人', points: 10 },
  { name: '产品卖点', points: 15 },
  { name: '合规用语', points: 5 },
];
const inDays = (d: number) => new Date(Date.now() + d * 86_400_000).toISOString();

it('assigns to the whole cohort or chosen trainees, with a rubric that adds up', async () => {
  const { cohort, trainees } = await cohortWithTrainees(api.db, 3);
  const base: CreateAssignmentInput = {
    cohortId: cohort.id,
    title: '写一份红枣直播脚本',
    kind: 'SCRIPT_WRITING',
    dueAt: inDays(7),
    maxScore: 30,
  };
  const all = (await coordinator.ok(CREATE, { i: { ...base, rubric } })).createAssignment;
  expect(all.rubric).toEqual(rubric);
  const some = (
    await coordinator.ok(CREATE, {
      i: { ...base, title: '选品调研', kind: 'PRODUCT_RESEARCH', maxScore: 10, traineeIds: [trainees[0].id] },
    })
  ).createAssignment;
  const grid = (await coordinator.ok(GRID, { c: cohort.id })).assignmentGrid;
  expect(grid.assignments.map((a) => a.id).sort()).toEqual([all.id, some.id].sort());
  const cellsFor = (id: string) => grid.rows.find((r) => r.trainee.id === id)!.cells.filter(Boolean).length;
  expect([cellsFor(trainees[0].id), cellsFor(trainees[1].id)]).toEqual([2, 1]);

  const bad = await coordinator.request(CREATE, { i: { ...base, maxScore: 40, rubric, dueAt: 'next week' } });
  expect(fieldsOf(bad)).toEqual(['dueAt', 'rubric']);
  const stranger = await createTrainee(api.db.prisma);
  expect(fieldsOf(await coordinator.request(CREATE, { i: { ...base, traineeIds: [stranger.id] } }))).toEqual([
    'traineeIds.0',
  ]);
});

it('runs submit → return → resubmit → grade by rubric, flags late work and refuses illegal moves', async () => {
  const {
    cohort,
    trainees: [a],
  } = await cohortWithTrainees(api.db, 1);
  const assignment = (
    await coordinator.ok(CREATE, {
      i: { cohortId: cohort.id, title: '脚本', kind: 'SCRIPT_WRITING', dueAt: inDays(-1), maxScore: 30, rubric },
    })
  ).createAssignment;
  const me = await api.signIn('TRAINEE', { traineeId: a.id });
  const [mine] = (
    await me.ok(
      graphql(`
        query AssignmentsMySubmissions {
          mySubmissions {
            id
            status
            version
            overdue
            assignment {
              id
              title
            }
          }
        }
      `),
    )
  ).mySubmissions;
  expect(mine).toMatchObject({ status: 'ASSIGNED', overdue: true, assignment: { id: assignment.id } });

  expect(fieldsOf(await me.request(SUBMIT, { i: { submissionId: mine.id, version: mine.version } }))).toEqual(['text']);
  const s1 = (
    await me.ok(SUBMIT, {
      i: {
        submissionId: mine.id,
        version: mine.version,
        text: '开场：家人们好……',
        links: ['https://docs.example.com/script-1'],
      },
    })
  ).submitAssignment;
  expect(s1).toMatchObject({ status: 'SUBMITTED', late: true, links: ['https://docs.example.com/script-1'] });
  expect(codeOf(await me.request(SUBMIT, { i: { submissionId: mine.id, version: s1.version, text: 'again' } }))).toBe(
    'CONFLICT',
  );

  const r = (
    await coordinator.ok(RETURN, {
      i: { submissionId: mine.id, version: s1.version, feedback: '卖点再具体些，去掉“最好”' },
    })
  ).returnSubmission;
  expect(r.status).toBe('RETURNED');
  const s2 = (await me.ok(SUBMIT, { i: { submissionId: mine.id, version: r.version, text: '修改版' } }))
    .submitAssignment;

  const wrong = await coordinator.request(GRADE, {
    i: { submissionId: mine.id, version: s2.version, byCriterion: [{ name: '开场与留人', score: 12 }] },
  });
  expect(codeOf(wrong)).toBe('BAD_USER_INPUT');
  expect(fieldsOf(wrong)).toEqual(['byCriterion.0', 'byCriterion.1', 'byCriterion.2']);
  const g = (
    await coordinator.ok(GRADE, {
      i: {
        submissionId: mine.id,
        version: s2.version,
        byCriterion: [
          { name: '开场与留人', score: 8.5 },
          { name: '产品卖点', score: 12 },
          { name: '合规用语', score: 5 },
        ],
      },
    })
  ).gradeSubmission;
  expect(g).toMatchObject({ status: 'GRADED', score: 25.5 });
  expect(codeOf(await coordinator.request(GRADE, { i: { submissionId: mine.id, version: g.version, total: 1 } }))).toBe(
    'CONFLICT',
  );
});

it('detects a lost update: a stale version is refused', async () => {
  const {
    cohort,
    trainees: [a],
  } = await cohortWithTrainees(api.db, 1);
  await coordinator.ok(CREATE, {
    i: { cohortId: cohort.id, title: '直播练习', kind: 'PRACTICE_STREAM', dueAt: inDays(3), maxScore: 100 },
  });
  const me = await api.signIn('TRAINEE', { traineeId: a.id });
  const [mine] = (await me.ok(MY_SUBMISSIONS)).mySubmissions;
  const s = (
    await me.ok(SUBMIT, {
      i: { submissionId: mine.id, version: mine.version, text: '录屏见链接', links: ['https://v.example.com/1'] },
    })
  ).submitAssignment;
  const other = await api.signIn('COORDINATOR');
  await other.ok(RETURN, { i: { submissionId: mine.id, version: s.version, feedback: '声音太小' } });
  const stale = await coordinator.request(GRADE, { i: { submissionId: mine.id, version: s.version, total: 90 } });
  expect(codeOf(stale)).toBe('CONFLICT');
  expect(fieldsOf(stale)).toEqual(['version']);
});

it('keeps trainees to their own work and lists overdue and ungraded rows for staff', async () => {
  const {
    cohort,
    trainees: [a, b],
  } = await cohortWithTrainees(api.db, 2);
  await coordinator.ok(CREATE, {
    i: { cohortId: cohort.id, title: '逾期作业', kind: 'OTHER', dueAt: inDays(-2), maxScore: 10 },
  });
  const meA = await api.signIn('TRAINEE', { traineeId: a.id });
  const meB = await api.signIn('TRAINEE', { traineeId: b.id });
  const [subA] = (await meA.ok(MY_SUBMISSIONS)).mySubmissions;
  await meA.ok(SUBMIT, { i: { submissionId: subA.id, version: subA.version, text: '交了' } });

  expect(
    codeOf(
      await meB.request(
        graphql(`
          query AssignmentsSubmission($id: ID!) {
            submission(id: $id) {
              id
            }
          }
        `),
        { id: subA.id },
      ),
    ),
  ).toBe('NOT_FOUND');
  expect(codeOf(await meB.request(SUBMIT, { i: { submissionId: subA.id, version: 1, text: '冒名' } }))).toBe(
    'NOT_FOUND',
  );
  expect(codeOf(await meA.request(GRADE, { i: { submissionId: subA.id, version: 1, total: 10 } }))).toBe('FORBIDDEN');
  const gridB = (await meB.ok(GRID, { c: cohort.id })).assignmentGrid;
  expect(gridB.rows.map((r) => r.trainee.id)).toEqual([b.id]);

  const overdue = (await coordinator.ok(GRID, { c: cohort.id, only: 'OVERDUE' })).assignmentGrid.rows.map(
    (r) => r.trainee.id,
  );
  const ungraded = (await coordinator.ok(GRID, { c: cohort.id, only: 'UNGRADED' })).assignmentGrid.rows.map(
    (r) => r.trainee.id,
  );
  expect([overdue, ungraded]).toEqual([[b.id], [a.id]]);

  // SUPPORT staff set work only in cohorts where a team of theirs backs someone.
  const support = await api.signIn('SUPPORT');
  expect(
    fieldsOf(
      await support.request(CREATE, {
        i: { cohortId: cohort.id, title: 'x1', kind: 'OTHER', dueAt: inDays(1), maxScore: 1 },
      }),
    ),
  ).toEqual(['cohortId']);
});
