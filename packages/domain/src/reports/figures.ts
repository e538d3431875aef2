import Decimal from 'decimal.js';

import { CohortTrack } from '../common/enums';
import { formatYuanString } from '../common/format';
import { OutcomeStatus } from '../graduation/graduation';
import { type AttendanceCounts, attendanceRate } from '../lessons/attendance';
import { Provenance, weakest } from '../sessions/results';
import type { ReportPeriod } from './period';

/**
 * A program's report for one period: the figures a sponsor reads, built from SQL aggregates by `buildReport`.
 * Activity figures (training, live sessions, after-sales, QC) cover the period; head counts, outcomes and budget
 * are "as at the end of the period" (to date). Money is a decimal string of yuan; rates are shares 0–1 rounded to
 * 4 places, or null when there is nothing to divide by (never a made-up 0 % or 100 %).
 */
/** The enums in report order (tables and charts list tracks and outcomes in this order). */
export const TRACKS = Object.values(CohortTrack);
export const OUTCOME_STATUSES = Object.values(OutcomeStatus);
/** Outcomes that count as "still streaming". */
export const STREAMING_OUTCOMES: readonly OutcomeStatus[] = [
  OutcomeStatus.STREAMING_INDEPENDENTLY,
  OutcomeStatus.HIRED_BY_MCN,
];

export interface HeadCounts {
  target: number;
  enrolled: number;
  active: number;
  graduated: number;
  dropped: number;
}

export type ProvenanceMix = Record<Provenance, number>;

export interface ReportFigures {
  trainees: Record<CohortTrack | 'total', HeadCounts>;
  training: {
    lessonsHeld: number;
    attendanceMarked: number;
    attendanceRate: number | null;
    assignmentsDue: number;
    assignmentsCompleted: number;
    assignmentCompletion: number | null;
  };
  live: {
    sessionsHeld: number;
    sessionsCancelled: number;
    streamingHours: number;
    orders: number;
    gmv: string;
    localSpecialtyGmv: string;
    localSpecialtyShare: number | null;
    refunds: string;
    gmvToDate: string;
    targetGmv: string;
    gmvTargetProgress: number | null;
  };
  afterSales: { tickets: number; qualityTickets: number; ticketsPerOrder: number | null; refunded: string };
  qc: { productsSold: number; inspections: number; passed: number; passRate: number | null };
  outcomes: {
    graduatesToDate: number;
    recorded3m: number;
    streaming3m: number;
    stillStreaming3m: number | null;
    /** Each trainee's latest recorded outcome. */
    latest: Record<OutcomeStatus, number>;
  };
  budget: {
    budget: string;
    usedInPeriod: string;
    usedToDate: string;
    remaining: string;
    usedShare: number | null;
    costPerGraduate: string | null;
    gmvPerYuan: number | null;
  };
  /** Where the sales figures came from: ended sessions of the period by the provenance of their GMV. */
  gmvProvenance: ProvenanceMix;
}

export interface ReportCharts {
  weeks: { week: string; sessions: number; gmv: string; localSpecialtyGmv: string }[];
  cohorts: CohortRow[];
  categories: { category: string; units: number; gmv: string; localSpecialty: boolean }[];
}

export interface CohortRow {
  cohortId: string;
  name: string;
  track: CohortTrack;
  enrolled: number;
  graduated: number;
  dropped: number;
  attendanceRate: number | null;
  assignmentCompletion: number | null;
  sessionsHeld: number;
  gmv: string;
}

/** The identities of the records a report was computed from, by kind, sorted. */
export type ReportRecords = Record<RecordKind, string[]>;
export const RECORD_KINDS = [
  'enrolments',
  'attendance',
  'submissions',
  'sessions',
  'sessionsToDate',
  'tickets',
  'inspections',
  'outcomes',
  'expenses',
] as const;
export type RecordKind = (typeof RECORD_KINDS)[number];

export interface ReportSnapshot {
  programId: string;
  period: ReportPeriod;
  figures: ReportFigures;
  charts: ReportCharts;
  records: ReportRecords;
}

// ---- inputs: what the SQL aggregates return, already typed ----
export interface CohortAggregate {
  cohortId: string;
  name: string;
  track: CohortTrack;
  enrolled: number;
  graduated: number;
  dropped: number;
  attendance: AttendanceCounts;
  assignmentsDue: number;
  assignmentsCompleted: number;
  sessionsHeld: number;
  sessionsCancelled: number;
  minutes: number;
  orders: number;
  gmv: string;
  refunds: string;
  gmvProvenance: ProvenanceMix;
}

