import { type Message, msg } from '../errors';
import { type AttendanceStatus } from '../lessons/attendance';
import { LessonKind, timeSchema } from '../lessons/lesson.schema';
import { dateOnlySchema } from './dates';
import { z } from './z';

/**
 * CSV import of a cohort's lessons and attendance marks. Everything is checked before anything is written;
 * every problem is reported as (row, column, reason) with spreadsheet row numbers (the header is row 1).
 */
export type ImportProblem = { row: number; column: string } & Message;

/** Bytes of the file as sent (UTF-8), not characters: a Chinese character is 3 bytes. */
export const MAX_IMPORT_BYTES = 2_000_000;
export const MAX_IMPORT_ROWS = 5_000;
/** A zod message is a message code (see messages/): the API sends it with its English text, the admin translates it. */
const TOO_LARGE = 'training.fileLargerThan2Mb';

/** UTF-8 size of a text, counted without copying it (the browser and the API count alike). */
export function utf8Bytes(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      bytes += 4; // a surrogate pair: one 4-byte character
      i++;
    } else bytes += 3;
  }
  return bytes;
}

/** An imported file's text, capped in bytes. */
export const importTextSchema = z.string().refine((s) => utf8Bytes(s) <= MAX_IMPORT_BYTES, TOO_LARGE);

/** The kinds of file every import reads: CSV (UTF-8 or GB18030/GBK) and Excel workbooks. */
export const IMPORT_FILE_TYPES = ['.csv', '.xlsx'] as const;
export const importFileType = (fileName: string): 'csv' | 'xlsx' | null => {
  const m = /\.(csv|xlsx)$/i.exec(fileName.trim());
  return m ? (m[1].toLowerCase() as 'csv' | 'xlsx') : null;
};

/**
 * An import's file, as the admin sends it: `file` is the file's bytes in base64 (at most MAX_IMPORT_BYTES once
 * decoded), `fileName` says how to read them (.csv or .xlsx). `csv` (text) is still taken from older clients.
 */
export const importFileFields = {
  csv: importTextSchema.nullish(),
  file: z
    .string()
    .max(Math.ceil(MAX_IMPORT_BYTES / 3) * 4, TOO_LARGE)
    .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'training.notBase64')
    .nullish(),
  fileName: z
    .string()
    .trim()
    .max(200)
    .refine((n) => importFileType(n) !== null, 'training.csvXlsxFile')
    .nullish(),
};

/** Exactly one of `csv` or `file`+`fileName`; problems land on the field to fix. */
export function refineImportFile(
  v: { csv?: string | null; file?: string | null; fileName?: string | null },
  ctx: z.RefinementCtx,
): void {
  if (v.file != null && v.csv != null)
    ctx.addIssue({ code: 'custom', path: ['file'], message: 'training.sendFileCsvTextNot' });
  else if (v.file == null && v.csv == null)
    ctx.addIssue({ code: 'custom', path: ['file'], message: 'training.chooseFile' });
  else if (v.file != null && v.fileName == null)
    ctx.addIssue({ code: 'custom', path: ['fileName'], message: 'training.csvXlsxFile' });
}

/**
 * A CSV file's text: UTF-8 (with or without BOM) when the bytes are valid UTF-8, otherwise GB18030 — a superset of
 * GBK and GB2312, which is what Excel and WPS write for “CSV” on a Chinese Windows. Valid UTF-8 Chinese text is
 * practically never also valid GBK-as-UTF-8 by accident, so trying UTF-8 strictly first is safe.
 */
export function decodeCsvBytes(bytes: Uint8Array): string {
  // Made on use, not on import: this module is in every bundle and a runtime without full ICU lacks gb18030.
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    return new TextDecoder('gb18030').decode(bytes);
  }
}

/** A file already split into rows of cells (an Excel sheet), or CSV text. */
export type ImportTable = string | string[][];

