import { type DomainError } from '../errors';
import {
  criteriaOfProgram,
  decideGraduationSchema,
  evaluateGraduation,
  minAttendance,
  minGraded,
  minSales,
} from '../graduation/graduation';
import { canSubmissionDo, computeScore, createAssignmentSchema, isLate, nextSubmissionStatus } from './assignment';

describe('submission state machine', () => {
  it('runs ASSIGNED → SUBMITTED → RETURNED → SUBMITTED → GRADED', () => {
    let s = nextSubmissionStatus('ASSIGNED', 'SUBMIT');
    s = nextSubmissionStatus(s, 'RETURN');
    s = nextSubmissionStatus(s, 'SUBMIT');
    expect(nextSubmissionStatus(s, 'GRADE')).toBe('GRADED');
  });
  it('refuses illegal moves with CONFLICT', () => {
    for (const [from, action] of [
      ['ASSIGNED', 'GRADE'],
      ['GRADED', 'SUBMIT'],
      ['RETURNED', 'GRADE'],
      ['ASSIGNED', 'RETURN'],
    ] as const) {
      expect(canSubmissionDo(from, action)).toBe(false);
      try {
        nextSubmissionStatus(from, action);
        throw new Error('should refuse');
      } catch (e) {
        expect((e as DomainError).code).toBe('CONFLICT');
      }
    }
  });
  it('flags, not refuses, late work', () => {
    expect(isLate(new Date('2026-12-01T12:00:01Z'), new Date('2026-12-01T12:00:00Z'))).toBe(true);
  });
});

describe('rubric', () => {
  const rubric = [
    { name: '开场', points: 10 },
    { name: '卖点', points: 15 },
    { name: '合规用语', points: 5 },
  ];
  it('sums criterion scores exactly in half points', () => {
    expect(
      computeScore(
        { maxScore: 30, rubric },
        {
          byCriterion: [
            { name: '开场', score: 8.5 },
            { name: '卖点', score: 12.5 },
            { name: '合规用语', score: 5 },
          ],
        },
      ),
    ).toEqual({ score: 26, errors: [] });
  });
  it('reports a missing, out-of-range or unknown criterion per field', () => {
    const r = computeScore(
      { maxScore: 30, rubric },
      {
        byCriterion: [
          { name: '开场', score: 11 },
          { name: '卖点', score: 0.3 },
          { name: '其他', score: 1 },
        ],
      },
    );
    expect(r.errors.map((e) => e.field)).toEqual(['byCriterion.0', 'byCriterion.1', 'byCriterion.2', 'byCriterion']);
  });
  it('takes a plain score without a rubric', () => {
    expect(computeScore({ maxScore: 100 }, { total: 87.5 }).score).toBe(87.5);
    expect(computeScore({ maxScore: 100 }, { total: 101 }).errors).toHaveLength(1);
  });
  it('needs the criteria to add up to the maximum score', () => {
    const base = {
      cohortId: 'c',
      title: '写一份红枣直播脚本',
      kind: 'SCRIPT_WRITING',
      dueAt: '2026-12-01T20:00:00+08:00',
      maxScore: 30,
    };
    expect(createAssignmentSchema.safeParse({ ...base, rubric }).success).toBe(true);
    expect(createAssignmentSchema.safeParse({ ...base, maxScore: 40, rubric }).error?.issues[0].path).toEqual([
      'rubric',
    ]);
    expect(createAssignmentSchema.safeParse({ ...base, dueAt: 'tomorrow' }).error?.issues[0].path).toEqual(['dueAt']);
  });
});

describe('graduation', () => {
  const criteria = [minAttendance(0.8), minGraded(3, 0.6), minSales({ sessions: 10, gmvFen: 500_000n })];
  it('explains every unmet criterion', () => {
    const r = evaluateGraduation(criteria, { attendanceRate: 0.75, gradedAssignments: 3, averageScoreShare: 0.7 });
    expect(r.eligible).toBe(false);
    expect(r.results.filter((x) => !x.met).map((x) => x.detail)).toEqual([
      'Attendance 75 % (needs 80 %)',
      'No live-session results recorded yet',
    ]);
  });
  it('lets either sales threshold suffice once sessions are tracked', () => {
    const r = evaluateGraduation(criteria, {
      attendanceRate: 0.9,
      gradedAssignments: 4,
      averageScoreShare: 0.65,
      sales: { sessions: 4, gmvFen: 620_000n },
    });
    expect(r.eligible).toBe(true);
  });
});

describe('program criteria and decisions', () => {
  it('adds the sales criterion only when the program sets one', () => {
    expect(
      criteriaOfProgram({ gradMinAttendancePct: 80, gradMinGraded: 3, gradMinAveragePct: 60 }).map((c) => c.code),
    ).toEqual(['ATTENDANCE', 'ASSIGNMENTS']);
    expect(
      criteriaOfProgram({ gradMinAttendancePct: 80, gradMinGraded: 3, gradMinAveragePct: 60, gradMinSessions: 10 }).map(
        (c) => c.code,
      ),
    ).toEqual(['ATTENDANCE', 'ASSIGNMENTS', 'SALES']);
  });
  it('needs a reason to drop someone', () => {
    expect(
      decideGraduationSchema.safeParse({ cohortId: 'c', traineeId: 't', decision: 'DROP' }).error?.issues[0].path,
    ).toEqual(['reason']);
    expect(decideGraduationSchema.safeParse({ cohortId: 'c', traineeId: 't', decision: 'GRADUATE' }).success).toBe(
      true,
    );
  });
});
