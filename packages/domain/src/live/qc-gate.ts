/**
 * The QC gate: nothing unchecked goes live. One rule, checked when a product is put into a run of show and
 * again when the session goes LIVE. Each missing condition is reported by name so staff know what to fix.
 *
 * Today the facts are the product's QC status; the products/QC work adds supplier licences and the latest
 * passed inspection to `GateFacts` and the checks below, and every caller gets them without change.
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
}

export interface GateProblem {
  productId: string;
  code: 'NOT_APPROVED';
  message: string;
}

const STATUS_WORDS: Record<ProductStatus, string> = {
  DRAFT: 'has not been sent to QC',
  PENDING_QC: 'is waiting for QC',
  APPROVED: 'is approved',
  REJECTED: 'was rejected by QC',
  SUSPENDED: 'is suspended after after-sales complaints',
};

export function qcGateProblems(facts: GateFacts): GateProblem[] {
  const problems: GateProblem[] = [];
  if (facts.status !== ProductStatus.APPROVED) {
    problems.push({ productId: facts.productId, code: 'NOT_APPROVED', message: `${facts.productName} ${STATUS_WORDS[facts.status]}` });
  }
  return problems;
}
