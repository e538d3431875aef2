import { type Message, type MessageCode, type MessageRef, msg, ref } from '../errors';

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
  /**
   * Why it was rejected or suspended, as recorded by whoever did it: what QC typed by hand, or the message the system
   * wrote (a failed inspection, the after-sales feedback loop), said in the reader's language.
   */
  statusReason?: string | MessageRef | null;
  /** Whether the product is food (needs a food production licence). */
  food: boolean;
  licences: { kind: string; number: string; expiresOn: Date }[];
  /** The newest passed inspection's expiry, if any. */
  passedInspectionValidUntil: Date | null;
}

export interface GateProblem {
  productId: string;
  /** Which rule refused the product (a stable machine code, not the message's). */
  code: 'NOT_APPROVED' | 'LICENCE_MISSING' | 'LICENCE_EXPIRED' | 'NO_VALID_INSPECTION';
  /** What to say: `qc.gate.*` with the product's name (and the reason, licence, date). */
  message: Message;
}

const STATUS_CODES: Record<ProductStatus, MessageCode> = {
  DRAFT: 'qc.gate.notSentToQc',
  PENDING_QC: 'qc.gate.waitingForQc',
  APPROVED: 'qc.gate.approved',
  REJECTED: 'qc.gate.rejected',
  SUSPENDED: 'qc.gate.suspended',
};

const LICENCE_CODES: Record<string, MessageCode> = {
  BUSINESS_LICENCE: 'qc.licence.BUSINESS_LICENCE',
  FOOD_PRODUCTION_LICENCE: 'qc.licence.FOOD_PRODUCTION_LICENCE',
};
const day = (d: Date) => d.toISOString().slice(0, 10);

export function qcGateProblems(facts: GateFacts, now: Date): GateProblem[] {
  const problems: GateProblem[] = [];
  const product = facts.productName;
  const p = (code: GateProblem['code'], message: Message) =>
    problems.push({ productId: facts.productId, code, message });
  if (facts.status !== ProductStatus.APPROVED) {
    // The recorded reason is the real one: a product suspended by hand is not "after complaints".
    const reason =
      facts.status === ProductStatus.SUSPENDED || facts.status === ProductStatus.REJECTED
        ? typeof facts.statusReason === 'string'
          ? facts.statusReason.trim()
          : facts.statusReason
        : '';
    const status = ref(STATUS_CODES[facts.status]);
    p(
      'NOT_APPROVED',
      reason ? msg('qc.gate.statusBecause', { product, status, reason }) : msg('qc.gate.status', { product, status }),
    );
  }
  const needed = facts.food ? ['BUSINESS_LICENCE', 'FOOD_PRODUCTION_LICENCE'] : ['BUSINESS_LICENCE'];
  for (const kind of needed) {
    const held = facts.licences.filter((l) => l.kind === kind);
    const licence = ref(LICENCE_CODES[kind]);
    if (!held.length) p('LICENCE_MISSING', msg('qc.gate.licenceMissing', { product, licence }));
    else if (!held.some((l) => l.expiresOn >= now)) {
      const date = day(held.map((l) => l.expiresOn).sort((a, b) => b.getTime() - a.getTime())[0]);
      p('LICENCE_EXPIRED', msg('qc.gate.licenceExpired', { product, licence, date }));
    }
  }
  if (!facts.passedInspectionValidUntil) p('NO_VALID_INSPECTION', msg('qc.gate.noPassedInspection', { product }));
  else if (facts.passedInspectionValidUntil < now)
    p(
      'NO_VALID_INSPECTION',
      msg('qc.gate.inspectionExpired', { product, date: day(facts.passedInspectionValidUntil) }),
    );
  return problems;
}
