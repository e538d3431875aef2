import { ErrorCode } from '../errors';
import {
  assertRefundWithinClaim,
  nextTicketStatus,
  noReasonReturnWindow,
  pausedMs,
  refundDue,
  slaClocks,
  type StatusChange,
  ticketActions,
} from './ticket';
import { shouldSuspend } from './ticket.schema';

const at = (h: number) => new Date(Date.UTC(2026, 10, 20, 0, 0, 0) + h * 3600_000);

describe('ticket state machine', () => {
  it('walks NEW → TRIAGED → IN_PROGRESS ⇄ WAITING_CUSTOMER → RESOLVED → CLOSED', () => {
    let s = nextTicketStatus('NEW', 'TRIAGE');
    s = nextTicketStatus(s, 'START');
    s = nextTicketStatus(s, 'WAIT_FOR_CUSTOMER');
    expect(s).toBe('WAITING_CUSTOMER');
    s = nextTicketStatus(s, 'CUSTOMER_REPLIED');
    s = nextTicketStatus(s, 'RESOLVE');
    expect(nextTicketStatus(s, 'CLOSE')).toBe('CLOSED');
  });

  it('reopens a resolved ticket back into progress', () => {
    expect(nextTicketStatus(nextTicketStatus('RESOLVED', 'REOPEN'), 'START')).toBe('IN_PROGRESS');
  });

  it.each([
    ['NEW', 'RESOLVE'],
    ['TRIAGED', 'RESOLVE'],
    ['WAITING_CUSTOMER', 'RESOLVE'],
    ['CLOSED', 'REOPEN'],
    ['CLOSED', 'START'],
    ['IN_PROGRESS', 'CLOSE'],
  ] as const)('refuses %s → %s with CONFLICT', (from, action) => {
    expect(() => nextTicketStatus(from, action)).toThrow(expect.objectContaining({ code: ErrorCode.CONFLICT }));
  });

  it('lists the actions open to each status', () => {
    expect(ticketActions('IN_PROGRESS').sort()).toEqual(['RESOLVE', 'WAIT_FOR_CUSTOMER']);
    expect(ticketActions('CLOSED')).toEqual([]);
  });
});

describe('SLA clocks (fixed clock)', () => {
  const opened: StatusChange[] = [{ status: 'NEW', at: at(0) }];

  it('runs first response and resolution from creation, by priority', () => {
    const c = slaClocks({ priority: 'HIGH', createdAt: at(0), firstRespondedAt: null, history: opened }, at(3.5));
    expect(c.firstResponse).toMatchObject({ dueAt: at(4), breached: false, dueSoon: true, paused: false });
    expect(c.resolution.dueAt).toEqual(at(48));
    const late = slaClocks({ priority: 'HIGH', createdAt: at(0), firstRespondedAt: null, history: opened }, at(5));
    expect(late.firstResponse).toMatchObject({ breached: true, remainingMs: -3600_000 });
  });

  it('stops the first-response clock at the first reply', () => {
    const c = slaClocks({ priority: 'URGENT', createdAt: at(0), firstRespondedAt: at(0.5), history: opened }, at(10));
    expect(c.firstResponse).toMatchObject({ stoppedAt: at(0.5), breached: false, dueSoon: false });
  });

  it('pauses while waiting for the customer, and the deadline moves by the pause', () => {
    const history: StatusChange[] = [
      { status: 'NEW', at: at(0) },
      { status: 'TRIAGED', at: at(1) },
      { status: 'IN_PROGRESS', at: at(2) },
      { status: 'WAITING_CUSTOMER', at: at(10) },
      { status: 'IN_PROGRESS', at: at(40) },
    ];
    expect(pausedMs(history, at(0), at(50))).toBe(30 * 3600_000);
    const c = slaClocks({ priority: 'HIGH', createdAt: at(0), firstRespondedAt: at(1), history }, at(50));
    expect(c.resolution).toMatchObject({ dueAt: at(78), breached: false, paused: false });
    // still waiting: paused, and the deadline keeps moving
    const waiting = slaClocks(
      { priority: 'HIGH', createdAt: at(0), firstRespondedAt: at(1), history: history.slice(0, 4) },
      at(100),
    );
    expect(waiting.resolution).toMatchObject({ paused: true, dueAt: at(138), breached: false });
  });

  it('stops the resolution clock on RESOLVED and restarts it on reopening, minus the resolved time', () => {
    const history: StatusChange[] = [
      { status: 'NEW', at: at(0) },
      { status: 'TRIAGED', at: at(1) },
      { status: 'IN_PROGRESS', at: at(2) },
      { status: 'RESOLVED', at: at(20) },
    ];
    const resolved = slaClocks({ priority: 'NORMAL', createdAt: at(0), firstRespondedAt: at(1), history }, at(500));
    expect(resolved.resolution).toMatchObject({ stoppedAt: at(20), breached: false, remainingMs: 52 * 3600_000 });
    const reopened = [
      ...history,
      { status: 'REOPENED' as const, at: at(100) },
      { status: 'IN_PROGRESS' as const, at: at(101) },
    ];
    const c = slaClocks({ priority: 'NORMAL', createdAt: at(0), firstRespondedAt: at(1), history: reopened }, at(110));
    // 72 h allowance + 80 h resolved-and-waiting = due at 152 h
    expect(c.resolution).toMatchObject({ dueAt: at(152), breached: false, stoppedAt: null });
  });
});

