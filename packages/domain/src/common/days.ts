/**
 * Calendar-day arithmetic without zod, so that a page that only shows days (the workbench) does not download the
 * schemas (issue 12). Re-exported by dates.ts.
 */
export function dateOnlyToDate(s: string): Date {
  return new Date(`${s}T00:00:00.000Z`);
}
export function dateToDateOnly(d: Date): string {
  return d.toISOString().slice(0, 10);
}

/** Grassroots runs on China Standard Time (UTC+8, no daylight saving): "today" and calendar days are China days. */
export const CHINA_OFFSET_MS = 8 * 3600_000;
export const todayInChina = (now = new Date()): string => dateToDateOnly(new Date(now.getTime() + CHINA_OFFSET_MS));
/** The instant a China calendar day starts. */
export const chinaDayStart = (day: string): Date => new Date(`${day}T00:00:00+08:00`);
export const addDays = (day: string, n: number): string =>
  dateToDateOnly(new Date(dateOnlyToDate(day).getTime() + n * 86_400_000));
