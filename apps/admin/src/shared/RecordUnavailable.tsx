import { Button, Result, Space } from 'antd';
import { useNavigate } from 'react-router';

import { NOT_THERE_CODES } from '../app/apollo';
import { useI18n } from '../app/i18n';
import { problemOf } from './forms';

/**
 * What a detail page shows when its record cannot be shown: "not found, or you may not see it" — or, when the request
 * itself failed (offline, the server restarting), that it could not be loaded, with a retry.
 */
export function RecordUnavailable({
  error,
  back,
  onRetry,
}: {
  error?: unknown;
  /** Where "Back" goes: a list's path, or -1 for the previous page. */
  back: string | -1;
  /** Asks again (the query's refetch; a failure shows here again through the query's error). */
  onRetry: () => unknown;
}) {
  const { t } = useI18n();
  const navigate = useNavigate();
  const missing = !error || NOT_THERE_CODES.includes(problemOf(error).code ?? '');
  const goBack = (
    <Button key="back" onClick={() => (back === -1 ? navigate(-1) : navigate(back))}>
      {t('common.back')}
    </Button>
  );
  if (missing) return <Result status="404" title={t('common.notFound')} extra={goBack} />;
  return (
    <Result
      status="warning"
      title={t('common.loadFailed')}
      extra={
        <Space>
          <Button type="primary" onClick={() => void Promise.resolve(onRetry()).catch(() => undefined)}>
            {t('common.retry')}
          </Button>
          {goBack}
        </Space>
      }
    />
  );
}
