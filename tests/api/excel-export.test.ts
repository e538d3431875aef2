import {
  createCohort,
  createEnrolment,
  createLiveSession,
  createProduct,
  createProgram,
  createTeam,
  createTrainee,
} from '@grassroots/db/testing';

import { graphql } from '../gql';
import { useApi } from '../support/api';
import type { GqlClient } from '../support/client';
import { readXlsx } from '../support/spreadsheets';
import { cohortWithTrainees } from '../support/world';

const CREATE_TICKET = graphql(`
  mutation ExcelExportCreateTicket($i: CreateTicketInput!) {
    createTicket(input: $i) {
      id
    }
  }
`);

/** Lists a coordinator hands on come out as .xlsx: read back here with exceljs, as Excel would open them. */
const api = useApi();
let coordinator: GqlClient & { cookie?: string };
beforeAll(async () => {
  coordinator = await api.as('COORDINATOR');
});

const get = (path: string, client?: { cookie?: string }) =>
  fetch(`${api.url}${path}`, { headers: client?.cookie ? { cookie: client.cookie } : {} });

it('exports a cohort roster and attendance as .xlsx, in the user’s language, defusing formula text', async () => {
  const cohort = await createCohort(api.db.prisma);
  const a = await createTrainee(api.db.prisma, {
    name: '阿依古丽',
    phone: '13812347001',
    platformAccounts: [{ platform: 'DOUYIN', handle: 'ayg' }],
  });
  const b = await createTrainee(api.db.prisma, { name: '=HYPERLINK("http://x","y")', phone: '13812347002' });
  await createEnrolment(api.db.prisma, { traineeId: a.id, cohortId: cohort.id });
  await createEnrolment(api.db.prisma, { traineeId: b.id, cohortId: cohort.id });
  const lesson = await api.db.prisma.lesson.create({
    data: {
      cohortId: cohort.id,
      date: new Date('2026-10-10'),
      startTime: '09:00',
      endTime: '10:00',
      topic: '话术',
      kind: 'CLASS',
      location: '教室',
    },
  });
  await api.db.prisma.attendance.create({ data: { lessonId: lesson.id, traineeId: a.id, status: 'LATE' } });

  const res = await get(`/exports/cohorts/${cohort.id}/roster.xlsx`, coordinator);
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
  expect(res.headers.get('content-disposition')).toContain(encodeURIComponent('花名册'));
  const rows = await readXlsx(await res.arrayBuffer());
  expect(rows[0]).toEqual([
    '姓名',
    '身份证号（脱敏）',
    '手机号',
    '籍贯',
    '平台账号',
    '学员状态',
    '报名状态',
    '报名时间',
  ]);
  const ayg = rows.find((r) => r[0] === '阿依古丽')!;
  expect(ayg.slice(2, 5)).toEqual(['13812347001', a.hometown, 'douyin:ayg']);
  expect(ayg[1]).toMatch(/^\d{6}\*{8}[\dX]{4}$/);
  expect(ayg[7]).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/); // the program's time zone, as the admin shows it
  // Statuses in the reader's words from the shared catalog, not the raw enum (ENROLLED, ACTIVE).
  expect(ayg.slice(5, 7).join(' ')).toMatch(/^[\u4e00-\u9fa5]+ [\u4e00-\u9fa5]+$/);
  expect(rows.some((r) => r[0] === `'=HYPERLINK("http://x","y")`)).toBe(true);

  const en = await readXlsx(
    await (await get(`/exports/cohorts/${cohort.id}/roster.xlsx?lang=en`, coordinator)).arrayBuffer(),
  );
  expect(en[0][0]).toBe('Name');
  const audit = await api.db.prisma.auditLog.findMany({
    where: { action: 'exportRoster.xlsx', targetIds: { has: cohort.id } },
  });
  expect(audit.length).toBe(2);
});

it('refuses the roster to anonymous users, roles that do not read contacts, and staff outside the cohort', async () => {
  const cohort = await createCohort(api.db.prisma);
  expect((await get(`/exports/cohorts/${cohort.id}/roster.xlsx`)).status).toBe(401);
  expect((await get(`/exports/cohorts/${cohort.id}/roster.xlsx`, await api.signIn('SPONSOR'))).status).toBe(403);
  expect((await get(`/exports/cohorts/${cohort.id}/roster.xlsx`, await api.signIn('TRAINEE'))).status).toBe(403);
  // SUPPORT reads contacts, but only of their own teams' cohorts: someone else's cohort answers as if absent.
  expect((await get(`/exports/cohorts/${cohort.id}/roster.xlsx`, await api.signIn('SUPPORT'))).status).toBe(404);
  expect((await get(`/exports/cohorts/nope/roster.xlsx`, coordinator)).status).toBe(404);
});

