import { cronTimeZone } from './job-queue.service';

it('reads cron hours in the deployment zone: China time by default, an IANA name when set, a bad name refused', () => {
  expect(cronTimeZone({})).toBe('Asia/Shanghai');
  expect(cronTimeZone({ GRASSROOTS_CRON_TIME_ZONE: ' Asia/Urumqi ' })).toBe('Asia/Urumqi');
  expect(() => cronTimeZone({ GRASSROOTS_CRON_TIME_ZONE: 'Xinjiang' })).toThrow(/GRASSROOTS_CRON_TIME_ZONE/);
});