export interface ReportInputs {
  period: ReportPeriod;
  program: {
    id: string;
    budget: string;
    targetGmv: string;
    targetShortTermTrainees: number;
    targetLongTermTrainees: number;
  };
  cohorts: CohortAggregate[];
  lessonsHeld: number;
  weeks: ReportCharts['weeks'];
  categories: ReportCharts['categories'];
  gmvToDate: string;
  tickets: { count: number; quality: number; refunded: string };
  qc: { productsSold: number; inspections: number; passed: number };
  outcomes: { recorded3m: Partial<Record<OutcomeStatus, number>>; latest: Partial<Record<OutcomeStatus, number>> };
  expenses: { inPeriod: string; toDate: string };
  records: ReportRecords;
}

/** A share rounded to 4 places (0.8333), or null when the denominator is 0. */
export const share = (n: number, d: number): number | null => (d === 0 ? null : Math.round((n / d) * 10_000) / 10_000);
const money = (d: Decimal.Value) => new Decimal(d).toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toFixed(2);
const sum = (xs: string[]) => money(xs.reduce((s, x) => s.plus(x), new Decimal(0)));
export const emptyMix = (): ProvenanceMix => ({ PLATFORM_EXPORT: 0, MANUAL: 0, ESTIMATE: 0 });

/** The weakest provenance present in a mix (PLATFORM_EXPORT when nothing was recorded). */
export function mixProvenance(mix: ProvenanceMix): Provenance {
  return weakest(...(Object.keys(mix) as Provenance[]).filter((p) => mix[p] > 0));
}

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

export interface RecordChange {
  kind: RecordKind;
  added: number;
  removed: number;
  /** Still in the basis, but what it contributes changed (attendance re-marked, a session's GMV corrected). */
  changed: number;
}

/**
 * A record entry is its id, then `@` and a fingerprint of what it contributes to the figures (an attendance mark's
 * status, a session's figures); snapshots frozen before fingerprints existed hold bare ids.
 */
const splitRecord = (entry: string): [string, string | undefined] => {
  const at = entry.indexOf('@');
  return at < 0 ? [entry, undefined] : [entry.slice(0, at), entry.slice(at + 1)];
};

/** Records that entered, left or changed within the report's basis since the snapshot. */
export function recordChanges(accepted: ReportRecords, live: ReportRecords): RecordChange[] {
  return RECORD_KINDS.map((kind) => {
    const a = new Map((accepted[kind] ?? []).map(splitRecord));
    const l = new Map((live[kind] ?? []).map(splitRecord));
    const added = [...l.keys()].filter((id) => !a.has(id)).length;
    const removed = [...a.keys()].filter((id) => !l.has(id)).length;
    // A fingerprint is compared only when both sides have one (an old snapshot's bare ids cannot tell).
    const changed = [...l].filter(
      ([id, fp]) => a.has(id) && fp !== undefined && a.get(id) !== undefined && a.get(id) !== fp,
    ).length;
    return { kind, added, removed, changed };
  }).filter((c) => c.added > 0 || c.removed > 0 || c.changed > 0);
}

/**
 * The kinds of record each figure is computed from (by the dotted key's prefix; the longest prefix wins), so that
 * a figure that moved is listed with the records behind the move.
 */
const FIGURE_RECORDS: [prefix: string, kinds: RecordKind[]][] = [
  ['trainees', ['enrolments']],
  ['training.lessonsHeld', []],
  ['training.attendance', ['attendance']],
  ['training.assignment', ['submissions']],
  ['cohorts', ['enrolments', 'attendance', 'submissions', 'sessions']],
  ['live.gmvToDate', ['sessionsToDate']],
  ['live.gmvTargetProgress', ['sessionsToDate']],
  ['live', ['sessions']],
  ['afterSales', ['tickets', 'sessions']],
  ['qc', ['inspections', 'sessions']],
  ['outcomes', ['outcomes', 'enrolments']],
  ['budget.costPerGraduate', ['expenses', 'enrolments']],
  ['budget.gmvPerYuan', ['expenses', 'sessions']],
  ['budget', ['expenses']],
  ['charts', ['sessions']],
];

