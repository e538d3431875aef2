import { Prisma } from '@grassroots/db';
import {
  addDays,
  dayStartIn,
  DEFAULT_TIME_ZONE,
  DomainError,
  instantIn,
  Role,
  todayIn,
  type WorkbenchWindows,
  workbenchWindows,
} from '@grassroots/domain';
import { Injectable } from '@nestjs/common';

import type { Actor } from '../../core/auth/actor';
import { liveSessionScopeSql } from '../../core/auth/scopes';
import { DatabaseService } from '../../core/database/database.module';
import type {
  Workbench,
  WorkbenchCard,
  WorkbenchCardKey,
  WorkbenchEvent,
  WorkbenchFigure,
  WorkbenchFigureKey,
} from './models/workbench.model';
import { OPEN_TICKET, ticketSlaSql, todoCount } from './todo-filters';

type Counts = Record<string, number>;
type EventRow = {
  kind: WorkbenchEvent['kind'];
  targetId: string;
  at: Date;
  endAt: Date | null;
  title: string;
  detail: string | null;
  status: string | null;
  /** The zone of the program it belongs to (lessons, sessions, assignments); null: the default. */
  timeZone: string | null;
};

/**
 * The workbench of each role, in a handful of SQL statements: one for the to-do counts (each a scalar subquery or
 * a FILTERed count over one scan), one for the key figures, one for the timeline. Every statement carries the
 * caller's scope from core/auth/scopes.ts (SUPPORT: their current teams; TRAINEE: their own records; SPONSOR:
 * their organisation's programs; an agent's "my tickets": assigned to them).
 */
@Injectable()
export class WorkbenchService {
  constructor(private readonly db: DatabaseService) {}

  async forActor(actor: Actor, now = new Date()): Promise<Workbench> {
    // A trainee's day is their program's (the active enrolment's, else the latest); staff span programs: the default.
    const tz =
      actor.role === Role.TRAINEE && actor.traineeId ? await this.traineeZone(actor.traineeId) : DEFAULT_TIME_ZONE;
    const w = workbenchWindows(now, tz);
    const base = { role: actor.role, today: w.today, timeZone: w.timeZone, generatedAt: now };
    switch (actor.role) {
      case Role.ADMIN:
      case Role.COORDINATOR:
        return { ...base, ...(await this.coordinator(actor, w, actor.role === Role.ADMIN)) };
      case Role.SUPPORT:
        return { ...base, ...(await this.support(actor, w)) };
      case Role.QC_INSPECTOR:
        return { ...base, ...(await this.qc(actor, w)) };
      case Role.AFTERSALES_AGENT:
        return { ...base, ...(await this.aftersales(actor, w)) };
      case Role.TRAINEE:
        return { ...base, ...(await this.trainee(actor, w)) };
      case Role.SPONSOR:
        return { ...base, ...(await this.sponsor(actor, w)) };
      default:
        throw DomainError.forbidden();
    }
  }

  private async traineeZone(traineeId: string): Promise<string> {
    const [row] = await this.db.prisma.$queryRaw<{ timeZone: string }[]>`
      SELECT p."timeZone" FROM "Enrolment" e JOIN "Program" p ON p.id = e."programId" WHERE e."traineeId" = ${traineeId}
      ORDER BY (e.status = 'ACTIVE') DESC, e."enrolledAt" DESC LIMIT 1`;
    return row?.timeZone ?? DEFAULT_TIME_ZONE;
  }

  // ---- COORDINATOR (ADMIN: the same plus users and security events) ----

