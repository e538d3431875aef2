import { useMutation } from '@apollo/client/react';
import { readProductImport } from '@grassroots/domain';
import { Typography } from 'antd';

import { useI18n } from '../../../app/i18n';
import { CsvImportModal } from '../../../shared/CsvImportModal';
import { IMPORT_PRODUCTS } from '../graphql';

const TEMPLATE =
  '供应商,商品名称,品类,产地,本地特产,单价,直播价,佣金,生鲜\n疏附县红枣合作社,灰枣 500g,干果,疏附县,是,19.90,29.90,25,否\n';

/** Products from a supplier's list (CSV or Excel), added as drafts for QC: all rows or none. */
export function ImportProductsModal({ open, onClose }: { open: boolean; onClose: (changed: boolean) => void }) {
  const { t } = useI18n();
  const [importProducts] = useMutation(IMPORT_PRODUCTS);
  return (
    <CsvImportModal
      open={open}
      title={t('excel.importProductsTitle')}
      controls={
        <Typography.Text type="secondary" style={{ maxWidth: 520, display: 'block' }}>
          {t('excel.importProductsHelp')}
        </Typography.Text>
      }
      template={{ name: 'products-template.csv', csv: TEMPLATE }}
      check={(text) => readProductImport(text).problems}
      send={async (file) => (await importProducts({ variables: { input: file } })).data?.importProducts}
      onClose={onClose}
    />
  );
}
