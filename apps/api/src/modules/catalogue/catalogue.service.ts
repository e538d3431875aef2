import { Prisma } from '@grassroots/db';
import {
  countRows,
  dateOnlyToDate,
  DomainError,
  type FieldError,
  type Message,
  msg,
  nextProductStatus,
  Permission,
  readProductImport,
  slaClocks,
  sortProblems,
  ticketHistory,
  type TicketPriority,
  toSkipTake,
} from '@grassroots/domain';
import { Injectable, type OnModuleInit } from '@nestjs/common';

import type { Actor } from '../../core/auth/actor';
import { DatabaseService } from '../../core/database/database.module';
import { contains } from '../../core/database/search';
import type { ImportReport } from '../../core/graphql/models/import-report.model';
import type { PageResult } from '../../core/graphql/pagination';
import { type ImportJob, toImportJob } from '../../core/jobs/job.model';
import { type ImportHooks, JobsService } from '../../core/jobs/jobs.service';
import { importFileOf, readSpreadsheet } from '../../core/spreadsheet/read-spreadsheet';
import { NotificationsService, qcTaskEvent } from '../notifications/notifications.service';
import { todoIds } from '../workbench/todo-filters';
import type {
  CreateProductInput,
  CreateSupplierInput,
  ImportProductsInput,
  ProductsArgs,
  SuppliersArgs,
  SuspendProductInput,
  UpdateProductInput,
  UpdateSupplierInput,
} from './dto/catalogue.input';
import {
  type Product,
  PRODUCT_SELECT,
  type Supplier,
  SUPPLIER_SELECT,
  type SupplierScorecard,
  toProduct,
  toSupplier,
} from './models/catalogue.model';
import { statusReasonOf } from './status-reason';

const insensitive = (q: string) => contains(q);

/** Suppliers with their licences, and the product catalogue with its QC status. */
@Injectable()
export class CatalogueService implements OnModuleInit {
  constructor(
    private readonly db: DatabaseService,
    private readonly notifications: NotificationsService,
    private readonly jobs: JobsService,
  ) {}

  onModuleInit(): void {
    this.jobs.handle<{ fileName: string }>('import.products', Permission.PRODUCTS_WRITE, (ctx) =>
      this.importProducts({ bytes: ctx.input ?? Buffer.alloc(0), fileName: ctx.params.fileName }, ctx),
    );
  }

  async startImportProducts(actor: Actor, input: ImportProductsInput): Promise<ImportJob> {
    const { bytes, fileName } = importFileOf(input);
    return toImportJob(await this.jobs.start(actor, 'import.products', { fileName }, bytes));
  }

  /**
   * Adds a DRAFT product per row, all or none: the file's own checks, then suppliers by their registered name and
   * products a supplier already has under that name.
   */
  async importProducts(file: { bytes: Buffer; fileName: string }, hooks?: ImportHooks): Promise<ImportReport> {
    await hooks?.progress('reading');
    const sheet = await readSpreadsheet(file.bytes, file.fileName);
    if (!sheet.table) return { imported: 0, rows: 0, problems: sheet.problems };
    const { rows, problems } = readProductImport(sheet.table);
    await hooks?.progress('checking', 0, rows.length);
    const suppliers = await this.db.prisma.supplier.findMany({
      where: { name: { in: [...new Set(rows.map((r) => r.supplier))] } },
      select: { id: true, name: true },
    });
    const byName = new Map<string, string[]>();
    for (const sp of suppliers) byName.set(sp.name, [...(byName.get(sp.name) ?? []), sp.id]);
    const existing = new Set(
      (
        await this.db.prisma.product.findMany({
          where: { supplierId: { in: suppliers.map((x) => x.id) }, name: { in: rows.map((r) => r.name) } },
          select: { supplierId: true, name: true },
        })
      ).map((x) => `${x.supplierId}\u0000${x.name}`),
    );
    const supplierOf = new Map<number, string>();
    for (const r of rows) {
      const ids = byName.get(r.supplier) ?? [];
      if (ids.length !== 1)
        problems.push({
          row: r.row,
          column: 'supplier',
          ...(ids.length ? msg('catalogue.twoSuppliersHaveName') : msg('catalogue.noSuchSupplier')),
        });
      else if (existing.has(`${ids[0]}\u0000${r.name}`))
        problems.push({ row: r.row, column: 'name', ...msg('catalogue.supplierAlreadyHasProductName') });
      else supplierOf.set(r.row, ids[0]);
    }
    const total = countRows(rows, problems);
    if (problems.length) return { imported: 0, rows: total, problems: sortProblems(problems) };
    await hooks?.progress('writing', 0, rows.length);
    const report = { imported: rows.length, rows: rows.length, problems: [] };
    await this.db.prisma.$transaction(async (tx) => {
      await tx.product.createMany({
        data: rows.map((r) => ({
          supplierId: supplierOf.get(r.row)!,
          name: r.name,
          category: r.category,
          originRegion: r.originRegion,
          localSpecialty: r.localSpecialty,
          unitPrice: r.unitPrice,
          suggestedLivePrice: r.suggestedLivePrice,
          commissionPct: r.commissionPct,
          perishable: r.perishable,
          status: 'DRAFT',
        })),
      });
      await hooks?.finish(tx, report);
    });
    return report;
  }

