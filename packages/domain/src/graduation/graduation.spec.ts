import { criteriaOfProgram, evaluateGraduation } from './graduation';

const program = { gradMinAttendancePct: 80, gradMinGraded: 2, gradMinAveragePct: 60 };
const facts = { attendanceRate: 0.9, gradedAssignments: 2, averageScoreShare: 0.7 };

describe('graduation criteria', () => {
  it('passes a trainee who meets attendance and assignments when the program sets no sales criterion', () => {
    expect(evaluateGraduation(criteriaOfProgram(program), facts).eligible).toBe(true);
  });

  it('says why someone does not qualify', () => {
    const r = evaluateGraduation(criteriaOfProgram(program), {
      attendanceRate: 0.5,
      gradedAssignments: 1,
      averageScoreShare: 0.4,
    });
    expect(r.results.map((x) => x.detail)).toEqual([
      'Attendance 50 % (needs 80 %)',
      '1 of 2 assignments graded, average 40 % (needs 60 %)',
    ]);
  });

  it('needs no graded work when the program asks for none', () => {
    expect(
      evaluateGraduation(criteriaOfProgram({ ...program, gradMinGraded: 0 }), {
        ...facts,
        gradedAssignments: 0,
        averageScoreShare: null,
      }).eligible,
    ).toBe(true);
  });

  it('plugs in the sales criterion: N sessions or ¥M GMV, either suffices', () => {
    const criteria = criteriaOfProgram({ ...program, gradMinSessions: 10, gradMinGmvFen: 500_000n });
    expect(evaluateGraduation(criteria, { ...facts, sales: { sessions: 3, gmvFen: 120_000n } }).eligible).toBe(false);
    expect(evaluateGraduation(criteria, { ...facts, sales: { sessions: 10, gmvFen: 0n } }).eligible).toBe(true);
    expect(evaluateGraduation(criteria, { ...facts, sales: { sessions: 1, gmvFen: 500_000n } }).eligible).toBe(true);
    expect(evaluateGraduation(criteria, facts).results[2].detail).toBe('No live-session results recorded yet');
  });
});
