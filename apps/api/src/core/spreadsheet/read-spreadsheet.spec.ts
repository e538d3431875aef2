import { deflateRawSync } from 'node:zlib';

import ExcelJS from 'exceljs';

import { cellText, MAX_XLSX_INFLATED_BYTES, readSpreadsheet, zipInflatedSize } from './read-spreadsheet';

const book = async (rows: ExcelJS.CellValue[][]) => {
  const b = new ExcelJS.Workbook();
  const s = b.addWorksheet('one');
  rows.forEach((r) => s.addRow(r));
  b.addWorksheet('two').addRow(['not read']);
  return Buffer.from(await b.xlsx.writeBuffer());
};

describe('cells as the user sees them', () => {
  it('dates, date-times, times of day, numbers, formulas and rich text', () => {
    expect(cellText(new Date('2026-11-20T00:00:00Z'))).toBe('2026-11-20');
    expect(cellText(new Date('2026-11-20T20:05:00Z'))).toBe('2026-11-20 20:05');
    expect(cellText(new Date('1899-12-30T09:30:00Z'))).toBe('09:30');
    expect(cellText(0.1 + 0.2)).toBe('0.3');
    expect(cellText(13812345678)).toBe('13812345678');
    expect(cellText({ formula: 'A1*2', result: 42 } as ExcelJS.CellValue)).toBe('42');
    expect(cellText({ richText: [{ text: '疏附' }, { text: '县' }] } as ExcelJS.CellValue)).toBe('疏附县');
    expect(cellText(null)).toBe('');
  });
});

describe('readSpreadsheet', () => {
  it('reads the first sheet of a workbook as rows of strings', async () => {
    const r = await readSpreadsheet(
      await book([
        ['日期', '数量'],
        [new Date('2026-12-01T00:00:00Z'), 3],
      ]),
      'a.xlsx',
    );
    expect(r).toEqual({
      table: [
        ['日期', '数量'],
        ['2026-12-01', '3'],
      ],
      problems: [],
    });
  });
  it('decodes CSV as UTF-8 or GBK, and refuses other types', async () => {
    expect((await readSpreadsheet(Buffer.from([0xd0, 0xd5, 0xc3, 0xfb]), 'a.CSV')).table).toBe('姓名');
    expect((await readSpreadsheet(Buffer.from('a'), 'a.xls')).problems[0].message).toBe('A .csv or .xlsx file');
  });
  it('refuses a sheet over the row cap, and a zip whose directory claims too much', async () => {
    const many = (n: number) => [['h'], ...Array.from({ length: n }, (_, i) => [`r${i}`])];
    expect((await readSpreadsheet(await book(many(5_001)), 'a.xlsx')).problems[0].message).toBe(
      'At most 5000 rows per file',
    );
    // Formatting far below the data is not a row; blank rows are skipped.
    const b = new ExcelJS.Workbook();
    const s = b.addWorksheet('one');
    s.addRow(['h']);
    s.addRow([]);
    s.addRow(['v']);
    s.getRow(20_000).getCell(1).style = { font: { bold: true } };
    expect((await readSpreadsheet(Buffer.from(await b.xlsx.writeBuffer()), 'a.xlsx')).table).toEqual([['h'], ['v']]);
    const bomb = await book([['h']]);
    const at = bomb.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
    bomb.writeUInt32LE(0x7ffffff0, at + 24);
    expect(zipInflatedSize(bomb)).toBeGreaterThan(MAX_XLSX_INFLATED_BYTES);
    expect((await readSpreadsheet(bomb, 'a.xlsx')).problems[0].message).toBe('The workbook is too large once unpacked');
    expect(zipInflatedSize(Buffer.from('not a zip at all, just text'))).toBeNull();
  });
  it('refuses a zip whose directory understates an entry (inflated with a limit, never to the end)', async () => {
    // One deflated entry of 20 MB of spaces that both headers declare as 1 byte: JSZip would inflate all of it.
    const data = deflateRawSync(Buffer.alloc(20_000_000, 0x20));
    const name = Buffer.from('xl/worksheets/sheet1.xml');
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(1, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(1, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(0, 42);
    const dirAt = local.length + name.length + data.length;
    const end = Buffer.alloc(22);
    end.writeUInt32LE(0x06054b50, 0);
    end.writeUInt16LE(1, 8);
    end.writeUInt16LE(1, 10);
    end.writeUInt32LE(central.length + name.length, 12);
    end.writeUInt32LE(dirAt, 16);
    const zip = Buffer.concat([local, name, data, central, name, end]);
    expect(zip.length).toBeLessThan(100_000);
    expect(zipInflatedSize(zip)).toBeNull();
    const before = process.memoryUsage().rss;
    expect((await readSpreadsheet(zip, 'a.xlsx')).problems[0].message).toBe('Not an Excel workbook (.xlsx)');
    expect(process.memoryUsage().rss - before).toBeLessThan(15_000_000);
  });
});