  private async coordinator(actor: Actor, w: WorkbenchWindows, admin: boolean) {
    const [[c], [f], events] = await Promise.all([
      this.db.prisma.$queryRaw<Counts[]>`
        SELECT
          ${todoCount('LESSONS_TODAY', actor, w)},
          ${todoCount('ATTENDANCE_MISSING', actor, w)},
          ${todoCount('TRAINEES_WITHOUT_COMPLETE_TEAM', actor, w)},
          ${todoCount('ASSIGNMENTS_OVERDUE', actor, w)},
          ${todoCount('SUBMISSIONS_TO_GRADE', actor, w)},
          ${todoCount('SESSIONS_TODAY', actor, w)},
          ${todoCount('REPORTS_TO_PREPARE', actor, w)},
          ${todoCount('REPORTS_RETURNED', actor, w)},
          ${todoCount('REPORTS_AWAITING_DECISION', actor, w)},
          ${expiringCounts(actor, w)}
          ${admin ? Prisma.sql`, ${todoCount('FAILED_SIGN_INS', actor, w)}, ${todoCount('ACCESS_DENIALS', actor, w)}` : Prisma.empty}`,
      this.db.prisma.$queryRaw<
        { activeTrainees: number; gmvMonth: Prisma.Decimal; present: number; marked: number; activeUsers: number }[]
      >`
        SELECT
          (SELECT count(DISTINCT e."traineeId")::int FROM "Enrolment" e JOIN "Trainee" tr ON tr.id = e."traineeId"
             WHERE e.status = 'ACTIVE' AND tr.status = 'ACTIVE') AS "activeTrainees",
          (SELECT coalesce(sum(s.gmv), 0) FROM "LiveSession" s WHERE s.status = 'ENDED'
             AND s."scheduledStart" >= ${dayStartIn(`${w.today.slice(0, 7)}-01`, w.timeZone)} AND s."scheduledStart" < ${w.tomorrowStart}) AS "gmvMonth",
          a.present, a.marked,
          ${admin ? Prisma.sql`(SELECT count(*)::int FROM "User" u WHERE u.active)` : Prisma.sql`0`} AS "activeUsers"
        FROM (SELECT count(*) FILTER (WHERE at.status IN ('PRESENT', 'LATE'))::int AS present, count(*)::int AS marked
              FROM "Attendance" at JOIN "Lesson" l ON l.id = at."lessonId"
              WHERE l.date >= ${addDays(w.today, -30)}::date AND l.date < ${w.today}::date) a`,
      this.db.prisma.$queryRaw<EventRow[]>`
        (SELECT 'LESSON' AS kind, l.id AS "targetId", l.date AS at, NULL::timestamp AS "endAt", l.topic AS title, c.name AS detail,
                l."startTime" || '-' || l."endTime" AS status, zp."timeZone" AS "timeZone"
         FROM "Lesson" l JOIN "Cohort" c ON c.id = l."cohortId" JOIN "Program" zp ON zp.id = c."programId"
         WHERE l.date = ${w.today}::date ORDER BY l."startTime" LIMIT 15)
        UNION ALL
        (SELECT 'SESSION', s.id, s."scheduledStart", s."scheduledEnd", s.title, tr.name, s.status::text, zp."timeZone"
         FROM "LiveSession" s JOIN "Trainee" tr ON tr.id = s."traineeId"
           JOIN "Cohort" zc ON zc.id = s."cohortId" JOIN "Program" zp ON zp.id = zc."programId"
         WHERE s."scheduledStart" >= ${w.todayStart} AND s."scheduledStart" < ${w.tomorrowStart} AND s.status <> 'CANCELLED'
         ORDER BY s."scheduledStart" LIMIT 15)`,
    ]);
    const keys: WorkbenchCardKey[] = [
      'LESSONS_TODAY',
      'ATTENDANCE_MISSING',
      'TRAINEES_WITHOUT_COMPLETE_TEAM',
      'ASSIGNMENTS_OVERDUE',
      'SUBMISSIONS_TO_GRADE',
      'SESSIONS_TODAY',
      'REPORTS_TO_PREPARE',
      'REPORTS_RETURNED',
      'REPORTS_AWAITING_DECISION',
      'LICENCES_EXPIRING',
      'INSPECTIONS_EXPIRING',
      ...(admin ? (['FAILED_SIGN_INS', 'ACCESS_DENIALS'] as const) : []),
    ];
    const figures: WorkbenchFigure[] = [
      figure('ACTIVE_TRAINEES', String(f.activeTrainees)),
      figure('GMV_THIS_MONTH', new Prisma.Decimal(f.gmvMonth).toFixed(2)),
      figure('ATTENDANCE_RATE_30D', f.marked ? (f.present / f.marked).toFixed(4) : null),
      ...(admin ? [figure('ACTIVE_USERS', String(f.activeUsers))] : []),
    ];
    return { cards: cards(c, keys), figures, timeline: timeline(events) };
  }

  // ---- SUPPORT: their current teams' trainees and sessions ----

