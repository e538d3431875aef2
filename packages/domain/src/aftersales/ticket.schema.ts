import { dateTimeSchema } from '../common/dates';
import { values } from '../common/enums';
import { moneySchema } from '../common/money.schema';
import { z } from '../common/z';
import { isValidMobile } from '../trainees/identity';
import { TicketAction, TicketPriority } from './ticket';

export const TicketType = {
  REFUND_ONLY: 'REFUND_ONLY',
  RETURN_REFUND: 'RETURN_REFUND',
  EXCHANGE: 'EXCHANGE',
  QUALITY_COMPLAINT: 'QUALITY_COMPLAINT',
  LOGISTICS: 'LOGISTICS',
  OTHER: 'OTHER',
} as const;
export type TicketType = (typeof TicketType)[keyof typeof TicketType];

export const RootCause = {
  QUALITY: 'QUALITY',
  DESCRIPTION_MISMATCH: 'DESCRIPTION_MISMATCH',
  LOGISTICS: 'LOGISTICS',
  CUSTOMER_CHANGED_MIND: 'CUSTOMER_CHANGED_MIND',
  OTHER: 'OTHER',
} as const;
export type RootCause = (typeof RootCause)[keyof typeof RootCause];

const isoDateTime = dateTimeSchema;

export const createTicketSchema = z.object({
  orderRef: z.string().trim().min(4, 'aftersales.enterPlatformOrderNumber').max(60),
  productId: z.string().min(1, 'common.chooseProduct'),
  sessionId: z.string().min(1).optional().nullable(),
  customerName: z.string().trim().min(1, 'common.nameRequired').max(50),
  customerPhone: z.string().trim().refine(isValidMobile, 'trainees.enter11DigitMobileNumber'),
  type: z.enum(values(TicketType)),
  priority: z.enum(values(TicketPriority)).default('NORMAL'),
  amountClaimed: moneySchema,
  deliveredAt: isoDateTime.optional().nullable(),
  description: z.string().trim().min(2, 'aftersales.sayWhatCustomerReports').max(2000),
});

export const moveTicketSchema = z
  .object({
    ticketId: z.string().min(1),
    version: z.number().int(),
    action: z.enum(values(TicketAction)),
    rootCause: z.enum(values(RootCause)).optional().nullable(),
    refundAmount: moneySchema.optional().nullable(),
    note: z.string().trim().max(2000).optional().nullable(),
  })
  .superRefine((v, ctx) => {
    if (v.action === 'RESOLVE' && !v.rootCause)
      ctx.addIssue({ code: 'custom', path: ['rootCause'], message: 'aftersales.rootCauseRequired' });
  });

export const commentTicketSchema = z.object({
  ticketId: z.string().min(1),
  body: z.string().trim().min(1, 'aftersales.writeSomething').max(4000),
  /** false: a reply the customer sees (stops the first-response clock). */
  internal: z.boolean(),
});

export const assignTicketSchema = z.object({
  ticketId: z.string().min(1),
  version: z.number().int(),
  assigneeId: z.string().min(1).nullable(),
});

export const updateTicketSchema = z.object({
  ticketId: z.string().min(1),
  version: z.number().int(),
  priority: z.enum(values(TicketPriority)).optional(),
  refundAmount: moneySchema.optional().nullable(),
  returnReceivedAt: isoDateTime.optional().nullable(),
  refundedAt: isoDateTime.optional().nullable(),
  deliveredAt: isoDateTime.optional().nullable(),
});

/**
 * The feedback loop: a product whose quality-caused tickets over the rolling window reach the rate (against the
 * orders its sessions took in that window) — and at least a few of them, so one complaint on ten orders does not
 * suspend anything — is suspended and sent back to QC.
 */
export const QUALITY_POLICY = { windowDays: 30, maxRate: 0.05, minTickets: 3 } as const;
export function shouldSuspend(
  f: { qualityTickets: number; orders: number },
  policy: { maxRate: number; minTickets: number } = QUALITY_POLICY,
): boolean {
  if (f.qualityTickets < policy.minTickets) return false;
  return f.orders === 0 || f.qualityTickets / f.orders >= policy.maxRate;
}
