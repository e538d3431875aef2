import {
  type CohortTrack,
  FIGURE_DEFINITIONS,
  figureProvenance,
  figureProvenanceMix,
  figureTarget,
  figureValue,
  formatFigureValue,
  type MessageCode,
  type ReportFigures,
  type ReportStatus,
} from '@grassroots/domain';

import { english, zh } from '../../../core/i18n/messages';

const STATUS_CODE: Record<ReportStatus, MessageCode> = {
  DRAFT: 'reports.status.DRAFT',
  SUBMITTED: 'reports.status.SUBMITTED',
  RETURNED: 'reports.status.RETURNED',
  ACCEPTED: 'reports.status.ACCEPTED',
};
const PROVENANCE_CODE = {
  PLATFORM_EXPORT: 'reports.provenance.PLATFORM_EXPORT',
  MANUAL: 'reports.provenance.MANUAL',
  ESTIMATE: 'reports.provenance.ESTIMATE',
  RECORDED: 'reports.provenance.RECORDED',
} as const satisfies Record<string, MessageCode>;
const TRACK_CODE: Record<CohortTrack, MessageCode> = {
  SHORT_TERM: 'enums.CohortTrack.SHORT_TERM',
  LONG_TERM: 'enums.CohortTrack.LONG_TERM',
};

// The bilingual report's labels, from the shared catalog (the admin shows the same words).
export const STATUS_ZH = (s: ReportStatus) => zh(STATUS_CODE[s]);
export const STATUS_EN = (s: ReportStatus) => english(STATUS_CODE[s]);
export const PROVENANCE_ZH = (p: string) => zh(PROVENANCE_CODE[p as keyof typeof PROVENANCE_CODE]);
/** 短期班 Short-term class: a track as both sponsors' readers and auditors read it (never the raw SHORT_TERM). */
export const TRACK_ZH = (t: CohortTrack) => zh(TRACK_CODE[t]);
export const TRACK_EN = (t: CohortTrack) => english(TRACK_CODE[t]);

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
    zh: zh(d.label),
    en: english(d.label),
    value: formatFigureValue(d.kind, figureValue(f, d.key)),
    target: figureTarget(d.key, f) ?? '',
    provenance: figureProvenance(d, f),
    mix: (figureProvenanceMix(d, f) ?? [])
      .map((m) => `${PROVENANCE_ZH(m.provenance)} ${m.provenance} ${Math.round(m.share * 100)}%`)
      .join(' · '),
    howZh: zh(d.how),
    howEn: english(d.how),
  }));