  private async support(actor: Actor, w: WorkbenchWindows) {
    const mine = liveSessionScopeSql(actor);
    const [[c], [f], events] = await Promise.all([
      this.db.prisma.$queryRaw<Counts[]>`
        SELECT
          ${todoCount('SESSIONS_TODAY', actor, w)},
          ${todoCount('SESSIONS_TOMORROW', actor, w)},
          ${todoCount('SUBMISSIONS_TO_GRADE', actor, w)},
          ${todoCount('RESULTS_MISSING', actor, w)}`,
      this.db.prisma.$queryRaw<{ trainees: number; week: number; gmv: Prisma.Decimal }[]>`
        SELECT
          (SELECT count(DISTINCT ta."traineeId")::int FROM "TeamAssignment" ta JOIN "TeamMembership" tm ON tm."teamId" = ta."teamId"
             WHERE ta."endedAt" IS NULL AND tm."userId" = ${actor.id} AND tm."leftAt" IS NULL) AS trainees,
          count(*) FILTER (WHERE s."scheduledStart" >= ${w.todayStart} AND s.status <> 'CANCELLED')::int AS week,
          coalesce(sum(s.gmv) FILTER (WHERE s.status = 'ENDED'), 0) AS gmv
        FROM "LiveSession" s
        WHERE s."scheduledStart" >= ${dayStartIn(addDays(w.today, -30), w.timeZone)} AND s."scheduledStart" < ${w.weekEnd} AND ${mine}`,
      this.db.prisma.$queryRaw<EventRow[]>`
        SELECT 'SESSION' AS kind, s.id AS "targetId", s."scheduledStart" AS at, s."scheduledEnd" AS "endAt", s.title, tr.name AS detail, s.status::text AS status,
          zp."timeZone" AS "timeZone"
        FROM "LiveSession" s JOIN "Trainee" tr ON tr.id = s."traineeId"
          JOIN "Cohort" zc ON zc.id = s."cohortId" JOIN "Program" zp ON zp.id = zc."programId"
        WHERE s."scheduledStart" >= ${w.todayStart} AND s."scheduledStart" < ${w.dayAfterTomorrowStart} AND s.status <> 'CANCELLED' AND ${mine}
        ORDER BY s."scheduledStart" LIMIT 30`,
    ]);
    const figures = [
      figure('MY_TRAINEES', String(f.trainees)),
      figure('SESSIONS_THIS_WEEK_MINE', String(f.week)),
      figure('GMV_30D_MINE', new Prisma.Decimal(f.gmv).toFixed(2)),
    ];
    return {
      cards: cards(c, ['SESSIONS_TODAY', 'SESSIONS_TOMORROW', 'SUBMISSIONS_TO_GRADE', 'RESULTS_MISSING']),
      figures,
      timeline: timeline(events),
    };
  }

  // ---- QC_INSPECTOR ----

  private async qc(actor: Actor, w: WorkbenchWindows) {
    const [[c], [f], events] = await Promise.all([
      this.db.prisma.$queryRaw<Counts[]>`
        SELECT
          ${todoCount('QC_QUEUE', actor, w)},
          ${todoCount('QC_QUEUE_OLD', actor, w)},
          ${todoCount('REINSPECTIONS', actor, w)},
          ${expiringCounts(actor, w)}`,
      this.db.prisma.$queryRaw<{ oldest: Date | null; inspections: number; passed: number }[]>`
        SELECT (SELECT min(q."createdAt") FROM "QcTask" q WHERE q."closedAt" IS NULL) AS oldest,
          count(*)::int AS inspections, count(*) FILTER (WHERE i.result = 'PASS')::int AS passed
        FROM "QcInspection" i WHERE i."inspectedAt" >= ${new Date(w.now.getTime() - 30 * 86_400_000)}`,
      this.db.prisma.$queryRaw<EventRow[]>`
        SELECT 'QC_TASK' AS kind, q.id AS "targetId", q."createdAt" AS at, NULL::timestamp AS "endAt", p.name AS title, q.reason AS detail, p.status::text AS status,
          NULL::text AS "timeZone"
        FROM "QcTask" q JOIN "Product" p ON p.id = q."productId" WHERE q."closedAt" IS NULL ORDER BY q."createdAt" LIMIT 30`,
    ]);
    const figures = [
      figure(
        'OLDEST_QC_TASK_DAYS',
        f.oldest ? String(Math.floor((w.now.getTime() - f.oldest.getTime()) / 86_400_000)) : null,
      ),
      figure('INSPECTIONS_30D', String(f.inspections)),
      figure('PASS_RATE_30D', f.inspections ? (f.passed / f.inspections).toFixed(4) : null),
    ];
    return {
      cards: cards(c, ['QC_QUEUE', 'QC_QUEUE_OLD', 'REINSPECTIONS', 'LICENCES_EXPIRING', 'INSPECTIONS_EXPIRING']),
      figures,
      timeline: timeline(events),
    };
  }

