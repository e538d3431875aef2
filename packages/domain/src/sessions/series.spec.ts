import { issueMessage } from '../common/zod';
import {
  isoWeekday,
  MAX_SERIES_OCCURRENCES,
  seriesDays,
  seriesOccurrences,
  sessionSeriesSchema,
  suggestFreeSlots,
} from './series';

const base = {
  traineeId: 't1',
  platform: 'DOUYIN',
  title: '红枣专场',
  items: [],
  startTime: '19:00',
  plannedMinutes: 120,
  from: '2026-12-01',
};
const issues = (v: object) => {
  const r = sessionSeriesSchema.safeParse({ ...base, ...v });
  return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${issueMessage(i).message}`);
};

describe('repeating sessions', () => {
  it('daily for 3 weeks is 21 days; weekdays only skip the weekend', () => {
    expect(isoWeekday('2026-12-01')).toBe(2); // a Tuesday
    expect(seriesDays({ from: '2026-12-01', until: '2026-12-21' })).toHaveLength(21);
    const weekdays = seriesDays({ from: '2026-12-01', until: '2026-12-14', weekdays: [1, 2, 3, 4, 5] });
    expect(weekdays).toHaveLength(10);
    expect(weekdays.map(isoWeekday).every((d) => d <= 5)).toBe(true);
    expect(seriesDays({ from: '2026-12-01', count: 3, weekdays: [6] })).toEqual([
      '2026-12-05',
      '2026-12-12',
      '2026-12-19',
    ]);
  });

  it('reads the time of day in the program zone: 19:00 in Urumqi is 13:00 UTC, in Shanghai 11:00 UTC', () => {
    const p = { from: '2026-12-01', count: 2, startTime: '19:00', plannedMinutes: 90 };
    expect(seriesOccurrences(p, 'Asia/Urumqi').map((o) => o.start.toISOString())).toEqual([
      '2026-12-01T13:00:00.000Z',
      '2026-12-02T13:00:00.000Z',
    ]);
    const [first] = seriesOccurrences(p, 'Asia/Shanghai');
    expect(first).toEqual({
      date: '2026-12-01',
      start: new Date('2026-12-01T11:00:00Z'),
      end: new Date('2026-12-01T12:30:00Z'),
    });
  });

  it('needs an end, and refuses more than the cap on its field', () => {
    expect(issues({})).toEqual(['until: Give an end date or a number of sessions']);
    expect(issues({ count: MAX_SERIES_OCCURRENCES + 1 })[0]).toMatch(/^count: At most 62/);
    expect(issues({ until: '2027-03-01' })[0]).toBe('until: At most 62 sessions at once: end sooner');
    expect(issues({ until: '2026-11-30' })).toEqual(['until: Must not be before the first day']);
    expect(issues({ until: '2026-12-02', weekdays: [7] })).toEqual([
      'weekdays: No chosen weekday falls in these dates',
    ]);
    expect(issues({ startTime: '25:00', count: 1 })[0]).toMatch(/^startTime/);
    expect(issues({ count: 21 })).toEqual([]);
  });
});

describe('suggested free slots', () => {
  it('prefers evening prime time and skips what is busy or past', () => {
    const tz = 'Asia/Shanghai';
    const busy = [{ start: new Date('2026-12-01T11:00:00Z'), end: new Date('2026-12-01T13:00:00Z') }]; // 19:00–21:00 China time
    const slots = suggestFreeSlots({
      days: ['2026-12-01', '2026-12-02'],
      tz,
      minutes: 60,
      busy,
      now: new Date('2026-12-01T00:00:00Z'),
    });
    const local = slots.map((s) => new Date(s.start.getTime() + 8 * 3600_000).toISOString().slice(0, 16));
    expect(local).toEqual(['2026-12-01T18:00', '2026-12-01T21:00', '2026-12-02T19:00', '2026-12-02T20:00']);
    expect(
      suggestFreeSlots({ days: ['2026-12-01'], tz, minutes: 60, busy: [], now: new Date('2026-12-02T00:00:00Z') }),
    ).toEqual([]);
  });
});