  async suppliers(actor: Actor, args: SuppliersArgs): Promise<PageResult<Supplier>> {
    const todo = await todoIds(this.db.prisma, actor, 'Supplier', args.todo);
    const where: Prisma.SupplierWhereInput = {
      AND: [
        todo ? { id: { in: todo } } : {},
        args.kind ? { kind: args.kind } : {},
        args.search ? { OR: [{ name: insensitive(args.search) }, { region: insensitive(args.search) }] } : {},
      ],
    };
    const [rows, total] = await Promise.all([
      this.db.prisma.supplier.findMany({
        where,
        select: SUPPLIER_SELECT,
        orderBy: [{ name: 'asc' }, { id: 'asc' }],
        ...toSkipTake(args),
      }),
      this.db.prisma.supplier.count({ where }),
    ]);
    return { items: rows.map((r) => toSupplier(r)), total, page: args.page, pageSize: args.pageSize };
  }

  async supplier(id: string): Promise<Supplier> {
    const row = await this.db.prisma.supplier.findUnique({ where: { id }, select: SUPPLIER_SELECT });
    if (!row) throw DomainError.notFound('Supplier');
    return toSupplier(row);
  }

  async createSupplier(input: CreateSupplierInput): Promise<Supplier> {
    await this.assertEvidence(input.licences ?? []);
    const row = await this.db.prisma.supplier.create({
      data: { ...input, contact: input.contact ?? '', licences: { create: licenceRows(input) } },
      select: SUPPLIER_SELECT,
    });
    return toSupplier(row);
  }

  /** Replaces the supplier's details and licences in one transaction. */
  async updateSupplier(input: UpdateSupplierInput): Promise<Supplier> {
    await this.assertEvidence(input.licences ?? []);
    return this.db.prisma.$transaction(async (tx) => {
      if (!(await tx.supplier.findUnique({ where: { id: input.id }, select: { id: true } })))
        throw DomainError.notFound('Supplier');
      await tx.supplierLicence.deleteMany({ where: { supplierId: input.id } });
      const { id, licences: _l, ...rest } = input;
      const row = await tx.supplier.update({
        where: { id },
        data: { ...rest, contact: rest.contact ?? '', licences: { create: licenceRows(input) } },
        select: SUPPLIER_SELECT,
      });
      return toSupplier(row);
    });
  }

  /** A licence's evidence must be an uploaded licence scan. */
  private async assertEvidence(licences: { evidenceFileId?: string | null }[]): Promise<void> {
    const ids = licences.map((l) => l.evidenceFileId).filter((x): x is string => !!x);
    if (!ids.length) return;
    const found = new Set(
      (
        await this.db.prisma.storedFile.findMany({
          where: { id: { in: ids }, purpose: 'licence-scans' },
          select: { id: true },
        })
      ).map((f) => f.id),
    );
    const bad: FieldError[] = licences.flatMap((l, i) =>
      l.evidenceFileId && !found.has(l.evidenceFileId)
        ? [{ field: `licences.${i}.evidenceFileId`, ...msg('catalogue.uploadScanFirst') }]
        : [],
    );
    if (bad.length) throw DomainError.badInput(bad);
  }

