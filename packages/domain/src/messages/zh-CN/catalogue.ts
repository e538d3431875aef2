import type { catalogue as en } from '../en/catalogue';
import type { Translation } from '../types';

/** catalogue: Chinese texts. */
export const catalogue: Translation<typeof en> = {
  'catalogue.noSuchSupplier': '供应商不存在',
  'catalogue.supplierAlreadyHasProductName': '该供应商已有同名商品',
  'catalogue.twoSuppliersHaveName': '有两个同名供应商',
  'catalogue.uploadScanFirst': '请先上传扫描件',
  'catalogue.changedAfterQc': '质检后已修改：请重新送检',
};
