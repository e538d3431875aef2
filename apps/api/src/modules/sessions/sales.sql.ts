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
