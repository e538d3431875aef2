import { z } from '../common/z';
import { type Message, msg } from '../errors';
import { OutcomeStatus } from './outcomes';

/**
 * Graduation: a program sets criteria; the system says for each trainee whether they qualify and, if not,
 * exactly why. Criteria are small objects with one `check`, so the sales criterion (live sessions or GMV) plugs
 * in when live sessions exist without touching the others.
 */
export interface GraduationFacts {
  /** 0..1, or null before any lesson counted. */
  attendanceRate: number | null;
  gradedAssignments: number;
  /** Average of graded scores as a share of their maximum, 0..1; null when none graded. */
  averageScoreShare: number | null;
  /** Filled once live sessions are recorded; undefined means "not tracked yet". */
  sales?: { sessions: number; gmvFen: bigint };
}

export interface CriterionResult {
  code: string;
  met: boolean;
  /** Why, in words a coordinator can act on (English; `message` says it in any language). */
  detail: string;
  message: Message;
}

export interface GraduationCriterion {
  code: string;
  check(f: GraduationFacts): CriterionResult;
}

const pct = (x: number) => `${Math.round(x * 1000) / 10} %`;
const said = (message: Message) => ({ detail: message.message, message });

export const minAttendance = (share: number): GraduationCriterion => ({
  code: 'ATTENDANCE',
  check: (f) => ({
    code: 'ATTENDANCE',
    met: f.attendanceRate !== null && f.attendanceRate >= share,
    ...said(
      f.attendanceRate === null
        ? msg('graduation.noAttendanceYet')
        : msg('graduation.attendance', { rate: pct(f.attendanceRate), needs: pct(share) }),
    ),
  }),
});

export const minGraded = (count: number, averageShare: number): GraduationCriterion => ({
  code: 'ASSIGNMENTS',
  check: (f) => {
    const enough = f.gradedAssignments >= count;
    // Nothing graded yet passes only when nothing needs grading.
    const good = f.averageScoreShare === null ? count === 0 : f.averageScoreShare >= averageShare;
    return {
      code: 'ASSIGNMENTS',
      met: enough && good,
      ...said(
        msg('graduation.assignmentsGraded', {
          graded: f.gradedAssignments,
          total: count,
          average: f.averageScoreShare === null ? '—' : pct(f.averageScoreShare),
          needs: pct(averageShare),
        }),
      ),
    };
  },
});

/** At least N live sessions, or at least ¥M GMV (either suffices); unmet while sales are not tracked. */
export const minSales = (opts: { sessions?: number; gmvFen?: bigint }): GraduationCriterion => ({
  code: 'SALES',
  check: (f) => {
    if (!f.sales) return { code: 'SALES', met: false, ...said(msg('graduation.noResultsYet')) };
    const bySessions = opts.sessions !== undefined && f.sales.sessions >= opts.sessions;
    const byGmv = opts.gmvFen !== undefined && f.sales.gmvFen >= opts.gmvFen;
    return {
      code: 'SALES',
      met: bySessions || byGmv,
      ...said(msg('graduation.sales', { count: f.sales.sessions, gmv: (Number(f.sales.gmvFen) / 100).toFixed(2) })),
    };
  },
});

/** The criteria a program sets (percentages as whole numbers); the sales criterion joins when it is set. */
export function criteriaOfProgram(p: {
  gradMinAttendancePct: number;
  gradMinGraded: number;
  gradMinAveragePct: number;
  gradMinSessions?: number | null;
  gradMinGmvFen?: bigint | null;
}): GraduationCriterion[] {
  const list = [minAttendance(p.gradMinAttendancePct / 100), minGraded(p.gradMinGraded, p.gradMinAveragePct / 100)];
  if (p.gradMinSessions != null || p.gradMinGmvFen != null)
    list.push(minSales({ sessions: p.gradMinSessions ?? undefined, gmvFen: p.gradMinGmvFen ?? undefined }));
  return list;
}

export const GraduationDecision = { GRADUATE: 'GRADUATE', DROP: 'DROP' } as const;
export type GraduationDecision = (typeof GraduationDecision)[keyof typeof GraduationDecision];

export const decideGraduationSchema = z
  .object({
    cohortId: z.string().min(1),
    traineeId: z.string().min(1),
    decision: z.enum([GraduationDecision.GRADUATE, GraduationDecision.DROP]),
    reason: z.string().trim().max(500).optional().nullable(),
  })
  .superRefine((v, ctx) => {
    if (v.decision === 'DROP' && (!v.reason || v.reason.length < 2))
      ctx.addIssue({ code: 'custom', path: ['reason'], message: 'training.giveReasonDropping' });
  });

export function evaluateGraduation(
  criteria: GraduationCriterion[],
  facts: GraduationFacts,
): { eligible: boolean; results: CriterionResult[] } {
  const results = criteria.map((c) => c.check(facts));
  return { eligible: results.every((r) => r.met), results };
}

export const recordOutcomeSchema = z.object({
  traineeId: z.string().min(1),
  monthsAfter: z.union([z.literal(1), z.literal(3), z.literal(6)], { error: 'training.followUps136' }),
  status: z.enum(Object.values(OutcomeStatus) as [OutcomeStatus, ...OutcomeStatus[]]),
  monthlyIncome: z
    .string()
    .trim()
    .regex(/^(0|[1-9]\d{0,9})(\.\d{1,2})?$/, 'training.enterMonthlyAmountYuan4500')
    .optional()
    .nullable(),
  note: z.string().trim().max(500).optional().nullable(),
});
