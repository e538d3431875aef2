import { Prisma } from '@grassroots/db';

/** The select list that sums ended sessions' results (alias `s` for "LiveSession"). */
export const salesTotals = Prisma.sql`count(*)::int AS sessions, coalesce(sum(s.gmv), 0) AS gmv, coalesce(sum(s."netResult"), 0) AS "netResult",
  coalesce(sum(s."adSpend"), 0) AS "adSpend", coalesce(sum(s.refunds), 0) AS refunds,
  coalesce(sum(s.viewers), 0)::int AS viewers, coalesce(sum(s.orders), 0)::int AS orders`;

export interface TotalsRow {
  sessions: number;
  gmv: Prisma.Decimal;
  netResult: Prisma.Decimal;
  adSpend: Prisma.Decimal;
  refunds: Prisma.Decimal;
  viewers: number;
  orders: number;
}

export function toTotals(r: TotalsRow | undefined) {
  const dec = (v: Prisma.Decimal | string | null | undefined) => new Prisma.Decimal(v ?? 0);
  const gmv = dec(r?.gmv);
  const viewers = r?.viewers ?? 0;
  return {
    sessions: r?.sessions ?? 0,
    gmv: gmv.toFixed(2),
    netResult: dec(r?.netResult).toFixed(2),
    adSpend: dec(r?.adSpend).toFixed(2),
    refunds: dec(r?.refunds).toFixed(2),
    viewers,
    orders: r?.orders ?? 0,
    conversionRate: viewers > 0 ? (r?.orders ?? 0) / viewers : null,
    gmvPerViewer: viewers > 0 ? gmv.dividedBy(viewers).toDecimalPlaces(2).toFixed(2) : null,
  };
}
