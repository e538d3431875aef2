import { niceAxis, position } from '../../apps/admin/src/shared/charts/scale';

/** The admin's chart axes (apps/admin/src/shared/charts): round ticks that cover the data, from 0. */
describe('niceAxis', () => {
  it('covers the data with round steps from 0', () => {
    expect(niceAxis([55_275.99, 184_000])).toEqual({
      min: 0,
      max: 200_000,
      ticks: [0, 50_000, 100_000, 150_000, 200_000],
    });
    expect(niceAxis([17_500]).ticks).toEqual([0, 5_000, 10_000, 15_000, 20_000]);
    expect(niceAxis([0.3, 0.7]).ticks).toEqual([0, 0.2, 0.4, 0.6, 0.8]); // no 0.30000000000000004
  });

  it('uses whole numbers for counts, and an axis of one unit when everything is 0', () => {
    expect(niceAxis([2, 2, 1], { integers: true }).ticks).toEqual([0, 1, 2]);
    expect(niceAxis([28, 70, 60], { integers: true }).ticks).toEqual([0, 20, 40, 60, 80]);
    expect(niceAxis([0, 0], { integers: true })).toEqual({ min: 0, max: 1, ticks: [0, 1] });
    expect(niceAxis([])).toEqual({ min: 0, max: 1, ticks: [0, 0.2, 0.4, 0.6, 0.8, 1] });
  });

  it('reaches below 0 for negative values (a net loss), and keeps a fixed domain (0–100 %)', () => {
    expect(niceAxis([-50, 120])).toEqual({ min: -50, max: 150, ticks: [-50, 0, 50, 100, 150] });
    expect(niceAxis([92.7], { min: 0, max: 100 }).ticks).toEqual([0, 20, 40, 60, 80, 100]);
  });

  it('never repeats a tick, even for values too small to tell apart', () => {
    const { ticks } = niceAxis([1e-12]);
    expect(new Set(ticks).size).toBe(ticks.length);
  });
});

describe('position', () => {
  it('places a value along the axis, clamped to it', () => {
    const axis = niceAxis([], { min: 0, max: 100 });
    expect([position(axis, 0, 200), position(axis, 50, 200), position(axis, 100, 200)]).toEqual([0, 100, 200]);
    expect([position(axis, -5, 200), position(axis, 150, 200)]).toEqual([0, 200]);
    expect(position({ min: 3, max: 3, ticks: [3] }, 3, 200)).toBe(0); // a degenerate axis does not divide by 0
  });
});
