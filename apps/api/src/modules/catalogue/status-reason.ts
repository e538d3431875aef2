import { Prisma } from '@grassroots/db';
import type { Message } from '@grassroots/domain';

/**
 * A product's status reason as the system writes it (a failed inspection, a change after QC, the after-sales
 * feedback loop): its English text, and its message code with params so every reader sees it in their language.
 * What a person typed (a suspension by hand) is stored as text alone.
 */
export function statusReasonOf(reason: string | Message | null) {
  if (reason === null) return { statusReason: null, statusReasonCode: null, statusReasonParams: Prisma.DbNull };
  if (typeof reason === 'string')
    return { statusReason: reason, statusReasonCode: null, statusReasonParams: Prisma.DbNull };
  return {
    statusReason: reason.message,
    statusReasonCode: reason.code,
    statusReasonParams: (reason.params as Prisma.InputJsonObject | undefined) ?? Prisma.DbNull,
  };
}