/** RFC 4180: quoted fields, doubled quotes, CRLF or LF, optional UTF-8 BOM (Excel writes one). */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  const src = text.replace(/^\uFEFF/, '');
  for (let i = 0; i < src.length; i++) {
    const c = src[i];
    if (quoted) {
      if (c === '"' && src[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"' && field === '') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && src[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  if (field !== '' || row.length) {
    row.push(field);
    rows.push(row);
  }
  return rows.filter((r) => r.some((f) => f.trim() !== ''));
}

export type Column<K extends string> = { key: K; aliases: string[]; required: boolean };

const LESSON_COLUMNS: Column<'date' | 'startTime' | 'endTime' | 'topic' | 'kind' | 'location' | 'instructor'>[] = [
  { key: 'date', aliases: ['date', '日期'], required: true },
  { key: 'startTime', aliases: ['start', 'starttime', 'start time', '开始', '开始时间'], required: true },
  { key: 'endTime', aliases: ['end', 'endtime', 'end time', '结束', '结束时间'], required: true },
  { key: 'topic', aliases: ['topic', '主题', '课程'], required: true },
  { key: 'kind', aliases: ['kind', 'type', '类型'], required: false },
  { key: 'location', aliases: ['location', '地点'], required: true },
  { key: 'instructor', aliases: ['instructor', 'instructor email', '讲师', '讲师邮箱'], required: false },
];

const ATTENDANCE_COLUMNS: Column<'date' | 'startTime' | 'phone' | 'status' | 'note'>[] = [
  { key: 'date', aliases: ['date', '日期'], required: true },
  { key: 'startTime', aliases: ['start', 'starttime', 'start time', '开始', '开始时间'], required: true },
  { key: 'phone', aliases: ['phone', 'mobile', '手机', '手机号'], required: true },
  { key: 'status', aliases: ['status', 'attendance', '出勤', '状态'], required: true },
  { key: 'note', aliases: ['note', '备注'], required: false },
];

const KIND_WORDS: Record<string, LessonKind> = {
  class: 'CLASS',
  课堂: 'CLASS',
  上课: 'CLASS',
  practice_stream: 'PRACTICE_STREAM',
  'practice stream': 'PRACTICE_STREAM',
  直播实战: 'PRACTICE_STREAM',
  直播练习: 'PRACTICE_STREAM',
  field_visit: 'FIELD_VISIT',
  'field visit': 'FIELD_VISIT',
  实地走访: 'FIELD_VISIT',
  走访: 'FIELD_VISIT',
};
const STATUS_WORDS: Record<string, AttendanceStatus> = {
  present: 'PRESENT',
  出勤: 'PRESENT',
  到: 'PRESENT',
  late: 'LATE',
  迟到: 'LATE',
  absent: 'ABSENT',
  缺勤: 'ABSENT',
  缺: 'ABSENT',
  excused: 'EXCUSED',
  请假: 'EXCUSED',
};

function mapHeader<K extends string>(
  header: string[],
  columns: Column<K>[],
): { index: Record<K, number>; problems: ImportProblem[] } {
  const norm = header.map((h) => h.trim().toLowerCase());
  const index = {} as Record<K, number>;
  const problems: ImportProblem[] = [];
  for (const c of columns) {
    const i = norm.findIndex((h) => c.aliases.includes(h));
    index[c.key] = i;
    if (i < 0 && c.required)
      problems.push({
        row: 1,
        column: c.aliases[0],
        ...msg('training.missingColumn', { aliases: c.aliases.join(' / ') }),
      });
  }
  return { index, problems };
}

export function readTable<K extends string>(table: ImportTable, columns: Column<K>[]) {
  const problems: ImportProblem[] = [];
  if (typeof table === 'string' && utf8Bytes(table) > MAX_IMPORT_BYTES)
    return { records: [], problems: [{ row: 0, column: '', ...msg('training.fileLargerThan2Mb') }] };
  const rows = typeof table === 'string' ? parseCsv(table) : table.filter((r) => r.some((f) => f.trim() !== ''));
  if (rows.length < 2) return { records: [], problems: [{ row: 1, column: '', ...msg('training.fileHasNoDataRows') }] };
  if (rows.length - 1 > MAX_IMPORT_ROWS)
    return {
      records: [],
      problems: [{ row: 0, column: '', ...msg('training.mostRowsPerFile', { max: MAX_IMPORT_ROWS }) }],
    };
  const { index, problems: headerProblems } = mapHeader(rows[0], columns);
  if (headerProblems.length) return { records: [], problems: headerProblems };
  const records = rows.slice(1).map((r, i) => {
    const get = (k: K) => (index[k] >= 0 ? (r[index[k]] ?? '').trim() : '');
    return { row: i + 2, get };
  });
  return { records, problems };
}

export interface LessonImportRow {
  row: number;
  date: string;
  startTime: string;
  endTime: string;
  topic: string;
  kind: LessonKind;
  location: string;
  instructorEmail: string | null;
}

export function readLessonCsv(
  text: ImportTable,
  cohort: { startDate: string; endDate: string },
): { rows: LessonImportRow[]; problems: ImportProblem[] } {
  const { records, problems } = readTable(text, LESSON_COLUMNS);
  const rows: LessonImportRow[] = [];
  const seen = new Map<string, number>();
  for (const { row, get } of records) {
    const p: ImportProblem[] = [];
    const date = get('date');
    const startTime = get('startTime');
    const endTime = get('endTime');
    if (!dateOnlySchema.safeParse(date).success) p.push({ row, column: 'date', ...msg('training.useYyyyMmDd') });
    else if (date < cohort.startDate || date > cohort.endDate)
      p.push({
        row,
        column: 'date',
        ...msg('training.outsideCohort', { startDate: cohort.startDate, endDate: cohort.endDate }),
      });
    const startOk = timeSchema.safeParse(startTime).success;
    if (!startOk) p.push({ row, column: 'startTime', ...msg('training.useHhMm') });
    if (!timeSchema.safeParse(endTime).success) p.push({ row, column: 'endTime', ...msg('training.useHhMm') });
    else if (startOk && endTime <= startTime) p.push({ row, column: 'endTime', ...msg('training.mustAfterStart') });
    const topic = get('topic');
    if (topic.length < 2 || topic.length > 200)
      p.push({ row, column: 'topic', ...msg('training.giveTopic2200Characters') });
    const kindWord = get('kind').toLowerCase();
    const kind = kindWord
      ? (KIND_WORDS[kindWord] ??
        ((Object.values(LessonKind) as string[]).find((k) => k.toLowerCase() === kindWord) as LessonKind | undefined))
      : 'CLASS';
    if (!kind) p.push({ row, column: 'kind', ...msg('training.classPracticeStreamFieldVisit') });
    const location = get('location');
    if (location.length < 2) p.push({ row, column: 'location', ...msg('training.giveLocation') });
    const key = `${date} ${startTime}`;
    if (seen.has(key))
      p.push({ row, column: 'startTime', ...msg('training.sameDateTimeRow', { row: seen.get(key)! }) });
    else seen.set(key, row);
    problems.push(...p);
    if (!p.length)
      rows.push({
        row,
        date,
        startTime,
        endTime,
        topic,
        kind: kind!,
        location,
        instructorEmail: get('instructor').toLowerCase() || null,
      });
  }
  return { rows, problems };
}

export interface AttendanceImportRow {
  row: number;
  date: string;
  startTime: string;
  phone: string;
  status: AttendanceStatus;
  note: string | null;
}

export function readAttendanceCsv(text: ImportTable): { rows: AttendanceImportRow[]; problems: ImportProblem[] } {
  const { records, problems } = readTable(text, ATTENDANCE_COLUMNS);
  const rows: AttendanceImportRow[] = [];
  const seen = new Map<string, number>();
  for (const { row, get } of records) {
    const p: ImportProblem[] = [];
    const date = get('date');
    const startTime = get('startTime');
    if (!dateOnlySchema.safeParse(date).success) p.push({ row, column: 'date', ...msg('training.useYyyyMmDd') });
    if (!timeSchema.safeParse(startTime).success) p.push({ row, column: 'startTime', ...msg('training.useHhMm') });
    const phone = get('phone').replace(/\s|-/g, '');
    if (!/^1[3-9]\d{9}$/.test(phone)) p.push({ row, column: 'phone', ...msg('training.11DigitMobileNumber') });
    const statusWord = get('status').toLowerCase();
    const status = STATUS_WORDS[statusWord];
    if (!status) p.push({ row, column: 'status', ...msg('training.presentLateAbsentExcused') });
    const note = get('note') || null;
    if (status === 'EXCUSED' && !note) p.push({ row, column: 'note', ...msg('training.sayWhyAbsenceExcused') });
    const key = `${date} ${startTime} ${phone}`;
    if (seen.has(key)) p.push({ row, column: 'phone', ...msg('training.markedTwiceAlsoRow', { row: seen.get(key)! }) });
    else seen.set(key, row);
    problems.push(...p);
    if (!p.length) rows.push({ row, date, startTime, phone, status: status!, note });
  }
  return { rows, problems };
}

/** Problems in file order (a stable sort keeps each row's problems in the order they were found). */
export const sortProblems = (ps: ImportProblem[]): ImportProblem[] => [...ps].sort((a, b) => a.row - b.row);

/** Data rows in the file: the good ones plus those with problems (the header, row 1, and file-level problems excluded). */
export const countRows = (rows: { row: number }[], problems: ImportProblem[]): number =>
  new Set([...rows.map((r) => r.row), ...problems.map((p) => p.row).filter((r) => r > 1)]).size;
