import type { SqlRunner } from './sql';

export interface ScaleOptions {
  trainees: number;
  sessions: number;
  tickets: number;
}

export const SCALE_DEFAULTS: ScaleOptions = { trainees: 1000, sessions: 200_000, tickets: 50_000 };

const int = (n: number, name: string) => {
  if (!Number.isInteger(n) || n < 1) throw new Error(`${name} must be a positive whole number`);
  return n;
};

/**
 * Loads a large, deterministic data set for benchmarks (not for demos): 100 trainees per program, each program with
 * a short-term and a long-term cohort, teams of four, lessons with attendance, assignments, ~200 sessions per
 * trainee from February to November 2026 (GMV log-normal, median ≈ ¥2,000) with two products each, after-sales
 * tickets on ended sessions, inspections, outcomes and monthly expenses. Everything is generated inside the
 * database with generate_series (set-based SQL), in one transaction; ids start with "sc-". Staff accounts it
 * creates cannot sign in (their password hash is a placeholder).
 */
export async function seedAtScale(
  sql: SqlRunner,
  o: ScaleOptions = SCALE_DEFAULTS,
): Promise<{ programs: number } & ScaleOptions> {
  const T = int(o.trainees, 'trainees');
  const S = int(o.sessions, 'sessions');
  const K = int(o.tickets, 'tickets');
  const P = Math.max(1, Math.ceil(T / 100));
  const [{ n }] = await sql.query<{ n: number }>(`SELECT count(*)::int AS n FROM "Sponsor" WHERE id LIKE 'sc-sp-%'`);
  if (n > 0) throw new Error('Scale data is already loaded in this database');
  const normal = `(sqrt(-2 * ln(1 - random())) * cos(2 * pi() * random()))`;
  await sql.exec(`
BEGIN;
SELECT setseed(0.42);
CREATE TEMP TABLE sc_t ON COMMIT DROP AS
  SELECT i, 'sc-tr-' || i AS id, ((i - 1) % ${P}) + 1 AS p, (i - 1) / ${P} AS j,
    CASE WHEN (i - 1) / ${P} < 40 THEN 1 ELSE 2 END AS k,
    CASE WHEN random() < 0.7 THEN 'G' WHEN random() < 0.33 THEN 'D' ELSE 'A' END AS fate
  FROM generate_series(1, ${T}) i;
ALTER TABLE sc_t ADD COLUMN team text;
UPDATE sc_t SET team = 'sc-te-' || p || '-' || (j / 4);

INSERT INTO "User"(id, email, name, role, "passwordHash", "updatedAt")
  SELECT 'sc-su-' || u, 'scale-support-' || u || '@grassroots.local', '规模测试员工 ' || u, 'SUPPORT', 'scale-data-cannot-sign-in', now() FROM generate_series(1, ${P * 10}) u;
INSERT INTO "User"(id, email, name, role, "passwordHash", "updatedAt") VALUES ('sc-coord', 'scale-coordinator@grassroots.local', '规模测试协调员', 'COORDINATOR', 'scale-data-cannot-sign-in', now());

INSERT INTO "Sponsor"(id, name, region, "contactName", "contactPhone", "updatedAt")
  SELECT 'sc-sp-' || p, '规模测试县人民政府 ' || p, '规模测试地区', '测试联系人', '13800000000', now() FROM generate_series(1, ${P}) p;
INSERT INTO "Program"(id, "sponsorId", name, region, "startDate", "endDate", budget, "targetShortTermTrainees", "targetLongTermTrainees", "targetGmv", "updatedAt")
  SELECT 'sc-pr-' || p, 'sc-sp-' || p, '规模测试项目 ' || p, '规模测试地区', '2026-01-01', '2026-12-31', 5000000, 40, 60, 50000000, now() FROM generate_series(1, ${P}) p;
INSERT INTO "Cohort"(id, "programId", name, track, "startDate", "endDate", capacity, location, status, "updatedAt")
  SELECT 'sc-co-' || p || '-' || k, 'sc-pr-' || p, CASE k WHEN 1 THEN '规模测试短期班 ' ELSE '规模测试长期孵化班 ' END || p,
    (CASE k WHEN 1 THEN 'SHORT_TERM' ELSE 'LONG_TERM' END)::"CohortTrack", '2026-01-05', (CASE k WHEN 1 THEN '2026-01-25' ELSE '2026-10-31' END)::date, 100, '规模测试', 'COMPLETED', now()
  FROM generate_series(1, ${P}) p, generate_series(1, 2) k;

INSERT INTO "Trainee"(id, name, phone, "nationalIdCipher", "nationalIdHash", "nationalIdMasked", hometown, status, "updatedAt")
  SELECT id, '规模学员' || i, '139' || lpad(i::text, 8, '0'), 'scale', 'scale-' || i, '000000********' || lpad((i % 10000)::text, 4, '0'), '规模测试乡',
    (CASE fate WHEN 'G' THEN 'GRADUATED' WHEN 'D' THEN 'DROPPED' ELSE 'ACTIVE' END)::"TraineeStatus", now() FROM sc_t;
INSERT INTO "Enrolment"(id, "traineeId", "cohortId", "programId", status, "enrolledAt", "completedAt", "withdrawnAt")
  SELECT 'sc-en-' || i, id, 'sc-co-' || p || '-' || k, 'sc-pr-' || p,
    (CASE fate WHEN 'G' THEN 'COMPLETED' WHEN 'D' THEN 'WITHDRAWN' ELSE 'ACTIVE' END)::"EnrolmentStatus", '2026-01-04 02:00',
    CASE WHEN fate = 'G' THEN (CASE k WHEN 1 THEN timestamp '2026-01-25 10:00' ELSE timestamp '2026-10-31 10:00' END) END,
    CASE WHEN fate = 'D' THEN timestamp '2026-03-15 10:00' END
  FROM sc_t;

INSERT INTO "SupportTeam"(id, name, "cohortId", "updatedAt")
  SELECT DISTINCT team, '规模组 ' || p || '-' || (j / 4), 'sc-co-' || p || '-' || k, now() FROM sc_t;
INSERT INTO "TeamMembership"(id, "teamId", "userId", role, "joinedAt")
  SELECT 'sc-tm-' || t.team || '-' || r, t.team, 'sc-su-' || (((t.p - 1) * 10 + (t.j / 4 + r) % 10) + 1),
    (ARRAY['SCRIPT', 'ADS', 'FILMING', 'PLANNER'])[r + 1]::"TeamRole", '2026-01-10'
  FROM (SELECT DISTINCT team, p, j / 4 * 4 AS j FROM sc_t) t, generate_series(0, 3) r;
INSERT INTO "TeamAssignment"(id, "teamId", "traineeId", "startedAt", "assignedById")
  SELECT 'sc-ta-' || i, team, id, '2026-01-10', 'sc-coord' FROM sc_t;

INSERT INTO "Supplier"(id, name, kind, region, "updatedAt")
  SELECT 'sc-sl-' || s, '规模测试供应商 ' || s, (ARRAY['FARM', 'COOPERATIVE', 'FACTORY', 'DEALER'])[s % 4 + 1]::"SupplierKind", '规模测试地区', now() FROM generate_series(1, 10) s;
INSERT INTO "Product"(id, "supplierId", name, category, "originRegion", "localSpecialty", "unitPrice", "suggestedLivePrice", "commissionPct", perishable, status, "updatedAt")
  SELECT 'sc-pd-' || d, 'sc-sl-' || ((d - 1) % 10 + 1), '规模测试商品 ' || d, (ARRAY['干果', '水果', '粮油', '蜂蜜', '茶叶', '肉禽蛋', '日用品', '服饰'])[d % 8 + 1],
    '规模测试地区', d % 5 < 2, 39.90, 29.90, 25, d % 8 = 1, 'APPROVED', now()
  FROM generate_series(1, 50) d;
INSERT INTO "QcInspection"(id, "productId", "lotSize", level, "aqlCritical", "aqlMajor", "aqlMinor", "sampleSize", "criticalFound", "majorFound", "minorFound", checklist, "photoFileIds", result, "inspectorId", "inspectedAt", "validUntil")
  SELECT 'sc-qi-' || d || '-' || v, 'sc-pd-' || d, 4000, 'II', '0', '2.5', '4.0', 200, 0, CASE WHEN v = 1 AND d % 7 = 0 THEN 12 ELSE 3 END, 5, '[]', '{}',
    (CASE WHEN v = 1 AND d % 7 = 0 THEN 'FAIL' ELSE 'PASS' END)::"InspectionResult", 'sc-coord', timestamp '2026-01-15' + (v * interval '60 days'), timestamp '2026-01-15' + (v * interval '60 days') + interval '90 days'
  FROM generate_series(1, 50) d, generate_series(1, 4) v;

INSERT INTO "Lesson"(id, "cohortId", date, "startTime", "endTime", topic, kind, location, "updatedAt")
  SELECT 'sc-le-' || p || '-' || k || '-' || l, 'sc-co-' || p || '-' || k,
    CASE k WHEN 1 THEN date '2026-01-05' + (l - 1) ELSE date '2026-02-02' + (l - 1) * 4 END, '10:00', '12:00', '规模测试课程 ' || l, 'CLASS', '规模测试', now()
  FROM generate_series(1, ${P}) p, generate_series(1, 2) k, generate_series(1, 60) l WHERE k = 2 OR l <= 15;
INSERT INTO "Attendance"(id, "lessonId", "traineeId", status)
  SELECT 'sc-at-' || t.i || '-' || l, 'sc-le-' || t.p || '-' || t.k || '-' || l, t.id,
    (CASE WHEN random() < 0.85 THEN 'PRESENT' WHEN random() < 0.4 THEN 'LATE' WHEN random() < 0.7 THEN 'ABSENT' ELSE 'EXCUSED' END)::"AttendanceStatus"
  FROM sc_t t, generate_series(1, 60) l WHERE t.k = 2 OR l <= 15;
INSERT INTO "Assignment"(id, "cohortId", title, kind, "dueAt", "maxScore", "updatedAt")
  SELECT 'sc-as-' || p || '-' || k || '-' || a, 'sc-co-' || p || '-' || k, '规模测试作业 ' || a, 'SCRIPT_WRITING',
    CASE k WHEN 1 THEN timestamp '2026-01-08 15:59' + (a - 1) * interval '1 day' ELSE timestamp '2026-02-10 15:59' + (a - 1) * interval '25 days' END, 100, now()
  FROM generate_series(1, ${P}) p, generate_series(1, 2) k, generate_series(1, 10) a;
INSERT INTO "Submission"(id, "assignmentId", "traineeId", status, links, "updatedAt")
  SELECT 'sc-sb-' || t.i || '-' || a, 'sc-as-' || t.p || '-' || t.k || '-' || a, t.id,
    (CASE WHEN random() < 0.75 THEN 'GRADED' WHEN random() < 0.5 THEN 'SUBMITTED' ELSE 'ASSIGNED' END)::"SubmissionStatus", '{}', now()
  FROM sc_t t, generate_series(1, 10) a;

INSERT INTO "LiveSession"(id, "traineeId", "teamId", "cohortId", platform, "scheduledStart", "plannedMinutes", "scheduledEnd", title, status, "startedAt", "endedAt",
    "actualMinutes", viewers, "peakViewers", "newFollowers", orders, gmv, "adSpend", refunds, commission, "netResult", provenance, "resultsRecordedAt", "createdById", "updatedAt")
  SELECT 'sc-ls-' || x.n, x.id, x.team, 'sc-co-' || x.p || '-' || x.k, 'DOUYIN', x.start, 90, x.start + interval '90 minutes', '规模测试直播', x.status::"LiveSessionStatus",
    CASE WHEN x.ended THEN x.start END, CASE WHEN x.ended THEN x.start + interval '90 minutes' END, CASE WHEN x.ended THEN 90 END,
    CASE WHEN x.ended THEN (x.gmv / 45)::int * 40 + 100 END, CASE WHEN x.ended THEN (x.gmv / 45)::int * 4 + 10 END, CASE WHEN x.ended THEN (x.gmv / 300)::int END,
    CASE WHEN x.ended THEN greatest(1, (x.gmv / 45)::int) END, CASE WHEN x.ended THEN x.gmv END, CASE WHEN x.ended THEN round(x.gmv * 0.2, 2) END,
    CASE WHEN x.ended THEN round(x.gmv * 0.05, 2) ELSE 0 END, CASE WHEN x.ended THEN round(x.gmv * 0.95 * 0.25, 2) END,
    CASE WHEN x.ended THEN x.gmv - round(x.gmv * 0.05, 2) - round(x.gmv * 0.95 * 0.25, 2) - round(x.gmv * 0.2, 2) END,
    CASE WHEN x.ended THEN jsonb_build_object('gmv', CASE WHEN x.r < 0.7 THEN 'PLATFORM_EXPORT' WHEN x.r < 0.95 THEN 'MANUAL' ELSE 'ESTIMATE' END) ELSE '{}'::jsonb END,
    CASE WHEN x.ended THEN x.start + interval '3 hours' END, 'sc-coord', now()
  FROM (
    SELECT s.n, t.id, t.team, t.p, t.k, random() AS r,
      timestamp '2026-02-01 02:00' + ((s.n - 1) / ${T}) * (interval '6960 hours' / greatest(1, ${Math.ceil(S / T)})) + (t.i % 12) * interval '1 hour' AS start,
      CASE WHEN random() < 0.03 THEN 'CANCELLED' ELSE 'ENDED' END AS status,
      round(exp(7.6 + 0.9 * ${normal})::numeric, 2) AS gmv
    FROM generate_series(1, ${S}) s(n) JOIN sc_t t ON t.i = ((s.n - 1) % ${T}) + 1
  ) x0 CROSS JOIN LATERAL (SELECT x0.*, x0.status = 'ENDED' AS ended) x;
INSERT INTO "LiveSessionItem"(id, "sessionId", position, "productId", "livePrice", "commissionPct", "unitsSold", gmv)
  SELECT 'sc-li-' || substr(s.id, 7) || '-' || pos, s.id, pos, 'sc-pd-' || (CASE pos WHEN 1 THEN (substr(s.id, 7)::int % 50) + 1 ELSE ((substr(s.id, 7)::int + 7) % 50) + 1 END),
    39.90, 25, greatest(1, (s.gmv * (CASE pos WHEN 1 THEN 0.6 ELSE 0.4 END) / 39.9)::int), round(s.gmv * (CASE pos WHEN 1 THEN 0.6 ELSE 0.4 END), 2)
  FROM "LiveSession" s, generate_series(1, 2) pos WHERE s.id LIKE 'sc-ls-%' AND s.status = 'ENDED';
INSERT INTO "AfterSalesTicket"(id, number, "orderRef", "productId", "sessionId", "traineeId", "customerName", "customerPhone", type, priority, status, "amountClaimed", "refundAmount", "rootCause", "createdAt", "resolvedAt", "updatedAt")
  SELECT 'sc-tk-' || q.k, 'SC-2026-' || lpad(q.k::text, 7, '0'), 'SCALE' || q.k, 'sc-pd-' || ((substr(s.id, 7)::int % 50) + 1), s.id, s."traineeId", '规模测试顾客', '13800000000',
    (ARRAY['REFUND_ONLY', 'RETURN_REFUND', 'EXCHANGE', 'QUALITY_COMPLAINT', 'LOGISTICS', 'OTHER'])[q.k % 6 + 1]::"TicketType", 'NORMAL', 'CLOSED', 39.90,
    CASE WHEN q.k % 3 = 0 THEN 39.90 END, (ARRAY['QUALITY', 'DESCRIPTION_MISMATCH', 'LOGISTICS', 'CUSTOMER_CHANGED_MIND', 'OTHER'])[q.k % 5 + 1]::"RootCause",
    s."scheduledStart" + interval '2 days', s."scheduledStart" + interval '4 days', now()
  FROM (SELECT k, 'sc-ls-' || (1 + (k::bigint * 7919) % ${S}) AS sid FROM generate_series(1, ${Math.ceil(K * 1.1)}) k) q
  JOIN "LiveSession" s ON s.id = q.sid AND s.status = 'ENDED'
  ORDER BY q.k LIMIT ${K};
INSERT INTO "TraineeOutcome"(id, "traineeId", "monthsAfter", status, "recordedAt")
  SELECT 'sc-oc-' || t.i || '-' || m, t.id, m,
    (CASE WHEN random() < 0.45 THEN 'STREAMING_INDEPENDENTLY' WHEN random() < 0.3 THEN 'HIRED_BY_MCN' WHEN random() < 0.5 THEN 'OTHER_EMPLOYMENT' ELSE 'NOT_WORKING' END)::"OutcomeStatus",
    (CASE t.k WHEN 1 THEN timestamp '2026-01-25' ELSE timestamp '2026-10-31' END) + m * interval '31 days'
  FROM sc_t t, generate_series(1, 3) m WHERE t.fate = 'G' AND m IN (1, 3) AND (t.k = 1 OR m = 1);
INSERT INTO "ProgramExpense"(id, "programId", "spentOn", amount, category, description, "recordedById")
  SELECT 'sc-ex-' || p || '-' || m || '-' || c, 'sc-pr-' || p, make_date(2026, m, 25), round((8000 + random() * 20000)::numeric, 2),
    (ARRAY['TRAINING', 'STAFF', 'TRAFFIC'])[c]::"ExpenseCategory", '规模测试支出', 'sc-coord'
  FROM generate_series(1, ${P}) p, generate_series(1, 11) m, generate_series(1, 3) c;
COMMIT;
ANALYZE;
`);
  return { programs: P, trainees: T, sessions: S, tickets: K };
}
