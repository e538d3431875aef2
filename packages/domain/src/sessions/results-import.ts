import { type Column, type ImportProblem, type ImportTable, readTable } from '../common/csv';
import { type StreamPlatform } from '../common/enums';
import { MONEY_PATTERN } from '../common/money';
import { msg } from '../errors';

/**
 * Results from a platform's CSV export (抖音/巨量百应, 快手, 淘宝直播, 视频号 data screens exported to CSV).
 * Each platform names its columns its own way; a row is matched to a Grassroots session by the streamer's
 * account on that platform and the start time. Everything is checked before anything is written.
 */
export type ResultColumn =
  'account' | 'start' | 'minutes' | 'viewers' | 'peakViewers' | 'newFollowers' | 'orders' | 'gmv' | 'adSpend';

const GENERIC: Record<ResultColumn, string[]> = {
  account: ['account', 'handle', '账号', '主播账号'],
  start: ['start', 'start time', 'started at', '开播时间', '开始时间'],
  minutes: ['minutes', 'duration', 'duration (min)', '直播时长', '时长'],
  viewers: ['viewers', 'views', '观看人数', '累计观看人数'],
  peakViewers: ['peak viewers', 'peak', '最高在线人数', '最高在线'],
  newFollowers: ['new followers', 'followers', '新增粉丝', '新增粉丝数'],
  orders: ['orders', '成交订单数', '订单数'],
  gmv: ['gmv', 'sales', '成交金额', '成交金额(元)'],
  adSpend: ['ad spend', 'traffic spend', '投流消耗', '投放消耗'],
};

/** Column names seen in each platform's export, on top of the generic ones. */
const BY_PLATFORM: Record<StreamPlatform, Partial<Record<ResultColumn, string[]>>> = {
  DOUYIN: {
    account: ['抖音号'],
    viewers: ['累计观看人次', '观看人次'],
    gmv: ['直播间成交金额', '直播间成交金额(元)'],
    adSpend: ['千川消耗', '千川消耗(元)'],
    newFollowers: ['涨粉人数'],
  },
  KUAISHOU: {
    account: ['快手号'],
    viewers: ['累计观看人数'],
    newFollowers: ['涨粉数'],
    gmv: ['gmv(元)', '直播gmv'],
    adSpend: ['磁力金牛消耗', '磁力金牛消耗(元)'],
  },
  TAOBAO_LIVE: {
    account: ['主播昵称'],
    viewers: ['观看次数'],
    orders: ['成交笔数'],
    gmv: ['成交金额(元)', '引导成交金额'],
    adSpend: ['推广花费', '超级直播消耗'],
  },
  WECHAT_CHANNELS: {
    account: ['视频号'],
    viewers: ['观看人次'],
    newFollowers: ['新增关注'],
    gmv: ['销售额', '销售额(元)'],
    adSpend: ['加热消耗', '投流金额'],
  },
  OTHER: {},
};

export function resultColumns(platform: StreamPlatform): Column<ResultColumn>[] {
  return (Object.keys(GENERIC) as ResultColumn[]).map((key) => ({
    key,
    aliases: [...GENERIC[key], ...(BY_PLATFORM[platform][key] ?? [])].map((a) => a.toLowerCase()),
    required: key !== 'peakViewers' && key !== 'newFollowers' && key !== 'adSpend',
  }));
}

export interface ResultImportRow {
  row: number;
  account: string;
  /** The start read as China time; the import re-reads `wallClock` in each candidate session's program zone. */
  start: Date;
  /** The start as written in the export, without an offset: YYYY-MM-DDTHH:mm:ss. */
  wallClock: string;
  minutes: number;
  viewers: number;
  peakViewers: number | null;
  newFollowers: number | null;
  orders: number;
  gmv: string;
  adSpend: string | null;
}

/** Start times in exports are wall-clock times without an offset (read here as China time): "2026-11-20 20:00[:00]" or with slashes. */
export function parseExportTime(s: string): Date | null {
  const m = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})[ T](\d{1,2}):(\d{2})(?::(\d{2}))?$/.exec(s.trim());
  if (!m) return null;
  const [, y, mo, d, h, mi, se = '0'] = m;
  const iso = `${y}-${mo.padStart(2, '0')}-${d.padStart(2, '0')}T${h.padStart(2, '0')}:${mi}:${se.padStart(2, '0')}+08:00`;
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return null;
  // Reject dates that do not exist (2026-02-30 would roll over to March).
  return new Date(date.getTime() + 8 * 3600_000).toISOString().slice(0, 10) === iso.slice(0, 10) ? date : null;
}

