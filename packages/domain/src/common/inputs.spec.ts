import { parsePeriod } from '../reports/period';
import { dateOnlySchema, dateTimeSchema } from './dates';
import { webLinkSchema } from './links';
import { nulFieldErrors } from './zod';

describe('dates every input shares', () => {
  it('refuse year 0000, years past 9999 and impossible days; keep real ones', () => {
    for (const bad of ['0000-01-01', '1899-12-31', '2026-02-30', '2026-13-01', '10000-01-01'])
      expect(dateOnlySchema.safeParse(bad).success).toBe(false);
    expect(dateOnlySchema.safeParse('2026-02-28').success).toBe(true);
    for (const bad of [
      '0000-01-01T00:00:00Z',
      '+010000-01-01T00:00:00Z',
      '2026-02-30T20:00:00+08:00',
      '0001-01-01T00:00:00+08:00',
    ]) {
      expect(dateTimeSchema.safeParse(bad).success).toBe(false);
    }
    expect(dateTimeSchema.safeParse('2026-12-01T20:00:00+08:00').success).toBe(true);
    expect(dateTimeSchema.safeParse('9999-12-31T23:59:59Z').success).toBe(true);
    expect(() => parsePeriod('0000-10')).toThrow();
    expect(parsePeriod('2026-Q4').from).toBe('2026-10-01');
  });
});

describe('links users store', () => {
  it('are http or https only', () => {
    for (const bad of [
      'javascript:alert(1)',
      'JAVASCRIPT:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'file:///etc/passwd',
      'ftp://x.cn/a',
      'vbscript:x',
    ]) {
      expect(webLinkSchema.safeParse(bad).success).toBe(false);
    }
    expect(webLinkSchema.safeParse('https://v.douyin.com/abc').success).toBe(true);
    expect(webLinkSchema.safeParse('http://example.cn/script.docx').success).toBe(true);
  });
});

describe('NUL characters', () => {
  it('are reported on the field that holds them, at any depth', () => {
    expect(nulFieldErrors({ name: 'ok', links: ['https://a', 'x\u0000'], nested: { note: '\u0000' } })).toMatchObject([
      { field: 'links.1', message: 'Contains a NUL character' },
      { field: 'nested.note', message: 'Contains a NUL character' },
    ]);
    expect(nulFieldErrors('a\u0000', ['id'])).toMatchObject([{ field: 'id', message: 'Contains a NUL character' }]);
    expect(nulFieldErrors({ a: 'fine', n: 3, d: null })).toEqual([]);
  });
});
