import { formatYuanString } from '@grassroots/domain';

/** ¥1,200,000.00 from a decimal string, without going through floating point (— when absent). */
export function formatYuan(amount: string | null | undefined): string {
  return amount == null ? '—' : formatYuanString(amount);
}

export const formatPeriod = (start: string, end: string): string => `${start} ~ ${end}`;

export function formatDateTime(iso: string, locale: string): string {
  return new Date(iso).toLocaleString(locale, { year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit' });
}