/** "95", "1:35:00" (h:mm:ss), "1小时35分", "95分钟". */
export function parseMinutes(s: string): number | null {
  const t = s.trim();
  if (/^\d+$/.test(t)) return Number(t);
  let m = /^(\d+):(\d{2})(?::(\d{2}))?$/.exec(t);
  if (m) return Number(m[1]) * 60 + Number(m[2]) + Math.round(Number(m[3] ?? 0) / 60);
  m = /^(?:(\d+)\s*小时)?\s*(?:(\d+)\s*分(?:钟)?)?\s*(?:(\d+)\s*秒)?$/.exec(t);
  if (m && (m[1] || m[2])) return Number(m[1] ?? 0) * 60 + Number(m[2] ?? 0) + Math.round(Number(m[3] ?? 0) / 60);
  return null;
}

/** "12,345", "1.2万" (Chinese exports abbreviate ten-thousands). */
export function parseCount(s: string): number | null {
  const t = s.trim().replace(/,/g, '');
  const m = /^(\d+(?:\.\d+)?)(万|w)?$/i.exec(t);
  if (!m) return null;
  const n = m[2] ? Math.round(Number(m[1]) * 10_000) : Number(m[1]);
  return Number.isInteger(n) ? n : null;
}

/** "¥1,234.50", "1234.5" → "1234.50"; null when not an amount. */
export function parseMoney(s: string): string | null {
  const t = s
    .trim()
    .replace(/^[¥￥]/, '')
    .replace(/,/g, '');
  if (!MONEY_PATTERN.test(t)) return null;
  const [i, f = ''] = t.split('.');
  return `${i}.${(f + '00').slice(0, 2)}`;
}

export function readResultsCsv(
  text: ImportTable,
  platform: StreamPlatform,
): { rows: ResultImportRow[]; problems: ImportProblem[] } {
  const { records, problems } = readTable(text, resultColumns(platform));
  const rows: ResultImportRow[] = [];
  const seen = new Map<string, number>();
  for (const { row, get } of records) {
    const p: ImportProblem[] = [];
    const account = get('account');
    if (!account) p.push({ row, column: 'account', ...msg('live.streamersAccountPlatformEmpty') });
    const start = parseExportTime(get('start'));
    if (!start) p.push({ row, column: 'start', ...msg('live.useYyyyMmDdHh') });
    const minutes = parseMinutes(get('minutes'));
    if (minutes === null || minutes <= 0 || minutes > 24 * 60)
      p.push({ row, column: 'minutes', ...msg('live.minutesEG95H') });
    const count = (k: ResultColumn, required: boolean) => {
      const raw = get(k);
      if (!raw && !required) return null;
      const n = parseCount(raw);
      if (n === null) p.push({ row, column: k, ...msg('live.wholeNumberEG1200') });
      return n;
    };
    const viewers = count('viewers', true);
    const peakViewers = count('peakViewers', false);
    const newFollowers = count('newFollowers', false);
    const orders = count('orders', true);
    if (viewers !== null && peakViewers !== null && peakViewers > viewers)
      p.push({ row, column: 'peakViewers', ...msg('live.higherThanTotalViewers') });
    const gmv = parseMoney(get('gmv'));
    if (gmv === null) p.push({ row, column: 'gmv', ...msg('live.amountYuanEG2380') });
    const adRaw = get('adSpend');
    const adSpend = adRaw ? parseMoney(adRaw) : null;
    if (adRaw && adSpend === null) p.push({ row, column: 'adSpend', ...msg('live.amountYuanEG300') });
    if (account && start) {
      const key = `${account.toLowerCase()} ${start.toISOString()}`;
      if (seen.has(key)) p.push({ row, column: 'start', ...msg('live.sameAccountStartRow', { row: seen.get(key)! }) });
      else seen.set(key, row);
    }
    problems.push(...p);
    if (!p.length)
      rows.push({
        row,
        account,
        start: start!,
        wallClock: new Date(start!.getTime() + 8 * 3600_000).toISOString().slice(0, 19),
        minutes: minutes!,
        viewers: viewers!,
        peakViewers,
        newFollowers,
        orders: orders!,
        gmv: gmv!,
        adSpend,
      });
  }
  return { rows, problems };
}

/** How far an export's start time may be from the scheduled (or actual) start and still be the same session. */
export const MATCH_WINDOW_MINUTES = 90;
