import { z } from './z';

/** A calendar date as YYYY-MM-DD (programs and cohorts run on local calendar days). */
export const dateOnlySchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'Use the format YYYY-MM-DD')
  .refine((s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s), 'Not a real date');

export function dateOnlyToDate(s: string): Date {
  return new Date(`${s}T00:00:00.000Z`);
}
export function dateToDateOnly(d: Date): string {
  return d.toISOString().slice(0, 10);
}

/** Adds an `endDate >= startDate` check reported on the endDate field. */
export function endNotBeforeStart<T extends { startDate?: string; endDate?: string }>(v: T, ctx: z.RefinementCtx): void {
  if (v.startDate && v.endDate && v.endDate < v.startDate) {
    ctx.addIssue({ code: 'custom', path: ['endDate'], message: 'End date must not be before the start date' });
  }
}

/** Grassroots runs on China Standard Time (UTC+8, no daylight saving): "today" and calendar days are China days. */
export const CHINA_OFFSET_MS = 8 * 3600_000;
export const todayInChina = (now = new Date()): string => dateToDateOnly(new Date(now.getTime() + CHINA_OFFSET_MS));
/** The instant a China calendar day starts. */
export const chinaDayStart = (day: string): Date => new Date(`${day}T00:00:00+08:00`);
export const addDays = (day: string, n: number): string => dateToDateOnly(new Date(dateOnlyToDate(day).getTime() + n * 86_400_000));
