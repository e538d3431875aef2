import { yuanToFen } from '../common/money';
import { DomainError, msg } from '../errors';
import { statusLabel } from '../messages/labels';
import type { Message } from '../messages/render';

/**
 * After-sales tickets: the state machine, the service-level clocks (paused while waiting for the customer) and
 * the legal clocks of Chinese e-commerce (7-day no-reason returns, refund within 7 days of receiving a return).
 * Everything takes `now` so that it can be tested with a fixed clock.
 */
export const TicketStatus = {
  NEW: 'NEW',
  TRIAGED: 'TRIAGED',
  IN_PROGRESS: 'IN_PROGRESS',
  WAITING_CUSTOMER: 'WAITING_CUSTOMER',
  RESOLVED: 'RESOLVED',
  REOPENED: 'REOPENED',
  CLOSED: 'CLOSED',
} as const;
export type TicketStatus = (typeof TicketStatus)[keyof typeof TicketStatus];

export const TicketAction = {
  TRIAGE: 'TRIAGE',
  START: 'START',
  WAIT_FOR_CUSTOMER: 'WAIT_FOR_CUSTOMER',
  CUSTOMER_REPLIED: 'CUSTOMER_REPLIED',
  RESOLVE: 'RESOLVE',
  REOPEN: 'REOPEN',
  CLOSE: 'CLOSE',
} as const;
export type TicketAction = (typeof TicketAction)[keyof typeof TicketAction];

const MOVES: Record<TicketAction, Partial<Record<TicketStatus, TicketStatus>>> = {
  TRIAGE: { NEW: 'TRIAGED' },
  START: { TRIAGED: 'IN_PROGRESS', REOPENED: 'IN_PROGRESS' },
  WAIT_FOR_CUSTOMER: { IN_PROGRESS: 'WAITING_CUSTOMER' },
  CUSTOMER_REPLIED: { WAITING_CUSTOMER: 'IN_PROGRESS' },
  RESOLVE: { IN_PROGRESS: 'RESOLVED' },
  REOPEN: { RESOLVED: 'REOPENED' },
  CLOSE: { RESOLVED: 'CLOSED' },
};

/** NEW → TRIAGED → IN_PROGRESS ⇄ WAITING_CUSTOMER → RESOLVED → CLOSED, or RESOLVED → REOPENED → IN_PROGRESS. */
export function nextTicketStatus(from: TicketStatus, action: TicketAction): TicketStatus {
  const to = MOVES[action][from];
  if (!to)
    throw DomainError.conflict(
      msg('aftersales.actionNotAllowed', {
        status: statusLabel('TicketStatus', from),
        action: statusLabel('TicketAction', action),
      }),
    );
  return to;
}

/** The actions open to a ticket in this status (for the buttons the admin offers). */
export function ticketActions(from: TicketStatus): TicketAction[] {
  return (Object.keys(MOVES) as TicketAction[]).filter((a) => MOVES[a][from]);
}

export const TicketPriority = { URGENT: 'URGENT', HIGH: 'HIGH', NORMAL: 'NORMAL', LOW: 'LOW' } as const;
export type TicketPriority = (typeof TicketPriority)[keyof typeof TicketPriority];

const HOUR = 3600_000;
/** Service levels per priority: hours to the first customer-visible reply and to resolution. */
export const SLA_HOURS: Record<TicketPriority, { firstResponse: number; resolution: number }> = {
  URGENT: { firstResponse: 1, resolution: 24 },
  HIGH: { firstResponse: 4, resolution: 48 },
  NORMAL: { firstResponse: 12, resolution: 72 },
  LOW: { firstResponse: 24, resolution: 120 },
};
/** A clock is "due soon" when less than this share of its allowance is left. */
export const DUE_SOON_SHARE = 0.25;

export interface StatusChange {
  status: TicketStatus;
  at: Date;
}

export interface ClockState {
  /** When the clock runs out, counting pauses so far (moves later while a pause goes on). */
  dueAt: Date;
  /** When the clock was stopped (reply sent, ticket resolved), if it was. */
  stoppedAt: Date | null;
  paused: boolean;
  breached: boolean;
  dueSoon: boolean;
  /** Milliseconds left (negative once breached); at the stop time for a stopped clock. */
  remainingMs: number;
}

/** A ticket's status history from its creation and its recorded status changes (oldest first). */
export function ticketHistory(
  createdAt: Date,
  changes: readonly { toStatus: string | null; at: Date }[],
): StatusChange[] {
  return [
    { status: 'NEW', at: createdAt },
    ...changes.filter((e) => e.toStatus).map((e) => ({ status: e.toStatus as TicketStatus, at: e.at })),
  ];
}

