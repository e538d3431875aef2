import { inflateRawSync } from 'node:zlib';

import {
  decodeCsvBytes,
  importFileType,
  type ImportProblem,
  type ImportTable,
  MAX_IMPORT_BYTES,
  MAX_IMPORT_ROWS,
  type Message,
  msg,
} from '@grassroots/domain';
import type ExcelJS from 'exceljs';

import { loadExcel } from './load-excel';

/** An .xlsx is a zip: what its parts may add up to once inflated (a 2 MB file of real data inflates to ~20 MB). */
export const MAX_XLSX_INFLATED_BYTES = 60_000_000;
const MAX_XLSX_ENTRIES = 2_000;
const MAX_COLUMNS = 100;

const fail = (message: Message): { table: null; problems: ImportProblem[] } => ({
  table: null,
  problems: [{ row: 0, column: '', ...message }],
});

/**
 * The one place an imported file is decoded, whatever import it is for: CSV bytes become text (UTF-8 or GB18030, see
 * decodeCsvBytes) that the import's reader parses; an .xlsx becomes rows of strings from its first worksheet. Either
 * then goes through the same readers, so row and column problems read the same for both.
 */
export async function readSpreadsheet(
  bytes: Buffer,
  fileName: string,
): Promise<{ table: ImportTable | null; problems: ImportProblem[] }> {
  if (bytes.length > MAX_IMPORT_BYTES) return fail(msg('training.fileLargerThan2Mb'));
  const type = importFileType(fileName);
  if (type === 'csv') return { table: decodeCsvBytes(bytes), problems: [] };
  if (type !== 'xlsx') return fail(msg('training.csvXlsxFile'));
  const inflated = zipInflatedSize(bytes);
  if (inflated === null) return fail(msg('files.notExcelWorkbook'));
  if (inflated > MAX_XLSX_INFLATED_BYTES) return fail(msg('files.workbookTooLarge'));
  const { Workbook } = await loadExcel();
  const book = new Workbook();
  try {
    await book.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    return fail(msg('files.notExcelWorkbook'));
  }
  const sheet = book.worksheets[0];
  if (!sheet) return fail(msg('training.fileHasNoDataRows'));
  // Rows with values only: formatting often reaches far below the data (rowCount counts those rows too).
  if (sheet.actualRowCount - 1 > MAX_IMPORT_ROWS)
    return fail(msg('training.mostRowsPerFile', { max: MAX_IMPORT_ROWS }));
  const width = Math.min(sheet.columnCount, MAX_COLUMNS); // columns past the 100th are not read
  const rows: string[][] = [];
  // Blank rows are skipped, as in a CSV: row numbers in problems count the rows that hold something.
  sheet.eachRow({ includeEmpty: false }, (row) => {
    const cells: string[] = [];
    for (let c = 1; c <= width; c++) cells.push(cellText(row.getCell(c).value));
    rows.push(cells);
  });
  return { table: rows, problems: [] };
}

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * A cell as the user sees it: dates as 2026-11-20 (or 2026-11-20 20:00 with a time, or 20:00 for a time of day —
 * Excel keeps these as wall-clock times with no zone, exceljs hands them over as that wall clock in UTC), numbers
 * without float noise, a formula's last computed result, rich text and hyperlinks as their text.
 */
export function cellText(v: ExcelJS.CellValue): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return v;
  if (typeof v === 'number') return Number.isInteger(v) ? String(v) : String(Number(v.toPrecision(15)));
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  if (v instanceof Date) {
    if (Number.isNaN(v.getTime())) return '';
    const time = `${pad(v.getUTCHours())}:${pad(v.getUTCMinutes())}`;
    if (v.getUTCFullYear() < 1900) return time; // a time of day: Excel's day 0 is 1899-12-30
    const date = `${v.getUTCFullYear()}-${pad(v.getUTCMonth() + 1)}-${pad(v.getUTCDate())}`;
    return time === '00:00' && v.getUTCSeconds() === 0 ? date : `${date} ${time}`;
  }
  if (typeof v === 'object') {
    if ('richText' in v) return v.richText.map((t) => t.text).join('');
    if ('formula' in v || 'sharedFormula' in v)
      return cellText((v as ExcelJS.CellFormulaValue).result as ExcelJS.CellValue);
    if ('hyperlink' in v) return String((v as ExcelJS.CellHyperlinkValue).text ?? '');
    if ('error' in v) return '';
  }
  return String(v);
}

/**
 * The total size of the zip's entries once inflated, or null if this is not a zip this reader trusts (no end record,
 * ZIP64, too many entries, an entry that is not stored or deflated, or one that inflates to more than its directory
 * says). Every entry is inflated here with a hard output limit before exceljs sees the file: JSZip only compares an
 * entry's real size with the declared one after inflating all of it, so a 2 MB file whose directory lies would
 * otherwise unpack to gigabytes inside the API process. Stops as soon as the total passes `limit`.
 */
export function zipInflatedSize(b: Buffer, limit = MAX_XLSX_INFLATED_BYTES): number | null {
  let eocd = -1;
  for (let i = b.length - 22; i >= Math.max(0, b.length - 22 - 0xffff); i--) {
    if (b.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return null;
  const entries = b.readUInt16LE(eocd + 10);
  let at = b.readUInt32LE(eocd + 16);
  if (entries > MAX_XLSX_ENTRIES || entries === 0xffff || at === 0xffffffff) return null;
  let total = 0;
  for (let n = 0; n < entries; n++) {
    if (at + 46 > b.length || b.readUInt32LE(at) !== 0x02014b50) return null;
    const method = b.readUInt16LE(at + 10);
    const compressed = b.readUInt32LE(at + 20);
    const size = b.readUInt32LE(at + 24);
    const local = b.readUInt32LE(at + 42);
    if (size === 0xffffffff || compressed === 0xffffffff || local === 0xffffffff) return null;
    if (local + 30 > b.length || b.readUInt32LE(local) !== 0x04034b50) return null;
    const dataAt = local + 30 + b.readUInt16LE(local + 26) + b.readUInt16LE(local + 28);
    if (dataAt + compressed > b.length) return null;
    total += size;
    if (total > limit) return total;
    const data = b.subarray(dataAt, dataAt + compressed);
    let actual: number;
    if (method === 0) actual = data.length;
    else if (method === 8) {
      try {
        actual = inflateRawSync(data, { maxOutputLength: Math.max(size, 1) }).length;
      } catch {
        return null; // corrupt, or more than the directory declares
      }
    } else return null;
    if (actual !== size) return null;
    at += 46 + b.readUInt16LE(at + 28) + b.readUInt16LE(at + 30) + b.readUInt16LE(at + 32);
  }
  return total;
}

/** What a start-import mutation got, as the job stores it: the file's bytes, and its name to say how to read them. */
export function importFileOf(input: { csv?: string | null; file?: string | null; fileName?: string | null }): {
  bytes: Buffer;
  fileName: string;
} {
  if (input.file != null) return { bytes: Buffer.from(input.file, 'base64'), fileName: input.fileName ?? 'import.csv' };
  return { bytes: Buffer.from(input.csv ?? '', 'utf8'), fileName: 'import.csv' };
}