  async products(actor: Actor, args: ProductsArgs): Promise<PageResult<Product>> {
    const todo = await todoIds(this.db.prisma, actor, 'Product', args.todo);
    const where: Prisma.ProductWhereInput = {
      AND: [
        todo ? { id: { in: todo } } : {},
        args.approvedOnly ? { status: 'APPROVED' } : {},
        args.status ? { status: args.status } : {},
        args.supplierId ? { supplierId: args.supplierId } : {},
        args.search
          ? {
              OR: [
                { name: insensitive(args.search) },
                { category: insensitive(args.search) },
                { supplier: { name: insensitive(args.search) } },
              ],
            }
          : {},
      ],
    };
    const [rows, total] = await Promise.all([
      this.db.prisma.product.findMany({
        where,
        select: PRODUCT_SELECT,
        orderBy: [{ name: 'asc' }, { id: 'asc' }],
        ...toSkipTake(args),
      }),
      this.db.prisma.product.count({ where }),
    ]);
    return { items: rows.map(toProduct), total, page: args.page, pageSize: args.pageSize };
  }

  async product(id: string): Promise<Product> {
    const row = await this.db.prisma.product.findUnique({ where: { id }, select: PRODUCT_SELECT });
    if (!row) throw DomainError.notFound('Product');
    return toProduct(row);
  }

  async createProduct(input: CreateProductInput): Promise<Product> {
    if (!(await this.db.prisma.supplier.findUnique({ where: { id: input.supplierId }, select: { id: true } })))
      throw DomainError.field('supplierId', msg('catalogue.noSuchSupplier'));
    return toProduct(
      await this.db.prisma.product.create({ data: { ...input, status: 'DRAFT' }, select: PRODUCT_SELECT }),
    );
  }

  /** Edits a product; what QC checked (supplier, name, category) cannot change under an approval: send it again. */
  async updateProduct(input: UpdateProductInput): Promise<Product> {
    const current = await this.db.prisma.product.findUnique({
      where: { id: input.id },
      select: { status: true, supplierId: true, name: true, category: true },
    });
    if (!current) throw DomainError.notFound('Product');
    const requalifies =
      current.supplierId !== input.supplierId || current.name !== input.name || current.category !== input.category;
    const { id, ...data } = input;
    const reset =
      requalifies && current.status !== 'DRAFT'
        ? { status: 'DRAFT' as const, ...statusReasonOf(msg('catalogue.changedAfterQc')) }
        : {};
    return toProduct(
      await this.db.prisma.product.update({ where: { id }, data: { ...data, ...reset }, select: PRODUCT_SELECT }),
    );
  }

  /** DRAFT or REJECTED → PENDING_QC, and a task appears in QC's queue. */
  async submitForQc(actor: Actor, id: string): Promise<Product> {
    return this.db.prisma.$transaction(async (tx) => {
      const p = await tx.product.findUnique({ where: { id }, select: { status: true } });
      if (!p) throw DomainError.notFound('Product');
      const status = nextProductStatus(p.status, 'SUBMIT');
      await tx.qcTask.updateMany({ where: { productId: id, closedAt: null }, data: { closedAt: new Date() } });
      await tx.qcTask.create({ data: { productId: id, ...taskReason(msg('qc.task.sentBy', { name: actor.name })) } });
      await this.notifications.notify(tx, await qcTaskEvent(tx, id, actor.id));
      return toProduct(
        await tx.product.update({
          where: { id },
          data: { status, ...statusReasonOf(null) },
          select: PRODUCT_SELECT,
        }),
      );
    });
  }

