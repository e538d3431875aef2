import { codeLetter, judgeInspection, samplingPlan } from './aql';

describe('ISO 2859-1 Table 1: sample size code letters', () => {
  it.each([
    [2, 'I', 'A'],
    [8, 'II', 'A'],
    [9, 'II', 'B'],
    [50, 'II', 'D'],
    [51, 'II', 'E'],
    [500, 'II', 'H'],
    [501, 'II', 'J'],
    [1_200, 'II', 'J'],
    [3_200, 'II', 'K'],
    [4_000, 'II', 'L'],
    [10_000, 'II', 'L'],
    [10_001, 'II', 'M'],
    [600_000, 'II', 'Q'],
    [4_000, 'I', 'J'],
    [4_000, 'III', 'M'],
    [600_000, 'III', 'R'],
    [100, 'I', 'D'],
  ] as const)('lot %i at level %s → %s', (lot, level, letter) => {
    expect(codeLetter(lot, level)).toBe(letter);
  });
});

describe('ISO 2859-1 Table 2-A: single sampling, normal inspection', () => {
  it('the published example: lot 4,000 → sample 200; major AQL 2.5 → Ac 10 / Re 11; minor 4.0 → Ac 14 / Re 15', () => {
    expect(samplingPlan(4_000, '2.5')).toEqual({
      codeLetter: 'L',
      sampleSize: 200,
      accept: 10,
      reject: 11,
      hundredPercent: false,
    });
    expect(samplingPlan(4_000, '4.0')).toMatchObject({ sampleSize: 200, accept: 14, reject: 15 });
    // critical: none accepted
    expect(samplingPlan(4_000, '0')).toMatchObject({ sampleSize: 200, accept: 0, reject: 1 });
  });

  it.each([
    // lot, AQL, expected code letter, sample, Ac (rows of the published table)
    [1_000, '2.5', 'J', 80, 5],
    [1_000, '4.0', 'J', 80, 7],
    [1_000, '1.0', 'J', 80, 2],
    [2_000, '1.0', 'K', 125, 3],
    [2_000, '2.5', 'K', 125, 7],
    [2_000, '0.10', 'K', 125, 0],
    [300, '2.5', 'H', 50, 3],
    [200, '2.5', 'G', 32, 2],
    [120, '2.5', 'F', 20, 1],
    [10_000, '6.5', 'L', 200, 21],
    [10_000, '1.0', 'L', 200, 5],
    [10_000, '0.065', 'L', 200, 0],
  ] as const)('lot %i, AQL %s → %s: n = %i, Ac %i', (lot, aql, letter, n, ac) => {
    expect(samplingPlan(lot, aql)).toMatchObject({ codeLetter: letter, sampleSize: n, accept: ac, reject: ac + 1 });
  });

  it('follows the arrows, and the sample size changes with them', () => {
    // E (13) at 2.5 is ↓: F, 20, 1/2
    expect(samplingPlan(60, '2.5')).toMatchObject({ codeLetter: 'F', sampleSize: 20, accept: 1 });
    // D (8) at 2.5 is ↑: C, 5, 0/1
    expect(samplingPlan(40, '2.5')).toMatchObject({ codeLetter: 'C', sampleSize: 5, accept: 0 });
    // L (200) at 0.10 is ↑: K, 125, 0/1; at 0.15 ↓: M, 315, 1/2
    expect(samplingPlan(4_000, '0.10')).toMatchObject({ codeLetter: 'K', sampleSize: 125, accept: 0 });
    expect(samplingPlan(4_000, '0.15')).toMatchObject({ codeLetter: 'M', sampleSize: 315, accept: 1 });
    // K (125) at 10 is the last plan, 21/22; L (200) at 10 lies beyond it: ↑ to K
    expect(samplingPlan(2_000, '10')).toMatchObject({ codeLetter: 'K', sampleSize: 125, accept: 21 });
    expect(samplingPlan(4_000, '10')).toMatchObject({ codeLetter: 'K', sampleSize: 125, accept: 21 });
    // very tight AQL on a small lot: ↓ until 0/1 appears
    expect(samplingPlan(1_000, '0.010')).toMatchObject({
      codeLetter: 'Q',
      sampleSize: 1_000,
      accept: 0,
      hundredPercent: true,
    });
  });

  it('inspects every unit when the sample would be the whole lot', () => {
    expect(samplingPlan(6, '0.65')).toMatchObject({ sampleSize: 6, hundredPercent: true, accept: 0 });
  });

  it('refuses an AQL that is not in the table and a lot of one unit', () => {
    expect(() => samplingPlan(100, '3.0' as never)).toThrow(/AQL/);
    expect(() => codeLetter(1)).toThrow();
  });
});

describe('judging an inspection', () => {
  it('passes only when every defect class is within its acceptance number', () => {
    const aql = { critical: '0', major: '2.5', minor: '4.0' } as const;
    const ok = judgeInspection({ lotSize: 4_000, aql, defects: { critical: 0, major: 10, minor: 14 } });
    expect(ok).toMatchObject({ sampleSize: 200, passed: true });
    const major = judgeInspection({ lotSize: 4_000, aql, defects: { critical: 0, major: 11, minor: 0 } });
    expect(major.passed).toBe(false);
    expect(major.classes.find((c) => c.defectClass === 'major')).toMatchObject({
      accept: 10,
      reject: 11,
      found: 11,
      passed: false,
    });
    expect(judgeInspection({ lotSize: 4_000, aql, defects: { critical: 1, major: 0, minor: 0 } }).passed).toBe(false);
  });
});
