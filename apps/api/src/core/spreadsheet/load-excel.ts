import type ExcelJS from 'exceljs';

let loading: Promise<typeof ExcelJS> | undefined;

/**
 * exceljs, loaded on the first import or export rather than at start (≈130 ms of the app's start — issue 12).
 */
export function loadExcel(): Promise<typeof ExcelJS> {
  return (loading ??= import('exceljs').then((m) => (m as unknown as { default: typeof ExcelJS }).default));
}
