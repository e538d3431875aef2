import { createTeam, createTrainee, createUser } from '@grassroots/db/testing';

import { graphql } from '../gql';
import type { CreateLessonInput } from '../gql/graphql';
import { useApi } from '../support/api';
import { codeOf, fieldsOf, type GqlClient } from '../support/client';
import { cohortWithTrainees } from '../support/world';

const api = useApi();
let coordinator: GqlClient;
beforeAll(async () => {
  coordinator = await api.as('COORDINATOR');
});

const DELETE_LESSON = graphql(`
  mutation LessonsAttendanceDeleteLesson($id: ID!) {
    deleteLesson(id: $id)
  }
`);
const CREATE = graphql(`
  mutation LessonsAttendanceCreateLesson($i: CreateLessonInput!) {
    createLesson(input: $i) {
      id
      date
      startTime
      endTime
      topic
      kind
      instructor {
        id
        name
      }
    }
  }
`);
const MARK = graphql(`
  mutation LessonsAttendanceMarkAttendance($i: MarkAttendanceInput!) {
    markAttendance(input: $i) {
      traineeId
      status
      note
    }
  }
`);
const SHEET = graphql(`
  query LessonsAttendanceLesson($id: ID!) {
    lesson(id: $id) {
      attendanceSummary {
        present
        late
        absent
        excused
        rate
      }
      attendanceSheet {
        trainee {
          id
        }
        status
        note
      }
    }
  }
`);

/** Dates relative to today, so the suite means the same next year: the cohort runs from 60 days ago to 60 days ahead. */
const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
const PAST = day(-30);
const FUTURE = day(30);

/** Lessons here need a cohort running from two months ago to two months ahead. */
const inCohort = (n: number) =>
  cohortWithTrainees(api.db, n, { cohort: { startDate: new Date(day(-60)), endDate: new Date(day(60)) } });

const lessonInput = (cohortId: string, over: Partial<CreateLessonInput> = {}): CreateLessonInput => ({
  cohortId,
  date: PAST,
  startTime: '09:00',
  endTime: '11:30',
  topic: '直播间话术：开场三十秒',
  kind: 'CLASS',
  location: '产业园 3 楼',
  ...over,
});

it('schedules lessons inside the cohort, with a staff instructor, and validates times by field', async () => {
  const { cohort } = await inCohort(0);
  const teacher = await createUser(api.db.prisma, { role: 'SUPPORT', name: '张脚本' });
  const ok = await coordinator.ok(CREATE, {
    i: lessonInput(cohort.id, { instructorId: teacher.id, kind: 'PRACTICE_STREAM' }),
  });
  expect(ok.createLesson).toMatchObject({
    date: PAST,
    kind: 'PRACTICE_STREAM',
    instructor: { id: teacher.id, name: '张脚本' },
  });

  const bad = await coordinator.request(CREATE, {
    i: lessonInput(cohort.id, { startTime: '9:00', endTime: '08:00', topic: '' }),
  });
  expect(codeOf(bad)).toBe('BAD_USER_INPUT');
  expect(fieldsOf(bad)).toEqual(['endTime', 'startTime', 'topic']);
  const reversed = await coordinator.request(CREATE, {
    i: lessonInput(cohort.id, { startTime: '10:00', endTime: '09:00' }),
  });
  expect(fieldsOf(reversed)).toEqual(['endTime']);
  const outside = await coordinator.request(CREATE, { i: lessonInput(cohort.id, { date: day(61) }) });
  expect(fieldsOf(outside)).toEqual(['date']);
  const trainee = await createUser(api.db.prisma, {
    role: 'TRAINEE',
    traineeId: (await createTrainee(api.db.prisma)).id,
  });
  expect(
    fieldsOf(await coordinator.request(CREATE, { i: lessonInput(cohort.id, { instructorId: trainee.id }) })),
  ).toEqual(['instructorId']);
});

it('marks a whole lesson at once, all or nothing, and computes rates with excused absences left out', async () => {
  const {
    cohort,
    trainees: [a, b, c, d],
  } = await inCohort(4);
  const outsider = await createTrainee(api.db.prisma);
  const lesson = (await coordinator.ok(CREATE, { i: lessonInput(cohort.id) })).createLesson;

  const wrong = await coordinator.request(MARK, {
    i: {
      lessonId: lesson.id,
      marks: [
        { traineeId: a.id, status: 'PRESENT' },
        { traineeId: outsider.id, status: 'PRESENT' },
      ],
    },
  });
  expect(codeOf(wrong)).toBe('BAD_USER_INPUT');
  expect(fieldsOf(wrong)).toEqual(['marks.1.traineeId']);
  const noNote = await coordinator.request(MARK, {
    i: { lessonId: lesson.id, marks: [{ traineeId: a.id, status: 'EXCUSED' }] },
  });
  expect(fieldsOf(noNote)).toEqual(['marks.0.note']);
  expect(await api.db.prisma.attendance.count({ where: { lessonId: lesson.id } })).toBe(0);

  await coordinator.ok(MARK, {
    i: {
      lessonId: lesson.id,
      marks: [
        { traineeId: a.id, status: 'PRESENT' },
        { traineeId: b.id, status: 'LATE' },
        { traineeId: c.id, status: 'ABSENT' },
        { traineeId: d.id, status: 'EXCUSED', note: '秋收请假' },
      ],
    },
  });
  // Correcting one mark updates it in place.
  await coordinator.ok(MARK, { i: { lessonId: lesson.id, marks: [{ traineeId: c.id, status: 'LATE' }] } });
  const sheet = (await coordinator.ok(SHEET, { id: lesson.id })).lesson;
  expect(sheet.attendanceSummary).toEqual({ present: 1, late: 2, absent: 0, excused: 1, rate: 1 });
  expect(sheet.attendanceSheet).toHaveLength(4);

  const rates = await coordinator.ok(
    graphql(`
      query LessonsAttendanceCohortAttendance($c: ID!) {
        cohortAttendance(cohortId: $c) {
          trainee {
            id
          }
          summary {
            rate
            excused
          }
        }
        cohort(id: $c) {
          attendanceRate
        }
      }
    `),
    { c: cohort.id },
  );
  expect(rates.cohortAttendance.find((r) => r.trainee.id === d.id)!.summary).toEqual({ rate: null, excused: 1 });
  expect(rates.cohort.attendanceRate).toBe(1);
});

