import { formatInTimeZone, timeZoneOffset, TRACKS, type ReportSnapshot, type ReportStatus } from '@grassroots/domain';
import { figureLines, PROVENANCE_ZH, STATUS_EN, TRACK_ZH } from './format';

/** A plain number (-12.50, 3800, 0.25) stays a number; anything else starting like a formula is defused. */
const PLAIN_NUMBER = /^-?\d+(\.\d+)?$/;

/**
 * Text a spreadsheet would run as a formula (leading = + - @, tab or CR, e.g. `-2+3+cmd|' /C calc'!A0`) gets a
 * leading ' so it is shown as text; plain numbers, negative ones included, are kept as they are.
 */
const spreadsheetSafe = (s: string): string => (/^[=+\-@\t\r]/.test(s) && !PLAIN_NUMBER.test(s) ? `'${s}` : s);

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
  resubmission?: { returnComments: string | null; reply: string; previousHash: string | null; changes: { figure: string; before: string | null; after: string | null }[]; attachments: string[] } | null;
}

/** 2026-11-30 10:00 Asia/Shanghai (UTC+08:00). */
export const exportTime = (at: Date, tz: string): string => `${formatInTimeZone(at, tz)} ${tz} (UTC${timeZoneOffset(tz, at)})`;

/** The period's report as CSV (UTF-8 with BOM so that Excel shows Chinese): header, figures, then each table. */
export function reportCsv(h: ExportHeader, s: ReportSnapshot): string {
  const f = s.figures;
  const out: string[] = [
    line('项目 Program', h.programName),
    line('赞助方 Sponsor', h.sponsorName),
    line('期间 Period', `${s.period.key} (${s.period.from} – ${s.period.to})`),
    line('状态 Status', `${h.status} ${STATUS_EN[h.status]}`),
    line('SHA-256', h.hash),
    line('生成时间 Generated', exportTime(h.generatedAt, h.timeZone)),
    '',
    line('key', '指标', 'Figure', 'value', 'target', 'provenance', '来源', 'how computed'),
    ...figureLines(f).map((l) => line(l.key, l.zh, l.en, l.value, l.target, l.provenance, l.mix || PROVENANCE_ZH[l.provenance as keyof typeof PROVENANCE_ZH], l.howEn)),
    '',
    line('track', '班型', 'target', 'enrolled', 'in training', 'graduated', 'dropped'),
    ...TRACKS.map((t) => line(t, TRACK_ZH[t], f.trainees[t].target, f.trainees[t].enrolled, f.trainees[t].active, f.trainees[t].graduated, f.trainees[t].dropped)),
    '',
    line('cohort', '班级', 'track', 'enrolled', 'graduated', 'dropped', 'attendance', 'assignment completion', 'sessions held', 'GMV'),
    ...s.charts.cohorts.map((c) => line(c.cohortId, c.name, c.track, c.enrolled, c.graduated, c.dropped, c.attendanceRate, c.assignmentCompletion, c.sessionsHeld, c.gmv)),
    '',
    line('week starting', 'sessions', 'GMV', 'local specialty GMV'),
    ...s.charts.weeks.map((w) => line(w.week, w.sessions, w.gmv, w.localSpecialtyGmv)),
    '',
    line('product category', '本地特产 local specialty', 'units', 'GMV'),
    ...s.charts.categories.map((c) => line(c.category, c.localSpecialty ? 'yes' : 'no', c.units, c.gmv)),
    '',
    line('records', 'count'),
    ...Object.entries(s.records).map(([k, ids]) => line(k, ids.length)),
  ];
  return `\uFEFF${out.join('\r\n')}\r\n`;
}