  // ---- AFTERSALES_AGENT: SLA clocks of their own tickets, computed in SQL with the pauses of the domain rule ----

  private async aftersales(actor: Actor, w: WorkbenchWindows) {
    const [rows, [c]] = await Promise.all([
      // Per open ticket of mine, both SLA clocks (todo-filters.ts ticketSlaSql, the same rule the tickets list filters
      // by). Counted over all my tickets by the window aggregates; only the 30 due first come back as rows.
      this.db.prisma.$queryRaw<
        {
          id: string;
          number: string;
          status: string;
          customer: string;
          next: number;
          breachedN: number;
          dueSoonN: number;
          openN: number;
        }[]
      >`
        SELECT y.id, y.number, y.status, y.customer, y.next,
          (count(*) FILTER (WHERE y.breached) OVER ())::int AS "breachedN",
          (count(*) FILTER (WHERE y."dueSoon") OVER ())::int AS "dueSoonN",
          (count(*) OVER ())::int AS "openN"
        FROM (${ticketSlaSql(Prisma.sql`t."assigneeId" = ${actor.id}`, w.now)}) y ORDER BY y.next, y.id LIMIT 30`,
      this.db.prisma.$queryRaw<Counts[]>`
        SELECT
          ${todoCount('TICKETS_UNASSIGNED', actor, w)},
          ${todoCount('REFUNDS_DUE', actor, w)},
          ${todoCount('REFUNDS_OVERDUE', actor, w)},
          count(*)::int AS "OPEN_TICKETS",
          (SELECT count(*)::int FROM "AfterSalesTicket" r WHERE r."assigneeId" = ${actor.id} AND r."resolvedAt" >= ${new Date(w.now.getTime() - 7 * 86_400_000)}) AS "MY_RESOLVED_7D"
        FROM "AfterSalesTicket" t WHERE t.status IN ${OPEN_TICKET}`,
    ]);
    const mine = rows[0] ?? { breachedN: 0, dueSoonN: 0, openN: 0 };
    const figures = [
      figure('MY_OPEN_TICKETS', String(mine.openN)),
      figure('MY_RESOLVED_7D', String(c.MY_RESOLVED_7D)),
      figure('OPEN_TICKETS', String(c.OPEN_TICKETS)),
    ];
    const due: EventRow[] = rows.map((r) => ({
      kind: 'TICKET_DUE',
      targetId: r.id,
      at: new Date(Number(r.next) * 1000),
      endAt: null,
      title: r.number,
      detail: r.customer,
      status: r.status,
      timeZone: null,
    }));
    return {
      cards: cards({ ...c, MY_TICKETS_BREACHED: mine.breachedN, MY_TICKETS_DUE_SOON: mine.dueSoonN }, [
        'MY_TICKETS_BREACHED',
        'MY_TICKETS_DUE_SOON',
        'TICKETS_UNASSIGNED',
        'REFUNDS_DUE',
        'REFUNDS_OVERDUE',
      ]),
      figures,
      timeline: timeline(due),
    };
  }

  // ---- TRAINEE: their own sessions, lessons and work ----