it('refuses to mark a lesson that has not happened, or to delete one with marks', async () => {
  const {
    cohort,
    trainees: [a],
  } = await inCohort(1);
  const future = (await coordinator.ok(CREATE, { i: lessonInput(cohort.id, { date: FUTURE }) })).createLesson;
  expect(
    codeOf(
      await coordinator.request(MARK, { i: { lessonId: future.id, marks: [{ traineeId: a.id, status: 'PRESENT' }] } }),
    ),
  ).toBe('CONFLICT');
  expect((await coordinator.ok(DELETE_LESSON, { id: future.id })).deleteLesson).toBe(true);
  const past = (await coordinator.ok(CREATE, { i: lessonInput(cohort.id) })).createLesson;
  await coordinator.ok(MARK, { i: { lessonId: past.id, marks: [{ traineeId: a.id, status: 'PRESENT' }] } });
  expect(codeOf(await coordinator.request(DELETE_LESSON, { id: past.id }))).toBe('CONFLICT');
});

it('lets SUPPORT mark only the lessons they teach', async () => {
  const {
    cohort,
    trainees: [a],
  } = await inCohort(1);
  const support = await api.signIn('SUPPORT');
  // On the team backing `a`, so the cohort's other lessons are visible — but not theirs to mark.
  const team = await createTeam(api.db.prisma, { cohortId: cohort.id, size: 3, traineeIds: [a.id] });
  await api.db.prisma.teamMembership.updateMany({
    where: { teamId: team.id, role: 'FILMING' },
    data: { userId: support.userId },
  });
  const theirs = (await coordinator.ok(CREATE, { i: lessonInput(cohort.id, { instructorId: support.userId }) }))
    .createLesson;
  const others = (await coordinator.ok(CREATE, { i: lessonInput(cohort.id, { date: day(-29) }) })).createLesson;
  await support.ok(MARK, { i: { lessonId: theirs.id, marks: [{ traineeId: a.id, status: 'PRESENT' }] } });
  expect(
    codeOf(
      await support.request(MARK, { i: { lessonId: others.id, marks: [{ traineeId: a.id, status: 'PRESENT' }] } }),
    ),
  ).toBe('FORBIDDEN');
  expect(codeOf(await support.request(CREATE, { i: lessonInput(cohort.id) }))).toBe('FORBIDDEN');
});

it('shows a trainee only their own cohorts’ lessons and their own marks', async () => {
  const {
    cohort,
    trainees: [a, b],
  } = await inCohort(2);
  const { cohort: other } = await inCohort(1);
  const lesson = (await coordinator.ok(CREATE, { i: lessonInput(cohort.id) })).createLesson;
  const otherLesson = (await coordinator.ok(CREATE, { i: lessonInput(other.id) })).createLesson;
  await coordinator.ok(MARK, {
    i: {
      lessonId: lesson.id,
      marks: [
        { traineeId: a.id, status: 'LATE' },
        { traineeId: b.id, status: 'ABSENT' },
      ],
    },
  });

  const me = await api.signIn('TRAINEE', { traineeId: a.id });
  const list = await me.ok(
    graphql(`
      query LessonsAttendanceLessons {
        lessons {
          total
          items {
            id
            attendance {
              traineeId
              status
            }
          }
        }
        myTrainee {
          attendanceSummary {
            late
            rate
          }
        }
      }
    `),
  );
  expect(list.lessons).toEqual({
    total: 1,
    items: [{ id: lesson.id, attendance: [{ traineeId: a.id, status: 'LATE' }] }],
  });
  expect(list.myTrainee.attendanceSummary).toEqual({ late: 1, rate: 1 });
  expect(
    codeOf(
      await me.request(
        graphql(`
          query LessonsAttendanceLesson2($id: ID!) {
            lesson(id: $id) {
              id
            }
          }
        `),
        { id: otherLesson.id },
      ),
    ),
  ).toBe('NOT_FOUND');
  const classmates = await me.ok(
    graphql(`
      query LessonsAttendanceCohortAttendance2($c: ID!) {
        cohortAttendance(cohortId: $c) {
          trainee {
            id
          }
        }
      }
    `),
    {
      c: cohort.id,
    },
  );
  expect(classmates.cohortAttendance).toEqual([{ trainee: { id: a.id } }]);
  expect(codeOf(await me.request(SHEET, { id: lesson.id }))).toBe('FORBIDDEN');
  expect(
    codeOf(await me.request(MARK, { i: { lessonId: lesson.id, marks: [{ traineeId: a.id, status: 'PRESENT' }] } })),
  ).toBe('FORBIDDEN');

  const sponsor = await api.signIn('SPONSOR', {
    sponsorId: (await api.db.prisma.program.findFirstOrThrow({ where: { id: cohort.programId } })).sponsorId,
  });
  expect(
    codeOf(
      await sponsor.request(
        graphql(`
          query LessonsAttendanceLessons2 {
            lessons {
              total
            }
          }
        `),
      ),
    ),
  ).toBe('FORBIDDEN');
});
