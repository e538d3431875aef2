import Decimal from 'decimal.js';

import { type OutcomeStatus } from '../graduation/outcomes';
import { type AttendanceCounts, attendanceRate } from '../lessons/attendance';
import { emptyMix } from '../sessions/provenance';
import {
  type CohortAggregate,
  type HeadCounts,
  OUTCOME_STATUSES,
  RECORD_KINDS,
  type ReportCharts,
  type ReportFigures,
  type ReportInputs,
  type ReportRecords,
  type ReportSnapshot,
  STREAMING_OUTCOMES,
} from './report-types';

/** A share rounded to 4 places (0.8333), or null when the denominator is 0. */
export const share = (n: number, d: number): number | null => (d === 0 ? null : Math.round((n / d) * 10_000) / 10_000);
const money = (d: Decimal.Value) => new Decimal(d).toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toFixed(2);
const sum = (xs: string[]) => money(xs.reduce((s, x) => s.plus(x), new Decimal(0)));

export function buildReport(i: ReportInputs): ReportSnapshot {
  const heads = (cs: CohortAggregate[], target: number): HeadCounts => {
    const enrolled = cs.reduce((s, c) => s + c.enrolled, 0);
    const graduated = cs.reduce((s, c) => s + c.graduated, 0);
    const dropped = cs.reduce((s, c) => s + c.dropped, 0);
    return { target, enrolled, graduated, dropped, active: enrolled - graduated - dropped };
  };
  const p = i.program;
  const short = heads(
    i.cohorts.filter((c) => c.track === 'SHORT_TERM'),
    p.targetShortTermTrainees,
  );
  const long = heads(
    i.cohorts.filter((c) => c.track === 'LONG_TERM'),
    p.targetLongTermTrainees,
  );
  const total = heads(i.cohorts, p.targetShortTermTrainees + p.targetLongTermTrainees);

  const att = i.cohorts.reduce<AttendanceCounts>(
    (s, c) => ({
      present: s.present + c.attendance.present,
      late: s.late + c.attendance.late,
      absent: s.absent + c.attendance.absent,
      excused: s.excused + c.attendance.excused,
    }),
    { present: 0, late: 0, absent: 0, excused: 0 },
  );
  const rate = (c: AttendanceCounts) => {
    const r = attendanceRate(c);
    return r === null ? null : Math.round(r * 10_000) / 10_000;
  };
  const due = i.cohorts.reduce((s, c) => s + c.assignmentsDue, 0);
  const completed = i.cohorts.reduce((s, c) => s + c.assignmentsCompleted, 0);
  const held = i.cohorts.reduce((s, c) => s + c.sessionsHeld, 0);
  const orders = i.cohorts.reduce((s, c) => s + c.orders, 0);
  const gmv = sum(i.cohorts.map((c) => c.gmv));
  const localGmv = sum(i.categories.filter((c) => c.localSpecialty).map((c) => c.gmv));
  const mix = i.cohorts.reduce(
    (m, c) => ({
      PLATFORM_EXPORT: m.PLATFORM_EXPORT + c.gmvProvenance.PLATFORM_EXPORT,
      MANUAL: m.MANUAL + c.gmvProvenance.MANUAL,
      ESTIMATE: m.ESTIMATE + c.gmvProvenance.ESTIMATE,
    }),
    emptyMix(),
  );

  const latest = Object.fromEntries(OUTCOME_STATUSES.map((s) => [s, i.outcomes.latest[s] ?? 0])) as Record<
    OutcomeStatus,
    number
  >;
  const recorded3m = OUTCOME_STATUSES.reduce((s, k) => s + (i.outcomes.recorded3m[k] ?? 0), 0);
  const streaming3m = STREAMING_OUTCOMES.reduce((s, k) => s + (i.outcomes.recorded3m[k] ?? 0), 0);

  const budget = new Decimal(p.budget);
  const used = new Decimal(i.expenses.toDate);
  const figures: ReportFigures = {
    trainees: { SHORT_TERM: short, LONG_TERM: long, total },
    training: {
      lessonsHeld: i.lessonsHeld,
      attendanceMarked: att.present + att.late + att.absent + att.excused,
      attendanceRate: rate(att),
      assignmentsDue: due,
      assignmentsCompleted: completed,
      assignmentCompletion: share(completed, due),
    },
    live: {
      sessionsHeld: held,
      sessionsCancelled: i.cohorts.reduce((s, c) => s + c.sessionsCancelled, 0),
      streamingHours: Math.round((i.cohorts.reduce((s, c) => s + c.minutes, 0) / 60) * 10) / 10,
      orders,
      gmv,
      localSpecialtyGmv: localGmv,
      localSpecialtyShare: new Decimal(gmv).isZero()
        ? null
        : new Decimal(localGmv).div(gmv).toDecimalPlaces(4).toNumber(),
      refunds: sum(i.cohorts.map((c) => c.refunds)),
      gmvToDate: money(i.gmvToDate),
      targetGmv: money(p.targetGmv),
      gmvTargetProgress: new Decimal(p.targetGmv).isZero()
        ? null
        : new Decimal(i.gmvToDate).div(p.targetGmv).toDecimalPlaces(4).toNumber(),
    },
    afterSales: {
      tickets: i.tickets.count,
      qualityTickets: i.tickets.quality,
      ticketsPerOrder: share(i.tickets.count, orders),
      refunded: money(i.tickets.refunded),
    },
    qc: { ...i.qc, passRate: share(i.qc.passed, i.qc.inspections) },
    outcomes: {
      graduatesToDate: total.graduated,
      recorded3m,
      streaming3m,
      stillStreaming3m: share(streaming3m, recorded3m),
      latest,
    },
    budget: {
      budget: money(budget),
      usedInPeriod: money(i.expenses.inPeriod),
      usedToDate: money(used),
      remaining: money(budget.minus(used)),
      usedShare: budget.isZero() ? null : used.div(budget).toDecimalPlaces(4).toNumber(),
      costPerGraduate: total.graduated === 0 ? null : money(used.div(total.graduated)),
      gmvPerYuan: used.isZero() ? null : new Decimal(i.gmvToDate).div(used).toDecimalPlaces(2).toNumber(),
    },
    gmvProvenance: mix,
  };
  const charts: ReportCharts = {
    weeks: i.weeks,
    categories: i.categories,
    cohorts: i.cohorts.map((c) => ({
      cohortId: c.cohortId,
      name: c.name,
      track: c.track,
      enrolled: c.enrolled,
      graduated: c.graduated,
      dropped: c.dropped,
      attendanceRate: rate(c.attendance),
      assignmentCompletion: share(c.assignmentsCompleted, c.assignmentsDue),
      sessionsHeld: c.sessionsHeld,
      gmv: money(c.gmv),
    })),
  };
  const records = Object.fromEntries(RECORD_KINDS.map((k) => [k, [...(i.records[k] ?? [])].sort()])) as ReportRecords;
  return { programId: p.id, period: i.period, figures, charts, records };
}
