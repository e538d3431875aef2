import { lastEndedMonth, licenceExpiring, refundOverdue, slaState, weekSegments, workbenchWindows } from './workbench';

describe('workbench windows', () => {
  it('counts China days: 23:30 UTC on 30 Nov is already 1 December in China', () => {
    const w = workbenchWindows(new Date('2026-11-30T23:30:00Z'));
    expect(w.today).toBe('2026-12-01');
    expect(w.todayStart.toISOString()).toBe('2026-11-30T16:00:00.000Z');
    expect(w.tomorrowStart.toISOString()).toBe('2026-12-01T16:00:00.000Z');
    expect(w.reportDuePeriod.key).toBe('2026-11');
    expect(w.expiringUntilDay).toBe('2026-12-31');
  });

  it('takes the previous month as the period whose report is due, across New Year', () => {
    expect(lastEndedMonth('2027-01-01')).toMatchObject({ key: '2026-12', from: '2026-12-01', to: '2026-12-31' });
    expect(lastEndedMonth('2026-11-26').key).toBe('2026-10');
  });

  it('tells breached, due within 2 h and on track apart at the edges', () => {
    const now = new Date('2026-11-26T10:00:00+08:00');
    expect(slaState(new Date('2026-11-26T09:59:59+08:00'), now)).toBe('BREACHED');
    expect(slaState(now, now)).toBe('DUE_WITHIN_2H');
    expect(slaState(new Date('2026-11-26T11:59:59+08:00'), now)).toBe('DUE_WITHIN_2H');
    expect(slaState(new Date('2026-11-26T12:00:00+08:00'), now)).toBe('ON_TRACK');
  });

  it('counts a licence as expiring from today to 30 days ahead, not once expired', () => {
    expect(licenceExpiring('2026-11-26', '2026-11-26')).toBe(true);
    expect(licenceExpiring('2026-12-26', '2026-11-26')).toBe(true);
    expect(licenceExpiring('2026-12-27', '2026-11-26')).toBe(false);
    expect(licenceExpiring('2026-11-25', '2026-11-26')).toBe(false);
  });

  it('runs the refund clock 7 days from receiving the return', () => {
    const received = new Date('2026-11-19T10:00:00+08:00');
    expect(refundOverdue(received, new Date('2026-11-26T10:00:00+08:00'))).toBe(false);
    expect(refundOverdue(received, new Date('2026-11-26T10:00:01+08:00'))).toBe(true);
  });
});

describe('weekSegments', () => {
  it('keeps days with something on them and collapses each run of empty days into one line', () => {
    const items = [
      { day: '2026-11-27', id: 'a' },
      { day: '2026-11-27', id: 'b' },
      { day: '2026-11-30', id: 'c' },
    ];
    expect(weekSegments('2026-11-27', 6, items)).toEqual([
      { kind: 'DAY', day: '2026-11-27', items: [items[0], items[1]] },
      { kind: 'EMPTY', from: '2026-11-28', to: '2026-11-29' },
      { kind: 'DAY', day: '2026-11-30', items: [items[2]] },
      { kind: 'EMPTY', from: '2026-12-01', to: '2026-12-02' },
    ]);
    expect(weekSegments('2026-11-27', 3, [])).toEqual([{ kind: 'EMPTY', from: '2026-11-27', to: '2026-11-29' }]);
  });
});
