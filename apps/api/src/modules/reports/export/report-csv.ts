import { formatInTimeZone, type ReportSnapshot, type ReportStatus, timeZoneOffset, TRACKS } from '@grassroots/domain';

import { spreadsheetSafe } from '../../../core/spreadsheet/write-xlsx';
import { figureLines, PROVENANCE_ZH, STATUS_EN, TRACK_ZH } from './format';

export const csvCell = (v: unknown): string => {
  const safe = spreadsheetSafe(v === null || v === undefined ? '' : String(v));
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
};
const line = (...cells: unknown[]) => cells.map(csvCell).join(',');

export interface ExportHeader {
  programName: string;
  sponsorName: string;
  status: ReportStatus;
  hash: string;
  generatedAt: Date;
  /** The program's time zone: timestamps are printed in it, with its name and offset, never in UTC. */
  timeZone: string;
  /** A resubmitted report: the sponsor's comments, the coordinator's reply, what changed and what was attached. */
  resubmission?: {
    returnComments: string | null;
    reply: string;
    previousHash: string | null;
    changes: { figure: string; before: string | null; after: string | null }[];
    attachments: string[];
  } | null;
}

/** 2026-11-30 10:00 Asia/Shanghai (UTC+08:00). */
export const exportTime = (at: Date, tz: string): string =>
  `${formatInTimeZone(at, tz)} ${tz} (UTC${timeZoneOffset(tz, at)})`;

/** The period's report as rows of cells: header, figures, then each table (one blank row between). */
export function reportRows(h: ExportHeader, s: ReportSnapshot): unknown[][] {
  const f = s.figures;
  return [
    ['项目 Program', h.programName],
    ['资助方 Sponsor', h.sponsorName],
    ['期间 Period', `${s.period.key} (${s.period.from} – ${s.period.to})`],
    ['状态 Status', `${h.status} ${STATUS_EN(h.status)}`],
    ['SHA-256', h.hash],
    ['生成时间 Generated', exportTime(h.generatedAt, h.timeZone)],
    [],
    ['key', '指标', 'Figure', 'value', 'target', 'provenance', '来源', 'how computed'],
    ...figureLines(f).map((l) => [
      l.key,
      l.zh,
      l.en,
      l.value,
      l.target,
      l.provenance,
      l.mix || PROVENANCE_ZH(l.provenance),
      l.howEn,
    ]),
    [],
    ['track', '班型', 'target', 'enrolled', 'in training', 'graduated', 'dropped'],
    ...TRACKS.map((t) => [
      t,
      TRACK_ZH(t),
      f.trainees[t].target,
      f.trainees[t].enrolled,
      f.trainees[t].active,
      f.trainees[t].graduated,
      f.trainees[t].dropped,
    ]),
    [],
    [
      'cohort',
      '班级',
      'track',
      'enrolled',
      'graduated',
      'dropped',
      'attendance',
      'assignment completion',
      'sessions held',
      'GMV',
    ],
    ...s.charts.cohorts.map((c) => [
      c.cohortId,
      c.name,
      c.track,
      c.enrolled,
      c.graduated,
      c.dropped,
      c.attendanceRate,
      c.assignmentCompletion,
      c.sessionsHeld,
      c.gmv,
    ]),
    [],
    ['week starting', 'sessions', 'GMV', 'local specialty GMV'],
    ...s.charts.weeks.map((w) => [w.week, w.sessions, w.gmv, w.localSpecialtyGmv]),
    [],
    ['product category', '本地特产 local specialty', 'units', 'GMV'],
    ...s.charts.categories.map((c) => [c.category, c.localSpecialty ? 'yes' : 'no', c.units, c.gmv]),
    [],
    ['records', 'count'],
    ...Object.entries(s.records).map(([k, ids]) => [k, ids.length]),
  ];
}

/** The period's report as CSV (UTF-8 with BOM so that Excel shows Chinese). */
export function reportCsv(h: ExportHeader, s: ReportSnapshot): string {
  return `\uFEFF${reportRows(h, s)
    .map((r) => (r.length ? line(...r) : ''))
    .join('\r\n')}\r\n`;
}
