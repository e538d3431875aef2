/** A linear axis: its ticks (round numbers) and the domain they span. */
export interface Axis {
  min: number;
  max: number;
  ticks: number[];
}

/**
 * Round ticks (1, 2, 2.5, 5 × 10ⁿ; whole numbers only when `integers`) covering `[min, max]` in about `count` steps.
 * The domain always includes 0, as bars grow from it; an all-zero series still gets an axis of [0, 1].
 */
export function niceAxis(values: number[], { count = 5, integers = false, min, max }: AxisOptions = {}): Axis {
  const finite = values.filter(Number.isFinite);
  let lo = min ?? Math.min(0, ...finite);
  let hi = max ?? Math.max(0, ...finite);
  if (!(hi > lo)) hi = lo + 1; // all zero (or a fixed end at or above the data): an axis of one unit
  let step = niceStep((hi - lo) / Math.max(1, count));
  if (integers) step = Math.max(1, Math.ceil(step));
  lo = min ?? Math.floor(lo / step) * step;
  hi = max ?? Math.ceil(hi / step) * step;
  const ticks: number[] = [];
  for (let i = 0, v = lo; v <= hi + step / 1e6 && i < 100; i++, v = lo + i * step) ticks.push(round(v, step));
  return { min: lo, max: hi, ticks: [...new Set(ticks)] };
}

export interface AxisOptions {
  count?: number;
  integers?: boolean;
  /** A fixed end of the domain (e.g. 0–100 for a percentage). */
  min?: number;
  max?: number;
}

function niceStep(raw: number): number {
  const exp = Math.floor(Math.log10(raw));
  const base = 10 ** exp;
  const f = raw / base;
  return (f <= 1 ? 1 : f <= 2 ? 2 : f <= 2.5 ? 2.5 : f <= 5 ? 5 : 10) * base;
}

/** Drops floating-point noise (0.30000000000000004) to the step's precision. */
function round(v: number, step: number): number {
  const digits = Math.max(0, -Math.floor(Math.log10(step)) + 1);
  return Number(v.toFixed(Math.min(20, digits)));
}

/** Where `v` falls in `[0, length]` along an axis (0 at the axis's min). */
export const position = (axis: Axis, v: number, length: number) =>
  ((Math.min(axis.max, Math.max(axis.min, v)) - axis.min) / (axis.max - axis.min || 1)) * length;
