import type { Prisma } from '@grassroots/db';
import {
  type Aql,
  checklistFor,
  checklistProblems,
  DEFAULT_INSPECTION_VALID_DAYS,
  type DefectClass,
  DomainError,
  type FieldError,
  type InspectionLevel,
  judgeInspection,
  type MessageCode,
  type MessageParams,
  msg,
  ref,
  samplingPlan,
  statusAfterInspection,
  toSkipTake,
} from '@grassroots/domain';
import { Injectable } from '@nestjs/common';

import type { Actor } from '../../core/auth/actor';
import { DatabaseService } from '../../core/database/database.module';
import type { PageResult } from '../../core/graphql/pagination';
import { PRODUCT_SELECT, toProduct } from '../catalogue/models/catalogue.model';
import { statusReasonOf } from '../catalogue/status-reason';
import type { TodoCard } from '../workbench/models/workbench.model';
import { todoIds } from '../workbench/todo-filters';
import type {
  InspectionsArgs,
  QcInspection,
  QcTask,
  RecordInspectionInput,
  SamplingArgs,
  SamplingPreview,
} from './qc.model';

/** The words of a defect class in a failed inspection's reason. */
const DEFECT_CLASS: Record<DefectClass, MessageCode> = {
  critical: 'qc.defectClass.critical',
  major: 'qc.defectClass.major',
  minor: 'qc.defectClass.minor',
};

const INSPECTION_SELECT = {
  id: true,
  productId: true,
  lotSize: true,
  level: true,
  aqlCritical: true,
  aqlMajor: true,
  aqlMinor: true,
  sampleSize: true,
  criticalFound: true,
  majorFound: true,
  minorFound: true,
  checklist: true,
  photoFileIds: true,
  result: true,
  notes: true,
  inspectorId: true,
  inspectedAt: true,
  validUntil: true,
  product: { select: PRODUCT_SELECT },
} satisfies Prisma.QcInspectionSelect;
type InspectionRow = Prisma.QcInspectionGetPayload<{ select: typeof INSPECTION_SELECT }>;

export function inspectionValidDays(): number {
  const n = Number(process.env.GRASSROOTS_INSPECTION_VALID_DAYS);
  return Number.isInteger(n) && n > 0 ? n : DEFAULT_INSPECTION_VALID_DAYS;
}

/** QC inspections: the plan from ISO 2859-1, the checklist of the category, the verdict, the product's new status. */
@Injectable()
export class QcService {
  constructor(private readonly db: DatabaseService) {}

  async tasks(actor: Actor, todo?: TodoCard): Promise<QcTask[]> {
    const ids = await todoIds(this.db.prisma, actor, 'QcTask', todo);
    const rows = await this.db.prisma.qcTask.findMany({
      where: { closedAt: null, ...(ids ? { id: { in: ids } } : {}) },
      select: {
        id: true,
        reason: true,
        reasonCode: true,
        reasonParams: true,
        createdAt: true,
        product: { select: PRODUCT_SELECT },
      },
      orderBy: { createdAt: 'asc' },
      take: 200,
    });
    return rows.map((r) => ({
      ...r,
      reasonParams: (r.reasonParams as MessageParams | null) ?? null,
      product: toProduct(r.product),
    }));
  }

  async list(args: InspectionsArgs): Promise<PageResult<QcInspection>> {
    const where: Prisma.QcInspectionWhereInput = args.productId ? { productId: args.productId } : {};
    const [rows, total] = await Promise.all([
      this.db.prisma.qcInspection.findMany({
        where,
        select: INSPECTION_SELECT,
        orderBy: [{ inspectedAt: 'desc' }, { id: 'asc' }],
        ...toSkipTake(args),
      }),
      this.db.prisma.qcInspection.count({ where }),
    ]);
    const inspectors = await this.names(rows.map((r) => r.inspectorId));
    return {
      items: rows.map((r) => this.toInspection(r, inspectors)),
      total,
      page: args.page,
      pageSize: args.pageSize,
    };
  }

