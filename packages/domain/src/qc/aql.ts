/**
 * ISO 2859-1 acceptance sampling by attributes: sample size code letters (Table 1) and single sampling plans for
 * normal inspection (Table 2-A), for the general inspection levels I, II, III and AQLs up to 10 (percent
 * nonconforming; the larger "per hundred units" AQLs are not used for product QC here).
 *
 * Table 2-A is a staircase: one row down (larger sample) and one AQL column left gives the same plan, so a cell
 * is fixed by (row + column). Along that diagonal come ↓, 0/1, ↑, ↓, 1/2, 2/3, 3/4, 5/6, 7/8, 10/11, 14/15,
 * 21/22, then ↑. An arrow means "use the first plan below (↓) or above (↑)", and the sample size changes with it.
 */
export const InspectionLevel = { I: 'I', II: 'II', III: 'III' } as const;
export type InspectionLevel = (typeof InspectionLevel)[keyof typeof InspectionLevel];

export const CODE_LETTERS = ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'J', 'K', 'L', 'M', 'N', 'P', 'Q', 'R'] as const;
export type CodeLetter = (typeof CODE_LETTERS)[number];
export const SAMPLE_SIZES: Record<CodeLetter, number> = {
  A: 2,
  B: 3,
  C: 5,
  D: 8,
  E: 13,
  F: 20,
  G: 32,
  H: 50,
  J: 80,
  K: 125,
  L: 200,
  M: 315,
  N: 500,
  P: 800,
  Q: 1250,
  R: 2000,
};

/** Table 1: upper lot-size bound → code letter at levels I, II, III. */
const TABLE_1: [number, CodeLetter, CodeLetter, CodeLetter][] = [
  [8, 'A', 'A', 'B'],
  [15, 'A', 'B', 'C'],
  [25, 'B', 'C', 'D'],
  [50, 'C', 'D', 'E'],
  [90, 'C', 'E', 'F'],
  [150, 'D', 'F', 'G'],
  [280, 'E', 'G', 'H'],
  [500, 'F', 'H', 'J'],
  [1_200, 'G', 'J', 'K'],
  [3_200, 'H', 'K', 'L'],
  [10_000, 'J', 'L', 'M'],
  [35_000, 'K', 'M', 'N'],
  [150_000, 'L', 'N', 'P'],
  [500_000, 'M', 'P', 'Q'],
  [Infinity, 'N', 'Q', 'R'],
];

/** The AQL columns of Table 2-A used here (percent nonconforming). */
export const AQLS = [
  '0.010',
  '0.015',
  '0.025',
  '0.040',
  '0.065',
  '0.10',
  '0.15',
  '0.25',
  '0.40',
  '0.65',
  '1.0',
  '1.5',
  '2.5',
  '4.0',
  '6.5',
  '10',
] as const;
export type Aql = (typeof AQLS)[number];

/** Default AQLs per defect class (critical: none accepted). */
export const DEFAULT_AQL = { critical: '0', major: '2.5', minor: '4.0' } as const;

export function codeLetter(lotSize: number, level: InspectionLevel = 'II'): CodeLetter {
  if (!Number.isInteger(lotSize) || lotSize < 2) throw new RangeError('A lot has at least 2 units');
  const row = TABLE_1.find(([max]) => lotSize <= max)!;
  return row[level === 'I' ? 1 : level === 'II' ? 2 : 3];
}

type Cell = { ac: number } | 'UP' | 'DOWN';
const PLANS = [1, 2, 3, 5, 7, 10, 14, 21]; // Ac on diagonals 17…24 (Re = Ac + 1)

function cell(row: number, col: number): Cell {
  // Row R opens at 1/2 under the smallest AQL: there is no row below it to point to.
  if (row === CODE_LETTERS.length - 1 && col === 0) return { ac: 1 };
  const d = row + col;
  if (d < 14) return 'DOWN';
  if (d === 14) return { ac: 0 };
  if (d === 15) return row === 0 ? 'DOWN' : 'UP';
  if (d === 16) return 'DOWN';
  if (d <= 24) return { ac: PLANS[d - 17] };
  return 'UP';
}

export interface SamplingPlan {
  codeLetter: CodeLetter;
  sampleSize: number;
  /** Accept the lot with at most `accept` nonconforming units in the sample; reject at `reject` or more. */
  accept: number;
  reject: number;
  /** The sample is the whole lot: inspect every unit. */
  hundredPercent: boolean;
}

/** The single sampling plan for normal inspection; AQL "0" means no nonconforming unit is accepted. */
export function samplingPlan(lotSize: number, aql: Aql | '0', level: InspectionLevel = 'II'): SamplingPlan {
  const letter = codeLetter(lotSize, level);
  let row = CODE_LETTERS.indexOf(letter);
  if (aql === '0') return finish(lotSize, row, 0);
  const col = AQLS.indexOf(aql);
  if (col < 0) throw new RangeError(`Not a tabulated AQL: ${aql}`);
  for (;;) {
    const c = cell(row, col);
    if (c === 'DOWN') row++;
    else if (c === 'UP') row--;
    else return finish(lotSize, row, c.ac);
  }
}

function finish(lotSize: number, row: number, accept: number): SamplingPlan {
  const letter = CODE_LETTERS[row];
  const n = SAMPLE_SIZES[letter];
  const hundredPercent = n >= lotSize;
  return { codeLetter: letter, sampleSize: hundredPercent ? lotSize : n, accept, reject: accept + 1, hundredPercent };
}

export type DefectClass = 'critical' | 'major' | 'minor';

export interface ClassPlan extends SamplingPlan {
  defectClass: DefectClass;
  aql: string;
  found: number;
  passed: boolean;
}

/**
 * One inspection, three defect classes: each class is judged against its own plan; the sample drawn is the
 * largest any class needs, and the lot passes only if every class does.
 */
export function judgeInspection(input: {
  lotSize: number;
  level?: InspectionLevel;
  aql: Record<DefectClass, Aql | '0'>;
  defects: Record<DefectClass, number>;
}): { sampleSize: number; classes: ClassPlan[]; passed: boolean } {
  const classes = (['critical', 'major', 'minor'] as const).map((k) => {
    const plan = samplingPlan(input.lotSize, input.aql[k], input.level ?? 'II');
    return {
      ...plan,
      defectClass: k,
      aql: input.aql[k],
      found: input.defects[k],
      passed: input.defects[k] <= plan.accept,
    };
  });
  return { sampleSize: Math.max(...classes.map((c) => c.sampleSize)), classes, passed: classes.every((c) => c.passed) };
}