  private async trainee(actor: Actor, w: WorkbenchWindows) {
    const me = actor.traineeId;
    if (!me) return { cards: [], figures: [], timeline: [] };
    const myLessons = Prisma.sql`EXISTS (SELECT 1 FROM "Enrolment" e WHERE e."cohortId" = l."cohortId" AND e."traineeId" = ${me} AND e.status IN ('ACTIVE', 'COMPLETED'))`;
    const [[c], events, items] = await Promise.all([
      this.db.prisma.$queryRaw<Counts[]>`
        SELECT
          (SELECT count(*)::int FROM "LiveSession" s WHERE s."traineeId" = ${me} AND s.status <> 'CANCELLED'
             AND s."scheduledStart" >= ${w.todayStart} AND s."scheduledStart" < ${w.tomorrowStart}) AS "SESSIONS_TODAY",
          (SELECT count(*)::int FROM "Lesson" l WHERE l.date = ${w.today}::date AND ${myLessons}) AS "LESSONS_TODAY",
          count(*) FILTER (WHERE s.status IN ('ASSIGNED', 'RETURNED') AND a."dueAt" >= ${w.now} AND a."dueAt" < ${w.weekEnd})::int AS "ASSIGNMENTS_DUE_THIS_WEEK",
          count(*) FILTER (WHERE s.status = 'ASSIGNED' AND a."dueAt" < ${w.now})::int AS "ASSIGNMENTS_OVERDUE",
          count(*) FILTER (WHERE s.status = 'RETURNED')::int AS "RETURNED_FOR_REVISION",
          count(*) FILTER (WHERE s.status = 'GRADED' AND s."gradedAt" >= ${new Date(w.now.getTime() - 7 * 86_400_000)})::int AS "NEW_FEEDBACK"
        FROM "Submission" s JOIN "Assignment" a ON a.id = s."assignmentId" WHERE s."traineeId" = ${me}`,
      this.db.prisma.$queryRaw<EventRow[]>`
        (SELECT 'SESSION' AS kind, s.id AS "targetId", s."scheduledStart" AS at, s."scheduledEnd" AS "endAt", s.title, s.platform::text AS detail, s.status::text AS status,
           zp."timeZone" AS "timeZone"
         FROM "LiveSession" s JOIN "Cohort" zc ON zc.id = s."cohortId" JOIN "Program" zp ON zp.id = zc."programId" WHERE s."traineeId" = ${me} AND s.status <> 'CANCELLED' AND s."scheduledStart" >= ${w.todayStart} AND s."scheduledStart" < ${w.weekEnd}
         ORDER BY s."scheduledStart" LIMIT 15)
        UNION ALL
        (SELECT 'LESSON', l.id, l.date, NULL::timestamp, l.topic, l.location, l."startTime" || '-' || l."endTime", zp."timeZone"
         FROM "Lesson" l JOIN "Cohort" zc ON zc.id = l."cohortId" JOIN "Program" zp ON zp.id = zc."programId" WHERE l.date >= ${w.today}::date AND l.date < ${addDays(w.today, 7)}::date AND ${myLessons} ORDER BY l.date, l."startTime" LIMIT 10)
        UNION ALL
        (SELECT 'ASSIGNMENT_DUE', a.id, a."dueAt", NULL::timestamp, a.title, NULL, s.status::text, zp."timeZone"
         FROM "Submission" s JOIN "Assignment" a ON a.id = s."assignmentId"
           JOIN "Cohort" zc ON zc.id = a."cohortId" JOIN "Program" zp ON zp.id = zc."programId"
         WHERE s."traineeId" = ${me} AND s.status IN ('ASSIGNED', 'RETURNED') AND a."dueAt" >= ${w.now} ORDER BY a."dueAt" LIMIT 5)`,
      // The run of show of today's sessions (product names in order).
      this.db.prisma.$queryRaw<{ sessionId: string; name: string }[]>`
        SELECT i."sessionId", p.name FROM "LiveSessionItem" i JOIN "LiveSession" s ON s.id = i."sessionId" JOIN "Product" p ON p.id = i."productId"
        WHERE s."traineeId" = ${me} AND s.status <> 'CANCELLED' AND s."scheduledStart" >= ${w.todayStart} AND s."scheduledStart" < ${w.tomorrowStart}
        ORDER BY i."sessionId", i.position`,
    ]);
    const runs = new Map<string, string[]>();
    for (const i of items) runs.set(i.sessionId, [...(runs.get(i.sessionId) ?? []), i.name]);
    const line = timeline(events).map((e) => ({ ...e, runOfShow: runs.get(e.targetId) ?? [] }));
    return {
      cards: cards(c, [
        'SESSIONS_TODAY',
        'LESSONS_TODAY',
        'ASSIGNMENTS_DUE_THIS_WEEK',
        'ASSIGNMENTS_OVERDUE',
        'RETURNED_FOR_REVISION',
        'NEW_FEEDBACK',
      ]),
      figures: [],
      timeline: line,
    };
  }

