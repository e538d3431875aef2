import type { Prisma, PrismaClient } from '@grassroots/db';
import { type GateFacts, isFood, type ProductStatus } from '@grassroots/domain';

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
        statusReason: p.statusReason,
        food: isFood(p.category),
        licences: p.supplier.licences,
        passedInspectionValidUntil: p.inspections[0]?.validUntil ?? null,
      },
    ]),
  );
}
