import { Provenance } from '../sessions/results';
import { mixProvenance } from './figures';
import type { ReportFigures } from './report-types';

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
