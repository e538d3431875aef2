import { dateOnlySchema } from '../common/dates';
import { values } from '../common/enums';
import { moneySchema } from '../common/money.schema';
import { z } from '../common/z';
import { DomainError, type FieldError, msg } from '../errors';
import { type Aql, AQLS, InspectionLevel } from '../qc/aql';
import { percentSchema } from '../sessions/session';

/** Suppliers, their licences, products and their QC status. */
export const SupplierKind = { FARM: 'FARM', COOPERATIVE: 'COOPERATIVE', FACTORY: 'FACTORY', DEALER: 'DEALER' } as const;
export type SupplierKind = (typeof SupplierKind)[keyof typeof SupplierKind];

export const LicenceKind = {
  BUSINESS_LICENCE: 'BUSINESS_LICENCE',
  FOOD_PRODUCTION_LICENCE: 'FOOD_PRODUCTION_LICENCE',
  FOOD_BUSINESS_LICENCE: 'FOOD_BUSINESS_LICENCE',
  OTHER: 'OTHER',
} as const;
export type LicenceKind = (typeof LicenceKind)[keyof typeof LicenceKind];

export const licenceSchema = z.object({
  kind: z.enum(values(LicenceKind)),
  number: z.string().trim().min(4, 'qc.enterLicenceNumber').max(60),
  expiresOn: dateOnlySchema,
  evidenceFileId: z.string().min(1).optional().nullable(),
});

const supplierFields = {
  name: z.string().trim().min(2, 'common.nameRequired').max(100),
  kind: z.enum(values(SupplierKind)),
  region: z.string().trim().min(2, 'qc.regionRequired').max(100),
  contact: z.string().trim().max(200).default(''),
  licences: z.array(licenceSchema).max(10).default([]),
};
export const createSupplierSchema = z.object(supplierFields);
export const updateSupplierSchema = z.object({ id: z.string().min(1), ...supplierFields });

/** Food is checked for taste/freshness and needs a food production licence; other goods are checked for function. */
export const FOOD_CATEGORIES = [
  '干果',
  '水果',
  '蔬菜',
  '禽蛋',
  '肉制品',
  '粮油',
  '蜂蜜',
  '茶叶',
  '调味品',
  '乳制品',
  '水产',
] as const;
export const isFood = (category: string) => (FOOD_CATEGORIES as readonly string[]).includes(category);

const productFields = {
  supplierId: z.string().min(1, 'qc.chooseSupplier'),
  name: z.string().trim().min(2, 'common.nameRequired').max(100),
  category: z.string().trim().min(1, 'qc.chooseCategory').max(40),
  originRegion: z.string().trim().min(2, 'qc.regionRequired').max(100),
  localSpecialty: z.boolean().default(false),
  unitPrice: moneySchema,
  suggestedLivePrice: moneySchema,
  commissionPct: percentSchema,
  perishable: z.boolean().default(false),
};
export const createProductSchema = z.object(productFields);
export const updateProductSchema = z.object({ id: z.string().min(1), ...productFields });

/**
 * Product QC status. A coordinator sends a draft (or a rejected product, fixed) to QC; an inspection decides
 * APPROVED or REJECTED; after-sales (or QC) can SUSPEND an approved product until it passes again.
 */
export type ProductMove = 'SUBMIT' | 'SUSPEND';
export function nextProductStatus(from: string, move: ProductMove): 'PENDING_QC' | 'SUSPENDED' {
  if (move === 'SUBMIT' && (from === 'DRAFT' || from === 'REJECTED')) return 'PENDING_QC';
  if (move === 'SUSPEND' && from === 'APPROVED') return 'SUSPENDED';
  throw DomainError.conflict(
    move === 'SUBMIT' ? msg('qc.onlyDraftRejectedProductCan') : msg('qc.onlyApprovedProductCanSuspended'),
  );
}
/** An inspection's verdict sets the status; only a product that has been sent to QC can be inspected. */
export function statusAfterInspection(from: string, passed: boolean): 'APPROVED' | 'REJECTED' {
  if (from === 'DRAFT') throw DomainError.conflict(msg('qc.sendProductQcBeforeInspecting'));
  return passed ? 'APPROVED' : 'REJECTED';
}

/** The checklist of an inspection, by category: every item must be answered. */
export function checklistFor(category: string): string[] {
  return ['PACKAGING', 'LABELLING', 'WEIGHT', 'APPEARANCE', isFood(category) ? 'TASTE_FRESHNESS' : 'FUNCTION'];
}

export const DEFAULT_INSPECTION_VALID_DAYS = 90;

export const inspectionSchema = z.object({
  productId: z.string().min(1),
  lotSize: z.coerce.number().int('qc.wholeUnits').min(2, 'qc.lotHasLeast2Units').max(10_000_000),
  level: z.enum(values(InspectionLevel)).default('II'),
  aqlCritical: z.enum(['0', ...AQLS] as [string, ...string[]]).default('0'),
  aqlMajor: z.enum(AQLS as unknown as [Aql, ...Aql[]]).default('2.5'),
  aqlMinor: z.enum(AQLS as unknown as [Aql, ...Aql[]]).default('4.0'),
  criticalFound: z.coerce.number().int().min(0, 'common.cannotNegative'),
  majorFound: z.coerce.number().int().min(0, 'common.cannotNegative'),
  minorFound: z.coerce.number().int().min(0, 'common.cannotNegative'),
  checklist: z
    .array(z.object({ item: z.string().min(1), ok: z.boolean(), note: z.string().trim().max(300).default('') }))
    .min(1),
  photoFileIds: z.array(z.string().min(1)).max(12).default([]),
  notes: z.string().trim().max(1000).default(''),
});

/** Every item of the category's checklist answered, a failed item explained. Field paths as in the input. */
export function checklistProblems(
  category: string,
  checklist: { item: string; ok: boolean; note: string }[],
): FieldError[] {
  const problems: FieldError[] = [];
  for (const item of checklistFor(category))
    if (!checklist.some((c) => c.item === item))
      problems.push({ field: 'checklist', ...msg('qc.checklistItemMissing', { item }) });
  checklist.forEach((c, i) => {
    if (!c.ok && !c.note) problems.push({ field: `checklist.${i}.note`, ...msg('qc.sayWhatWrong') });
  });
  return problems;
}
