import { useQuery } from '@apollo/client/react';
import type { CohortRow, ReportCharts } from '@grassroots/domain';
import { Card, Empty, Spin, Table, Typography } from 'antd';
import { useState } from 'react';

import { useI18n } from '../../../app/i18n';
import { BarList, ColumnChart } from '../../../shared/charts/Charts';
import { EnumTag } from '../../../shared/EnumTag';
import { formatYuan, yuanTick } from '../../../shared/format';
import { REPORT_TRAINEES } from '../graphql';

const pct = (v: number | null | undefined) => (v == null ? '—' : `${(v * 100).toFixed(1)}%`);
const yuan = (v: number) => formatYuan(v.toFixed(2));

/** GMV (all and local specialties) as bars and sessions as a line, per week of the period. */
export function WeeklyChart({ charts }: { charts: ReportCharts }) {
  const { t } = useI18n();
  if (charts.weeks.length === 0) return <Empty description={t('report.noData')} />;
  return (
    <Card size="small" title={t('report.byWeek')}>
      <ColumnChart
        testId="chart-weeks"
        title={t('report.byWeek')}
        height={300}
        data={charts.weeks}
        label={(w) => w.week.slice(5)}
        left={{ tick: yuanTick }}
        right={{ integers: true }}
        series={[
          { name: 'GMV', kind: 'bar', color: '#1677ff', value: (w) => Number(w.gmv), format: yuan },
          {
            name: t('report.local'),
            kind: 'bar',
            color: '#52c41a',
            value: (w) => Number(w.localSpecialtyGmv),
            format: yuan,
          },
          { name: t('report.sessions'), kind: 'line', axis: 'right', color: '#fa8c16', value: (w) => w.sessions },
        ]}
      />
    </Card>
  );
}

/** GMV per product category; local specialties in green. */
export function CategoryChart({ charts }: { charts: ReportCharts }) {
  const { t } = useI18n();
  if (charts.categories.length === 0) return <Empty description={t('report.noData')} />;
  return (
    <Card size="small" title={t('report.byCategory')}>
      <BarList
        testId="chart-categories"
        title={t('report.byCategory')}
        data={charts.categories}
        label={(c) => c.category}
        value={(c) => Number(c.gmv)}
        colorOf={(c) => (c.localSpecialty ? '#52c41a' : '#1677ff')}
        axis={{ tick: yuanTick }}
        format={yuan}
      />
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
      <ColumnChart
        testId="chart-cohorts"
        title={t('report.byCohort')}
        height={260}
        data={charts.cohorts}
        label={(c) => c.name}
        left={{ tick: yuanTick }}
        right={{ min: 0, max: 100, tick: (v) => `${v}%` }}
        series={[
          { name: 'GMV', kind: 'bar', color: '#1677ff', value: (c) => Number(c.gmv), format: yuan },
          {
            name: t('report.attendance'),
            kind: 'line',
            axis: 'right',
            color: '#722ed1',
            value: (c) => (c.attendanceRate == null ? null : Math.round(c.attendanceRate * 1000) / 10),
            format: (v) => `${v}%`,
          },
        ]}
      />
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
