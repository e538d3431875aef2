/** ¥1,200,000.00 from a decimal string, without going through floating point. */
export function formatYuan(amount: string | null | undefined): string {
  if (amount == null) return '—';
  const [int, frac = '00'] = amount.split('.');
  const neg = int.startsWith('-');
  const digits = (neg ? int.slice(1) : int).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${neg ? '-' : ''}¥${digits}.${frac.padEnd(2, '0').slice(0, 2)}`;
}

export const formatPeriod = (start: string, end: string): string => `${start} ~ ${end}`;

export function formatDateTime(iso: string, locale: string): string {
  return new Date(iso).toLocaleString(locale, { year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit' });
}
