import { formatYuanString } from '@grassroots/domain';

/** ¥1,200,000.00 from a decimal string, without going through floating point (— when absent). */
export function formatYuan(amount: string | null | undefined): string {
  return amount == null ? '—' : formatYuanString(amount);
}

/** Yuan on a chart's axis, compact: ¥800, ¥12.5k, ¥150k. */
export const yuanTick = (v: number): string => `¥${v >= 10000 ? `${v / 1000}k` : v}`;

export const formatPeriod = (start: string, end: string): string => `${start} ~ ${end}`;

export { formatDateTime } from './time';
