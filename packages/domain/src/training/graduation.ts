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
  /** Why, in words a coordinator can act on. */
  detail: string;
}

export interface GraduationCriterion {
  code: string;
  check(f: GraduationFacts): CriterionResult;
}

const pct = (x: number) => `${Math.round(x * 1000) / 10} %`;

export const minAttendance = (share: number): GraduationCriterion => ({
  code: 'ATTENDANCE',
  check: (f) => ({
    code: 'ATTENDANCE',
    met: f.attendanceRate !== null && f.attendanceRate >= share,
    detail: f.attendanceRate === null ? 'No attendance recorded yet' : `Attendance ${pct(f.attendanceRate)} (needs ${pct(share)})`,
  }),
});

export const minGraded = (count: number, averageShare: number): GraduationCriterion => ({
  code: 'ASSIGNMENTS',
  check: (f) => {
    const enough = f.gradedAssignments >= count;
    const good = f.averageScoreShare !== null && f.averageScoreShare >= averageShare;
    return {
      code: 'ASSIGNMENTS',
      met: enough && good,
      detail: `${f.gradedAssignments} of ${count} assignments graded, average ${f.averageScoreShare === null ? '—' : pct(f.averageScoreShare)} (needs ${pct(averageShare)})`,
    };
  },
});

/** At least N live sessions, or at least ¥M GMV (either suffices); unmet while sales are not tracked. */
export const minSales = (opts: { sessions?: number; gmvFen?: bigint }): GraduationCriterion => ({
  code: 'SALES',
  check: (f) => {
    if (!f.sales) return { code: 'SALES', met: false, detail: 'No live-session results recorded yet' };
    const bySessions = opts.sessions !== undefined && f.sales.sessions >= opts.sessions;
    const byGmv = opts.gmvFen !== undefined && f.sales.gmvFen >= opts.gmvFen;
    return { code: 'SALES', met: bySessions || byGmv, detail: `${f.sales.sessions} live sessions, GMV ¥${(Number(f.sales.gmvFen) / 100).toFixed(2)}` };
  },
});

export function evaluateGraduation(criteria: GraduationCriterion[], facts: GraduationFacts): { eligible: boolean; results: CriterionResult[] } {
  const results = criteria.map((c) => c.check(facts));
  return { eligible: results.every((r) => r.met), results };
}
