import type { MessageCode } from '../messages/render';
import { mixProvenance, Provenance } from '../sessions/provenance';
import type { ReportFigures } from './report-types';

export type FigureKind = 'count' | 'money' | 'share' | 'ratio' | 'hours';

interface FigureSpec {
  key: string;
  kind: FigureKind;
  /** Static provenance; sales figures take theirs from the sessions' mix (`dynamic`). */
  provenance: FigureSource | 'dynamic';
}

export interface FigureDefinition extends FigureSpec {
  /**
   * Its name and how it is computed: codes of the shared catalog (`reports.figure.<key>`, `reports.figureHow.<key>`
   * in messages/<lang>/reports.ts), said in the reader's language by the admin, the exports and the API alike.
   */
  label: MessageCode;
  how: MessageCode;
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
const FIGURES: readonly FigureSpec[] = [
  { key: 'trainees.total.enrolled', kind: 'count', provenance: R },
  { key: 'trainees.total.graduated', kind: 'count', provenance: R },
  { key: 'trainees.total.dropped', kind: 'count', provenance: R },
  { key: 'trainees.total.active', kind: 'count', provenance: R },
  { key: 'training.attendanceRate', kind: 'share', provenance: R },
  { key: 'training.assignmentCompletion', kind: 'share', provenance: R },
  { key: 'live.sessionsHeld', kind: 'count', provenance: R },
  { key: 'live.streamingHours', kind: 'hours', provenance: 'dynamic' },
  { key: 'live.gmv', kind: 'money', provenance: 'dynamic' },
  { key: 'live.localSpecialtyGmv', kind: 'money', provenance: 'dynamic' },
  { key: 'live.localSpecialtyShare', kind: 'share', provenance: 'dynamic' },
  { key: 'live.refunds', kind: 'money', provenance: 'dynamic' },
  { key: 'live.gmvToDate', kind: 'money', provenance: 'dynamic' },
  { key: 'live.gmvTargetProgress', kind: 'share', provenance: 'dynamic' },
  { key: 'afterSales.ticketsPerOrder', kind: 'share', provenance: 'dynamic' },
  { key: 'afterSales.refunded', kind: 'money', provenance: R },
  { key: 'qc.passRate', kind: 'share', provenance: R },
  { key: 'outcomes.stillStreaming3m', kind: 'share', provenance: M },
  { key: 'budget.usedToDate', kind: 'money', provenance: M },
  { key: 'budget.usedInPeriod', kind: 'money', provenance: M },
  { key: 'budget.remaining', kind: 'money', provenance: M },
  { key: 'budget.usedShare', kind: 'share', provenance: M },
  { key: 'budget.costPerGraduate', kind: 'money', provenance: M },
  { key: 'budget.gmvPerYuan', kind: 'ratio', provenance: 'dynamic' },
];

export const FIGURE_DEFINITIONS: readonly FigureDefinition[] = FIGURES.map((f) => ({
  ...f,
  label: `reports.figure.${f.key}` as MessageCode,
  how: `reports.figureHow.${f.key}` as MessageCode,
}));

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