export function recordKindsOf(figure: string): RecordKind[] {
  const match = FIGURE_RECORDS.filter(([p]) => figure === p || figure.startsWith(`${p}.`) || figure.startsWith(p)).sort(
    (a, b) => b[0].length - a[0].length,
  )[0];
  return match ? match[1] : [...RECORD_KINDS];
}

export type FigureKind = 'count' | 'money' | 'share' | 'ratio' | 'hours';

export interface FigureDefinition {
  key: string;
  kind: FigureKind;
  zh: string;
  en: string;
  /** Static provenance; sales figures take theirs from the sessions' mix (`dynamic`). */
  provenance: FigureSource | 'dynamic';
  howZh: string;
  howEn: string;
}

/**
 * Where a report figure's numbers come from: a session figure's provenance, or RECORDED for records made in
 * Grassroots itself as things happen (enrolments, attendance marks, submissions, sessions run, tickets,
 * inspections) — neither typed in afterwards nor imported.
 */
export const FigureSource = { ...Provenance, RECORDED: 'RECORDED' } as const;
export type FigureSource = (typeof FigureSource)[keyof typeof FigureSource];

const M = Provenance.MANUAL;
const R = FigureSource.RECORDED;
/**
 * Every figure on the report, with how it is computed — shown beside each figure on the dashboard, on the
 * "How figures are computed" page and in the exports. The keys are the dotted paths into `ReportFigures`.
 */
