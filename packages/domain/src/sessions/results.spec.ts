import { weakest } from './provenance';
import { computeResult, recordResultsSchema } from './results';

describe('net result (decimal arithmetic)', () => {
  const base = {
    orders: 40,
    viewers: 2000,
    provenance: { gmv: 'PLATFORM_EXPORT', refunds: 'MANUAL', adSpend: 'PLATFORM_EXPORT' } as const,
  };

  it('charges each product its rate on its own sales, scaled by what buyers kept', () => {
    // apples 2,000.00 at 25 % = 500.00; honey 1,000.10 at 20 % = 200.02; gross 700.02
    // refunds 300.01 of 3,000.10 → kept share 0.9; commission 630.018 → 630.02
    const r = computeResult({
      ...base,
      gmv: '3000.10',
      refunds: '300.01',
      adSpend: '450.00',
      items: [
        { commissionPct: '25', gmv: '2000.00' },
        { commissionPct: '20', gmv: '1000.10' },
      ],
    });
    expect(r.commission).toBe('630.02');
    // 3000.10 − 300.01 − 630.02 − 450.00
    expect(r.netResult).toBe('1620.07');
    expect(r.provenance).toEqual({ commission: 'MANUAL', netResult: 'MANUAL' });
    expect(r.conversionRate).toBeCloseTo(0.02);
    expect(r.gmvPerViewer).toBe('1.50');
  });

  it('is exact where floats are not (0.1 + 0.2)', () => {
    const r = computeResult({ ...base, gmv: '0.30', refunds: '0.10', adSpend: '0.20', items: [] });
    expect(r.commission).toBe('0.00');
    expect(r.netResult).toBe('0.00');
  });

  it('estimates commission on GMV not attributed to a product at the average rate', () => {
    // 1,000 unattributed at the average of 20 % and 30 % = 250.00
    const r = computeResult({
      ...base,
      gmv: '1000.00',
      refunds: '0',
      adSpend: '100',
      items: [{ commissionPct: '20' }, { commissionPct: '30' }],
    });
    expect(r.commission).toBe('250.00');
    expect(r.netResult).toBe('650.00');
    expect(r.provenance.commission).toBe('ESTIMATE');
    expect(r.provenance.netResult).toBe('ESTIMATE');
  });

  it('rounds half up once, at the end', () => {
    // 0.05 × 25 % = 0.0125 → 0.01; 0.10 × 25 % = 0.025 → 0.03
    expect(
      computeResult({ ...base, gmv: '0.05', refunds: '0', adSpend: '0', items: [{ commissionPct: '25', gmv: '0.05' }] })
        .commission,
    ).toBe('0.01');
    expect(
      computeResult({ ...base, gmv: '0.10', refunds: '0', adSpend: '0', items: [{ commissionPct: '25', gmv: '0.10' }] })
        .commission,
    ).toBe('0.03');
  });

  it('can be negative: a stream that bought more traffic than it earned', () => {
    const r = computeResult({
      ...base,
      gmv: '500.00',
      refunds: '50.00',
      adSpend: '600.00',
      items: [{ commissionPct: '20', gmv: '500.00' }],
    });
    expect(r.commission).toBe('90.00');
    expect(r.netResult).toBe('-240.00');
  });

  it('has no conversion without viewers', () => {
    expect(
      computeResult({ ...base, viewers: 0, orders: 0, gmv: '0', refunds: '0', adSpend: '0', items: [] }).conversionRate,
    ).toBeNull();
  });

  it('weakest provenance wins', () => {
    expect(weakest('PLATFORM_EXPORT', 'MANUAL')).toBe('MANUAL');
    expect(weakest('ESTIMATE', 'PLATFORM_EXPORT')).toBe('ESTIMATE');
    expect(weakest()).toBe('PLATFORM_EXPORT');
  });
});

describe('results input', () => {
  const f = (value: number | string) => ({ value, provenance: 'MANUAL' });
  const ok = {
    sessionId: 's',
    actualMinutes: f(120),
    viewers: f(1000),
    peakViewers: f(80),
    newFollowers: f(12),
    orders: f(30),
    gmv: f('2400.00'),
    adSpend: f('300'),
  };
  it('accepts sane figures', () => expect(recordResultsSchema.safeParse(ok).success).toBe(true));
  it('refuses a peak above the total, refunds above GMV, and product sales above GMV', () => {
    const r = recordResultsSchema.safeParse({
      ...ok,
      peakViewers: f(2000),
      refunds: f('3000'),
      items: [{ itemId: 'i', gmv: '2500' }],
    });
    expect(r.error!.issues.map((i) => i.path.join('.')).sort()).toEqual([
      'items',
      'peakViewers.value',
      'refunds.value',
    ]);
  });
});

it('reports a malformed amount as a field error, not a crash', () => {
  const f = (value: unknown) => ({ value, provenance: 'MANUAL' });
  const r = recordResultsSchema.safeParse({
    sessionId: 's',
    actualMinutes: f(1),
    viewers: f(1),
    peakViewers: f(1),
    newFollowers: f(1),
    orders: f(1),
    gmv: f('x'),
    adSpend: f('0'),
  });
  expect(r.error!.issues.map((i) => i.path.join('.'))).toEqual(['gmv.value']);
});
