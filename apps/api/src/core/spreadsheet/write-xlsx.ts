import { timeZoneOffset } from '@grassroots/domain';
import type { Response } from 'express';

import { loadExcel } from './load-excel';

/** A plain number (-12.50, 3800, 0.25) stays a number; anything else starting like a formula is defused. */
const PLAIN_NUMBER = /^-?\d+(\.\d+)?$/;

/**
 * Text a spreadsheet would run as a formula (leading = + - @, tab or CR) gets a leading ' so it is shown as text.
 * exceljs writes strings as strings, never as formulas; this is for whoever copies a cell on or saves it as CSV.
 */
export const spreadsheetSafe = (s: string): string => (/^[=+\-@\t\r]/.test(s) && !PLAIN_NUMBER.test(s) ? `'${s}` : s);

export type XlsxCell = string | number | null | undefined;
export interface XlsxSheet {
  name: string;
  rows: XlsxCell[][];
  /** How many top rows are headings (bold, frozen). */
  headerRows?: number;
}

/** A workbook of plain values: numbers stay numbers (Excel can sum them), text is defused, no formulas ever. */
export async function writeXlsx(sheets: XlsxSheet[]): Promise<Buffer> {
  const { Workbook } = await loadExcel();
  const book = new Workbook();
  book.creator = 'Grassroots';
  for (const s of sheets) {
    const sheet = book.addWorksheet(s.name.slice(0, 31));
    for (const r of s.rows) sheet.addRow(r.map((c) => (typeof c === 'string' ? spreadsheetSafe(c) : (c ?? null))));
    const head = s.headerRows ?? 1;
    for (let i = 1; i <= head; i++) sheet.getRow(i).font = { bold: true };
    if (head) sheet.views = [{ state: 'frozen', ySplit: head }];
    sheet.columns.forEach((col) => {
      let width = 8;
      col.eachCell?.({ includeEmpty: false }, (cell) => {
        width = Math.max(
          width,
          Math.min(60, [...String(cell.value ?? '')].reduce((w, ch) => w + (ch.charCodeAt(0) > 0xff ? 2 : 1), 0) + 2),
        );
      });
      col.width = width;
    });
  }
  return Buffer.from(await book.xlsx.writeBuffer());
}

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Sends a generated workbook as a private, uncached download with an ASCII fallback name and the real UTF-8 one. */
export function sendXlsx(res: Response, body: Buffer, asciiName: string, name: string): void {
  res.setHeader('content-type', XLSX_TYPE);
  res.setHeader('content-length', String(body.length));
  res.setHeader(
    'content-disposition',
    `attachment; filename="${asciiName}"; filename*=UTF-8''${encodeURIComponent(name)}`,
  );
  res.setHeader('cache-control', 'private, no-store');
  res.send(body);
}

/** The language of an export's headings: `?lang=en`, else Chinese. */
export type ExportLang = 'zh-CN' | 'en';
export const exportLang = (q: unknown): ExportLang => (q === 'en' ? 'en' : 'zh-CN');

/** A row's time zone as an export labels its times: "Asia/Urumqi (UTC+06:00)". */
export const zoneLabel = (tz: string, at: Date): string => `${tz} (UTC${timeZoneOffset(tz, at)})`;
