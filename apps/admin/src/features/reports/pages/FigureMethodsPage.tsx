import { FIGURE_DEFINITIONS } from '@grassroots/domain';
import { Card, Table, Typography } from 'antd';
import { useEffect } from 'react';
import { useLocation } from 'react-router';

import { useI18n } from '../../../app/i18n';
import { EnumTag } from '../../../shared/EnumTag';

/** Every figure's definition: the same text the dashboard's "?" and the PDF print (one source, the shared catalog). */
export function FigureMethodsPage() {
  const { t, tv } = useI18n();
  const { hash } = useLocation();
  useEffect(() => {
    if (hash) document.getElementById(decodeURIComponent(hash.slice(1)))?.scrollIntoView({ block: 'center' });
  }, [hash]);
  return (
    <Card>
      <Typography.Title level={4}>{t('report.methods')}</Typography.Title>
      <Typography.Paragraph type="secondary">{t('report.methodsIntro')}</Typography.Paragraph>
      <Table
        rowKey="key"
        pagination={false}
        dataSource={[...FIGURE_DEFINITIONS]}
        rowClassName={(r) => (hash === `#${r.key}` ? 'ant-table-row-selected' : '')}
        onRow={(r) => ({ id: r.key })}
        columns={[
          {
            title: t('report.figure'),
            width: 220,
            render: (_, d) => (
              <>
                <Typography.Text strong>{tv(d.label)}</Typography.Text>
                <br />
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {d.key}
                </Typography.Text>
              </>
            ),
          },
          { title: t('report.howComputed'), render: (_, d) => tv(d.how) },
          {
            title: t('report.provenance'),
            width: 160,
            render: (_, d) =>
              d.provenance === 'dynamic' ? (
                t('report.provenanceMix')
              ) : (
                <EnumTag type="Provenance" value={d.provenance} />
              ),
          },
        ]}
      />
    </Card>
  );
}
