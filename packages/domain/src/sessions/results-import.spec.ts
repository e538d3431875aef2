import { parseCount, parseExportTime, parseMinutes, parseMoney, readResultsCsv } from './results-import';

describe('platform export parsing', () => {
  it('reads China-time start times', () => {
    expect(parseExportTime('2026-11-20 20:00')!.toISOString()).toBe('2026-11-20T12:00:00.000Z');
    expect(parseExportTime('2026/11/20 20:00:30')!.toISOString()).toBe('2026-11-20T12:00:30.000Z');
    expect(parseExportTime('2026-02-30 20:00')).toBeNull();
    expect(parseExportTime('20:00')).toBeNull();
  });
  it('reads durations, counts with 万, and money with ¥ and commas', () => {
    expect(parseMinutes('95')).toBe(95);
    expect(parseMinutes('1:35:00')).toBe(95);
    expect(parseMinutes('1小时35分')).toBe(95);
    expect(parseMinutes('95分钟')).toBe(95);
    expect(parseMinutes('soon')).toBeNull();
    expect(parseCount('1.2万')).toBe(12000);
    expect(parseCount('12,345')).toBe(12345);
    expect(parseCount('-3')).toBeNull();
    expect(parseMoney('¥1,234.5')).toBe('1234.50');
    expect(parseMoney('12.345')).toBeNull();
  });

  it('maps Douyin column names and reports every bad cell by row and column', () => {
    const csv = [
      '抖音号,开播时间,直播时长,累计观看人次,最高在线人数,涨粉人数,成交订单数,直播间成交金额,千川消耗',
      'apple_li,2026-11-20 20:00,120,1.5万,320,45,88,"¥6,120.00",900',
      ',2026-11-21 20:00,abc,100,200,1,1,10,',
      'apple_li,2026-11-20 20:00,60,10,1,0,0,0,',
    ].join('\n');
    const { rows, problems } = readResultsCsv(csv, 'DOUYIN');
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      account: 'apple_li',
      minutes: 120,
      viewers: 15000,
      peakViewers: 320,
      orders: 88,
      gmv: '6120.00',
      adSpend: '900.00',
    });
    expect(problems).toMatchObject([
      { row: 3, column: 'account', message: expect.any(String) },
      { row: 3, column: 'minutes', message: expect.any(String) },
      { row: 3, column: 'peakViewers', message: 'Higher than the total viewers' },
      { row: 4, column: 'start', message: 'Same account and start as row 2' },
    ]);
  });

  it('says which columns are missing', () => {
    const { problems } = readResultsCsv('account,start\nx,2026-11-20 20:00', 'OTHER');
    expect(problems.map((p) => p.column)).toEqual(['minutes', 'viewers', 'orders', 'gmv']);
  });
});
