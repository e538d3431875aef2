import { Prisma, type PrismaClient } from '@grassroots/db';
import {
  DomainError,
  msg,
  Role,
  SLA_DUE_WITHIN_MS,
  SLA_HOURS,
  type WorkbenchWindows,
  workbenchWindows,
} from '@grassroots/domain';

import type { Actor } from '../../core/auth/actor';
import { liveSessionScopeSql } from '../../core/auth/scopes';
import type { WorkbenchCardKey } from './models/workbench.model';

/**
 * What each workbench to-do card counts, in one place: the rows of one list, as SQL that selects their ids for the
 * caller. The workbench counts `SELECT count(*) FROM (<this>)` and the list the card opens (`todo:` argument of
 * lessons, submissions, trainees, suppliers, products, liveSessions, tickets) keeps the rows whose id is in it, so
 * a card and its list cannot disagree. Windows ("today", "within 2 h", "expiring") come from
 * packages/domain/src/workbench.
 */
export type TodoList =
  | 'Lesson'
  | 'Submission'
  | 'Trainee'
  | 'Supplier'
  | 'Product'
  | 'LiveSession'
  | 'AfterSalesTicket'
  | 'QcTask'
  | 'AuditLog'
  | 'Program';

export const TODO_LIST: Partial<Record<WorkbenchCardKey, TodoList>> = {
  LESSONS_TODAY: 'Lesson',
  ATTENDANCE_MISSING: 'Lesson',
  ASSIGNMENTS_OVERDUE: 'Submission',
  SUBMISSIONS_TO_GRADE: 'Submission',
  TRAINEES_WITHOUT_COMPLETE_TEAM: 'Trainee',
  LICENCES_EXPIRING: 'Supplier',
  INSPECTIONS_EXPIRING: 'Product',
  RESULTS_MISSING: 'LiveSession',
  SESSIONS_TODAY: 'LiveSession',
  SESSIONS_TOMORROW: 'LiveSession',
  FAILED_SIGN_INS: 'AuditLog',
  ACCESS_DENIALS: 'AuditLog',
  QC_QUEUE: 'QcTask',
  QC_QUEUE_OLD: 'QcTask',
  REINSPECTIONS: 'QcTask',
  MY_TICKETS_BREACHED: 'AfterSalesTicket',
  MY_TICKETS_DUE_SOON: 'AfterSalesTicket',
  TICKETS_UNASSIGNED: 'AfterSalesTicket',
  REFUNDS_DUE: 'AfterSalesTicket',
  REFUNDS_OVERDUE: 'AfterSalesTicket',
  // Report cards count programs (the reports page lists programs, each with its periods' reports).
  REPORTS_TO_PREPARE: 'Program',
  REPORTS_RETURNED: 'Program',
  REPORTS_AWAITING_DECISION: 'Program',
};

export const OPEN_TICKET = Prisma.sql`('NEW', 'TRIAGED', 'IN_PROGRESS', 'WAITING_CUSTOMER', 'REOPENED')`;
/** Seconds since the epoch of a `timestamp` column (stored as UTC): arithmetic on instants without time zones. */
const epoch = (col: Prisma.Sql) => Prisma.sql`extract(epoch from ${col})::float8`;
const secs = (d: Date) => Prisma.sql`${d.getTime() / 1000}::float8`;
const HOURS = (k: 'firstResponse' | 'resolution') =>
  Prisma.sql`(CASE t.priority ${Prisma.join(
    (Object.keys(SLA_HOURS) as (keyof typeof SLA_HOURS)[]).map(
      (p) => Prisma.sql`WHEN ${p}::"TicketPriority" THEN ${SLA_HOURS[p][k] * 3600}::float8`,
    ),
    ' ',
  )} END)`;

/** A trainee's submissions and lessons as the caller reaches them: their own, their teams' trainees, or all. */
function traineeScopeSql(actor: Actor, col: Prisma.Sql): Prisma.Sql {
  if (actor.role === Role.TRAINEE) return actor.traineeId ? Prisma.sql`${col} = ${actor.traineeId}` : Prisma.sql`FALSE`;
  if (actor.role === Role.SUPPORT) {
    return Prisma.sql`EXISTS (SELECT 1 FROM "TeamAssignment" ta JOIN "TeamMembership" tm ON tm."teamId" = ta."teamId"
      WHERE ta."traineeId" = ${col} AND ta."endedAt" IS NULL AND tm."userId" = ${actor.id} AND tm."leftAt" IS NULL)`;
  }
  if (actor.role === Role.SPONSOR) return Prisma.sql`FALSE`;
  return Prisma.sql`TRUE`;
}

