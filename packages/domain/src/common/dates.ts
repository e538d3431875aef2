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
