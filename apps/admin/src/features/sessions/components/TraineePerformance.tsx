import { useQuery } from '@apollo/client/react';
import { Card, Col, DatePicker, Empty, Row, Space, Spin, Statistic, Table, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';

import { useI18n } from '../../../app/i18n';
import { ColumnChart } from '../../../shared/charts/Charts';
import { formatYuan, yuanTick } from '../../../shared/format';
import { todayIn } from '../../../shared/time';
import { TRAINEE_PERFORMANCE } from '../graphql';

/** A streamer's results over a period: headline figures, GMV and viewers per day as a chart, best products. */
export function TraineePerformance({ traineeId }: { traineeId: string }) {
  const { t, locale } = useI18n();
  const [range, setRange] = useState<[string, string]>([
    todayIn().subtract(29, 'day').format('YYYY-MM-DD'),
    todayIn().format('YYYY-MM-DD'),
  ]);
  const { data, loading } = useQuery(TRAINEE_PERFORMANCE, { variables: { traineeId, from: range[0], to: range[1] } });
  const p = data?.traineePerformance;
  const pct = (x: number | null | undefined) => (x == null ? '—' : `${(x * 100).toFixed(2)} %`);

  return (
    <Space orientation="vertical" style={{ width: '100%' }} size={16} data-testid="performance">
      <DatePicker.RangePicker
        value={[dayjs(range[0]), dayjs(range[1])]}
        allowClear={false}
        onChange={(v) => v?.[0] && v[1] && setRange([v[0].format('YYYY-MM-DD'), v[1].format('YYYY-MM-DD')])}
      />
      {loading && !p ? (
        <Spin />
      ) : !p || p.totals.sessions === 0 ? (
        <Empty description={t('perf.none')} />
      ) : (
        <>
          <Row gutter={[16, 16]}>
            <Col xs={12} md={4}>
              <Statistic title={t('perf.sessions')} value={p.totals.sessions} />
            </Col>
            <Col xs={12} md={5}>
              <Statistic title={t('session.gmv')} value={formatYuan(p.totals.gmv)} />
            </Col>
            <Col xs={12} md={5}>
              <Statistic
                title={t('session.netResult')}
                value={formatYuan(p.totals.netResult)}
                valueStyle={{ color: p.totals.netResult.startsWith('-') ? '#cf1322' : undefined }}
              />
            </Col>
            <Col xs={12} md={5}>
              <Statistic title={t('session.conversion')} value={pct(p.totals.conversionRate)} />
            </Col>
            <Col xs={12} md={5}>
              <Statistic title={t('session.gmvPerViewer')} value={formatYuan(p.totals.gmvPerViewer)} />
            </Col>
            <Col xs={12} md={4}>
              <Statistic
                title={t('perf.afterSales')}
                value={pct(p.afterSalesRate)}
                suffix={
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {p.afterSalesTickets}
                  </Typography.Text>
                }
              />
            </Col>
          </Row>
          <Card size="small" title={t('perf.trend')}>
            <ColumnChart
              testId="performance-chart"
              title={t('perf.trend')}
              height={280}
              data={p.series}
              label={(s) => s.date.slice(5)}
              left={{ tick: yuanTick }}
              right={{ integers: true }}
              series={[
                {
                  name: t('session.gmv'),
                  kind: 'bar',
                  color: '#1677ff',
                  value: (s) => Number(s.gmv),
                  format: (v) => formatYuan(v.toFixed(2)),
                },
                {
                  name: t('session.fig.viewers'),
                  kind: 'line',
                  axis: 'right',
                  color: '#fa8c16',
                  value: (s) => s.viewers,
                  format: (v) => v.toLocaleString(locale),
                },
              ]}
            />
          </Card>
          <Card size="small" title={t('perf.bestProducts')}>
            <Table
              size="small"
              rowKey="productId"
              pagination={false}
              dataSource={p.bestProducts}
              locale={{ emptyText: <Empty description={t('perf.noProductSales')} /> }}
              columns={[
                { title: t('session.product'), dataIndex: 'productName' },
                { title: t('perf.sessions'), dataIndex: 'sessions', width: 90 },
                { title: t('session.unitsSold'), dataIndex: 'unitsSold', width: 90 },
                { title: t('session.productGmv'), align: 'right', render: (_, r) => formatYuan(r.gmv) },
              ]}
            />
            <Typography.Text type="secondary">{t('perf.productNote')}</Typography.Text>
          </Card>
        </>
      )}
    </Space>
  );
}
