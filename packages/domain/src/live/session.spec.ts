import { ErrorCode } from '../errors';
import { nextSessionStatus, overlaps, scheduleSessionSchema } from './session';
import { qcGateProblems } from './qc-gate';

describe('session lifecycle', () => {
  it('SCHEDULED → LIVE → ENDED, or SCHEDULED → CANCELLED', () => {
    expect(nextSessionStatus('SCHEDULED', 'START')).toBe('LIVE');
    expect(nextSessionStatus('LIVE', 'END')).toBe('ENDED');
    expect(nextSessionStatus('SCHEDULED', 'CANCEL')).toBe('CANCELLED');
  });

  it.each([
    ['LIVE', 'START'],
    ['ENDED', 'START'],
    ['SCHEDULED', 'END'],
    ['ENDED', 'CANCEL'],
    ['LIVE', 'CANCEL'],
    ['CANCELLED', 'START'],
  ] as const)('%s cannot %s (CONFLICT)', (from, action) => {
    expect(() => nextSessionStatus(from, action)).toThrow(expect.objectContaining({ code: ErrorCode.CONFLICT }));
  });
});

describe('overlap', () => {
  const at = (hhmm: string) => new Date(`2026-12-01T${hhmm}:00+08:00`);
  it('detects overlapping intervals and lets back-to-back sessions through', () => {
    expect(overlaps({ start: at('20:00'), minutes: 120 }, { start: at('21:30'), minutes: 60 })).toBe(true);
    expect(overlaps({ start: at('20:00'), minutes: 120 }, { start: at('19:00'), minutes: 61 })).toBe(true);
    expect(overlaps({ start: at('20:00'), minutes: 120 }, { start: at('22:00'), minutes: 60 })).toBe(false);
    expect(overlaps({ start: at('20:00'), minutes: 60 }, { start: at('19:00'), minutes: 60 })).toBe(false);
  });
});

describe('schedule input', () => {
  const base = { traineeId: 't', platform: 'DOUYIN', scheduledStart: '2026-12-01T20:00:00+08:00', plannedMinutes: 120, title: '县里的苹果', items: [] };
  it('accepts a plain session', () => expect(scheduleSessionSchema.safeParse(base).success).toBe(true));
  it('refuses the same product twice and a bad commission', () => {
    const r = scheduleSessionSchema.safeParse({
      ...base,
      items: [
        { productId: 'p', livePrice: '19.90', commissionPct: '25' },
        { productId: 'p', livePrice: '19.90', commissionPct: '120' },
      ],
    });
    expect(r.error!.issues.map((i) => i.path.join('.')).sort()).toEqual(['items.1.commissionPct', 'items.1.productId']);
  });
  it('refuses too short a session', () => {
    expect(scheduleSessionSchema.safeParse({ ...base, plannedMinutes: 5 }).error!.issues[0].path).toEqual(['plannedMinutes']);
  });
});

describe('QC gate', () => {
  it('lets an approved product through and names what is wrong with the others', () => {
    expect(qcGateProblems({ productId: 'p', productName: '苹果', status: 'APPROVED' })).toEqual([]);
    expect(qcGateProblems({ productId: 'p', productName: '苹果', status: 'PENDING_QC' })[0].message).toBe('苹果 is waiting for QC');
    expect(qcGateProblems({ productId: 'p', productName: '苹果', status: 'SUSPENDED' })[0].code).toBe('NOT_APPROVED');
  });
});
