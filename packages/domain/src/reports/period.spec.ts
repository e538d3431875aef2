import { ErrorCode } from '../errors';
import { canonicalJson, discrepancies, nextReportStatus, parsePeriod, periodOver, readPeriod } from './period';

describe('report periods', () => {
  it('reads months and quarters, with their last days (leap years included)', () => {
    expect(parsePeriod('2026-11')).toEqual({ kind: 'MONTH', key: '2026-11', from: '2026-11-01', to: '2026-11-30' });
    expect(parsePeriod('2028-02').to).toBe('2028-02-29');
    expect(parsePeriod('2026-Q4')).toEqual({ kind: 'QUARTER', key: '2026-Q4', from: '2026-10-01', to: '2026-12-31' });
    expect(parsePeriod('2027-Q1').to).toBe('2027-03-31');
    expect(() => parsePeriod('2026-13')).toThrow(expect.objectContaining({ code: ErrorCode.BAD_USER_INPUT }));
    expect(() => parsePeriod('2026-Q5')).toThrow();
    // Reading (the admin's way: keys from the API) answers null instead of throwing.
    expect(readPeriod('2026-Q4')).toEqual(parsePeriod('2026-Q4'));
    expect([readPeriod('2026-13'), readPeriod('2026-Q5'), readPeriod(' 2026-10')]).toEqual([null, null, null]);
  });
  it('knows when a period is over', () => {
    expect(periodOver(parsePeriod('2026-10'), '2026-11-01')).toBe(true);
    expect(periodOver(parsePeriod('2026-11'), '2026-11-30')).toBe(false);
  });
});

describe('report workflow', () => {
  it('submits, returns, resubmits and accepts; an accepted period is locked', () => {
    expect(nextReportStatus('DRAFT', 'SUBMIT')).toBe('SUBMITTED');
    expect(nextReportStatus('SUBMITTED', 'RETURN')).toBe('RETURNED');
    expect(nextReportStatus('RETURNED', 'SUBMIT')).toBe('SUBMITTED');
    expect(nextReportStatus('SUBMITTED', 'ACCEPT')).toBe('ACCEPTED');
    expect(() => nextReportStatus('ACCEPTED', 'SUBMIT')).toThrow('This period was accepted and is locked');
    expect(() => nextReportStatus('DRAFT', 'ACCEPT')).toThrow(expect.objectContaining({ code: ErrorCode.CONFLICT }));
  });
});

describe('snapshot content', () => {
  it('serialises the same content to the same text whatever the key order', () => {
    expect(canonicalJson({ b: 1, a: { d: [1, 2], c: '¥' } })).toBe(canonicalJson({ a: { c: '¥', d: [1, 2] }, b: 1 }));
    expect(canonicalJson({ a: 1, b: undefined })).toBe('{"a":1}');
    expect(() => canonicalJson({ a: Number.NaN })).toThrow();
  });
  it('lists the figures that changed since acceptance', () => {
    const accepted = { gmv: '1200.00', trainees: { enrolled: 25, graduated: 20 }, ids: ['a', 'b'] };
    const live = { gmv: '1180.00', trainees: { enrolled: 25, graduated: 21 }, ids: ['a', 'b'] };
    expect(discrepancies(accepted, live)).toEqual([
      { figure: 'gmv', accepted: '1200.00', now: '1180.00' },
      { figure: 'trainees.graduated', accepted: 20, now: 21 },
    ]);
    expect(discrepancies(accepted, accepted)).toEqual([]);
  });
});
