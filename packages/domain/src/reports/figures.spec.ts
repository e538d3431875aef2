import {
  buildReport,
  deidentifiedName,
  emptyMix,
  FIGURE_DEFINITIONS,
  figureProvenance,
  figureProvenanceMix,
  figureValue,
  mixProvenance,
  periodsBetween,
  recordChanges,
  recordKindsOf,
  type ReportInputs,
} from '../index';
import { isMessageCode } from '../messages/catalog';
import { parsePeriod } from './period';

const empty = (): ReportInputs => ({
  period: parsePeriod('2026-10'),
  program: { id: 'p', budget: '0', targetGmv: '0', targetShortTermTrainees: 15, targetLongTermTrainees: 10 },
  cohorts: [],
  lessonsHeld: 0,
  weeks: [],
  categories: [],
  gmvToDate: '0',
  tickets: { count: 0, quality: 0, refunded: '0' },
  qc: { productsSold: 0, inspections: 0, passed: 0 },
  outcomes: { recorded3m: {}, latest: {} },
  expenses: { inPeriod: '0', toDate: '0' },
  records: {
    enrolments: [],
    attendance: [],
    submissions: [],
    sessions: [],
    sessionsToDate: [],
    tickets: [],
    inspections: [],
    outcomes: [],
    expenses: [],
  },
});

describe('buildReport', () => {
  it('says "nothing to divide by" (null) rather than inventing 0 % or 100 %', () => {
    const f = buildReport(empty()).figures;
    expect(f.training.attendanceRate).toBeNull();
    expect(f.training.assignmentCompletion).toBeNull();
    expect(f.live.localSpecialtyShare).toBeNull();
    expect(f.afterSales.ticketsPerOrder).toBeNull();
    expect(f.qc.passRate).toBeNull();
    expect(f.outcomes.stillStreaming3m).toBeNull();
    expect(f.budget).toMatchObject({ costPerGraduate: null, gmvPerYuan: null, usedShare: null });
    expect(f.trainees.total).toEqual({ target: 25, enrolled: 0, active: 0, graduated: 0, dropped: 0 });
  });

  it('sums money exactly (no floating point) and sorts record ids so equal bases hash equally', () => {
    const i = empty();
    i.cohorts = [0.1, 0.2].map((g, n) => ({
      cohortId: `c${n}`,
      name: `c${n}`,
      track: 'SHORT_TERM',
      enrolled: 1,
      graduated: 0,
      dropped: 0,
      attendance: { present: 0, late: 0, absent: 0, excused: 0 },
      assignmentsDue: 0,
      assignmentsCompleted: 0,
      sessionsHeld: 1,
      sessionsCancelled: 0,
      minutes: 30,
      orders: 1,
      gmv: String(g),
      refunds: '0',
      gmvProvenance: { ...emptyMix(), ESTIMATE: 1 },
    }));
    i.records.sessions = ['b', 'a'];
    const r = buildReport(i);
    expect(r.figures.live.gmv).toBe('0.30');
    expect(r.figures.live.streamingHours).toBe(1);
    expect(r.records.sessions).toEqual(['a', 'b']);
    expect(mixProvenance(r.figures.gmvProvenance)).toBe('ESTIMATE');
    expect(
      figureProvenance(
        FIGURE_DEFINITIONS.find((d) => d.key === 'live.gmv')!,
        r.figures,
      ),
    ).toBe('ESTIMATE');
    // Attendance is marked in Grassroots as lessons happen: its own provenance, not "manual".
    expect(
      figureProvenance(
        FIGURE_DEFINITIONS.find((d) => d.key === 'training.attendanceRate')!,
        r.figures,
      ),
    ).toBe('RECORDED');
    expect(
      figureProvenance(
        FIGURE_DEFINITIONS.find((d) => d.key === 'trainees.total.enrolled')!,
        r.figures,
      ),
    ).toBe('RECORDED');
    expect(
      figureProvenance(
        FIGURE_DEFINITIONS.find((d) => d.key === 'budget.usedToDate')!,
        r.figures,
      ),
    ).toBe('MANUAL');
  });

  it("shows a sales figure's provenance mix, strongest first, instead of only its weakest member", () => {
    const gmv = FIGURE_DEFINITIONS.find((d) => d.key === 'live.gmv')!;
    const f = { ...buildReport(empty()).figures, gmvProvenance: { PLATFORM_EXPORT: 19, MANUAL: 6, ESTIMATE: 0 } };
    expect(figureProvenance(gmv, f)).toBe('MANUAL');
    expect(figureProvenanceMix(gmv, f)).toEqual([
      { provenance: 'PLATFORM_EXPORT', share: 0.76 },
      { provenance: 'MANUAL', share: 0.24 },
    ]);
    expect(
      figureProvenanceMix(
        FIGURE_DEFINITIONS.find((d) => d.key === 'training.attendanceRate')!,
        f,
      ),
    ).toBeNull();
    expect(figureProvenanceMix(gmv, buildReport(empty()).figures)).toBeNull();
  });

  it('defines every figure it lists (each definition points at a real value)', () => {
    const f = buildReport(empty()).figures;
    for (const d of FIGURE_DEFINITIONS) {
      expect(figureValue(f, d.key)).not.toBeUndefined();
      // Its label and method are in the shared catalog (both languages: messages/catalog.spec.ts).
      expect([isMessageCode(d.label), isMessageCode(d.how)]).toEqual([true, true]);
    }
    expect(figureValue(f, 'live.gmv')).toBe('0.00');
  });
});

it('lists what entered and left a report basis', () => {
  const a = empty().records;
  const b = { ...empty().records, sessions: ['s2', 's3'], expenses: ['e1'] };
  a.sessions = ['s1', 's2'];
  expect(recordChanges(a, b)).toEqual([
    { kind: 'sessions', added: 1, removed: 1, changed: 0 },
    { kind: 'expenses', added: 1, removed: 0, changed: 0 },
  ]);
  // Same records, another content: an attendance mark re-marked counts as changed (a bare id cannot tell).
  const c = { ...empty().records, attendance: ['m1@PRESENT', 'm2@LATE', 'm3'] };
  const d = { ...empty().records, attendance: ['m1@PRESENT', 'm2@ABSENT', 'm3@ABSENT'] };
  expect(recordChanges(c, d)).toEqual([{ kind: 'attendance', added: 0, removed: 0, changed: 1 }]);
  expect(recordKindsOf('training.attendanceRate')).toEqual(['attendance']);
  expect(recordKindsOf('live.gmvToDate')).toEqual(['sessionsToDate']);
  expect(recordKindsOf('budget.usedInPeriod')).toEqual(['expenses']);
});

it('offers the months and quarters a program spans, newest first', () => {
  expect(periodsBetween('2026-09-01', '2027-02-28', 'MONTH')).toEqual([
    '2027-02',
    '2027-01',
    '2026-12',
    '2026-11',
    '2026-10',
    '2026-09',
  ]);
  expect(periodsBetween('2026-09-01', '2027-02-28', 'QUARTER')).toEqual(['2027-Q1', '2026-Q4', '2026-Q3']);
});

it('de-identifies names for sponsors', () => {
  expect(deidentifiedName('阿依古丽')).toBe('阿**');
  expect(deidentifiedName('王五')).toBe('王*');
  expect(deidentifiedName('')).toBe('*');
});
