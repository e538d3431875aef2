import { FIGURE_DEFINITIONS, figureProvenance, figureValue, type FigureDefinition, type ReportFigures, type ReportStatus, type Track } from '@grassroots/domain';

export const STATUS_ZH: Record<ReportStatus, string> = { DRAFT: '草稿（未提交，数据实时计算）', SUBMITTED: '已提交，待赞助方确认', RETURNED: '已退回修改', ACCEPTED: '已接受（已锁定）' };
export const STATUS_EN: Record<ReportStatus, string> = { DRAFT: 'Draft (not submitted, live figures)', SUBMITTED: 'Submitted, awaiting the sponsor', RETURNED: 'Returned for changes', ACCEPTED: 'Accepted (locked)' };
export const PROVENANCE_ZH = { PLATFORM_EXPORT: '平台导出', MANUAL: '人工录入', ESTIMATE: '估算' } as const;
export const TRACK_ZH: Record<Track, string> = { SHORT_TERM: '短期班', LONG_TERM: '长期孵化' };

const yuan = (v: string) => `¥${Number(v).toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;

/** A figure's value as printed: ¥1,234.50 · 83.3% · 4.12 · 15 · — when there is nothing to divide by. */
export function formatFigure(def: Pick<FigureDefinition, 'kind'>, v: string | number | null): string {
  if (v === null || v === undefined) return '—';
  switch (def.kind) {
    case 'money':
      return yuan(String(v));
    case 'share':
      return `${(Number(v) * 100).toFixed(1)}%`;
    case 'ratio':
      return Number(v).toFixed(2);
    default:
      return String(v);
  }
}

/** The target a figure is measured against, where the program sets one. */
export function targetOf(key: string, f: ReportFigures): string {
  if (key === 'trainees.total.enrolled') return String(f.trainees.total.target);
  if (key === 'live.gmvToDate') return yuan(f.live.targetGmv);
  if (key === 'budget.usedToDate') return yuan(f.budget.budget);
  return '';
}

export interface FigureLine {
  key: string;
  zh: string;
  en: string;
  value: string;
  target: string;
  provenance: string;
  howZh: string;
  howEn: string;
}

export const figureLines = (f: ReportFigures): FigureLine[] =>
  FIGURE_DEFINITIONS.map((d) => ({
    key: d.key, zh: d.zh, en: d.en, value: formatFigure(d, figureValue(f, d.key)), target: targetOf(d.key, f),
    provenance: figureProvenance(d, f), howZh: d.howZh, howEn: d.howEn,
  }));
