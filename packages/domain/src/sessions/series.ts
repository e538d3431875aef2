import { addDays, dateOnlySchema } from '../common/dates';
import { StreamPlatform, values } from '../common/enums';
import { webLinkSchema } from '../common/links';
import { instantIn } from '../common/time-zone';
import { z } from '../common/z';
import { MAX_SESSION_MINUTES, MIN_SESSION_MINUTES, runOfShowItemSchema } from './session';

/**
 * Repeating sessions ("daily at 19:00 for 3 weeks"): the rule that turns a pattern into occurrences, in the
 * program's time zone, and the weekly availability a booking is planned against.
 */

/** A series is booked in one transaction: more than this many occurrences is refused (about two months daily). */
export const MAX_SERIES_OCCURRENCES = 62;

/** ISO weekdays: 1 = Monday … 7 = Sunday. */
export const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7] as const;

/** The ISO weekday (1 = Monday … 7 = Sunday) of a calendar date. */
export const isoWeekday = (day: string): number => ((new Date(`${day}T00:00:00Z`).getUTCDay() + 6) % 7) + 1;

export const timeOfDaySchema = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'live.useTimeDay1900');

export const sessionSeriesSchema = z
  .object({
    traineeId: z.string().min(1, 'live.chooseStreamer'),
    platform: z.enum(values(StreamPlatform)),
    title: z.string().trim().min(2, 'live.giveSessionTitle').max(120),
    scriptUrl: z
      .union([z.literal(''), webLinkSchema])
      .optional()
      .nullable(),
    items: z.array(runOfShowItemSchema).max(50, 'live.most50ProductsOneSession'),
    startTime: timeOfDaySchema,
    plannedMinutes: z.coerce
      .number()
      .int('live.wholeMinutes')
      .min(MIN_SESSION_MINUTES, 'live.leastMinutes')
      .max(MAX_SESSION_MINUTES, 'live.mostMinutes'),
    /** ISO weekdays it repeats on; empty or absent: every day. */
    weekdays: z
      .array(z.number().int().min(1, 'live.pickDaysMondaySunday').max(7, 'live.pickDaysMondaySunday'))
      .max(7)
      .optional()
      .nullable(),
    from: dateOnlySchema,
    until: dateOnlySchema.optional().nullable(),
    count: z.coerce
      .number()
      .int('live.wholeNumber')
      .min(1, 'live.leastOneSession')
      .max(MAX_SERIES_OCCURRENCES, 'live.mostSessionsAtOnce')
      .optional()
      .nullable(),
  })
  .superRefine((v, ctx) => {
    if (!v.until && !v.count)
      ctx.addIssue({ code: 'custom', path: ['until'], message: 'live.giveEndDateNumberSessions' });
    if (v.until && v.from && v.until < v.from)
      ctx.addIssue({ code: 'custom', path: ['until'], message: 'live.mustNotBeforeFirstDay' });
    if (v.until && v.from && v.until >= v.from && !v.count) {
      const n = seriesDays(v).length;
      if (n > MAX_SERIES_OCCURRENCES)
        ctx.addIssue({
          code: 'custom',
          path: ['until'],
          message: 'live.mostSessionsEndSooner',
          params: { max: MAX_SERIES_OCCURRENCES },
        });
      if (n === 0) ctx.addIssue({ code: 'custom', path: ['weekdays'], message: 'sessions.noChosenWeekdayFallsThese' });
    }
    const seen = new Set<string>();
    (Array.isArray(v.items) ? v.items : []).forEach((it, i) => {
      if (seen.has(it.productId))
        ctx.addIssue({
          code: 'custom',
          path: ['items', i, 'productId'],
          message: 'live.productAlreadyRunShow',
        });
      seen.add(it.productId);
    });
  });
export type SessionSeriesInput = z.infer<typeof sessionSeriesSchema>;

type Pattern = Pick<SessionSeriesInput, 'from' | 'until' | 'count' | 'weekdays'>;

/**
 * The calendar days of a series, in order: from `from`, on the chosen weekdays (every day when none), up to
 * `until` and at most `count` of them. Stops past MAX_SERIES_OCCURRENCES + 1 so that a too-long range is
 * counted without listing years of days.
 */
export function seriesDays(p: Pattern): string[] {
  const on = new Set(p.weekdays?.length ? p.weekdays : WEEKDAYS);
  const limit = Math.min(p.count ?? Infinity, MAX_SERIES_OCCURRENCES + 1);
  const days: string[] = [];
  // A weekday set repeats every 7 days, so 7 × limit days always reach the limit or `until`.
  for (let d = p.from, i = 0; days.length < limit && i < 7 * (MAX_SERIES_OCCURRENCES + 1); d = addDays(d, 1), i++) {
    if (p.until && d > p.until) break;
    if (on.has(isoWeekday(d))) days.push(d);
  }
  return days;
}

export interface Occurrence {
  /** Its calendar day in the program's zone (YYYY-MM-DD). */
  date: string;
  start: Date;
  end: Date;
}

/** Each occurrence of a series as instants, reading its time of day in the program's zone `tz`. */
export function seriesOccurrences(
  p: Pattern & Pick<SessionSeriesInput, 'startTime' | 'plannedMinutes'>,
  tz: string,
): Occurrence[] {
  return seriesDays(p).map((date) => {
    const start = instantIn(date, p.startTime, tz);
    return { date, start, end: new Date(start.getTime() + p.plannedMinutes * 60_000) };
  });
}

/** Evening prime time, when live commerce sells best: suggested starts are tried from here, in this order. */
export const PRIME_TIME_STARTS = ['19:00', '20:00', '18:00', '19:30', '20:30', '21:00', '12:00', '14:00'] as const;

/**
 * Free slots of `minutes` length in a week: per day, up to `perDay` starts from PRIME_TIME_STARTS (in that
 * order of preference) that overlap no busy block and are not in the past. Sorted by start.
 */
export function suggestFreeSlots(q: {
  days: string[];
  tz: string;
  minutes: number;
  busy: { start: Date; end: Date }[];
  now: Date;
  perDay?: number;
}): { start: Date; end: Date }[] {
  const out: { start: Date; end: Date }[] = [];
  for (const day of q.days) {
    const picked: { start: Date; end: Date }[] = [];
    for (const hhmm of PRIME_TIME_STARTS) {
      if (picked.length >= (q.perDay ?? 2)) break;
      const start = instantIn(day, hhmm, q.tz);
      const end = new Date(start.getTime() + q.minutes * 60_000);
      if (start < q.now) continue;
      const clash = (b: { start: Date; end: Date }) => b.start < end && start < b.end;
      if (q.busy.some(clash) || picked.some(clash)) continue;
      picked.push({ start, end });
    }
    out.push(...picked);
  }
  return out.sort((a, b) => a.start.getTime() - b.start.getTime());
}
