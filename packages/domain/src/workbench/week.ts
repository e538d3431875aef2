import { addDays } from '../common/days';

/** A trainee's week on a phone: each day with something on it, and runs of empty days collapsed into one line. */
export type DaySegment<T> = { kind: 'DAY'; day: string; items: T[] } | { kind: 'EMPTY'; from: string; to: string };

/** The days `from` … `from + days - 1` (China days, YYYY-MM-DD) with their items; consecutive empty days become one segment. */
export function weekSegments<T extends { day: string }>(
  from: string,
  days: number,
  items: readonly T[],
): DaySegment<T>[] {
  const out: DaySegment<T>[] = [];
  for (let i = 0; i < days; i++) {
    const day = addDays(from, i);
    const on = items.filter((x) => x.day === day);
    const last = out[out.length - 1];
    if (on.length) out.push({ kind: 'DAY', day, items: on });
    else if (last?.kind === 'EMPTY') last.to = day;
    else out.push({ kind: 'EMPTY', from: day, to: day });
  }
  return out;
}
