/** catalogue: English texts (the fallback `message` sent with each code). */
export const catalogue = {
  'catalogue.noSuchSupplier': 'No such supplier',
  'catalogue.supplierAlreadyHasProductName': 'This supplier already has a product with this name',
  'catalogue.twoSuppliersHaveName': 'Two suppliers have this name',
  'catalogue.uploadScanFirst': 'Upload the scan first',
  'catalogue.changedAfterQc': 'Changed after QC: send it to QC again',
};
