import { DEFAULT_TIME_ZONE } from '@grassroots/domain';
import dayjs, { type Dayjs } from 'dayjs';
import timezone from 'dayjs/plugin/timezone';
import utc from 'dayjs/plugin/utc';

dayjs.extend(utc);
dayjs.extend(timezone);

/**
 * Every time the admin shows or takes is in the program's time zone (Asia/Shanghai unless the program says
 * otherwise), never the browser's: a PC set to UTC booked 10:00 as 18:00, one in Xinjiang (UTC+6) saw every
 * session two hours off. Pages of one program pass its zone; the rest use the default, which is the zone the
 * API counts calendar days in.
 */
export const APP_TIME_ZONE = DEFAULT_TIME_ZONE;

/** An instant as YYYY-MM-DD HH:mm in `tz`. */
export function formatDateTime(iso: string | Date, tz: string = APP_TIME_ZONE): string {
  return dayjs(iso).tz(tz).format('YYYY-MM-DD HH:mm');
}

/** An instant as YYYY-MM-DD in `tz`. */
export function formatDay(iso: string | Date, tz: string = APP_TIME_ZONE): string {
  return dayjs(iso).tz(tz).format('YYYY-MM-DD');
}

/**
 * The wall-clock time of an instant in `tz`, as a plain (browser-local) Dayjs for pickers and calendars, which
 * read its fields: 10:00 in Shanghai shows as 10:00 whatever the PC's zone.
 */
export function wallClock(iso: string | Date = new Date(), tz: string = APP_TIME_ZONE): Dayjs {
  return dayjs(dayjs(iso).tz(tz).format('YYYY-MM-DDTHH:mm:ss'));
}

/** Today's date in `tz` (a calendar's "today"), as a plain Dayjs at its start. */
export const todayIn = (tz: string = APP_TIME_ZONE): Dayjs => wallClock(new Date(), tz).startOf('day');

/** A picked wall-clock time read as a time in `tz`: ISO 8601 with the zone's offset (2026-12-01T10:00:00+08:00). */
export function fromWallClock(d: Dayjs, tz: string = APP_TIME_ZONE): string {
  return dayjs.tz(d.format('YYYY-MM-DDTHH:mm:00'), tz).format();
}

export { zoneName } from './zone-name';
