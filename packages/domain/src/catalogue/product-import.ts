import { type Column, type ImportProblem, type ImportTable, readTable } from '../common/csv';
import { moneySchema } from '../common/money.schema';
import { issueMessage } from '../common/zod';
import { msg } from '../errors';
import { percentSchema } from '../sessions/session';

/**
 * Products import (CSV or Excel): one DRAFT product per row, its supplier named as registered. Checked as a whole
 * first (prices, commission, yes/no columns, the same product twice); the server then checks the suppliers and the
 * products already registered, and writes all rows or none.
 */
export interface ProductImportRow {
  row: number;
  supplier: string;
  name: string;
  category: string;
  originRegion: string;
  localSpecialty: boolean;
  unitPrice: string;
  suggestedLivePrice: string;
  commissionPct: string;
  perishable: boolean;
}

type Key = Exclude<keyof ProductImportRow, 'row'>;
const PRODUCT_COLUMNS: Column<Key>[] = [
  { key: 'supplier', aliases: ['supplier', '供应商'], required: true },
  { key: 'name', aliases: ['name', 'product', '商品', '商品名称', '品名'], required: true },
  { key: 'category', aliases: ['category', '品类', '类目'], required: true },
  { key: 'originRegion', aliases: ['origin', 'origin region', '产地'], required: true },
  { key: 'localSpecialty', aliases: ['local specialty', '本地特产'], required: false },
  { key: 'unitPrice', aliases: ['unit price', '单价', '进货价'], required: true },
  {
    key: 'suggestedLivePrice',
    aliases: ['live price', 'suggested live price', '直播价', '建议直播价'],
    required: true,
  },
  { key: 'commissionPct', aliases: ['commission', 'commission %', '佣金', '佣金比例', '佣金(%)'], required: true },
  { key: 'perishable', aliases: ['perishable', '生鲜', '易腐'], required: false },
];

const YES = new Set(['yes', 'y', 'true', '1', '是', '√']);
const NO = new Set(['', 'no', 'n', 'false', '0', '否']);
const yesNo = (s: string): boolean | null => (YES.has(s.toLowerCase()) ? true : NO.has(s.toLowerCase()) ? false : null);

export function readProductImport(table: ImportTable): { rows: ProductImportRow[]; problems: ImportProblem[] } {
  const { records, problems } = readTable(table, PRODUCT_COLUMNS);
  const rows: ProductImportRow[] = [];
  const seen = new Map<string, number>();
  for (const { row, get } of records) {
    const p: ImportProblem[] = [];
    const supplier = get('supplier');
    if (supplier.length < 2) p.push({ row, column: 'supplier', ...msg('qc.nameSupplier') });
    const name = get('name');
    if (name.length < 2 || name.length > 100) p.push({ row, column: 'name', ...msg('common.nameRequired') });
    const category = get('category');
    if (!category || category.length > 40) p.push({ row, column: 'category', ...msg('qc.chooseCategory') });
    const originRegion = get('originRegion');
    if (originRegion.length < 2 || originRegion.length > 100)
      p.push({ row, column: 'originRegion', ...msg('qc.regionRequired') });
    const money = (k: 'unitPrice' | 'suggestedLivePrice') => {
      const v = get(k).replace(/[¥￥,\s]/g, '');
      const r = moneySchema.safeParse(v);
      if (!r.success) p.push({ row, column: k, ...issueMessage(r.error.issues[0]) });
      return v;
    };
    const unitPrice = money('unitPrice');
    const suggestedLivePrice = money('suggestedLivePrice');
    const commissionPct = get('commissionPct').replace(/%$/, '');
    const c = percentSchema.safeParse(commissionPct);
    if (!c.success) p.push({ row, column: 'commissionPct', ...issueMessage(c.error.issues[0]) });
    const localSpecialty = yesNo(get('localSpecialty'));
    if (localSpecialty === null) p.push({ row, column: 'localSpecialty', ...msg('qc.yesNo') });
    const perishable = yesNo(get('perishable'));
    if (perishable === null) p.push({ row, column: 'perishable', ...msg('qc.yesNo') });
    const key = `${supplier}\u0000${name}`;
    if (seen.has(key)) p.push({ row, column: 'name', ...msg('qc.sameProductRow', { row: seen.get(key)! }) });
    else seen.set(key, row);
    problems.push(...p);
    if (!p.length)
      rows.push({
        row,
        supplier,
        name,
        category,
        originRegion,
        localSpecialty: localSpecialty!,
        unitPrice,
        suggestedLivePrice,
        commissionPct,
        perishable: perishable!,
      });
  }
  return { rows, problems };
}
