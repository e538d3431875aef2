/**
 * The QC gate: nothing unchecked goes live. One rule, checked when a product is put into a run of show and
 * again when the session goes LIVE: the product is APPROVED, its supplier's licences are on file and unexpired
 * (a food production licence for food), and it has a passed inspection still valid. Each missing condition is
 * reported by name so staff know what to fix.
 */
export const ProductStatus = {
  DRAFT: 'DRAFT',
  PENDING_QC: 'PENDING_QC',
  APPROVED: 'APPROVED',
  REJECTED: 'REJECTED',
  SUSPENDED: 'SUSPENDED',
} as const;
export type ProductStatus = (typeof ProductStatus)[keyof typeof ProductStatus];

export interface GateFacts {
  productId: string;
  productName: string;
  status: ProductStatus;
  /** Why it was rejected or suspended, as recorded by whoever did it (QC by hand, or the after-sales feedback loop). */
  statusReason?: string | null;
  /** Whether the product is food (needs a food production licence). */
  food: boolean;
  licences: { kind: string; number: string; expiresOn: Date }[];
  /** The newest passed inspection's expiry, if any. */
  passedInspectionValidUntil: Date | null;
}

export interface GateProblem {
  productId: string;
  code: 'NOT_APPROVED' | 'LICENCE_MISSING' | 'LICENCE_EXPIRED' | 'NO_VALID_INSPECTION';
  message: string;
}

const STATUS_WORDS: Record<ProductStatus, string> = {
  DRAFT: 'has not been sent to QC',
  PENDING_QC: 'is waiting for QC',
  APPROVED: 'is approved',
  REJECTED: 'was rejected by QC',
  SUSPENDED: 'is suspended',
};

const LICENCE_WORDS: Record<string, string> = {
  BUSINESS_LICENCE: 'business licence',
  FOOD_PRODUCTION_LICENCE: 'food production licence',
};
const day = (d: Date) => d.toISOString().slice(0, 10);

export function qcGateProblems(facts: GateFacts, now: Date): GateProblem[] {
  const problems: GateProblem[] = [];
  const p = (code: GateProblem['code'], message: string) =>
    problems.push({ productId: facts.productId, code, message: `${facts.productName}: ${message}` });
  if (facts.status !== ProductStatus.APPROVED) {
    // The recorded reason is the real one: a product suspended by hand is not "after complaints".
    const reason =
      facts.status === ProductStatus.SUSPENDED || facts.status === ProductStatus.REJECTED
        ? facts.statusReason?.trim()
        : '';
    p('NOT_APPROVED', reason ? `${STATUS_WORDS[facts.status]}: ${reason}` : STATUS_WORDS[facts.status]);
  }
  const needed = facts.food ? ['BUSINESS_LICENCE', 'FOOD_PRODUCTION_LICENCE'] : ['BUSINESS_LICENCE'];
  for (const kind of needed) {
    const held = facts.licences.filter((l) => l.kind === kind);
    if (!held.length) p('LICENCE_MISSING', `the supplier has no ${LICENCE_WORDS[kind]} on file`);
    else if (!held.some((l) => l.expiresOn >= now))
      p(
        'LICENCE_EXPIRED',
        `the supplier's ${LICENCE_WORDS[kind]} expired on ${day(held.map((l) => l.expiresOn).sort((a, b) => b.getTime() - a.getTime())[0])}`,
      );
  }
  if (!facts.passedInspectionValidUntil) p('NO_VALID_INSPECTION', 'no passed QC inspection');
  else if (facts.passedInspectionValidUntil < now)
    p('NO_VALID_INSPECTION', `the last passed inspection expired on ${day(facts.passedInspectionValidUntil)}`);
  return problems;
}