/** Time spent WAITING_CUSTOMER between `from` and `until`, from the ticket's status history (oldest first). */
export function pausedMs(history: readonly StatusChange[], from: Date, until: Date): number {
  let total = 0;
  for (let i = 0; i < history.length; i++) {
    if (history[i].status !== 'WAITING_CUSTOMER') continue;
    const start = Math.max(history[i].at.getTime(), from.getTime());
    const end = Math.min(history[i + 1]?.at.getTime() ?? until.getTime(), until.getTime());
    if (end > start) total += end - start;
  }
  return total;
}

function clock(
  openedAt: Date,
  allowanceMs: number,
  history: readonly StatusChange[],
  stoppedAt: Date | null,
  now: Date,
): ClockState {
  const until = stoppedAt ?? now;
  const paused = pausedMs(history, openedAt, until);
  const dueAt = new Date(openedAt.getTime() + allowanceMs + paused);
  const remainingMs = dueAt.getTime() - until.getTime();
  const current = history[history.length - 1]?.status;
  return {
    dueAt,
    stoppedAt,
    paused: !stoppedAt && current === 'WAITING_CUSTOMER',
    breached: remainingMs < 0,
    dueSoon: !stoppedAt && remainingMs >= 0 && remainingMs < allowanceMs * DUE_SOON_SHARE,
    remainingMs,
  };
}

/**
 * Both SLA clocks of a ticket. First response stops at the first customer-visible reply; resolution stops when
 * the ticket is RESOLVED (a reopened ticket's clock runs again from where it stopped, pauses excluded).
 */
export function slaClocks(
  t: { priority: TicketPriority; createdAt: Date; firstRespondedAt: Date | null; history: readonly StatusChange[] },
  now: Date,
) {
  const sla = SLA_HOURS[t.priority];
  const last = t.history[t.history.length - 1]?.status;
  const done = last === 'RESOLVED' || last === 'CLOSED';
  const resolvedAt = done ? ([...t.history].reverse().find((h) => h.status === 'RESOLVED')?.at ?? null) : null;
  // Time between resolving and reopening does not count either.
  const history = t.history.map((h) =>
    h.status === 'RESOLVED' || h.status === 'CLOSED' ? { ...h, status: 'WAITING_CUSTOMER' as const } : h,
  );
  return {
    firstResponse: clock(t.createdAt, sla.firstResponse * HOUR, t.history, t.firstRespondedAt, now),
    resolution: clock(t.createdAt, sla.resolution * HOUR, done ? t.history : history, resolvedAt, now),
  };
}

const DAY = 86_400_000;
export const NO_REASON_RETURN_DAYS = 7;
export const REFUND_DUE_DAYS = 7;

/**
 * 七天无理由退货: a buyer may return within 7 days of receiving the goods, unless they are perishable (fresh
 * produce and the like are exempt). Returns whether the window applies and when it closes, and why not (a message
 * code of the shared catalog, never an English sentence).
 */
export function noReasonReturnWindow(
  o: { deliveredAt: Date | null; perishable: boolean },
  now: Date,
): { eligible: boolean; closesAt: Date | null; open: boolean; reason?: Message } {
  if (o.perishable)
    return { eligible: false, closesAt: null, open: false, reason: msg('aftersales.returnWindow.perishable') };
  if (!o.deliveredAt)
    return { eligible: true, closesAt: null, open: true, reason: msg('aftersales.returnWindow.notDelivered') };
  const closesAt = new Date(o.deliveredAt.getTime() + NO_REASON_RETURN_DAYS * DAY);
  return { eligible: true, closesAt, open: now < closesAt };
}

/** The refund is due within 7 days of the seller receiving the returned goods. */
export function refundDue(
  o: { returnReceivedAt: Date | null; refundedAt: Date | null },
  now: Date,
): { dueAt: Date | null; overdue: boolean } {
  if (!o.returnReceivedAt) return { dueAt: null, overdue: false };
  const dueAt = new Date(o.returnReceivedAt.getTime() + REFUND_DUE_DAYS * DAY);
  return { dueAt, overdue: (o.refundedAt ?? now) > dueAt };
}

/**
 * A refund never exceeds what the customer claimed (the claim is what they paid for the goods in question):
 * refused on the refundAmount field. Amounts are yuan strings as on the wire ("49.90").
 */
export function assertRefundWithinClaim(refund: string | null | undefined, claimed: string): void {
  if (refund == null) return;
  if (yuanToFen(refund) > yuanToFen(claimed))
    throw DomainError.field('refundAmount', msg('aftersales.refundAboveClaim', { claimed }));
}
