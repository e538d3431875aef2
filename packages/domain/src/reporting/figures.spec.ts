import { buildReport, deidentifiedName, emptyMix, figureProvenance, FIGURE_DEFINITIONS, figureValue, mixProvenance, periodsBetween, recordChanges, type ReportInputs } from '../index';
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
  records: { enrolments: [], attendance: [], submissions: [], sessions: [], sessionsToDate: [], tickets: [], inspections: [], outcomes: [], expenses: [] },
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
      cohortId: `c${n}`, name: `c${n}`, track: 'SHORT_TERM', enrolled: 1, graduated: 0, dropped: 0, attendance: { present: 0, late: 0, absent: 0, excused: 0 },
      assignmentsDue: 0, assignmentsCompleted: 0, sessionsHeld: 1, sessionsCancelled: 0, minutes: 30, orders: 1, gmv: String(g), refunds: '0', gmvProvenance: { ...emptyMix(), ESTIMATE: 1 },
    }));
    i.records.sessions = ['b', 'a'];
    const r = buildReport(i);
    expect(r.figures.live.gmv).toBe('0.30');
    expect(r.figures.live.streamingHours).toBe(1);
    expect(r.records.sessions).toEqual(['a', 'b']);
    expect(mixProvenance(r.figures.gmvProvenance)).toBe('ESTIMATE');
    expect(figureProvenance(FIGURE_DEFINITIONS.find((d) => d.key === 'live.gmv')!, r.figures)).toBe('ESTIMATE');
    expect(figureProvenance(FIGURE_DEFINITIONS.find((d) => d.key === 'training.attendanceRate')!, r.figures)).toBe('MANUAL');
  });

  it('defines every figure it lists (each definition points at a real value)', () => {
    const f = buildReport(empty()).figures;
    for (const d of FIGURE_DEFINITIONS) expect(figureValue(f, d.key)).not.toBeUndefined();
    expect(figureValue(f, 'live.gmv')).toBe('0.00');
  });
});

it('lists what entered and left a report basis', () => {
  const a = empty().records;
  const b = { ...empty().records, sessions: ['s2', 's3'], expenses: ['e1'] };
  a.sessions = ['s1', 's2'];
  expect(recordChanges(a, b)).toEqual([{ kind: 'sessions', added: 1, removed: 1 }, { kind: 'expenses', added: 1, removed: 0 }]);
});

it('offers the months and quarters a program spans, newest first', () => {
  expect(periodsBetween('2026-09-01', '2027-02-28', 'MONTH')).toEqual(['2027-02', '2027-01', '2026-12', '2026-11', '2026-10', '2026-09']);
  expect(periodsBetween('2026-09-01', '2027-02-28', 'QUARTER')).toEqual(['2027-Q1', '2026-Q4', '2026-Q3']);
});

it('de-identifies names for sponsors', () => {
  expect(deidentifiedName('阿依古丽')).toBe('阿**');
  expect(deidentifiedName('王五')).toBe('王*');
  expect(deidentifiedName('')).toBe('*');
});
