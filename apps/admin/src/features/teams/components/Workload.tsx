import { useQuery } from '@apollo/client/react';
import { Empty, Space, Table, Tag } from 'antd';

import { useI18n } from '../../../app/i18n';
import { ColumnChart } from '../../../shared/charts/Charts';
import { STAFF_WORKLOAD } from '../graphql';

/** How many trainees each SUPPORT staff member backs now, against the cap: a chart to spot the overloaded, then the table. */
export function Workload() {
  const { t, enumLabel } = useI18n();
  const { data, loading } = useQuery(STAFF_WORKLOAD, { fetchPolicy: 'cache-and-network' });
  const rows = data?.staffWorkload ?? [];
  const cap = rows[0]?.cap ?? 0;
  if (!loading && !rows.length) return <Empty description={t('team.noStaff')} />;
  return (
    <Space orientation="vertical" style={{ width: '100%' }} size={16}>
      <ColumnChart
        testId="workload-chart"
        title={t('team.loadLabel')}
        height={260}
        data={rows}
        label={(r) => r.user.name}
        angledLabels
        legend={false}
        left={{ integers: true }}
        reference={{ value: cap, label: t('team.cap', { cap }), color: '#cf1322' }}
        series={[{ name: t('team.loadLabel'), kind: 'bar', color: '#1677ff', value: (r) => r.load }]}
      />
      <Table
        rowKey={(r) => r.user.id}
        size="small"
        loading={loading}
        dataSource={rows}
        pagination={{ pageSize: 20 }}
        columns={[
          { title: t('team.person'), render: (_, r) => r.user.name },
          {
            title: t('team.loadLabel'),
            width: 140,
            render: (_, r) => (
              <Tag
                color={r.load >= r.cap ? 'red' : r.load >= r.cap - 1 ? 'orange' : 'green'}
              >{`${r.load} / ${r.cap}`}</Tag>
            ),
          },
          {
            title: t('team.seats'),
            render: (_, r) => (
              <Space size={4} wrap>
                {r.seats.map((s) => (
                  <Tag key={`${s.teamId}-${s.role}`}>
                    {s.teamName} · {enumLabel('TeamRole', s.role)}
                  </Tag>
                ))}
              </Space>
            ),
          },
        ]}
      />
    </Space>
  );
}
