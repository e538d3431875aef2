import type { Prisma } from '@grassroots/db';
import { LicenceKind, type MessageParams, ProductStatus, SupplierKind } from '@grassroots/domain';
import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

import { JSONObject } from '../../../core/graphql/json.scalar';
import { Paginated } from '../../../core/graphql/pagination';

registerEnumType(ProductStatus, { name: 'ProductStatus' });
registerEnumType(SupplierKind, { name: 'SupplierKind' });
registerEnumType(LicenceKind, { name: 'LicenceKind' });

@ObjectType({ description: 'A licence on file, with its scanned evidence' })
export class Licence {
  @Field(() => ID) id: string;
  @Field(() => LicenceKind) kind: LicenceKind;
  @Field() number: string;
  @Field({ description: 'YYYY-MM-DD' }) expiresOn: string;
  @Field() expired: boolean;
  @Field(() => ID, { nullable: true, description: 'Download at /files/{id}' }) evidenceFileId: string | null;
}

@ObjectType()
export class Supplier {
  @Field(() => ID) id: string;
  @Field() name: string;
  @Field(() => SupplierKind) kind: SupplierKind;
  @Field() region: string;
  @Field() contact: string;
  @Field(() => [Licence]) licences: Licence[];
  @Field(() => Int) productCount: number;
}

@ObjectType()
export class SupplierPage extends Paginated(Supplier) {}

@ObjectType({ description: 'How a supplier’s products fare: QC, complaints, after-sales on time' })
export class SupplierScorecard {
  @Field(() => Int) inspections: number;
  @Field(() => Float, { nullable: true }) qcPassRate: number | null;
  @Field(() => Int) qualityTickets: number;
  @Field(() => Int) unitsSold: number;
  @Field(() => Float, { nullable: true, description: 'Quality-caused tickets per unit sold in sessions' })
  qualityTicketRate: number | null;
  @Field(() => Int) resolvedTickets: number;
  @Field(() => Float, {
    nullable: true,
    description: 'Share of resolved tickets resolved within their SLA (pauses excluded)',
  })
  onTimeResolutionRate: number | null;
}

@ObjectType({ description: 'A product that can be featured in a live session' })
export class Product {
  @Field(() => ID) id: string;
  @Field(() => ID) supplierId: string;
  @Field() name: string;
  @Field() category: string;
  @Field() originRegion: string;
  @Field() supplierName: string;
  @Field({ description: 'Sold to help the sponsor’s county' }) localSpecialty: boolean;
  @Field({ description: 'Perishable goods are not eligible for 7-day no-reason returns' }) perishable: boolean;
  @Field({ description: 'Yuan' }) unitPrice: string;
  @Field({ description: 'Yuan' }) suggestedLivePrice: string;
  @Field({ description: 'Percent, e.g. "25.00"' }) commissionPct: string;
  @Field(() => ProductStatus) status: ProductStatus;
  @Field(() => String, {
    nullable: true,
    description: 'Why it was rejected or suspended: what a person typed, or the English text of statusReasonCode',
  })
  statusReason: string | null;
  @Field(() => String, {
    nullable: true,
    description:
      'The reason as a message code of the shared catalog (when the system wrote it), with statusReasonParams',
  })
  statusReasonCode: string | null;
  @Field(() => JSONObject, { nullable: true }) statusReasonParams: MessageParams | null;
}

@ObjectType()
export class ProductPage extends Paginated(Product) {}

@ObjectType({ description: 'One thing that keeps a product out of live sessions' })
export class GateProblem {
  @Field({ description: 'Which QC gate rule refuses the product (NOT_APPROVED, LICENCE_MISSING, …)' }) code: string;
  @Field({ description: 'English text (a fallback: translate messageCode with params)' }) message: string;
  @Field({ description: 'The message code in the shared catalog (@grassroots/domain messages/)' }) messageCode: string;
  @Field(() => JSONObject, { nullable: true, description: 'The message parameters' }) params?: MessageParams;
}

export const PRODUCT_SELECT = {
  id: true,
  supplierId: true,
  name: true,
  category: true,
  originRegion: true,
  localSpecialty: true,
  perishable: true,
  unitPrice: true,
  suggestedLivePrice: true,
  commissionPct: true,
  status: true,
  statusReason: true,
  statusReasonCode: true,
  statusReasonParams: true,
  supplier: { select: { name: true } },
} satisfies Prisma.ProductSelect;
export type ProductRow = Prisma.ProductGetPayload<{ select: typeof PRODUCT_SELECT }>;
export const toProduct = (r: ProductRow): Product => ({
  id: r.id,
  supplierId: r.supplierId,
  name: r.name,
  category: r.category,
  originRegion: r.originRegion,
  localSpecialty: r.localSpecialty,
  perishable: r.perishable,
  unitPrice: r.unitPrice.toFixed(2),
  suggestedLivePrice: r.suggestedLivePrice.toFixed(2),
  commissionPct: r.commissionPct.toFixed(2),
  status: r.status as ProductStatus,
  statusReason: r.statusReason,
  statusReasonCode: r.statusReasonCode,
  statusReasonParams: (r.statusReasonParams as MessageParams | null) ?? null,
  supplierName: r.supplier.name,
});

export const SUPPLIER_SELECT = {
  id: true,
  name: true,
  kind: true,
  region: true,
  contact: true,
  licences: {
    select: { id: true, kind: true, number: true, expiresOn: true, evidenceFileId: true },
    orderBy: { kind: 'asc' },
  },
  _count: { select: { products: true } },
} satisfies Prisma.SupplierSelect;
export type SupplierRow = Prisma.SupplierGetPayload<{ select: typeof SUPPLIER_SELECT }>;
export const toSupplier = (r: SupplierRow, now = new Date()): Supplier => ({
  id: r.id,
  name: r.name,
  kind: r.kind as SupplierKind,
  region: r.region,
  contact: r.contact,
  productCount: r._count.products,
  licences: r.licences.map((l) => ({
    ...l,
    kind: l.kind as LicenceKind,
    expiresOn: l.expiresOn.toISOString().slice(0, 10),
    expired: l.expiresOn < now,
  })),
});
