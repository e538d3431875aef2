import ExcelJS from 'exceljs';
import { cellText, readSpreadsheet, zipInflatedSize } from './read-spreadsheet';

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
    const r = await readSpreadsheet(await book([['日期', '数量'], [new Date('2026-12-01T00:00:00Z'), 3]]), 'a.xlsx');
    expect(r).toEqual({ table: [['日期', '数量'], ['2026-12-01', '3']], problems: [] });
  });
  it('decodes CSV as UTF-8 or GBK, and refuses other types', async () => {
    expect((await readSpreadsheet(Buffer.from([0xd0, 0xd5, 0xc3, 0xfb]), 'a.CSV')).table).toBe('姓名');
    expect((await readSpreadsheet(Buffer.from('a'), 'a.xls')).problems[0].message).toBe('A .csv or .xlsx file');
  });
  it('refuses a sheet over the row cap, and a zip whose directory claims too much', async () => {
    const many = (n: number) => [['h'], ...Array.from({ length: n }, (_, i) => [`r${i}`])];
    expect((await readSpreadsheet(await book(many(5_001)), 'a.xlsx')).problems[0].message).toBe('At most 5000 rows per file');
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
    expect(zipInflatedSize(bomb)).toBeGreaterThan(0x7ffffff0);
    expect((await readSpreadsheet(bomb, 'a.xlsx')).problems[0].message).toBe('The workbook is too large once unpacked');
    expect(zipInflatedSize(Buffer.from('not a zip at all, just text'))).toBeNull();
  });
});
