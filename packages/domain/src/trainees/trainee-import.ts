import { type Column, type ImportProblem, type ImportTable, readTable } from '../common/csv';
import { type StreamPlatform } from '../common/enums';
import { msg } from '../errors';
import { isValidMobile, isValidNationalId } from './identity';

/**
 * Bulk trainee import (CSV or Excel): one row per new trainee, enrolled into a cohort named in the row or, when
 * imported from a cohort's page, into that cohort. The file is checked as a whole — ID check digit, mobile number,
 * the same ID twice in the file — before the server checks it against the database; nothing is written unless every
 * row is good.
 */
export interface TraineeImportRow {
  row: number;
  name: string;
  /** Upper-case (a trailing x becomes X, as the check digit is written). */
  nationalId: string;
  phone: string;
  hometown: string;
  platformAccounts: { platform: StreamPlatform; handle: string }[];
  /** The cohort's name as written in the file; null when the import is for one cohort. */
  cohort: string | null;
}

type Key = 'name' | 'nationalId' | 'phone' | 'hometown' | 'platformAccounts' | 'cohort';
const TRAINEE_COLUMNS: Column<Key>[] = [
  { key: 'name', aliases: ['name', '姓名'], required: true },
  {
    key: 'nationalId',
    aliases: ['id number', 'national id', 'nationalid', '身份证号', '身份证号码', '身份证'],
    required: true,
  },
  { key: 'phone', aliases: ['phone', 'mobile', '手机', '手机号', '手机号码'], required: true },
  { key: 'hometown', aliases: ['hometown', '籍贯', '家乡', '户籍地'], required: true },
  { key: 'platformAccounts', aliases: ['platform accounts', 'accounts', '平台账号', '账号'], required: false },
  { key: 'cohort', aliases: ['cohort', '班级', '期次'], required: false },
];

const PLATFORM_WORDS: Record<string, StreamPlatform> = {
  douyin: 'DOUYIN',
  抖音: 'DOUYIN',
  kuaishou: 'KUAISHOU',
  快手: 'KUAISHOU',
  taobao: 'TAOBAO_LIVE',
  taobao_live: 'TAOBAO_LIVE',
  'taobao live': 'TAOBAO_LIVE',
  淘宝: 'TAOBAO_LIVE',
  淘宝直播: 'TAOBAO_LIVE',
  wechat: 'WECHAT_CHANNELS',
  wechat_channels: 'WECHAT_CHANNELS',
  'wechat channels': 'WECHAT_CHANNELS',
  视频号: 'WECHAT_CHANNELS',
  other: 'OTHER',
  其他: 'OTHER',
};

/** `douyin:abc; 快手：xyz` → accounts; null when a part is not `platform:handle` with a known platform. */
export function parsePlatformAccounts(cell: string): TraineeImportRow['platformAccounts'] | null {
  const parts = cell
    .split(/[;；\n]/)
    .map((p) => p.trim())
    .filter(Boolean);
  const out: TraineeImportRow['platformAccounts'] = [];
  for (const part of parts) {
    const m = /^([^:：]+)[:：]\s*(.+)$/.exec(part);
    const platform = m ? PLATFORM_WORDS[m[1].trim().toLowerCase()] : undefined;
    if (!m || !platform || m[2].trim().length > 80) return null;
    out.push({ platform, handle: m[2].trim() });
  }
  return out.length > 10 ? null : out;
}

/** Reads and checks a trainee file; `cohortFromPage` makes the cohort column optional. */
export function readTraineeImport(
  table: ImportTable,
  cohortFromPage: boolean,
): { rows: TraineeImportRow[]; problems: ImportProblem[] } {
  const columns = TRAINEE_COLUMNS.map((c) => (c.key === 'cohort' ? { ...c, required: !cohortFromPage } : c));
  const { records, problems } = readTable(table, columns);
  const rows: TraineeImportRow[] = [];
  const seenId = new Map<string, number>();
  for (const { row, get } of records) {
    const p: ImportProblem[] = [];
    const name = get('name');
    if (!name || name.length > 50) p.push({ row, column: 'name', ...msg('common.nameRequired') });
    const nationalId = get('nationalId').replace(/\s/g, '').toUpperCase();
    if (!isValidNationalId(nationalId))
      p.push({ row, column: 'nationalId', ...msg('trainees.notValidResidentIdNumber') });
    else if (seenId.has(nationalId))
      p.push({ row, column: 'nationalId', ...msg('trainees.sameIdNumberRow', { row: seenId.get(nationalId)! }) });
    else seenId.set(nationalId, row);
    const phone = get('phone').replace(/\s|-/g, '');
    if (!isValidMobile(phone)) p.push({ row, column: 'phone', ...msg('trainees.enter11DigitMobileNumber') });
    const hometown = get('hometown');
    if (!hometown || hometown.length > 100) p.push({ row, column: 'hometown', ...msg('trainees.hometownRequired') });
    const platformAccounts = parsePlatformAccounts(get('platformAccounts'));
    if (!platformAccounts)
      p.push({
        row,
        column: 'platformAccounts',
        ...msg('trainees.writeAccountsPlatformAccountSeparated'),
      });
    const cohort = get('cohort') || null;
    if (!cohortFromPage && !cohort) p.push({ row, column: 'cohort', ...msg('trainees.nameCohort') });
    problems.push(...p);
    if (!p.length) rows.push({ row, name, nationalId, phone, hometown, platformAccounts: platformAccounts!, cohort });
  }
  return { rows, problems };
}
