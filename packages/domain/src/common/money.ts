/**
 * Money travels as a decimal string of yuan ("1200000.50"), never a float. At most 2 decimals and
 * 12 integer digits (the database column is NUMERIC(14,2)).
 */
export const MONEY_PATTERN = /^(0|[1-9]\d{0,11})(\.\d{1,2})?$/;

/** Converts a yuan string to integer fen without floating point. */
export function yuanToFen(yuan: string): bigint {
  if (!MONEY_PATTERN.test(yuan)) throw new Error(`Not a money amount: ${yuan}`);
  const [int, frac = ''] = yuan.split('.');
  return BigInt(int) * 100n + BigInt((frac + '00').slice(0, 2));
}

export function fenToYuan(fen: bigint): string {
  const neg = fen < 0n;
  const abs = neg ? -fen : fen;
  const s = `${abs / 100n}.${(abs % 100n).toString().padStart(2, '0')}`;
  return neg ? `-${s}` : s;
}
