import { z } from './z';

export * from './days';

/**
 * The years any date in Grassroots can fall in. Outside them (year 0000, 10000) the database refuses the value,
 * so input is refused first, on its field.
 */
export const MIN_YEAR = 1900;
export const MAX_YEAR = 9999;
/** An unparseable value passes here: the format check reports it (no abort, so object-level checks still run). */
const inYears = (d: Date) =>
  Number.isNaN(d.getTime()) || (d.getUTCFullYear() >= MIN_YEAR && d.getUTCFullYear() <= MAX_YEAR);
const YEARS_MESSAGE = { message: 'common.useDateBetweenYears', params: { min: MIN_YEAR, max: MAX_YEAR } };

/** A calendar date as YYYY-MM-DD (programs and cohorts run on local calendar days). */
export const dateOnlySchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'common.useFormatYyyyMmDd')
  .refine(
    (s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s),
    'common.notRealDate',
  )
  .refine((s) => inYears(new Date(`${s}T00:00:00Z`)), YEARS_MESSAGE);

/** An instant with its offset (2026-12-01T20:00:00+08:00), within the years above: every date-time input uses it. */
export const dateTimeSchema = z.iso
  .datetime({ offset: true, message: 'common.useDateTime202612' })
  .refine((s) => inYears(new Date(s)), YEARS_MESSAGE);

/** Adds an `endDate >= startDate` check reported on the endDate field. */
export function endNotBeforeStart<T extends { startDate?: string; endDate?: string }>(
  v: T,
  ctx: z.RefinementCtx,
): void {
  if (v.startDate && v.endDate && v.endDate < v.startDate) {
    ctx.addIssue({ code: 'custom', path: ['endDate'], message: 'common.endDateMustNotBefore' });
  }
}
