import ExcelJS from 'exceljs';

let table: Map<string, number[]> | undefined;

/**
 * Text as GBK bytes, as Chinese Excel writes a “CSV” file. Node can decode GB18030 but not encode it: the table is
 * built by decoding every two-byte GBK code once.
 */
export function encodeGbk(text: string): Buffer {
  if (!table) {
    table = new Map();
    const dec = new TextDecoder('gb18030');
    for (let hi = 0x81; hi <= 0xfe; hi++)
      for (let lo = 0x40; lo <= 0xfe; lo++) {
        if (lo === 0x7f) continue;
        const ch = dec.decode(new Uint8Array([hi, lo]));
        if (ch.length === 1 && ch !== '\uFFFD' && !table.has(ch)) table.set(ch, [hi, lo]);
      }
  }
  const out: number[] = [];
  for (const ch of text) {
    if (ch.charCodeAt(0) < 0x80) out.push(ch.charCodeAt(0));
    else {
      const b = table.get(ch);
      if (!b) throw new Error(`No GBK code for ${ch}`);
      out.push(...b);
    }
  }
  return Buffer.from(out);
}

/** An .xlsx whose first sheet holds these rows (cells may be strings, numbers, Dates, formulas). */
export async function xlsxOf(rows: ExcelJS.CellValue[][], extraSheets: ExcelJS.CellValue[][][] = []): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  for (const [i, sheetRows] of [rows, ...extraSheets].entries()) {
    const sheet = book.addWorksheet(`Sheet${i + 1}`);
    for (const r of sheetRows) sheet.addRow(r);
  }
  return Buffer.from(await book.xlsx.writeBuffer());
}

/** The first sheet of an .xlsx, as rows of cell values. */
export async function readXlsx(bytes: Buffer | ArrayBuffer): Promise<unknown[][]> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(bytes as ArrayBuffer);
  const rows: unknown[][] = [];
  book.worksheets[0].eachRow({ includeEmpty: true }, (row) => rows.push((row.values as unknown[]).slice(1)));
  return rows;
}
