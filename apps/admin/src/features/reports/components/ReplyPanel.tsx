import { DownloadOutlined } from '@ant-design/icons';
import { figureDefinition, formatFigureValue } from '@grassroots/domain';
import { App, Button, Card, Descriptions, List, Table, Typography } from 'antd';
import { useState } from 'react';

import { useI18n } from '../../../app/i18n';
import type { SponsorReportFieldsFragment } from '../../../gql/graphql';
import { downloadWithProgress } from '../../../shared/download';
import { problemOf } from '../../../shared/forms';
import { fileUrl } from '../../../shared/upload';

const show = (key: string, v: string | null) => {
  const d = figureDefinition(key);
  return d ? formatFigureValue(d.kind, v) : (v ?? '—');
};

/**
 * A resubmitted report as the sponsor reviews it: their comments, the coordinator's reply and documents, what
 * changed since the returned version (figure by figure) and the hashes of both versions.
 */
export function ReplyPanel({ report }: { report: SponsorReportFieldsFragment }) {
  const { t, tv } = useI18n();
  const { message } = App.useApp();
  const [progress, setProgress] = useState<Record<string, number | null>>({});
  if (!report.reply) return null;

  const download = async (fileId: string) => {
    try {
      await downloadWithProgress(fileUrl(fileId), (loaded, total) =>
        setProgress((p) => ({ ...p, [fileId]: total ? Math.round((100 * loaded) / total) : null })),
      );
    } catch (e) {
      message.error(tv(problemOf(e)));
    } finally {
      setProgress((p) => {
        const { [fileId]: _, ...rest } = p;
        return rest;
      });
    }
  };

  return (
    <Card size="small" title={t('report.reply.panel')} data-testid="report-reply">
      <Descriptions column={1} size="small">
        <Descriptions.Item label={t('report.returnedWith')}>{report.returnComments ?? '—'}</Descriptions.Item>
        <Descriptions.Item label={t('report.reply.label')}>
          <Typography.Text style={{ whiteSpace: 'pre-wrap' }}>{report.reply}</Typography.Text>
        </Descriptions.Item>
        <Descriptions.Item label={t('report.reply.previousHash')}>
          <Typography.Text code style={{ fontSize: 11, wordBreak: 'break-all' }} data-testid="previous-hash">
            {report.previousSnapshotHash ?? '—'}
          </Typography.Text>
        </Descriptions.Item>
        <Descriptions.Item label={t('report.reply.newHash')}>
          <Typography.Text code style={{ fontSize: 11, wordBreak: 'break-all' }}>
            {report.snapshotHash ?? '—'}
          </Typography.Text>
        </Descriptions.Item>
      </Descriptions>
      {report.attachments.length > 0 && (
        <List
          size="small"
          header={<Typography.Text type="secondary">{t('report.reply.attachments')}</Typography.Text>}
          dataSource={report.attachments}
          data-testid="report-attachments"
          renderItem={(a) => (
            <List.Item
              actions={[
                <Button
                  key="dl"
                  size="small"
                  icon={<DownloadOutlined />}
                  loading={a.fileId in progress}
                  onClick={() => void download(a.fileId)}
                >
                  {a.fileId in progress && progress[a.fileId] !== null
                    ? `${progress[a.fileId]} %`
                    : t('report.reply.download')}
                </Button>,
              ]}
            >
              {a.name} <Typography.Text type="secondary">({Math.ceil(a.size / 1024)} KB)</Typography.Text>
            </List.Item>
          )}
        />
      )}
      <Typography.Text type="secondary" style={{ display: 'block', margin: '8px 0' }}>
        {t('report.reply.changes', { n: report.changesSinceReturn.length })}
      </Typography.Text>
      <Table
        size="small"
        rowKey="figure"
        pagination={false}
        data-testid="changes-since-return"
        dataSource={report.changesSinceReturn}
        locale={{ emptyText: t('report.reply.noChanges') }}
        columns={[
          {
            title: t('report.figure'),
            dataIndex: 'figure',
            render: (k: string) => {
              const d = figureDefinition(k);
              return d ? tv(d.label) : k;
            },
          },
          {
            title: t('report.reply.before'),
            dataIndex: 'before',
            align: 'right',
            render: (v: string | null, row) => show(row.figure, v),
          },
          {
            title: t('report.reply.after'),
            dataIndex: 'after',
            align: 'right',
            render: (v: string | null, row) => <Typography.Text strong>{show(row.figure, v)}</Typography.Text>,
          },
        ]}
      />
    </Card>
  );
}
