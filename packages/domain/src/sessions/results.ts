import Decimal from 'decimal.js';

import { values } from '../common/enums';
import { MONEY_PATTERN } from '../common/money';
import { moneySchema } from '../common/money.schema';
import { z } from '../common/z';
import { Provenance, weakest } from './provenance';

/**
 * A session's results and what they are worth. Money is decimal (never float): figures arrive as yuan strings,
 * arithmetic runs in decimal.js and results are rounded half-up to the fen once, at the end.
 */
export const COUNT_FIGURES = ['actualMinutes', 'viewers', 'peakViewers', 'newFollowers', 'orders'] as const;
export const MONEY_FIGURES = ['gmv', 'adSpend', 'refunds'] as const;
export type CountFigure = (typeof COUNT_FIGURES)[number];
export type MoneyFigure = (typeof MONEY_FIGURES)[number];
export type ResultFigure = CountFigure | MoneyFigure;
export type ProvenanceMap = Partial<Record<ResultFigure | 'commission' | 'netResult', Provenance>>;

const provenance = z.enum(values(Provenance));
const countFigure = z.object({
  value: z.coerce.number().int('live.wholeNumber').min(0, 'common.cannotNegative').max(100_000_000, 'live.tooLarge'),
  provenance,
});
const moneyFigure = z.object({ value: moneySchema, provenance });

export const resultItemSchema = z.object({
  itemId: z.string().min(1),
  unitsSold: z.coerce.number().int('live.wholeNumber').min(0, 'common.cannotNegative').optional().nullable(),
  gmv: moneySchema.optional().nullable(),
});

export const recordResultsSchema = z
  .object({
    sessionId: z.string().min(1),
    actualMinutes: countFigure,
    viewers: countFigure,
    peakViewers: countFigure,
    newFollowers: countFigure,
    orders: countFigure,
    gmv: moneyFigure,
    adSpend: moneyFigure,
    refunds: moneyFigure.optional().nullable(),
    items: z.array(resultItemSchema).max(50).default([]),
  })
  .superRefine((v, ctx) => {
    // zod runs this even when a field above failed: only compare what parsed.
    const ok = (x: { value: string } | null | undefined) => !!x && MONEY_PATTERN.test(x.value);
    if (
      !ok(v.gmv) ||
      (v.refunds && !ok(v.refunds)) ||
      v.items.some((it) => it.gmv != null && !MONEY_PATTERN.test(it.gmv))
    )
      return;
    if (v.peakViewers.value > v.viewers.value)
      ctx.addIssue({
        code: 'custom',
        path: ['peakViewers', 'value'],
        message: 'live.peakViewersCannotExceedTotal',
      });
    if (v.orders.value > 0 && new Decimal(v.gmv.value).isZero())
      ctx.addIssue({ code: 'custom', path: ['gmv', 'value'], message: 'live.ordersWerePlacedGmvCannot' });
    if (v.refunds && new Decimal(v.refunds.value).gt(v.gmv.value))
      ctx.addIssue({ code: 'custom', path: ['refunds', 'value'], message: 'live.refundsCannotExceedGmv' });
    const allocated = v.items.reduce((s, it) => (it.gmv ? s.plus(it.gmv) : s), new Decimal(0));
    if (allocated.gt(v.gmv.value))
      ctx.addIssue({
        code: 'custom',
        path: ['items'],
        message: 'live.productSalesExceedGmv',
        params: { allocated: allocated.toFixed(2) },
      });
  });
export type RecordResultsInput = z.infer<typeof recordResultsSchema>;

export interface ResultInputs {
  gmv: string;
  refunds: string;
  adSpend: string;
  orders: number;
  viewers: number;
  provenance: ProvenanceMap;
  /** The run of show: each product's commission and, when known, its share of the GMV. */
  items: { commissionPct: string; gmv?: string | null }[];
}

export interface ComputedResult {
  commission: string;
  netResult: string;
  /** orders / viewers, 0..1; null without viewers. */
  conversionRate: number | null;
  gmvPerViewer: string | null;
  provenance: { commission: Provenance; netResult: Provenance };
}

const fen = (d: Decimal) => d.toDecimalPlaces(2, Decimal.ROUND_HALF_UP);

/**
 * Commission is owed on what buyers kept: each product's sales × its rate; GMV not attributed to a product is
 * charged at the run of show's average rate (an ESTIMATE); the total is scaled by (GMV − refunds) / GMV.
 * Net result = GMV − refunds − commission − ad spend.
 */
export function computeResult(r: ResultInputs): ComputedResult {
  const gmv = new Decimal(r.gmv);
  const refunds = new Decimal(r.refunds);
  const adSpend = new Decimal(r.adSpend);
  let gross = new Decimal(0);
  let allocated = new Decimal(0);
  for (const it of r.items) {
    if (it.gmv == null) continue;
    gross = gross.plus(new Decimal(it.gmv).times(it.commissionPct).dividedBy(100));
    allocated = allocated.plus(it.gmv);
  }
  const unallocated = Decimal.max(gmv.minus(allocated), 0);
  const estimated = r.items.length > 0 && unallocated.gt(0);
  if (estimated) {
    const avgPct = r.items.reduce((s, it) => s.plus(it.commissionPct), new Decimal(0)).dividedBy(r.items.length);
    gross = gross.plus(unallocated.times(avgPct).dividedBy(100));
  }
  const kept = gmv.isZero() ? new Decimal(0) : Decimal.max(gmv.minus(refunds), 0).dividedBy(gmv);
  const commission = fen(gross.times(kept));
  const netResult = fen(gmv.minus(refunds).minus(commission).minus(adSpend));
  const p = r.provenance;
  const base = weakest(p.gmv ?? 'MANUAL', p.refunds ?? 'MANUAL');
  const commissionProvenance = estimated ? Provenance.ESTIMATE : base;
  return {
    commission: commission.toFixed(2),
    netResult: netResult.toFixed(2),
    conversionRate: r.viewers > 0 ? r.orders / r.viewers : null,
    gmvPerViewer: r.viewers > 0 ? fen(gmv.dividedBy(r.viewers)).toFixed(2) : null,
    provenance: {
      commission: commissionProvenance,
      netResult: weakest(base, commissionProvenance, p.adSpend ?? 'MANUAL'),
    },
  };
}