export const FIGURE_DEFINITIONS: readonly FigureDefinition[] = [
  {
    key: 'trainees.total.enrolled',
    kind: 'count',
    zh: '入学人数',
    en: 'Enrolled',
    provenance: R,
    howZh: '本项目各期班的报名记录中，入学时间在期末之前的人数（含后来结业或退出的）。',
    howEn:
      "Enrolments in the program's cohorts made before the end of the period (including those who later graduated or left).",
  },
  {
    key: 'trainees.total.graduated',
    kind: 'count',
    zh: '结业人数',
    en: 'Graduated',
    provenance: R,
    howZh: '结业决定（依据出勤、作业和直播标准）日期在期末之前的人数。',
    howEn:
      'Enrolments marked completed (graduation decided against the attendance, assignment and sales criteria) before the end of the period.',
  },
  {
    key: 'trainees.total.dropped',
    kind: 'count',
    zh: '退出人数',
    en: 'Dropped out',
    provenance: R,
    howZh: '在期末之前退出（撤销报名）的人数。',
    howEn: 'Enrolments withdrawn before the end of the period.',
  },
  {
    key: 'trainees.total.active',
    kind: 'count',
    zh: '在训人数',
    en: 'In training',
    provenance: R,
    howZh: '入学人数 − 结业人数 − 退出人数。',
    howEn: 'Enrolled − graduated − dropped out.',
  },
  {
    key: 'training.attendanceRate',
    kind: 'share',
    zh: '出勤率',
    en: 'Attendance rate',
    provenance: R,
    howZh: '本期课程的考勤记录中（出勤 + 迟到）÷（出勤 + 迟到 + 缺勤）；请假不计入分母。',
    howEn:
      'Over lessons dated in the period: (present + late) ÷ (present + late + absent); excused absences are left out.',
  },
  {
    key: 'training.assignmentCompletion',
    kind: 'share',
    zh: '作业完成率',
    en: 'Assignment completion',
    provenance: R,
    howZh: '截止日期在本期的作业中，已提交或已评分的份数 ÷ 布置的份数。',
    howEn: 'Of the assignment copies due in the period, those submitted or graded ÷ all copies set.',
  },
  {
    key: 'live.sessionsHeld',
    kind: 'count',
    zh: '已完成直播场次',
    en: 'Live sessions held',
    provenance: R,
    howZh: '计划开播时间在本期、状态为已结束的直播场次（取消的不计）。',
    howEn: 'Sessions scheduled to start in the period that ended (cancelled ones are not counted).',
  },
  {
    key: 'live.streamingHours',
    kind: 'hours',
    zh: '直播时长（小时）',
    en: 'Hours streamed',
    provenance: 'dynamic',
    howZh: '这些场次的实际时长之和 ÷ 60。',
    howEn: 'Sum of the actual minutes of those sessions ÷ 60.',
  },
  {
    key: 'live.gmv',
    kind: 'money',
    zh: '成交额（GMV）',
    en: 'GMV',
    provenance: 'dynamic',
    howZh: '本期已结束场次的成交额之和（来源：平台导出、手工录入或估算，见来源构成）。',
    howEn:
      "Sum of the ended sessions' GMV in the period (platform export, manual entry or estimate — see the provenance mix).",
  },
  {
    key: 'live.localSpecialtyGmv',
    kind: 'money',
    zh: '本地特产成交额',
    en: 'GMV of local specialties',
    provenance: 'dynamic',
    howZh: '本期场次中标记为本地特产的商品的成交额之和（按商品记录的销售额）。',
    howEn: 'Sales recorded per product in the period for products flagged as local specialties.',
  },
  {
    key: 'live.localSpecialtyShare',
    kind: 'share',
    zh: '本地特产占比',
    en: 'Local specialty share',
    provenance: 'dynamic',
    howZh: '本地特产成交额 ÷ 成交额。',
    howEn: 'GMV of local specialties ÷ GMV.',
  },
  {
    key: 'live.refunds',
    kind: 'money',
    zh: '退款额',
    en: 'Refunds',
    provenance: 'dynamic',
    howZh: '本期场次记录的退款之和（售后工单的退款会计入对应场次）。',
    howEn: "Refunds recorded on the period's sessions (after-sales refunds flow into their session).",
  },
  {
    key: 'live.gmvToDate',
    kind: 'money',
    zh: '累计成交额',
    en: 'GMV to date',
    provenance: 'dynamic',
    howZh: '项目开始至期末所有已结束场次的成交额之和。',
    howEn: 'GMV of every ended session of the program up to the end of the period.',
  },
  {
    key: 'live.gmvTargetProgress',
    kind: 'share',
    zh: '成交额目标完成度',
    en: 'GMV target reached',
    provenance: 'dynamic',
    howZh: '累计成交额 ÷ 项目成交额目标。',
    howEn: "GMV to date ÷ the program's GMV target.",
  },
  {
    key: 'afterSales.ticketsPerOrder',
    kind: 'share',
    zh: '售后率',
    en: 'After-sales rate',
    provenance: 'dynamic',
    howZh: '本期场次产生的售后工单数 ÷ 这些场次的订单数。',
    howEn: "After-sales tickets linked to the period's sessions ÷ those sessions' orders.",
  },
  {
    key: 'afterSales.refunded',
    kind: 'money',
    zh: '售后退款',
    en: 'Refunded by after-sales',
    provenance: R,
    howZh: '这些工单的退款金额之和。',
    howEn: 'Sum of the refund amounts on those tickets.',
  },
  {
    key: 'qc.passRate',
    kind: 'share',
    zh: '所售商品质检合格率',
    en: 'QC pass rate of products sold',
    provenance: R,
    howZh: '本期有销量的商品，在期末之前的全部抽检中合格次数 ÷ 抽检次数（GB/T 2828.1 / ISO 2859-1 抽样）。',
    howEn:
      'For every product with units sold in the period: passed inspections ÷ all inspections up to the end of the period (ISO 2859-1 sampling).',
  },
  {
    key: 'outcomes.stillStreaming3m',
    kind: 'share',
    zh: '三个月后仍在直播',
    en: 'Still streaming after 3 months',
    provenance: M,
    howZh: '已记录三个月回访的学员中，自主直播或受雇于机构直播的比例（情况不明计入分母）。',
    howEn:
      'Of trainees with a recorded 3-month follow-up: streaming independently or hired by an MCN (unknown counts in the denominator).',
  },
  {
    key: 'budget.usedToDate',
    kind: 'money',
    zh: '累计使用预算',
    en: 'Budget used to date',
    provenance: M,
    howZh: '协调员按发票录入的项目支出，截至期末的合计。',
    howEn: 'Program expenses entered by coordinators from invoices, up to the end of the period.',
  },
  {
    key: 'budget.usedInPeriod',
    kind: 'money',
    zh: '本期支出',
    en: 'Spent in the period',
    provenance: M,
    howZh: '支出日期在本期内的项目支出之和。',
    howEn: 'Program expenses dated in the period.',
  },
  {
    key: 'budget.remaining',
    kind: 'money',
    zh: '剩余预算',
    en: 'Budget remaining',
    provenance: M,
    howZh: '项目预算 − 累计使用预算。',
    howEn: 'Program budget − budget used to date.',
  },
  {
    key: 'budget.usedShare',
    kind: 'share',
    zh: '预算使用比例',
    en: 'Share of budget used',
    provenance: M,
    howZh: '累计使用预算 ÷ 项目预算。',
    howEn: 'Budget used to date ÷ program budget.',
  },
  {
    key: 'budget.costPerGraduate',
    kind: 'money',
    zh: '每位结业学员成本',
    en: 'Cost per graduate',
    provenance: M,
    howZh: '累计使用预算 ÷ 累计结业人数。',
    howEn: 'Budget used to date ÷ graduates to date.',
  },
  {
    key: 'budget.gmvPerYuan',
    kind: 'ratio',
    zh: '每元预算带来的成交额',
    en: 'GMV per yuan of budget',
    provenance: 'dynamic',
    howZh: '累计成交额 ÷ 累计使用预算。',
    howEn: 'GMV to date ÷ budget used to date.',
  },
];

