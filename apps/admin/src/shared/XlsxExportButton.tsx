import { FileExcelOutlined } from '@ant-design/icons';
import { App, Button } from 'antd';
import { useState } from 'react';

import { useI18n } from '../app/i18n';
import { downloadWithProgress } from './download';

/**
 * Downloads a workbook the server makes (`/exports/….xlsx`) for what the page shows: `query` carries the page's
 * filters; the headings come in the user's language. A function so that the filters are read when clicked.
 */
export function XlsxExportButton({
  path,
  query,
  label,
  testId,
}: {
  path: string;
  query?: () => Record<string, string | undefined>;
  label?: string;
  testId?: string;
}) {
  const { t, locale } = useI18n();
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  const run = async () => {
    const q = new URLSearchParams({ lang: locale === 'en' ? 'en' : 'zh-CN' });
    for (const [k, v] of Object.entries(query?.() ?? {})) if (v) q.set(k, v);
    setBusy(true);
    try {
      await downloadWithProgress(`${path}?${q}`, () => undefined);
    } catch (e) {
      message.error(`${t('report.downloadFailed')}: ${e instanceof Error ? e.message : String(e)}`);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Button icon={<FileExcelOutlined />} loading={busy} onClick={() => void run()} data-testid={testId}>
      {label ?? t('excel.downloadXlsx')}
    </Button>
  );
}
