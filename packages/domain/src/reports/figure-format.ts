import { formatYuanString } from '../common/format';
import type { FigureKind } from './figure-definitions';
import type { ReportFigures } from './report-types';

/** Months (or quarters) a program spans, newest first, e.g. for a period picker. */
export function periodsBetween(startDate: string, endDate: string, kind: 'MONTH' | 'QUARTER'): string[] {
  const out: string[] = [];
  let y = Number(startDate.slice(0, 4));
  let m = Number(startDate.slice(5, 7));
  const endY = Number(endDate.slice(0, 4));
  const endM = Number(endDate.slice(5, 7));
  while (y < endY || (y === endY && m <= endM)) {
    const key = kind === 'MONTH' ? `${y}-${String(m).padStart(2, '0')}` : `${y}-Q${Math.floor((m - 1) / 3) + 1}`;
    if (!out.includes(key)) out.push(key);
    m++;
    if (m > 12) {
      m = 1;
      y++;
    }
  }
  return out.reverse();
}

/** A figure's value as printed everywhere (dashboard, CSV, PDF): ¥1,234.50 · 83.3% · 4.12 · 15 · — for "nothing to divide by". */
export function formatFigureValue(kind: FigureKind, v: string | number | null | undefined): string {
  if (v === null || v === undefined) return '—';
  if (kind === 'money') return formatYuanString(String(v));
  if (kind === 'share') return `${(Number(v) * 100).toFixed(1)}%`;
  if (kind === 'ratio') return Number(v).toFixed(2);
  return String(v);
}

/** The target a figure is measured against, where the program sets one (formatted), else null. */
export function figureTarget(key: string, f: ReportFigures): string | null {
  if (key === 'trainees.total.enrolled') return String(f.trainees.total.target);
  if (key === 'live.gmvToDate') return formatYuanString(f.live.targetGmv);
  if (key === 'budget.usedToDate') return formatYuanString(f.budget.budget);
  return null;
}
