/**
 * Formatting that every screen needs, kept free of schemas and decimal arithmetic so that a page importing it
 * does not download zod or decimal.js (issue 12).
 */

/** ¥1,234.50 from a decimal string, without floating point. */
export function formatYuanString(amount: string): string {
  const [int, frac = '00'] = amount.split('.');
  const neg = int.startsWith('-');
  const digits = (neg ? int.slice(1) : int).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${neg ? '-' : ''}¥${digits}.${frac.padEnd(2, '0').slice(0, 2)}`;
}
