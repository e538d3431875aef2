import { Prisma } from '@grassroots/db';
import { computeResult, type ProvenanceMap } from '@grassroots/domain';

type Tx = Prisma.TransactionClient;

/**
 * After-sales refunds flow into a session's result: refunds = what was actually refunded on its tickets, and
 * commission and net result are recomputed by the same domain rule (only when results exist).
 */
export async function recomputeSessionRefunds(tx: Tx, sessionId: string): Promise<void> {
  const s = await tx.liveSession.findUnique({
    where: { id: sessionId },
    select: {
      gmv: true,
      adSpend: true,
      orders: true,
      viewers: true,
      provenance: true,
      items: { select: { commissionPct: true, gmv: true } },
    },
  });
  if (!s) return;
  const sum = await tx.afterSalesTicket.aggregate({
    where: { sessionId, refundedAt: { not: null } },
    _sum: { refundAmount: true },
  });
  const refunds = (sum._sum.refundAmount ?? new Prisma.Decimal(0)).toFixed(2);
  const provenance: ProvenanceMap = { ...((s.provenance ?? {}) as ProvenanceMap), refunds: 'MANUAL' };
  if (s.gmv === null || s.orders === null || s.viewers === null) {
    await tx.liveSession.update({ where: { id: sessionId }, data: { refunds, provenance, version: { increment: 1 } } });
    return;
  }
  const computed = computeResult({
    gmv: s.gmv.toFixed(2),
    refunds,
    adSpend: s.adSpend?.toFixed(2) ?? '0.00',
    orders: s.orders,
    viewers: s.viewers,
    provenance,
    items: runOfShowSales(s.items),
  });
  await tx.liveSession.update({
    where: { id: sessionId },
    data: {
      refunds,
      commission: computed.commission,
      netResult: computed.netResult,
      provenance: { ...provenance, ...computed.provenance },
      version: { increment: 1 },
    },
  });
}

/** A run of show as the result rule reads it: each product's rate and, when recorded, its sales. */
export function runOfShowSales(items: { commissionPct: Prisma.Decimal; gmv: Prisma.Decimal | null }[]) {
  return items.map((i) => ({ commissionPct: i.commissionPct.toFixed(2), gmv: i.gmv?.toFixed(2) ?? null }));
}