describe('legal clocks', () => {
  it('gives 7 days from delivery for a no-reason return, none for perishable goods', () => {
    expect(noReasonReturnWindow({ deliveredAt: at(0), perishable: false }, at(24 * 6))).toMatchObject({
      eligible: true,
      open: true,
      closesAt: at(24 * 7),
    });
    expect(noReasonReturnWindow({ deliveredAt: at(0), perishable: false }, at(24 * 7 + 1)).open).toBe(false);
    expect(noReasonReturnWindow({ deliveredAt: at(0), perishable: true }, at(1))).toMatchObject({
      eligible: false,
      open: false,
      reason: { code: 'aftersales.returnWindow.perishable' },
    });
    expect(noReasonReturnWindow({ deliveredAt: null, perishable: false }, at(1)).reason?.code).toBe(
      'aftersales.returnWindow.notDelivered',
    );
  });

  it('makes the refund due 7 days after the return arrives', () => {
    expect(refundDue({ returnReceivedAt: at(0), refundedAt: null }, at(24 * 6))).toEqual({
      dueAt: at(24 * 7),
      overdue: false,
    });
    expect(refundDue({ returnReceivedAt: at(0), refundedAt: null }, at(24 * 8)).overdue).toBe(true);
    expect(refundDue({ returnReceivedAt: at(0), refundedAt: at(24 * 2) }, at(24 * 30)).overdue).toBe(false);
    expect(refundDue({ returnReceivedAt: null, refundedAt: null }, at(0))).toEqual({ dueAt: null, overdue: false });
  });
});

describe('quality feedback loop', () => {
  it('suspends at the rate once there are enough complaints', () => {
    expect(shouldSuspend({ qualityTickets: 2, orders: 10 })).toBe(false);
    expect(shouldSuspend({ qualityTickets: 3, orders: 100 })).toBe(false);
    expect(shouldSuspend({ qualityTickets: 5, orders: 100 })).toBe(true);
    expect(shouldSuspend({ qualityTickets: 3, orders: 0 })).toBe(true);
  });
});

describe('refunds', () => {
  it('may be up to the amount claimed, never above it', () => {
    expect(() => assertRefundWithinClaim('49.90', '49.90')).not.toThrow();
    expect(() => assertRefundWithinClaim('0.01', '49.90')).not.toThrow();
    expect(() => assertRefundWithinClaim(null, '49.90')).not.toThrow();
    let err: unknown;
    try {
      assertRefundWithinClaim('49.91', '49.90');
    } catch (e) {
      err = e;
    }
    expect(err).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'refundAmount' }] });
  });
});