  async preview(args: SamplingArgs): Promise<SamplingPreview> {
    const product = await this.db.prisma.product.findUnique({
      where: { id: args.productId },
      select: { category: true },
    });
    if (!product) throw DomainError.notFound('Product');
    const level = (args.level ?? 'II') as InspectionLevel;
    const aql = {
      critical: (args.aqlCritical ?? '0') as Aql | '0',
      major: (args.aqlMajor ?? '2.5') as Aql,
      minor: (args.aqlMinor ?? '4.0') as Aql,
    };
    const classes = (['critical', 'major', 'minor'] as const).map((k) => ({
      defectClass: k,
      aql: aql[k],
      ...samplingPlan(args.lotSize, aql[k], level),
    }));
    return {
      sampleSize: Math.max(...classes.map((c) => c.sampleSize)),
      classes,
      checklist: checklistFor(product.category),
    };
  }

  /** Records an inspection; its verdict approves or rejects the product and closes the product's QC task. */
  async record(actor: Actor, input: RecordInspectionInput, now = new Date()): Promise<QcInspection> {
    const input2 = input as Required<RecordInspectionInput>;
    return this.db.prisma.$transaction(async (tx) => {
      const product = await tx.product.findUnique({
        where: { id: input.productId },
        select: { id: true, status: true, category: true },
      });
      if (!product) throw DomainError.field('productId', msg('common.noSuchProduct'));
      const problems: FieldError[] = checklistProblems(
        product.category,
        input2.checklist.map((c) => ({ ...c, note: c.note ?? '' })),
      );
      const photos = input2.photoFileIds ?? [];
      if (photos.length) {
        const found = new Set(
          (
            await tx.storedFile.findMany({
              where: { id: { in: photos }, purpose: 'inspection-photos' },
              select: { id: true },
            })
          ).map((f) => f.id),
        );
        photos.forEach(
          (id, i) => !found.has(id) && problems.push({ field: `photoFileIds.${i}`, ...msg('qc.uploadPhotoFirst') }),
        );
      }
      if (problems.length) throw DomainError.badInput(problems);
      const verdict = judgeInspection({
        lotSize: input2.lotSize,
        level: input2.level as InspectionLevel,
        aql: {
          critical: input2.aqlCritical as Aql | '0',
          major: input2.aqlMajor as Aql,
          minor: input2.aqlMinor as Aql,
        },
        defects: { critical: input2.criticalFound, major: input2.majorFound, minor: input2.minorFound },
      });
      const status = statusAfterInspection(product.status, verdict.passed);
      const failedClasses = verdict.classes
        .filter((c) => !c.passed)
        .map((c) =>
          ref('qc.failedClass', { defectClass: ref(DEFECT_CLASS[c.defectClass]), found: c.found, accept: c.accept }),
        );
      await tx.product.update({
        where: { id: product.id },
        data: {
          status,
          ...statusReasonOf(verdict.passed ? null : msg('qc.failedQc', { classes: { words: failedClasses } })),
        },
      });
      await tx.qcTask.updateMany({ where: { productId: product.id, closedAt: null }, data: { closedAt: now } });
      const row = await tx.qcInspection.create({
        data: {
          productId: product.id,
          lotSize: input2.lotSize,
          level: input2.level,
          aqlCritical: input2.aqlCritical,
          aqlMajor: input2.aqlMajor,
          aqlMinor: input2.aqlMinor,
          sampleSize: verdict.sampleSize,
          criticalFound: input2.criticalFound,
          majorFound: input2.majorFound,
          minorFound: input2.minorFound,
          checklist: input2.checklist.map((c) => ({ item: c.item, ok: c.ok, note: c.note ?? '' })),
          photoFileIds: photos,
          result: verdict.passed ? 'PASS' : 'FAIL',
          notes: input2.notes ?? '',
          inspectorId: actor.id,
          inspectedAt: now,
          validUntil: new Date(now.getTime() + inspectionValidDays() * 86_400_000),
        },
        select: INSPECTION_SELECT,
      });
      return this.toInspection(row, new Map([[actor.id, actor.name]]));
    });
  }

  private async names(ids: string[]): Promise<Map<string, string>> {
    const users = await this.db.prisma.user.findMany({
      where: { id: { in: [...new Set(ids)] } },
      select: { id: true, name: true },
    });
    return new Map(users.map((u) => [u.id, u.name]));
  }

  private toInspection(r: InspectionRow, names: Map<string, string>): QcInspection {
    const { product, inspectorId, ...rest } = r;
    return {
      ...rest,
      checklist: (Array.isArray(r.checklist) ? r.checklist : []) as unknown as QcInspection['checklist'],
      inspector: names.has(inspectorId) ? { id: inspectorId, name: names.get(inspectorId)! } : null,
      product: toProduct(product),
    };
  }
}