it('exports a period report as .xlsx with figures as numbers', async () => {
  const program = await createProgram(api.db.prisma);
  await createCohort(api.db.prisma, { programId: program.id });
  const res = await get(`/exports/reports/${program.id}/2026-10/report.xlsx`, coordinator);
  expect(res.status).toBe(200);
  const rows = await readXlsx(await res.arrayBuffer());
  expect(rows[0]).toEqual(['项目 Program', program.name]);
  expect(rows.find((r) => r[0] === 'SHA-256')![1]).toBe(res.headers.get('x-report-sha256'));
  const trackRow = rows.find((r) => r[0] === 'SHORT_TERM')!;
  expect(typeof trackRow[2]).toBe('number');
  expect((await get(`/exports/reports/${program.id}/2026-10/report.xlsx`)).status).toBe(401);
});

it('exports the sessions list with its filters as .xlsx, scoped like the list', async () => {
  const { cohort, trainees } = await cohortWithTrainees(api.db, 1);
  const team = await createTeam(api.db.prisma, { cohortId: cohort.id, traineeIds: [trainees[0].id] });
  await createLiveSession(api.db.prisma, {
    traineeId: trainees[0].id,
    teamId: team.id,
    start: new Date('2026-11-03T12:00:00Z'),
    status: 'ENDED',
    gmv: '2345.60',
  });
  await createLiveSession(api.db.prisma, {
    traineeId: trainees[0].id,
    teamId: team.id,
    start: new Date('2026-11-09T12:00:00Z'),
  });
  const q = `from=2026-11-01&to=2026-11-05&cohortId=${cohort.id}`;
  const rows = await readXlsx(await (await get(`/exports/sessions.xlsx?${q}&lang=en`, coordinator)).arrayBuffer());
  expect(rows[0].slice(0, 4)).toEqual(['Scheduled start', 'Time zone', 'Planned minutes', 'Streamer']);
  expect(rows.length).toBe(2);
  expect(rows[1].slice(0, 2)).toEqual(['2026-11-03 20:00', 'Asia/Shanghai (UTC+08:00)']); // China time, labelled
  expect(rows[1][3]).toBe(trainees[0].name);
  expect(rows[1][12]).toBe(2345.6);
  // SUPPORT outside the team: their list is empty, so is their export; sponsors do not read sessions; anonymous 401.
  expect(
    (await readXlsx(await (await get(`/exports/sessions.xlsx?${q}`, await api.signIn('SUPPORT'))).arrayBuffer()))
      .length,
  ).toBe(1);
  expect((await get(`/exports/sessions.xlsx?${q}`, await api.signIn('SPONSOR'))).status).toBe(403);
  expect((await get(`/exports/sessions.xlsx?${q}`)).status).toBe(401);
  expect((await get('/exports/sessions.xlsx?from=yesterday', coordinator)).status).toBe(400);
});

it("exports each session and ticket in its own program's zone, labelled (an Asia/Urumqi program beside China time)", async () => {
  const program = await createProgram(api.db.prisma, { timeZone: 'Asia/Urumqi' });
  const { cohort, trainees } = await cohortWithTrainees(api.db, 1, { cohort: { programId: program.id } });
  const team = await createTeam(api.db.prisma, { cohortId: cohort.id, traineeIds: [trainees[0].id] });
  // 23:30 on 3 November in Urumqi is 17:30 UTC, already 01:30 on the 4th in Beijing.
  const product = await createProduct(api.db.prisma);
  const late = await createLiveSession(api.db.prisma, {
    traineeId: trainees[0].id,
    teamId: team.id,
    start: new Date('2026-11-03T17:30:00Z'),
    status: 'ENDED',
    productIds: [product.id],
  });
  const day = async (d: string) =>
    readXlsx(
      await (
        await get(`/exports/sessions.xlsx?from=${d}&to=${d}&cohortId=${cohort.id}&lang=en`, coordinator)
      ).arrayBuffer(),
    );
  const on3 = await day('2026-11-03');
  expect(on3.slice(1).map((r) => r.slice(0, 2))).toEqual([['2026-11-03 23:30', 'Asia/Urumqi (UTC+06:00)']]);
  expect((await day('2026-11-04')).length).toBe(1); // on its own day, not Beijing's

  const agent = await api.signIn('AFTERSALES_AGENT');
  const orderRef = `DYTZ${Date.now()}`;
  await agent.ok(CREATE_TICKET, {
    i: {
      orderRef,
      productId: product.id,
      sessionId: late.id,
      customerName: '买家',
      customerPhone: '13912345679',
      type: 'REFUND_ONLY',
      amountClaimed: '19.90',
      description: '未收到',
    },
  });
  const created = await api.db.prisma.afterSalesTicket.findFirstOrThrow({ where: { orderRef } });
  const rows = await readXlsx(await (await get('/exports/tickets.xlsx?queue=ALL&lang=en', agent)).arrayBuffer());
  expect(rows[0].slice(2, 4)).toEqual(['Created', 'Time zone']);
  const mine = rows.find((r) => r[1] === orderRef)!;
  expect(mine.slice(2, 4)).toEqual([
    new Intl.DateTimeFormat('sv-SE', {
      timeZone: 'Asia/Urumqi',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
    }).format(created.createdAt),
    'Asia/Urumqi (UTC+06:00)',
  ]);
});

