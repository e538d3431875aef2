import { REFUND_DUE_DAYS } from '../aftersales/ticket';
import { addDays } from '../common/days';
import { dayStartIn, DEFAULT_TIME_ZONE, todayIn } from '../common/time-zone';

export * from './todo-cards';
export * from './week';
import { parsePeriod, periodOver, type ReportPeriod } from '../reports/period';

/**
 * The workbench (issue 14): each role's landing page of to-do counts, today's timeline and a few key figures.
 * The API computes the counts in SQL; the windows they count in are decided here, from `now`, so that the API,
 * the admin and the tests agree on what "today", "due within 2 h", "expiring" and "period ended" mean.
 * Days are China days (UTC+8).
 */

const HOUR = 3600_000;
const DAY = 86_400_000;

/** A ticket's SLA clock is "due within 2 h" while it has not run out and less than this is left. */
export const SLA_DUE_WITHIN_MS = 2 * HOUR;
/** Licences and inspections are "expiring" when they run out within this many days (today included). */
export const EXPIRING_WITHIN_DAYS = 30;
/** A QC task older than this many days is shown as overdue in the queue's age buckets. */
export const QC_QUEUE_OLD_DAYS = 3;
/** How far back the admin's security figures look. */
export const SECURITY_WINDOW_MS = DAY;

/** The instants and days a workbench counts in, from `now`. Half-open ranges: [from, to). */
export interface WorkbenchWindows {
  now: Date;
  /** The zone its days are counted in. */
  timeZone: string;
  /** Today as a calendar day of that zone (YYYY-MM-DD) and its bounds. */
  today: string;
  todayStart: Date;
  tomorrowStart: Date;
  /** The day after tomorrow starts: "today and tomorrow" ends here. */
  dayAfterTomorrowStart: Date;
  /** A week from today (today + 7 days, start of that day): "the week" of a trainee. */
  weekEnd: Date;
  /** SLA clocks due before this (and not yet run out) are "due within 2 h". */
  slaDueBefore: Date;
  /** Licences expiring on a day up to this one (inclusive, a date) and after today - 1 are "expiring". */
  expiringUntilDay: string;
  /** Inspections whose validity ends before this instant (and after now) are "expiring". */
  expiringUntil: Date;
  /** A return received before this instant and not refunded is past its legal 7-day refund clock. */
  refundOverdueBefore: Date;
  /** QC tasks opened before this are "old". */
  qcOldBefore: Date;
  /** Security events since this instant. */
  securitySince: Date;
  /** The last month that has ended: the period whose report is due to be prepared. */
  reportDuePeriod: ReportPeriod;
}

/**
 * The windows of a workbench as of `now`, its days counted in `tz` (a trainee's: their program's zone; staff, who
 * work across programs: the default, China time).
 */
export function workbenchWindows(now: Date, tz: string = DEFAULT_TIME_ZONE): WorkbenchWindows {
  const today = todayIn(tz, now);
  const expiringUntilDay = addDays(today, EXPIRING_WITHIN_DAYS);
  return {
    now,
    timeZone: tz,
    today,
    todayStart: dayStartIn(today, tz),
    tomorrowStart: dayStartIn(addDays(today, 1), tz),
    dayAfterTomorrowStart: dayStartIn(addDays(today, 2), tz),
    weekEnd: dayStartIn(addDays(today, 7), tz),
    slaDueBefore: new Date(now.getTime() + SLA_DUE_WITHIN_MS),
    expiringUntilDay,
    expiringUntil: dayStartIn(addDays(expiringUntilDay, 1), tz),
    refundOverdueBefore: new Date(now.getTime() - REFUND_DUE_DAYS * DAY),
    qcOldBefore: new Date(now.getTime() - QC_QUEUE_OLD_DAYS * DAY),
    securitySince: new Date(now.getTime() - SECURITY_WINDOW_MS),
    reportDuePeriod: lastEndedMonth(today),
  };
}

/** The most recent calendar month that is over by `today` (on 2026-12-01 that is 2026-11). */
export function lastEndedMonth(today: string): ReportPeriod {
  const [y, m] = today.split('-').map(Number) as [number, number];
  const prevY = m === 1 ? y - 1 : y;
  const prevM = m === 1 ? 12 : m - 1;
  const period = parsePeriod(`${prevY}-${String(prevM).padStart(2, '0')}`);
  if (!periodOver(period, today)) throw new Error('unreachable: the previous month is always over');
  return period;
}

/** The SLA state of one clock, for the agent's "my tickets by SLA state" cards. */
export type SlaState = 'BREACHED' | 'DUE_WITHIN_2H' | 'ON_TRACK';
export function slaState(dueAt: Date, now: Date): SlaState {
  const left = dueAt.getTime() - now.getTime();
  if (left < 0) return 'BREACHED';
  return left < SLA_DUE_WITHIN_MS ? 'DUE_WITHIN_2H' : 'ON_TRACK';
}

/** Whether a licence (valid through `expiresOn`, a China day) runs out within the window: not yet expired. */
export function licenceExpiring(expiresOn: string, today: string): boolean {
  return expiresOn >= today && expiresOn <= addDays(today, EXPIRING_WITHIN_DAYS);
}

/** The legal refund clock: due 7 days after the returned goods were received; whether it has run out. */
export function refundOverdue(returnReceivedAt: Date, now: Date): boolean {
  return now.getTime() > returnReceivedAt.getTime() + REFUND_DUE_DAYS * DAY;
}