export const figureDefinition = (key: string): FigureDefinition | undefined =>
  FIGURE_DEFINITIONS.find((d) => d.key === key);

/** The value at a dotted path of the figures. */
export function figureValue(f: ReportFigures, key: string): string | number | null {
  let v: unknown = f;
  for (const part of key.split('.')) v = v && typeof v === 'object' ? (v as Record<string, unknown>)[part] : undefined;
  return v === undefined ? null : (v as string | number | null);
}

/** A figure's provenance: its static one, or for sales figures the weakest among the sessions that fed it. */
export function figureProvenance(def: FigureDefinition, f: ReportFigures): FigureSource {
  return def.provenance === 'dynamic' ? mixProvenance(f.gmvProvenance) : def.provenance;
}

/**
 * A sales figure's provenance mix: the share of the period's sessions by the provenance of their GMV, strongest
 * first, present ones only (76 % platform export, 24 % manual), so that one manual session does not make the whole
 * figure read "manual". Null for a figure with one static provenance, and when no session fed it.
 */
export function figureProvenanceMix(
  def: FigureDefinition,
  f: ReportFigures,
): { provenance: Provenance; share: number }[] | null {
  if (def.provenance !== 'dynamic') return null;
  const total = Object.values(f.gmvProvenance).reduce((a, b) => a + b, 0);
  if (!total) return null;
  return (Object.values(Provenance) as Provenance[])
    .filter((p) => f.gmvProvenance[p] > 0)
    .map((p) => ({ provenance: p, share: Math.round((10000 * f.gmvProvenance[p]) / total) / 10000 }));
}

/** Months (or quarters) a program spans, newest first, e.g. for a period picker. */
export function periodsBetween(startDate: string, endDate: string, kind: 'MONTH' | 'QUARTER'): string[] {
  const out: string[] = [];
  let y = Number(startDate.slice(0, 4));
  let m = Number(startDate.slice(5, 7));
  const endY = Number(endDate.slice(0, 4));
  const endM = Number(endDate.slice(5, 7));
  while (y < endY || (y === endY && m <= endM)) {
    const key = kind === 'MONTH' ? `${y}-${String(m).padStart(2, '0')}` : `${y}-Q${Math.floor((m - 1) / 3) + 1}`;
    if (!out.includes(key)) out.push(key);
    m++;
    if (m > 12) {
      m = 1;
      y++;
    }
  }
  return out.reverse();
}

/** A figure's value as printed everywhere (dashboard, CSV, PDF): ¥1,234.50 · 83.3% · 4.12 · 15 · — for "nothing to divide by". */
export function formatFigureValue(kind: FigureKind, v: string | number | null | undefined): string {
  if (v === null || v === undefined) return '—';
  if (kind === 'money') return formatYuanString(String(v));
  if (kind === 'share') return `${(Number(v) * 100).toFixed(1)}%`;
  if (kind === 'ratio') return Number(v).toFixed(2);
  return String(v);
}

/** The target a figure is measured against, where the program sets one (formatted), else null. */
export function figureTarget(key: string, f: ReportFigures): string | null {
  if (key === 'trainees.total.enrolled') return String(f.trainees.total.target);
  if (key === 'live.gmvToDate') return formatYuanString(f.live.targetGmv);
  if (key === 'budget.usedToDate') return formatYuanString(f.budget.budget);
  return null;
}
