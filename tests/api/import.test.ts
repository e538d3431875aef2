import { createCohort, createEnrolment, createTrainee, createUser } from '@grassroots/db/testing';

import { graphql } from '../gql';
import { useApi } from '../support/api';
import { codeOf, type GqlClient } from '../support/client';
import { imported } from '../support/imports';

/** CSV import of lessons and attendance: a bad file writes nothing and reports every bad row. */
const api = useApi();
let coordinator: GqlClient;
beforeAll(async () => {
  coordinator = await api.as('COORDINATOR');
});

const LESSONS = graphql(`
  mutation ImportImportLessons($i: ImportCsvInput!) {
    importLessons(input: $i) {
      ...ImportJobFields
    }
  }
`);
const MARKS = graphql(`
  mutation ImportImportAttendance($i: ImportCsvInput!) {
    importAttendance(input: $i) {
      ...ImportJobFields
    }
  }
`);
const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

it('imports lessons all or nothing, reporting every bad row by row and column', async () => {
  const cohort = await createCohort(api.db.prisma, { startDate: new Date(day(-30)), endDate: new Date(day(30)) });
  const teacher = await createUser(api.db.prisma, { role: 'SUPPORT', email: 'teacher@example.test' });
  const bad = [
    '日期,开始时间,结束时间,主题,类型,地点,讲师邮箱',
    `${day(-5)},09:00,11:00,直播间搭建,课堂,产业园,teacher@example.test`,
    `${day(-4)},9am,11:00,x,跳舞,,`,
    `${day(60)},09:00,10:00,太晚了,课堂,产业园,`,
    `${day(-3)},09:00,10:00,讲师不存在,课堂,产业园,nobody@example.test`,
  ].join('\n');
  const report = await imported(coordinator, LESSONS, { i: { cohortId: cohort.id, csv: bad } });
  expect(report.imported).toBe(0);
  expect(report.rows).toBe(4);
  expect(report.problems.map((p) => `${p.row}:${p.column}`)).toEqual([
    '3:startTime',
    '3:topic',
    '3:kind',
    '3:location',
    '4:date',
    '5:instructor',
  ]);
  expect(await api.db.prisma.lesson.count({ where: { cohortId: cohort.id } })).toBe(0);

  const good = [
    'date,start,end,topic,kind,location,instructor',
    `${day(-5)},09:00,11:00,直播间搭建,CLASS,产业园,teacher@example.test`,
    `${day(-4)},19:00,21:00,"练习, 第一场",直播实战,直播间,`,
  ].join('\r\n');
  const ok = await imported(coordinator, LESSONS, { i: { cohortId: cohort.id, csv: `\uFEFF${good}` } });
  expect(ok).toEqual({ imported: 2, rows: 2, problems: [] });
  const lessons = await api.db.prisma.lesson.findMany({ where: { cohortId: cohort.id }, orderBy: { date: 'asc' } });
  expect(lessons.map((l) => [l.topic, l.kind, l.instructorId])).toEqual([
    ['直播间搭建', 'CLASS', teacher.id],
    ['练习, 第一场', 'PRACTICE_STREAM', null],
  ]);
  // Importing the same file again would double-book: refused row by row.
  const again = await imported(coordinator, LESSONS, { i: { cohortId: cohort.id, csv: good } });
  expect(again.problems.map((p) => p.row)).toEqual([2, 3]);
});

it('imports attendance by lesson time and mobile number, all or nothing', async () => {
  const cohort = await createCohort(api.db.prisma, { startDate: new Date(day(-30)), endDate: new Date(day(30)) });
  const t = await createTrainee(api.db.prisma, { phone: '13812340001' });
  await createEnrolment(api.db.prisma, { traineeId: t.id, cohortId: cohort.id });
  const lesson = await api.db.prisma.lesson.create({
    data: {
      cohortId: cohort.id,
      date: new Date(day(-2)),
      startTime: '09:00',
      endTime: '10:00',
      topic: '话术',
      kind: 'CLASS',
      location: '教室',
    },
  });
  const bad = [
    '日期,开始时间,手机号,出勤,备注',
    `${day(-2)},09:00,13812340001,迟到,`,
    `${day(-2)},10:00,13812340001,出勤,`,
    `${day(-2)},09:00,13999999999,出勤,`,
    `${day(-2)},09:00,13812340001,请假,`,
  ].join('\n');
  const report = await imported(coordinator, MARKS, { i: { cohortId: cohort.id, csv: bad } });
  expect(report.problems.map((p) => `${p.row}:${p.column}`)).toEqual(['3:date', '4:phone', '5:note', '5:phone']);
  expect(await api.db.prisma.attendance.count({ where: { lessonId: lesson.id } })).toBe(0);
  const ok = await imported(coordinator, MARKS, {
    i: { cohortId: cohort.id, csv: ['date,start,phone,status', `${day(-2)},09:00,138-1234-0001,late`].join('\n') },
  });
  expect(ok.imported).toBe(1);
  expect((await api.db.prisma.attendance.findFirstOrThrow({ where: { lessonId: lesson.id } })).status).toBe('LATE');
});

it('is for coordinators: SUPPORT and trainees are refused, and a file over 2 MB is rejected', async () => {
  const cohort = await createCohort(api.db.prisma);
  const support = await api.signIn('SUPPORT');
  expect(codeOf(await support.request(LESSONS, { i: { cohortId: cohort.id, csv: 'date\n' } }))).toBe('FORBIDDEN');
  const huge = await coordinator.request(LESSONS, { i: { cohortId: cohort.id, csv: 'x'.repeat(2_000_001) } });
  expect(codeOf(huge)).toBe('BAD_USER_INPUT');
});
