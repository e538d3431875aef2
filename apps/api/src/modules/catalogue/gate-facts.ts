import type { Prisma, PrismaClient } from '@grassroots/db';
import { type GateFacts, isFood, type MessageCode, type MessageParams, type ProductStatus } from '@grassroots/domain';

/** Everything the QC gate needs about these products, in one query. */
export async function loadGateFacts(
  db: PrismaClient | Prisma.TransactionClient,
  productIds: string[],
): Promise<Map<string, GateFacts>> {
  const rows = await db.product.findMany({
    where: { id: { in: productIds } },
    select: {
      id: true,
      name: true,
      status: true,
      statusReason: true,
      statusReasonCode: true,
      statusReasonParams: true,
      category: true,
      supplier: { select: { licences: { select: { kind: true, number: true, expiresOn: true } } } },
      inspections: {
        where: { result: 'PASS' },
        orderBy: { inspectedAt: 'desc' },
        take: 1,
        select: { validUntil: true },
      },
    },
  });
  return new Map(
    rows.map((p) => [
      p.id,
      {
        productId: p.id,
        productName: p.name,
        status: p.status as ProductStatus,
        // A reason the system wrote is said in the reader's language; what a person typed stays as typed.
        statusReason: p.statusReasonCode
          ? {
              code: p.statusReasonCode as MessageCode,
              params: (p.statusReasonParams as MessageParams | null) ?? undefined,
            }
          : p.statusReason,
        food: isFood(p.category),
        licences: p.supplier.licences,
        passedInspectionValidUntil: p.inspections[0]?.validUntil ?? null,
      },
    ]),
  );
}
