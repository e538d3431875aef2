import { useQuery } from '@apollo/client/react';
import { Empty, Space, Table, Tag } from 'antd';
import { Bar, BarChart, CartesianGrid, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';

import { useI18n } from '../../../app/i18n';
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
      <div style={{ width: '100%', height: 260 }} data-testid="workload-chart">
        <ResponsiveContainer>
          <BarChart
            data={rows.map((r) => ({ name: r.user.name, load: r.load }))}
            margin={{ top: 8, right: 16, bottom: 40, left: 0 }}
          >
            <CartesianGrid strokeDasharray="3 3" vertical={false} />
            <XAxis dataKey="name" interval={0} angle={-35} textAnchor="end" height={60} tick={{ fontSize: 11 }} />
            <YAxis allowDecimals={false} domain={[0, Math.max(cap, ...rows.map((r) => r.load))]} />
            <Tooltip formatter={(v) => [v, t('team.loadLabel')]} />
            <ReferenceLine
              y={cap}
              stroke="#cf1322"
              strokeDasharray="4 4"
              label={{ value: t('team.cap', { cap }), position: 'insideTopRight', fill: '#cf1322', fontSize: 12 }}
            />
            <Bar dataKey="load" fill="#1677ff" />
          </BarChart>
        </ResponsiveContainer>
      </div>
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
