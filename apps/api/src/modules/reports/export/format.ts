import {
  type CohortTrack,
  FIGURE_DEFINITIONS,
  figureProvenance,
  figureProvenanceMix,
  figureTarget,
  figureValue,
  formatFigureValue,
  type ReportFigures,
  type ReportStatus,
} from '@grassroots/domain';

export const STATUS_ZH: Record<ReportStatus, string> = {
  DRAFT: '草稿（未提交，数据实时计算）',
  SUBMITTED: '已提交，待赞助方确认',
  RETURNED: '已退回修改',
  ACCEPTED: '已接受（已锁定）',
};
export const STATUS_EN: Record<ReportStatus, string> = {
  DRAFT: 'Draft (not submitted, live figures)',
  SUBMITTED: 'Submitted, awaiting the sponsor',
  RETURNED: 'Returned for changes',
  ACCEPTED: 'Accepted (locked)',
};
export const PROVENANCE_ZH = {
  PLATFORM_EXPORT: '平台导出',
  MANUAL: '手工录入',
  ESTIMATE: '估算',
  RECORDED: '系统记录',
} as const;
export const TRACK_ZH: Record<CohortTrack, string> = { SHORT_TERM: '短期班', LONG_TERM: '长期孵化' };

export interface FigureLine {
  key: string;
  zh: string;
  en: string;
  value: string;
  target: string;
  provenance: string;
  /** Where the weakest provenance stands in the mix, for sales figures: 平台导出 76% · 手工录入 24%. */
  mix: string;
  howZh: string;
  howEn: string;
}

export const figureLines = (f: ReportFigures): FigureLine[] =>
  FIGURE_DEFINITIONS.map((d) => ({
    key: d.key,
    zh: d.zh,
    en: d.en,
    value: formatFigureValue(d.kind, figureValue(f, d.key)),
    target: figureTarget(d.key, f) ?? '',
    provenance: figureProvenance(d, f),
    mix: (figureProvenanceMix(d, f) ?? [])
      .map((m) => `${PROVENANCE_ZH[m.provenance]} ${m.provenance} ${Math.round(m.share * 100)}%`)
      .join(' · '),
    howZh: d.howZh,
    howEn: d.howEn,
  }));