it('exports the tickets queue as .xlsx with product names and amounts as numbers; refused to roles without tickets', async () => {
  const { cohort, trainees } = await cohortWithTrainees(api.db, 1);
  const team = await createTeam(api.db.prisma, { cohortId: cohort.id, traineeIds: [trainees[0].id] });
  const product = await createProduct(api.db.prisma, { name: '喀什红枣 1kg', category: '干果' });
  const session = await createLiveSession(api.db.prisma, {
    traineeId: trainees[0].id,
    teamId: team.id,
    start: new Date(Date.now() - 2 * 86_400_000),
    status: 'ENDED',
    productIds: [product.id],
  });
  await api.db.prisma.liveSessionItem.updateMany({
    where: { sessionId: session.id },
    data: { unitsSold: 50, gmv: '1000.00' },
  });
  const agent = await api.signIn('AFTERSALES_AGENT');
  const orderRef = `DY${Date.now()}`;
  await agent.ok(CREATE_TICKET, {
    i: {
      orderRef,
      productId: product.id,
      sessionId: session.id,
      customerName: '+SUM(1)',
      customerPhone: '13912345678',
      type: 'QUALITY_COMPLAINT',
      priority: 'HIGH',
      amountClaimed: '49.90',
      deliveredAt: new Date(Date.now() - 86_400_000).toISOString(),
      description: '有坏果',
    },
  });
  const rows = await readXlsx(await (await get('/exports/tickets.xlsx?queue=ALL&lang=en', agent)).arrayBuffer());
  expect(rows[0][0]).toBe('Ticket');
  const mine = rows.find((r) => r[1] === orderRef)!;
  expect([mine[3], mine[4], mine[8], mine[9]]).toEqual(['Asia/Shanghai (UTC+08:00)', "'+SUM(1)", '喀什红枣 1kg', 49.9]);
  expect((await get('/exports/tickets.xlsx', await api.signIn('QC_INSPECTOR'))).status).toBe(403);
  expect((await get('/exports/tickets.xlsx')).status).toBe(401);
  expect((await get('/exports/tickets.xlsx?queue=EVERYTHING', agent)).status).toBe(400);
});

it('exports a cohort’s grades as .xlsx: scores as numbers, ungraded work by where it stands; a trainee gets only their row', async () => {
  const { cohort, trainees } = await cohortWithTrainees(api.db, 2);
  const a = await api.db.prisma.assignment.create({
    data: {
      cohortId: cohort.id,
      title: '开场话术',
      kind: 'SCRIPT_WRITING',
      dueAt: new Date('2026-10-20T10:00:00Z'),
      maxScore: 100,
    },
  });
  await api.db.prisma.submission.create({
    data: { assignmentId: a.id, traineeId: trainees[0].id, status: 'GRADED', score: '87.5', gradedAt: new Date() },
  });
  await api.db.prisma.submission.create({
    data: { assignmentId: a.id, traineeId: trainees[1].id, status: 'SUBMITTED', submittedAt: new Date() },
  });
  const rows = await readXlsx(
    await (await get(`/exports/cohorts/${cohort.id}/grades.xlsx?lang=en`, coordinator)).arrayBuffer(),
  );
  expect(rows[0]).toEqual(['Trainee', '开场话术 (max 100)']);
  expect(rows.slice(1).sort((x, y) => String(x[0]).localeCompare(String(y[0])))).toEqual(
    [
      [trainees[0].name, 87.5],
      [trainees[1].name, 'to grade'],
    ].sort((x, y) => String(x[0]).localeCompare(String(y[0]))),
  );
  const trainee = await api.signIn('TRAINEE', { traineeId: trainees[0].id });
  const own = await readXlsx(await (await get(`/exports/cohorts/${cohort.id}/grades.xlsx`, trainee)).arrayBuffer());
  expect(own).toEqual([
    ['学员', '开场话术 (满分 100)'],
    [trainees[0].name, 87.5],
  ]);
  expect((await get(`/exports/cohorts/${cohort.id}/grades.xlsx`, await api.signIn('SPONSOR'))).status).toBe(403);
  expect((await get(`/exports/cohorts/${cohort.id}/grades.xlsx`)).status).toBe(401);
});
