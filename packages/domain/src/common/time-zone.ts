/**
 * Time zones without zod, so that pages that only show times do not download the schemas.
 */

/** The time zone a program runs in unless it says otherwise: China Standard Time (UTC+8, no daylight saving). */
export const DEFAULT_TIME_ZONE = 'Asia/Shanghai';

/** Whether `tz` is an IANA time zone name this runtime knows (Asia/Shanghai, Asia/Urumqi …). */
export function isTimeZone(tz: string): boolean {
  if (!/^[A-Za-z]+(?:[/_+-][A-Za-z0-9]+)*$/.test(tz)) return false;
  try {
    new Intl.DateTimeFormat('en', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}

/** The zone's offset from UTC at `at`, as +08:00. */
export function timeZoneOffset(tz: string, at: Date = new Date()): string {
  const part =
    new Intl.DateTimeFormat('en-US', { timeZone: tz, timeZoneName: 'longOffset' })
      .formatToParts(at)
      .find((p) => p.type === 'timeZoneName')?.value ?? 'GMT';
  const m = /GMT([+-]\d{2}):?(\d{2})?/.exec(part);
  return m ? `${m[1]}:${m[2] ?? '00'}` : '+00:00';
}

/** The instant calendar day `day` (YYYY-MM-DD) starts in `tz`. */
export function dayStartIn(day: string, tz: string = DEFAULT_TIME_ZONE): Date {
  const guess = new Date(`${day}T00:00:00${timeZoneOffset(tz, new Date(`${day}T12:00:00Z`))}`);
  // Where the offset at midnight differs from midday's (a daylight-saving change that day), take midnight's.
  return new Date(`${day}T00:00:00${timeZoneOffset(tz, guess)}`);
}

/** Today's calendar date in `tz`, as YYYY-MM-DD. */
export const todayIn = (tz: string = DEFAULT_TIME_ZONE, now: Date = new Date()): string =>
  formatInTimeZone(now, tz).slice(0, 10);

/** `at` as YYYY-MM-DD HH:mm in `tz` (exports and reports print times this way, with the zone named beside them). */
export function formatInTimeZone(at: Date, tz: string): string {
  const p = Object.fromEntries(
    new Intl.DateTimeFormat('en-CA', {
      timeZone: tz,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    })
      .formatToParts(at)
      .map((x) => [x.type, x.value]),
  );
  return `${p.year}-${p.month}-${p.day} ${p.hour}:${p.minute}`;
}

/** The instant wall-clock time `hhmm` (HH:mm) on calendar day `day` (YYYY-MM-DD) happens in `tz`. */
export function instantIn(day: string, hhmm: string, tz: string = DEFAULT_TIME_ZONE): Date {
  return wallClockIn(`${day}T${hhmm}:00`, tz);
}

/** The instant a wall-clock time (YYYY-MM-DDTHH:mm:ss, no offset) happens in `tz`. */
export function wallClockIn(wall: string, tz: string = DEFAULT_TIME_ZONE): Date {
  const guess = new Date(`${wall}${timeZoneOffset(tz, new Date(`${wall.slice(0, 10)}T12:00:00Z`))}`);
  return new Date(`${wall}${timeZoneOffset(tz, guess)}`);
}