/**
 * Whether the trainee's current team is complete: 3–4 current members with active accounts, SCRIPT, ADS and FILMING
 * covered, nobody twice (teams/team.rules.ts isCompleteTeam).
 */
export function completeTeamOf(trainee: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`coalesce((SELECT count(*) BETWEEN 3 AND 4 AND count(DISTINCT m."userId") = count(*)
      AND bool_or(m.role = 'SCRIPT') AND bool_or(m.role = 'ADS') AND bool_or(m.role = 'FILMING')
    FROM "TeamAssignment" ta JOIN "TeamMembership" m ON m."teamId" = ta."teamId" AND m."leftAt" IS NULL JOIN "User" u ON u.id = m."userId" AND u.active
    WHERE ta."traineeId" = ${trainee} AND ta."endedAt" IS NULL), false)`;
}

/**
 * Both SLA clocks of each open ticket matching `where` (alias t), in epoch seconds, with the pauses of
 * aftersales/ticket.ts (`slaClocks`): first response pauses while WAITING_CUSTOMER (until the first reply);
 * resolution also while RESOLVED/CLOSED before a reopen. `breached`: either clock has run out; `dueSoon`: not
 * breached, and the resolution clock, or a running first-response clock, runs out within 2 hours
 * (SLA_DUE_WITHIN_MS); `next`: that next due instant.
 */
export function ticketSlaSql(where: Prisma.Sql, at: Date): Prisma.Sql {
  const now = secs(at);
  return Prisma.sql`
    WITH t AS (
      SELECT t.id, t.number, t.status::text AS status, t."customerName" AS customer, t.priority, ${epoch(Prisma.sql`t."createdAt"`)} AS created,
             ${epoch(Prisma.sql`t."firstRespondedAt"`)} AS fr
      FROM "AfterSalesTicket" t WHERE t.status IN ${OPEN_TICKET} AND ${where}),
    ev AS (
      SELECT e."ticketId", e."toStatus", ${epoch(Prisma.sql`e.at`)} AS s,
             coalesce(${epoch(Prisma.sql`lead(e.at) OVER (PARTITION BY e."ticketId" ORDER BY e.at)`)}, ${now}) AS u
      FROM "TicketEvent" e JOIN t ON t.id = e."ticketId" WHERE e.kind = 'STATUS' AND e."toStatus" IS NOT NULL),
    p AS (
      SELECT ev."ticketId",
        sum(greatest(0, least(ev.u, coalesce(t.fr, ${now})) - greatest(ev.s, t.created))) FILTER (WHERE ev."toStatus" = 'WAITING_CUSTOMER') AS fr_pause,
        sum(greatest(0, least(ev.u, ${now}) - greatest(ev.s, t.created))) FILTER (WHERE ev."toStatus" IN ('WAITING_CUSTOMER', 'RESOLVED', 'CLOSED')) AS res_pause
      FROM ev JOIN t ON t.id = ev."ticketId" GROUP BY ev."ticketId"),
    d AS (
      SELECT t.*, t.created + ${HOURS('firstResponse')} + coalesce(p.fr_pause, 0) AS fr_due,
             t.created + ${HOURS('resolution')} + coalesce(p.res_pause, 0) AS res_due
      FROM t LEFT JOIN p ON p."ticketId" = t.id),
    x AS (
      SELECT d.*, (coalesce(d.fr, ${now}) > d.fr_due OR ${now} > d.res_due) AS breached,
             CASE WHEN d.fr IS NULL THEN least(d.fr_due, d.res_due) ELSE d.res_due END AS next
      FROM d)
    SELECT x.id, x.number, x.status, x.customer, x.next, x.breached,
           (NOT x.breached AND x.next - ${now} < ${SLA_DUE_WITHIN_MS / 1000}::float8) AS "dueSoon"
    FROM x`;
}

