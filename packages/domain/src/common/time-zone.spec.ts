import { timeZoneSchema } from '../programs/program.schema';
import { dayStartIn, formatInTimeZone, isTimeZone, timeZoneOffset, todayIn } from './time-zone';

it('accepts IANA names and refuses anything else', () => {
  expect(isTimeZone('Asia/Shanghai')).toBe(true);
  expect(isTimeZone('Asia/Urumqi')).toBe(true);
  expect(isTimeZone('Asia/Beijing')).toBe(false);
  expect(isTimeZone('+08:00; drop')).toBe(false);
  expect(timeZoneSchema.safeParse('Mars/Olympus').success).toBe(false);
});

it('prints an instant in the zone with its offset', () => {
  const at = new Date('2026-12-01T02:00:00Z');
  expect(formatInTimeZone(at, 'Asia/Shanghai')).toBe('2026-12-01 10:00');
  expect(formatInTimeZone(at, 'Asia/Urumqi')).toBe('2026-12-01 08:00');
  expect(timeZoneOffset('Asia/Shanghai', at)).toBe('+08:00');
  expect(timeZoneOffset('UTC', at)).toBe('+00:00');
});

it('finds where a calendar day starts and which day it is, in the zone', () => {
  expect(dayStartIn('2026-12-01', 'Asia/Shanghai').toISOString()).toBe('2026-11-30T16:00:00.000Z');
  expect(dayStartIn('2026-12-01', 'Asia/Urumqi').toISOString()).toBe('2026-11-30T18:00:00.000Z');
  expect(dayStartIn('2026-03-29', 'Europe/Berlin').toISOString()).toBe('2026-03-28T23:00:00.000Z');
  expect(todayIn('Asia/Shanghai', new Date('2026-11-30T17:00:00Z'))).toBe('2026-12-01');
  expect(todayIn('Asia/Urumqi', new Date('2026-11-30T17:00:00Z'))).toBe('2026-11-30');
});