  // ---- SPONSOR: their organisation's programs ----

  private async sponsor(actor: Actor, w: WorkbenchWindows) {
    const sponsorId = actor.sponsorId;
    if (!sponsorId) return { cards: [], figures: [], timeline: [] };
    const [[c], latest] = await Promise.all([
      this.db.prisma.$queryRaw<Counts[]>`
        SELECT ${todoCount('REPORTS_AWAITING_DECISION', actor, w)}`,
      // Each program's latest accepted report: its frozen GMV to date and graduates against the program's targets.
      this.db.prisma.$queryRaw<
        {
          programId: string;
          name: string;
          period: string;
          gmvToDate: string | null;
          targetGmv: Prisma.Decimal;
          graduated: number | null;
          target: number;
        }[]
      >`
        SELECT pr.id AS "programId", pr.name, r.period, r.snapshot -> 'figures' -> 'live' ->> 'gmvToDate' AS "gmvToDate", pr."targetGmv",
               (r.snapshot -> 'figures' -> 'trainees' -> 'total' ->> 'graduated')::int AS graduated,
               (pr."targetShortTermTrainees" + pr."targetLongTermTrainees")::int AS target
        FROM "Program" pr
        JOIN LATERAL (SELECT r.period, r.snapshot FROM "SponsorReport" r WHERE r."programId" = pr.id AND r.status = 'ACCEPTED'
                      ORDER BY r."periodTo" DESC LIMIT 1) r ON TRUE
        WHERE pr."sponsorId" = ${sponsorId} ORDER BY pr."startDate" DESC, pr.id LIMIT 10`,
    ]);
    const figures = latest.flatMap((r) => [
      {
        ...figure('ACCEPTED_GMV_TO_DATE', r.gmvToDate, new Prisma.Decimal(r.targetGmv).toFixed(2)),
        subjectId: r.programId,
        subject: `${r.name} · ${r.period}`,
      },
      {
        ...figure('ACCEPTED_GRADUATES', r.graduated == null ? null : String(r.graduated), String(r.target)),
        subjectId: r.programId,
        subject: `${r.name} · ${r.period}`,
      },
    ]);
    return { cards: cards(c, ['REPORTS_AWAITING_DECISION']), figures, timeline: [] };
  }
}

/** Suppliers with a licence running out from today to 30 days ahead; approved products whose passed inspection lapses then. */
function expiringCounts(actor: Actor, w: WorkbenchWindows): Prisma.Sql {
  return Prisma.sql`${todoCount('LICENCES_EXPIRING', actor, w)}, ${todoCount('INSPECTIONS_EXPIRING', actor, w)}`;
}

const cards = (counts: Counts, keys: readonly WorkbenchCardKey[]): WorkbenchCard[] =>
  keys.map((key) => ({ key, count: Number(counts[key] ?? 0) }));
const figure = (key: WorkbenchFigureKey, value: string | null, target: string | null = null): WorkbenchFigure => ({
  key,
  value,
  target,
  subjectId: null,
  subject: null,
});

/**
 * Each event in its own program's zone: its day is the calendar day there, and a lesson (its date in `at`, its
 * "HH:MM-HH:MM" in `status`) becomes instants of that zone, not China time.
 */
function timeline(rows: EventRow[]): WorkbenchEvent[] {
  return rows
    .map((r) => {
      const timeZone = r.timeZone ?? DEFAULT_TIME_ZONE;
      if (r.kind !== 'LESSON') return { ...r, timeZone, day: todayIn(timeZone, r.at), runOfShow: [] };
      const [start, end] = (r.status ?? '00:00-00:00').split('-') as [string, string];
      const day = r.at.toISOString().slice(0, 10);
      return {
        ...r,
        timeZone,
        at: instantIn(day, start, timeZone),
        endAt: instantIn(day, end, timeZone),
        day,
        status: null,
        runOfShow: [],
      };
    })
    .sort((a, b) => a.at.getTime() - b.at.getTime());
}