/** The ids the card counts for this caller (see {@link TODO_LIST} for what they are ids of). */
export function todoSql(key: WorkbenchCardKey, actor: Actor, w: WorkbenchWindows): Prisma.Sql {
  switch (key) {
    case 'REPORTS_TO_PREPARE': {
      // Programs running in the period just ended (last month) with no report submitted for it yet.
      const p = w.reportDuePeriod;
      return Prisma.sql`SELECT pr.id FROM "Program" pr WHERE pr."startDate" <= ${p.to}::date AND pr."endDate" >= ${p.from}::date
        AND NOT EXISTS (SELECT 1 FROM "SponsorReport" r WHERE r."programId" = pr.id AND r.period = ${p.key} AND r.status <> 'DRAFT')`;
    }
    case 'REPORTS_RETURNED':
      return Prisma.sql`SELECT DISTINCT r."programId" AS id FROM "SponsorReport" r WHERE r.status = 'RETURNED'`;
    case 'REPORTS_AWAITING_DECISION':
      // A sponsor's card counts their own programs only.
      return Prisma.sql`SELECT DISTINCT r."programId" AS id FROM "SponsorReport" r JOIN "Program" pr ON pr.id = r."programId"
        WHERE r.status = 'SUBMITTED' ${actor.role === Role.SPONSOR ? Prisma.sql`AND pr."sponsorId" = ${actor.sponsorId ?? ''}` : Prisma.empty}`;
    case 'LESSONS_TODAY':
      return Prisma.sql`SELECT l.id FROM "Lesson" l WHERE l.date = ${w.today}::date`;
    case 'ATTENDANCE_MISSING':
      // Past lessons nobody marked, of cohorts with someone to mark (an empty cohort's lesson is not missing anything).
      return Prisma.sql`SELECT l.id FROM "Lesson" l WHERE l.date < ${w.today}::date
        AND NOT EXISTS (SELECT 1 FROM "Attendance" a WHERE a."lessonId" = l.id)
        AND EXISTS (SELECT 1 FROM "Enrolment" e WHERE e."cohortId" = l."cohortId" AND e.status IN ('ACTIVE', 'COMPLETED'))`;
    case 'ASSIGNMENTS_OVERDUE':
      return Prisma.sql`SELECT s.id FROM "Submission" s JOIN "Assignment" a ON a.id = s."assignmentId"
        WHERE s.status = 'ASSIGNED' AND a."dueAt" < ${w.now} AND ${traineeScopeSql(actor, Prisma.sql`s."traineeId"`)}`;
    case 'SUBMISSIONS_TO_GRADE':
      return Prisma.sql`SELECT s.id FROM "Submission" s WHERE s.status = 'SUBMITTED' AND ${traineeScopeSql(actor, Prisma.sql`s."traineeId"`)}`;
    case 'TRAINEES_WITHOUT_COMPLETE_TEAM':
      return Prisma.sql`SELECT DISTINCT tr.id FROM "Enrolment" e JOIN "Trainee" tr ON tr.id = e."traineeId"
        WHERE e.status = 'ACTIVE' AND tr.status = 'ACTIVE' AND NOT ${completeTeamOf(Prisma.sql`tr.id`)}`;
    case 'LICENCES_EXPIRING':
      // Suppliers with a licence running out from today to 30 days ahead (one supplier however many of its licences).
      return Prisma.sql`SELECT DISTINCT sl."supplierId" AS id FROM "SupplierLicence" sl
        WHERE sl."expiresOn" >= ${w.today}::date AND sl."expiresOn" <= ${w.expiringUntilDay}::date`;
    case 'INSPECTIONS_EXPIRING':
      // Approved products whose last passed inspection lapses within 30 days.
      return Prisma.sql`SELECT p.id FROM "Product" p
        JOIN LATERAL (SELECT max(i."validUntil") AS v FROM "QcInspection" i WHERE i."productId" = p.id AND i.result = 'PASS') li ON TRUE
        WHERE p.status = 'APPROVED' AND li.v >= ${w.now} AND li.v < ${w.expiringUntil}`;
    case 'RESULTS_MISSING':
      return Prisma.sql`SELECT s.id FROM "LiveSession" s WHERE s.status = 'ENDED' AND s."resultsRecordedAt" IS NULL AND ${liveSessionScopeSql(actor)}`;
    case 'SESSIONS_TODAY':
      return Prisma.sql`SELECT s.id FROM "LiveSession" s WHERE s."scheduledStart" >= ${w.todayStart} AND s."scheduledStart" < ${w.tomorrowStart}
        AND s.status <> 'CANCELLED' AND ${liveSessionScopeSql(actor)}`;
    case 'SESSIONS_TOMORROW':
      return Prisma.sql`SELECT s.id FROM "LiveSession" s WHERE s."scheduledStart" >= ${w.tomorrowStart} AND s."scheduledStart" < ${w.dayAfterTomorrowStart}
        AND s.status <> 'CANCELLED' AND ${liveSessionScopeSql(actor)}`;
    case 'FAILED_SIGN_INS':
      // Audit entries have bigint ids: as text here, like every other id.
      return Prisma.sql`SELECT al.id::text AS id FROM "AuditLog" al WHERE al.at >= ${w.securitySince} AND al.action = 'auth.login' AND al.result <> 'SUCCESS'`;
    case 'ACCESS_DENIALS':
      return Prisma.sql`SELECT al.id::text AS id FROM "AuditLog" al WHERE al.at >= ${w.securitySince} AND al.action <> 'auth.login' AND al.result = 'DENIED'`;
    case 'QC_QUEUE':
      return Prisma.sql`SELECT q.id FROM "QcTask" q WHERE q."closedAt" IS NULL`;
    case 'QC_QUEUE_OLD':
      return Prisma.sql`SELECT q.id FROM "QcTask" q WHERE q."closedAt" IS NULL AND q."createdAt" < ${w.qcOldBefore}`;
    case 'REINSPECTIONS':
      // Re-inspections after complaints: open tasks of suspended products.
      return Prisma.sql`SELECT q.id FROM "QcTask" q JOIN "Product" p ON p.id = q."productId" WHERE q."closedAt" IS NULL AND p.status = 'SUSPENDED'`;
    case 'MY_TICKETS_BREACHED':
      return Prisma.sql`SELECT y.id FROM (${ticketSlaSql(Prisma.sql`t."assigneeId" = ${actor.id}`, w.now)}) y WHERE y.breached`;
    case 'MY_TICKETS_DUE_SOON':
      return Prisma.sql`SELECT y.id FROM (${ticketSlaSql(Prisma.sql`t."assigneeId" = ${actor.id}`, w.now)}) y WHERE y."dueSoon"`;
    case 'TICKETS_UNASSIGNED':
      return Prisma.sql`SELECT t.id FROM "AfterSalesTicket" t WHERE t.status IN ${OPEN_TICKET} AND t."assigneeId" IS NULL`;
    case 'REFUNDS_DUE':
      return Prisma.sql`SELECT t.id FROM "AfterSalesTicket" t WHERE t.status IN ${OPEN_TICKET} AND t."returnReceivedAt" IS NOT NULL AND t."refundedAt" IS NULL`;
    case 'REFUNDS_OVERDUE':
      return Prisma.sql`SELECT t.id FROM "AfterSalesTicket" t WHERE t.status IN ${OPEN_TICKET} AND t."returnReceivedAt" < ${w.refundOverdueBefore} AND t."refundedAt" IS NULL`;
    default:
      throw new Error(`No list for the to-do card ${key}`);
  }
}

/** `(SELECT count(*) …) AS "KEY"`: a card's count inside a workbench statement. */
export function todoCount(key: WorkbenchCardKey, actor: Actor, w: WorkbenchWindows): Prisma.Sql {
  return Prisma.sql`(SELECT count(*)::int FROM (${todoSql(key, actor, w)}) x) AS ${Prisma.raw(`"${key}"`)}`;
}

/**
 * The ids a list keeps when it is opened from a card (`todo:` argument); undefined when there is no card filter.
 * A card that counts another kind of row is refused on the `todo` field.
 */
export async function todoIds(
  prisma: PrismaClient,
  actor: Actor,
  list: TodoList,
  key: WorkbenchCardKey | null | undefined,
  now = new Date(),
): Promise<string[] | undefined> {
  if (!key) return undefined;
  if (TODO_LIST[key] !== list) throw DomainError.field('todo', msg('workbench.cardNotForList', { key }));
  const rows = await prisma.$queryRaw<
    { id: string }[]
  >`SELECT x.id FROM (${todoSql(key, actor, workbenchWindows(now))}) x`;
  return rows.map((r) => r.id);
}
