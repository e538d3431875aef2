import { decodeCsvBytes } from '../common/csv';
import { nationalIdCheckChar } from './identity';
import { parsePlatformAccounts, readTraineeImport } from './trainee-import';

const id = (first17: string) => first17 + nationalIdCheckChar(first17);

describe('bulk trainee import', () => {
  it('reads good rows with Chinese headers and platform accounts', () => {
    const csv = `姓名,身份证号,手机号,籍贯,平台账号,班级\n张三,${id('65310119900101001').toLowerCase()},138 1234 5678,喀什,抖音：zs001；kuaishou:zs_ks,一期\n`;
    const r = readTraineeImport(csv, false);
    expect(r.problems).toEqual([]);
    expect(r.rows[0]).toMatchObject({
      row: 2,
      name: '张三',
      nationalId: id('65310119900101001').toUpperCase(),
      phone: '13812345678',
      cohort: '一期',
    });
    expect(r.rows[0].platformAccounts).toEqual([
      { platform: 'DOUYIN', handle: 'zs001' },
      { platform: 'KUAISHOU', handle: 'zs_ks' },
    ]);
  });
  it('reports a bad check digit, a bad phone, a repeated ID and a missing cohort by row and column', () => {
    const good = id('65310119900101001');
    const bad = good.slice(0, 17) + (good[17] === '0' ? '1' : '0');
    const rows = [
      ['name', 'id number', 'phone', 'hometown', 'cohort'],
      ['A', good, '13812345678', '喀什', 'c'],
      ['B', bad, '1381234', '喀什', ''],
      ['C', good, '13912345678', '喀什', 'c'],
    ];
    const { problems } = readTraineeImport(rows, false);
    expect(problems).toMatchObject([
      { row: 3, column: 'nationalId', message: expect.stringContaining('check digit') },
      { row: 3, column: 'phone', message: expect.any(String) },
      { row: 3, column: 'cohort', message: 'Name the cohort' },
      { row: 4, column: 'nationalId', message: 'The same ID number as row 2' },
    ]);
  });
  it('needs no cohort column when imported from a cohort page', () => {
    expect(
      readTraineeImport(`name,id number,phone,hometown\nA,${id('65310119900101001')},13812345678,喀什`, true).problems,
    ).toEqual([]);
    expect(
      readTraineeImport(`name,id number,phone,hometown\nA,${id('65310119900101001')},13812345678,喀什`, false)
        .problems[0],
    ).toMatchObject({ row: 1, column: 'cohort' });
  });
  it('refuses an unknown platform', () => {
    expect(parsePlatformAccounts('weibo:x')).toBeNull();
    expect(parsePlatformAccounts('')).toEqual([]);
  });
});

describe('decoding CSV bytes', () => {
  it('reads UTF-8 with and without a BOM, and GBK (what Chinese Excel writes)', () => {
    expect(decodeCsvBytes(new Uint8Array([0xef, 0xbb, 0xbf, ...Buffer.from('姓名,a', 'utf8')]))).toBe('姓名,a');
    expect(decodeCsvBytes(Buffer.from('姓名,a', 'utf8'))).toBe('姓名,a');
    // 姓名 in GBK: D0 D5 C3 FB
    expect(decodeCsvBytes(new Uint8Array([0xd0, 0xd5, 0xc3, 0xfb, 0x2c, 0x61]))).toBe('姓名,a');
  });
});