  /** APPROVED → SUSPENDED with a reason; QC gets a re-inspection task. */
  async suspend(actor: Actor, input: SuspendProductInput): Promise<Product> {
    return this.db.prisma.$transaction(async (tx) => {
      const p = await tx.product.findUnique({ where: { id: input.id }, select: { status: true } });
      if (!p) throw DomainError.notFound('Product');
      nextProductStatus(p.status, 'SUSPEND');
      const product = await suspendProduct(tx, input.id, input.reason);
      await this.notifications.notify(tx, await qcTaskEvent(tx, input.id, actor.id));
      return product;
    });
  }

  /** QC pass rate, quality tickets per unit sold, and resolution within SLA, over everything on record. */
  async scorecard(supplierId: string, now = new Date()): Promise<SupplierScorecard> {
    const [insp, units, tickets] = await Promise.all([
      this.db.prisma.qcInspection.groupBy({
        by: ['result'],
        where: { product: { supplierId } },
        _count: { _all: true },
      }),
      this.db.prisma.$queryRaw<{ units: number }[]>`
        SELECT coalesce(sum(i."unitsSold"), 0)::int AS units FROM "LiveSessionItem" i
        JOIN "LiveSession" s ON s.id = i."sessionId" JOIN "Product" p ON p.id = i."productId"
        WHERE p."supplierId" = ${supplierId} AND s.status = 'ENDED'`,
      this.db.prisma.afterSalesTicket.findMany({
        where: { product: { supplierId } },
        select: {
          rootCause: true,
          priority: true,
          createdAt: true,
          firstRespondedAt: true,
          resolvedAt: true,
          events: { where: { kind: 'STATUS' }, select: { toStatus: true, at: true }, orderBy: { at: 'asc' } },
        },
        orderBy: { createdAt: 'desc' },
        take: 2000,
      }),
    ]);
    const count = (r: string) => insp.find((x) => x.result === r)?._count._all ?? 0;
    const inspections = count('PASS') + count('FAIL');
    const quality = tickets.filter((t) => t.rootCause === 'QUALITY').length;
    const resolved = tickets.filter((t) => t.resolvedAt);
    const onTime = resolved.filter((t) => {
      const history = ticketHistory(t.createdAt, t.events);
      return !slaClocks(
        {
          priority: t.priority as TicketPriority,
          createdAt: t.createdAt,
          firstRespondedAt: t.firstRespondedAt,
          history,
        },
        now,
      ).resolution.breached;
    }).length;
    const unitsSold = units[0]?.units ?? 0;
    return {
      inspections,
      qcPassRate: inspections ? count('PASS') / inspections : null,
      qualityTickets: quality,
      unitsSold,
      qualityTicketRate: unitsSold ? quality / unitsSold : null,
      resolvedTickets: resolved.length,
      onTimeResolutionRate: resolved.length ? onTime / resolved.length : null,
    };
  }
}

function licenceRows(input: CreateSupplierInput) {
  return (input.licences ?? []).map((l) => ({
    kind: l.kind,
    number: l.number,
    expiresOn: dateOnlyToDate(l.expiresOn),
    evidenceFileId: l.evidenceFileId ?? null,
  }));
}

/** Suspends a product and opens its re-inspection task (used by QC and by the after-sales feedback loop). */
/** A QC task's reason: its English text, and its code with params for any other language. */
function taskReason(m: Message) {
  return { reason: m.message, reasonCode: m.code, reasonParams: (m.params as Prisma.InputJsonObject) ?? Prisma.DbNull };
}

/** `reason`: what a person typed, or a message (the after-sales feedback loop's). */
export async function suspendProduct(
  tx: Prisma.TransactionClient,
  productId: string,
  reason: string | Message,
): Promise<Product> {
  await tx.qcTask.updateMany({ where: { productId, closedAt: null }, data: { closedAt: new Date() } });
  await tx.qcTask.create({ data: { productId, ...taskReason(msg('qc.task.reinspection', { reason })) } });
  return toProduct(
    await tx.product.update({
      where: { id: productId },
      data: { status: 'SUSPENDED', ...statusReasonOf(reason) },
      select: PRODUCT_SELECT,
    }),
  );
}
