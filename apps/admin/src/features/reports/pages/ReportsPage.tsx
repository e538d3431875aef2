import { useQuery } from '@apollo/client/react';
import { Card, Empty, Input, Space, Table, Tag, Typography } from 'antd';
import { useNavigate } from 'react-router';

import { useI18n } from '../../../app/i18n';
import type { ReportProgramsQuery } from '../../../gql/graphql';
import { EnumTag } from '../../../shared/EnumTag';
import { formatPeriod, formatYuan } from '../../../shared/format';
import { useListState } from '../../../shared/useListState';
import { TodoFilterTag, useTodo } from '../../workbench/components/TodoFilter';
import { REPORT_PROGRAMS } from '../graphql';

type Program = ReportProgramsQuery['programs']['items'][number];

/** The programs whose reports the user may read (a sponsor: their own); a row opens its dashboard. */
export function ReportsPage() {
  const { t } = useI18n();
  const navigate = useNavigate();
  const list = useListState({});
  const todo = useTodo();
  const { data, loading } = useQuery(REPORT_PROGRAMS, {
    variables: { ...list.variables, pageSize: Math.min(list.pageSize, 50), todo },
  });
  return (
    <Card>
      <Space style={{ width: '100%', justifyContent: 'space-between', marginBottom: 8 }} wrap>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {t('report.title')} <TodoFilterTag todo={todo} total={data?.programs.total} />
        </Typography.Title>
        <Input.Search allowClear placeholder={t('common.search')} onSearch={list.setSearch} style={{ width: 220 }} />
      </Space>
      <Typography.Paragraph type="secondary">{t('report.intro')}</Typography.Paragraph>
      <Table<Program>
        rowKey="id"
        loading={loading}
        dataSource={data?.programs.items}
        pagination={{
          ...list.pagination(data?.programs.total),
          pageSizeOptions: [10, 20, 50],
          showTotal: (n) => t('common.total', { n }),
        }}
        locale={{ emptyText: <Empty description={t('report.noPrograms')} /> }}
        onRow={(r) => ({ onClick: () => navigate(`/reports/${r.id}`), style: { cursor: 'pointer' } })}
        scroll={{ x: 800 }}
        columns={[
          { title: t('program.name'), dataIndex: 'name', render: (v: string) => <a>{v}</a> },
          { title: t('program.sponsor'), render: (_, r) => r.sponsor?.name ?? '—' },
          { title: t('program.period'), render: (_, r) => formatPeriod(r.startDate, r.endDate) },
          { title: t('program.budget'), dataIndex: 'budget', align: 'right', render: (v: string) => formatYuan(v) },
          {
            title: t('program.targetGmv'),
            dataIndex: 'targetGmv',
            align: 'right',
            render: (v: string) => formatYuan(v),
          },
          {
            title: t('report.latestPeriods'),
            render: (_, r) =>
              r.reportPeriods.length === 0 ? (
                <Typography.Text type="secondary">{t('report.nonePrepared')}</Typography.Text>
              ) : (
                <Space size={4} wrap>
                  {r.reportPeriods.slice(0, 3).map((x) => (
                    <Tag key={x.period} style={{ marginInlineEnd: 0 }}>
                      {x.period} <EnumTag type="ReportStatus" value={x.status} />
                    </Tag>
                  ))}
                </Space>
              ),
          },
          {
            title: '',
            width: 110,
            render: (_, r) => <a onClick={() => navigate(`/reports/${r.id}`)}>{t('report.open')}</a>,
          },
        ]}
      />
    </Card>
  );
}
