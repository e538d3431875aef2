import { dateOnlySchema } from '../common/dates';
import { values } from '../common/enums';
import { moneySchema } from '../common/money';
import { z } from '../common/z';
import { DomainError } from '../errors';
import { percentSchema } from '../live/session';
import { type Aql, AQLS, InspectionLevel } from './aql';

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
  number: z.string().trim().min(4, 'Enter the licence number').max(60),
  expiresOn: dateOnlySchema,
  evidenceFileId: z.string().min(1).optional().nullable(),
});

const supplierFields = {
  name: z.string().trim().min(2, 'Name is required').max(100),
  kind: z.enum(values(SupplierKind)),
  region: z.string().trim().min(2, 'Region is required').max(100),
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
  supplierId: z.string().min(1, 'Choose a supplier'),
  name: z.string().trim().min(2, 'Name is required').max(100),
  category: z.string().trim().min(1, 'Choose a category').max(40),
  originRegion: z.string().trim().min(2, 'Region is required').max(100),
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
    move === 'SUBMIT'
      ? 'Only a draft or rejected product can be sent to QC'
      : 'Only an approved product can be suspended',
  );
}
/** An inspection's verdict sets the status; only a product that has been sent to QC can be inspected. */
export function statusAfterInspection(from: string, passed: boolean): 'APPROVED' | 'REJECTED' {
  if (from === 'DRAFT') throw DomainError.conflict('Send the product to QC before inspecting it');
  return passed ? 'APPROVED' : 'REJECTED';
}

/** The checklist of an inspection, by category: every item must be answered. */
export function checklistFor(category: string): string[] {
  return ['PACKAGING', 'LABELLING', 'WEIGHT', 'APPEARANCE', isFood(category) ? 'TASTE_FRESHNESS' : 'FUNCTION'];
}

export const DEFAULT_INSPECTION_VALID_DAYS = 90;

export const inspectionSchema = z.object({
  productId: z.string().min(1),
  lotSize: z.coerce.number().int('Whole units').min(2, 'A lot has at least 2 units').max(10_000_000),
  level: z.enum(values(InspectionLevel)).default('II'),
  aqlCritical: z.enum(['0', ...AQLS] as [string, ...string[]]).default('0'),
  aqlMajor: z.enum(AQLS as unknown as [Aql, ...Aql[]]).default('2.5'),
  aqlMinor: z.enum(AQLS as unknown as [Aql, ...Aql[]]).default('4.0'),
  criticalFound: z.coerce.number().int().min(0, 'Cannot be negative'),
  majorFound: z.coerce.number().int().min(0, 'Cannot be negative'),
  minorFound: z.coerce.number().int().min(0, 'Cannot be negative'),
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
): { field: string; message: string }[] {
  const problems: { field: string; message: string }[] = [];
  for (const item of checklistFor(category))
    if (!checklist.some((c) => c.item === item))
      problems.push({ field: 'checklist', message: `Checklist item ${item} is missing` });
  checklist.forEach((c, i) => {
    if (!c.ok && !c.note) problems.push({ field: `checklist.${i}.note`, message: 'Say what is wrong' });
  });
  return problems;
}
