import { useQuery } from '@apollo/client/react';
import type { CohortRow, ReportCharts } from '@grassroots/domain';
import { Card, Empty, Spin, Table, Typography } from 'antd';
import { useState } from 'react';
import {
  Bar,
  BarChart,
  CartesianGrid,
  Cell,
  ComposedChart,
  Legend,
  Line,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';

import { useI18n } from '../../../app/i18n';
import { EnumTag } from '../../../shared/EnumTag';
import { formatYuan } from '../../../shared/format';
import { REPORT_TRAINEES } from '../graphql';

const pct = (v: number | null | undefined) => (v == null ? '—' : `${(v * 100).toFixed(1)}%`);
const yuanTick = (v: number) => `¥${v >= 10000 ? `${Math.round(v / 1000)}k` : v}`;

/** GMV (all and local specialties) as bars and sessions as a line, per week of the period. */
export function WeeklyChart({ charts }: { charts: ReportCharts }) {
  const { t } = useI18n();
  if (charts.weeks.length === 0) return <Empty description={t('report.noData')} />;
  return (
    <Card size="small" title={t('report.byWeek')}>
      <div style={{ width: '100%', height: 300 }} data-testid="chart-weeks">
        <ResponsiveContainer>
          <ComposedChart
            data={charts.weeks.map((w) => ({
              week: w.week.slice(5),
              gmv: Number(w.gmv),
              local: Number(w.localSpecialtyGmv),
              sessions: w.sessions,
            }))}
          >
            <CartesianGrid strokeDasharray="3 3" vertical={false} />
            <XAxis dataKey="week" tick={{ fontSize: 11 }} />
            <YAxis yAxisId="gmv" tickFormatter={yuanTick} />
            <YAxis yAxisId="sessions" orientation="right" allowDecimals={false} />
            <Tooltip
              formatter={(v, name) => (name === t('report.sessions') ? String(v) : formatYuan(Number(v).toFixed(2)))}
            />
            <Legend />
            <Bar yAxisId="gmv" dataKey="gmv" name="GMV" fill="#1677ff" />
            <Bar yAxisId="gmv" dataKey="local" name={t('report.local')} fill="#52c41a" />
            <Line yAxisId="sessions" dataKey="sessions" name={t('report.sessions')} stroke="#fa8c16" strokeWidth={2} />
          </ComposedChart>
        </ResponsiveContainer>
      </div>
    </Card>
  );
}

/** GMV per product category; local specialties in green. */
export function CategoryChart({ charts }: { charts: ReportCharts }) {
  const { t } = useI18n();
  if (charts.categories.length === 0) return <Empty description={t('report.noData')} />;
  const data = charts.categories.map((c) => ({
    name: c.category,
    gmv: Number(c.gmv),
    units: c.units,
    local: c.localSpecialty,
  }));
  return (
    <Card size="small" title={t('report.byCategory')}>
      <div style={{ width: '100%', height: Math.max(200, data.length * 40 + 60) }} data-testid="chart-categories">
        <ResponsiveContainer>
          <BarChart data={data} layout="vertical" margin={{ left: 24 }}>
            <CartesianGrid strokeDasharray="3 3" horizontal={false} />
            <XAxis type="number" tickFormatter={yuanTick} />
            <YAxis type="category" dataKey="name" width={90} />
            <Tooltip formatter={(v) => formatYuan(Number(v).toFixed(2))} />
            <Bar dataKey="gmv" name="GMV">
              {data.map((d) => (
                <Cell key={d.name + d.local} fill={d.local ? '#52c41a' : '#1677ff'} />
              ))}
            </Bar>
          </BarChart>
        </ResponsiveContainer>
      </div>
      <Typography.Text type="secondary">
        <span style={{ color: '#52c41a' }}>■</span> {t('report.local')} · <span style={{ color: '#1677ff' }}>■</span>{' '}
        {t('report.otherProducts')}
      </Typography.Text>
      <Table
        size="small"
        style={{ marginTop: 12 }}
        rowKey={(r) => `${r.category}-${r.localSpecialty}`}
        pagination={false}
        dataSource={charts.categories}
        columns={[
          { title: t('report.tab.categories'), dataIndex: 'category' },
          {
            title: t('report.local'),
            dataIndex: 'localSpecialty',
            render: (v: boolean) => (v ? t('common.yes') : t('common.no')),
          },
          { title: t('report.units'), dataIndex: 'units', align: 'right' },
          { title: 'GMV', dataIndex: 'gmv', align: 'right', render: (v: string) => formatYuan(v) },
        ]}
      />
    </Card>
  );
}

/** Cohorts side by side (chart + table); a row opens the cohort's trainees, de-identified. */
export function CohortBreakdown({
  charts,
  programId,
  period,
}: {
  charts: ReportCharts;
  programId: string;
  period: string;
}) {
  const { t, enumLabel } = useI18n();
  const [open, setOpen] = useState<string[]>([]);
  if (charts.cohorts.length === 0) return <Empty description={t('report.noData')} />;
  return (
    <Card size="small" title={t('report.byCohort')}>
      <div style={{ width: '100%', height: 260 }} data-testid="chart-cohorts">
        <ResponsiveContainer>
          <ComposedChart
            data={charts.cohorts.map((c) => ({
              name: c.name.length > 12 ? `${c.name.slice(0, 12)}…` : c.name,
              gmv: Number(c.gmv),
              attendance: c.attendanceRate == null ? null : Math.round(c.attendanceRate * 1000) / 10,
            }))}
          >
            <CartesianGrid strokeDasharray="3 3" vertical={false} />
            <XAxis dataKey="name" tick={{ fontSize: 11 }} />
            <YAxis yAxisId="gmv" tickFormatter={yuanTick} />
            <YAxis yAxisId="pct" orientation="right" domain={[0, 100]} unit="%" />
            <Tooltip formatter={(v, name) => (name === 'GMV' ? formatYuan(Number(v).toFixed(2)) : `${v}%`)} />
            <Legend />
            <Bar yAxisId="gmv" dataKey="gmv" name="GMV" fill="#1677ff" />
            <Line yAxisId="pct" dataKey="attendance" name={t('report.attendance')} stroke="#722ed1" strokeWidth={2} />
          </ComposedChart>
        </ResponsiveContainer>
      </div>
      <Table<CohortRow>
        size="small"
        rowKey="cohortId"
        pagination={false}
        dataSource={charts.cohorts}
        scroll={{ x: 800 }}
        expandable={{
          expandedRowKeys: open,
          onExpandedRowsChange: (keys) => setOpen(keys as string[]),
          expandedRowRender: (c) => <CohortTrainees programId={programId} cohort={c} period={period} />,
        }}
        columns={[
          { title: t('cohort.name'), dataIndex: 'name' },
          {
            title: t('cohort.track'),
            dataIndex: 'track',
            render: (v: string) => <EnumTag type="CohortTrack" value={v} />,
          },
          { title: t('report.enrolled'), dataIndex: 'enrolled', align: 'right' },
          { title: enumLabel('TraineeStatus', 'GRADUATED'), dataIndex: 'graduated', align: 'right' },
          { title: enumLabel('TraineeStatus', 'DROPPED'), dataIndex: 'dropped', align: 'right' },
          { title: t('report.attendance'), dataIndex: 'attendanceRate', align: 'right', render: pct },
          { title: t('report.assignments'), dataIndex: 'assignmentCompletion', align: 'right', render: pct },
          { title: t('report.sessions'), dataIndex: 'sessionsHeld', align: 'right' },
          { title: 'GMV', dataIndex: 'gmv', align: 'right', render: (v: string) => formatYuan(v) },
        ]}
      />
    </Card>
  );
}

function CohortTrainees({ programId, cohort, period }: { programId: string; cohort: CohortRow; period: string }) {
  const { t } = useI18n();
  const { data, loading } = useQuery(REPORT_TRAINEES, { variables: { programId, cohortId: cohort.cohortId, period } });
  if (loading && !data) return <Spin />;
  return (
    <div data-testid="report-trainees">
      <Typography.Text strong>{t('report.traineesTitle', { cohort: cohort.name })}</Typography.Text>
      <Typography.Paragraph type="secondary" style={{ fontSize: 12, marginBottom: 8 }}>
        {t('report.deidentified')}
      </Typography.Paragraph>
      <Table
        size="small"
        rowKey="code"
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        dataSource={data?.reportTrainees ?? []}
        locale={{ emptyText: <Empty description={t('report.noData')} /> }}
        columns={[
          { title: t('report.traineeCode'), dataIndex: 'code', width: 70 },
          { title: t('trainee.name'), dataIndex: 'name' },
          { title: t('trainee.phone'), dataIndex: 'phone' },
          {
            title: t('cohort.status'),
            dataIndex: 'status',
            render: (v: string) => <EnumTag type="EnrolmentStatus" value={v} />,
          },
          { title: t('report.attendance'), dataIndex: 'attendanceRate', align: 'right', render: pct },
          {
            title: t('report.assignments'),
            align: 'right',
            render: (_, r) => `${r.assignmentsCompleted}/${r.assignmentsDue}`,
          },
          { title: t('report.sessions'), dataIndex: 'sessionsHeld', align: 'right' },
          { title: 'GMV', dataIndex: 'gmv', align: 'right', render: (v: string) => formatYuan(v) },
        ]}
      />
    </div>
  );
}
